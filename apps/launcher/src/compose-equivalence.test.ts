// docker-compose.yml without a Docker engine: every Dockerfile's COPY sources and entrypoint exist
// in the build output, and every compose service, started as a local process with its image's
// entrypoint, its command, environment and volume layout (temp dirs), its healthcheck run locally
// for `depends_on: service_healthy`, and a local nats-server with the compose configuration, gives
// a system on which the README walkthrough works through the compose `dmg`/`daos` services; then
// profile ha's two more NATS nodes, and the loss of the first one.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { findNatsServer, REPO_ROOT, spawnChild, tempDir, waitFor, type ChildHandle, type TempDir } from '@daos-nats/testkit';
import {
  bundleIsFresh,
  freePort,
  LocalNet,
  readCompose,
  readDockerfile,
  type ComposeService,
  type DockerfileModel,
} from '../test/compose-local.js';

const compose = readCompose(REPO_ROOT);
const built = Object.entries(compose.services).filter(([, s]) => s.build);
/** Deadline for a service to become healthy or finish (generous: CI machines are loaded). */
const HEALTHY_TIMEOUT_MS = 90_000;
/** The NATS nodes: `nats`, and with profile ha its two peers. */
const NATS_NODES = ['nats', 'nats-2', 'nats-3'] as const;
const isNatsNode = (name: string): boolean => (NATS_NODES as readonly string[]).includes(name);

function dockerfileOf(s: ComposeService): DockerfileModel {
  return readDockerfile(REPO_ROOT, s.build!.dockerfile);
}

before(() => {
  // The images bundle their apps; here the same bundles are built when missing or stale.
  const apps = new Set(
    built.flatMap(([, s]) =>
      dockerfileOf(s).copies.flatMap((c) =>
        c.sources.map((p) => /^\/repo\/apps\/([^/]+)\/bundle\/$/.exec(p)?.[1]).filter((a): a is string => !!a),
      ),
    ),
  );
  for (const app of apps) {
    if (bundleIsFresh(REPO_ROOT, app)) continue;
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'apps', app, 'package.json'), 'utf8')) as {
      nx: { targets: { bundle: { command: string } } };
    };
    const r = spawnSync('sh', ['-c', pkg.nx.targets.bundle.command], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, `bundling ${app}: ${r.stderr}`);
  }
});

test('every Dockerfile: COPY sources exist, the runtime stage mirrors the repository layout, the entrypoint is in it', () => {
  assert.ok(built.length >= 8, 'an image per service and CLI');
  assert.match(readFileSync(join(REPO_ROOT, '.dockerignore'), 'utf8'), /\*\*\/node_modules/);
  for (const [name, s] of built) {
    const df = dockerfileOf(s);
    const runtime = Math.max(...df.copies.map((c) => c.stage));
    assert.equal(df.workdirs[runtime], '/app', `${df.path}: the runtime stage works in /app`);
    for (const c of df.copies) {
      for (const src of c.sources) {
        const local = c.from === undefined ? join(REPO_ROOT, src) : join(REPO_ROOT, src.replace(/^\/repo\//, ''));
        assert.ok(
          c.from === undefined || src.startsWith('/repo/'),
          `${df.path}: COPY --from=${c.from} ${src} comes from the build stage's /repo`,
        );
        assert.ok(existsSync(local), `${df.path} (${name}): COPY source ${src} exists (${local})`);
        if (c.stage === runtime) assert.equal(c.dest, src.replace(/^\/repo\//, ''), `${df.path}: ${src} lands at the same path under /app`);
      }
    }
    const [node, ...args] = df.entrypoint;
    assert.equal(node, 'node', `${df.path}: runs node`);
    const main = args.find((a) => !a.startsWith('--'))!;
    assert.ok(
      df.copies.some((c) => c.stage === runtime && main.startsWith(c.dest)),
      `${df.path}: entrypoint ${main} is copied into the image`,
    );
    assert.ok(existsSync(join(REPO_ROOT, main)), `${df.path}: entrypoint ${main} exists in the build output`);
  }
});

// ---- the system, service by service ----

let root: TempDir;
let net: LocalNet;
let otlp: Server;
let otlpPosts = 0;
const procs = new Map<string, { child: ChildHandle; env: NodeJS.ProcessEnv; mounts: Array<[string, string]> }>();

before(async () => {
  root = await tempDir('compose-');
  net = new LocalNet(root.path);
  for (const node of NATS_NODES) for (const port of [4222, 8222, 6222]) net.map(node, port, await freePort());
  // Jaeger's OTLP receiver: a sink that counts what arrives.
  otlp = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/v1/traces') otlpPosts++;
    req.resume().on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  const otlpPort = await new Promise<number>((r) => otlp.listen(0, '127.0.0.1', () => r((otlp.address() as { port: number }).port)));
  net.map('jaeger', 4318, otlpPort);
});

after(async () => {
  for (const name of [...procs.keys()].reverse())
    await procs
      .get(name)!
      .child.stop()
      .catch(() => undefined);
  otlp?.close();
  await root?.[Symbol.asyncDispose]();
});

/** Services whose healthcheck has passed once (compose's depends_on also waits only for the first). */
const passed = new Set<string>();

/** Run the service's healthcheck here: its image's HEALTHCHECK (or compose's), with its env and mounts. */
function healthy(name: string): boolean {
  if (passed.has(name)) return true;
  const ok = runHealthcheck(name);
  if (ok) passed.add(name);
  return ok;
}

function runHealthcheck(name: string): boolean {
  const p = procs.get(name)!;
  const s = compose.services[name]!;
  const cmd = s.build ? dockerfileHealth(dockerfileOf(s)) : (s.healthcheck as { test: string[] }).test.slice(1);
  if (!cmd) return p.child.running; // HEALTHCHECK NONE: running is all compose knows
  if (cmd[0] === 'wget')
    return (
      spawnSync(process.execPath, [
        '-e',
        `fetch(${JSON.stringify(net.rewrite(cmd.at(-1)!.replace('127.0.0.1:8222', `${name}:8222`), p.mounts))}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`,
      ]).status === 0
    );
  const [bin, ...args] = cmd.map((a) => net.rewrite(a, p.mounts));
  return spawnSync(bin === 'node' ? process.execPath : bin!, args, { env: p.env }).status === 0;
}

function dockerfileHealth(df: DockerfileModel): string[] | undefined {
  const m = /HEALTHCHECK[^\n]*?CMD\s+(\[.*\])/.exec(readFileSync(join(REPO_ROOT, df.path), 'utf8').replace(/\\\n/g, ' '));
  return m ? (JSON.parse(m[1]!) as string[]) : undefined;
}

async function start(name: string): Promise<void> {
  const s = compose.services[name]!;
  for (const [dep, { condition }] of Object.entries(s.depends_on ?? {})) {
    if (dep === 'jaeger') continue; // the OTLP sink stands in for it
    const d = procs.get(dep);
    assert.ok(d, `${name} depends on ${dep}, started before it`);
    if (condition === 'service_completed_successfully')
      assert.equal((await d.child.waitExit(HEALTHY_TIMEOUT_MS)).code, 0, `${dep} completed: ${d.child.stderr}`);
    if (condition === 'service_healthy')
      await waitFor(() => healthy(dep) || undefined, {
        timeoutMs: HEALTHY_TIMEOUT_MS,
        intervalMs: 250,
        what: `${dep} healthy (for ${name}):\n${d.child.stdout.slice(-2000)}\n${d.child.stderr.slice(-2000)}`,
      });
  }
  const mounts = net.mounts(s);
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'] };
  for (const [k, v] of Object.entries(s.environment ?? {})) env[k] = net.rewrite(String(v), mounts);
  // One host: every process needs its own metrics port (a container has its own network).
  if (env['METRICS_PORT']) env['METRICS_PORT'] = String(await freePort());
  let command: string;
  let args: string[];
  if (isNatsNode(name)) {
    command = findNatsServer();
    const local = (hp: string) => net.rewrite(hp, mounts).replace('127.0.0.1:', '');
    args = (s.command ?? []).map((a, i, all) =>
      all[i - 1] === '-p'
        ? local(`${name}:4222`)
        : all[i - 1] === '-m'
          ? local(`${name}:8222`)
          : all[i - 1] === '--cluster'
            ? `nats://127.0.0.1:${local(`${name}:6222`)}`
            : net.rewrite(a, mounts),
    );
    args.push('-a', '127.0.0.1');
  } else {
    const [, ...entry] = dockerfileOf(s).entrypoint; // WORKDIR /app is the repository root here
    command = process.execPath;
    args = [...entry.map((a) => (a.startsWith('--') ? a : join(REPO_ROOT, a))), ...(s.command ?? []).map((a) => net.rewrite(a, mounts))];
    const config = args[args.indexOf('--config') + 1];
    // A control server's daos_server.yml (written by init) names paths inside its own container.
    if (args.includes('--config') && config)
      writeFileSync(
        config,
        net
          .rewrite(readFileSync(config, 'utf8'), [])
          .replace(/"\/data(\/[^"]*)?"/g, (_, rest: string | undefined) => JSON.stringify(net.rewrite(`/data${rest ?? ''}`, mounts))),
      );
  }
  procs.set(name, { child: spawnChild(command, args, { cwd: REPO_ROOT, env, outputKeepBytes: 16 * 1024 }), env, mounts });
}

async function cli(tool: 'dmg' | 'daos', args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const s = compose.services[tool]!;
  const mounts = net.mounts(s);
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: root.path };
  for (const [k, v] of Object.entries(s.environment ?? {})) env[k] = net.rewrite(String(v), mounts);
  const [, ...entry] = dockerfileOf(s).entrypoint;
  const r = spawnSync(process.execPath, [...entry.map((a) => (a.startsWith('--') ? a : join(REPO_ROOT, a))), ...args], {
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

test('docker-compose.yml started as local processes runs the README walkthrough', async () => {
  const services = Object.entries(compose.services)
    .filter(([, s]) => !s.profiles?.length)
    .map(([n]) => n)
    .filter((n) => n !== 'jaeger');
  const t0 = performance.now();
  const progress = (what: string) =>
    process.stderr.write(`compose-equivalence: +${((performance.now() - t0) / 1000).toFixed(1)} s ${what}\n`);
  for (const name of services) {
    await start(name);
    progress(`started ${name}`);
  }
  const tail = (name: string) => `${procs.get(name)!.child.stdout.slice(-1500)}\n${procs.get(name)!.child.stderr.slice(-1500)}`;
  for (const name of services.filter((n) => n !== 'init')) {
    try {
      await waitFor(() => healthy(name) || undefined, { timeoutMs: HEALTHY_TIMEOUT_MS, intervalMs: 250, what: `${name} healthy` });
    } catch (e) {
      throw new Error(`${name} never became healthy; its output:\n${tail(name)}`, { cause: e });
    }
  }

  progress('every service healthy');
  const format = await cli('dmg', ['storage', 'format', '--host-list', 'node0,node1']); // no npm start record in compose: name the hosts
  assert.equal(format.code, 0, format.stderr);
  let seen = '';
  const joined = await waitFor(
    async () => {
      const q = await cli('dmg', ['system', 'query', '--json']);
      const members = (JSON.parse(q.stdout || '{}') as { response?: { members?: Array<{ rank: number; kind: string; state: string }> } }).response?.members ?? [];
      seen = members.map((m) => `${m.rank} ${m.kind} ${m.state}`).join(', ') || q.stderr;
      return members.length >= 8 && members.every((m) => m.state === 'Joined') ? members : undefined;
    },
    { timeoutMs: HEALTHY_TIMEOUT_MS, intervalMs: 500, what: '6 service members and 2 engines Joined' },
  ).catch((e: Error) => {
    throw new Error(`${e.message}; members: ${seen}\nserver-node0:\n${tail('server-node0')}\nserver-node1:\n${tail('server-node1')}`, { cause: e });
  });
  assert.equal(joined.length, 8);
  progress('6 members and 2 engines joined');
  const pool = await cli('dmg', ['pool', 'create', '--size', '1G', 'tank']);
  assert.equal(pool.code, 0, pool.stderr);
  assert.match((await cli('dmg', ['pool', 'list'])).stdout, /tank/);
  const cont = await cli('daos', ['container', 'create', 'tank', 'mycont']);
  assert.equal(cont.code, 0, cont.stderr);
  const q = await cli('daos', ['container', 'query', 'tank', 'mycont']);
  assert.equal(q.code, 0, q.stderr);
  assert.match(q.stdout, /Container Label: +mycont/);

  // OTEL_EXPORTER_OTLP_ENDPOINT reaches the collector, and a pool service's metrics show its work.
  await waitFor(() => otlpPosts > 0 || undefined, { timeoutMs: 30_000, intervalMs: 200, what: 'spans at the OTLP endpoint' });
  const metrics = await (await fetch(`http://127.0.0.1:${procs.get('pool-0')!.env['METRICS_PORT']}/metrics`)).text();
  assert.match(metrics, /daos_rsvc_groups\{[^}]*\} \d+/);
  assert.match(metrics, /daos_raft_term\{/);

  // SIGTERM: a service drains (readiness off first) and exits 0.
  const c2 = procs.get('container-2')!.child;
  assert.equal((await c2.kill('SIGTERM', 30_000)).code, 0, c2.stderr);
});

/** The states of every member, by rank, as `dmg system query` reports them. */
async function memberStates(): Promise<Map<number, string> | undefined> {
  const q = await cli('dmg', ['system', 'query', '--json']);
  if (q.code !== 0) return undefined;
  const members =
    (JSON.parse(q.stdout || '{}') as { response?: { members?: Array<{ rank: number; state: string }> } }).response?.members ?? [];
  return new Map(members.map((m) => [m.rank, m.state]));
}

test('profile ha: NATS as a 3-node cluster; SIGKILL of the node every process started on loses nothing', async () => {
  const t0 = performance.now();
  const progress = (what: string) =>
    process.stderr.write(`compose-equivalence (ha): +${((performance.now() - t0) / 1000).toFixed(1)} s ${what}\n`);
  for (const peer of ['nats-2', 'nats-3']) {
    assert.deepEqual(compose.services[peer]!.profiles, ['ha']);
    await start(peer);
  }
  for (const peer of ['nats-2', 'nats-3'])
    await waitFor(() => healthy(peer) || undefined, { timeoutMs: HEALTHY_TIMEOUT_MS, intervalMs: 250, what: `${peer} healthy` });
  // The mesh is complete when the first node routes to both peers; its clients then hear of them.
  const routez = `http://${net.rewrite('nats:8222', [])}/routez`;
  await waitFor(async () => ((await (await fetch(routez)).json()) as { num_routes: number }).num_routes >= 2 || undefined, {
    timeoutMs: 30_000,
    intervalMs: 200,
    what: 'routes from nats to nats-2 and nats-3',
  });
  progress('3-node NATS cluster routed');
  // container-2 left at the end of the walkthrough (SIGTERM); compose's restart policy brings it back.
  await start('container-2');
  const allJoined = async () => {
    const now = await memberStates();
    return now && now.size === 8 && [...now.values()].every((st) => st === 'Joined') ? now : undefined;
  };
  await waitFor(allJoined, {
    timeoutMs: HEALTHY_TIMEOUT_MS,
    intervalMs: 500,
    what: '6 service members and 2 engines Joined before the fault',
  });
  const killedAt = performance.now();
  await procs.get('nats')!.child.kill('SIGKILL');
  progress('SIGKILLed nats, the node every process connected to first');
  // The CLI's NATS_URL lists every node: it reaches a live one. No member is lost (a member that
  // missed heartbeats while reconnecting would be excluded by the MS).
  await waitFor(allJoined, { timeoutMs: HEALTHY_TIMEOUT_MS, intervalMs: 500, what: 'every member Joined after the NATS node died' });
  progress(`every member Joined, seen ${((performance.now() - killedAt) / 1000).toFixed(1)} s after the node died`);
  const pool = await waitFor(
    async () => {
      const r = await cli('dmg', ['pool', 'create', '--size', '1G', 'after-nats-loss']);
      return r.code === 0 ? r : undefined;
    },
    { timeoutMs: HEALTHY_TIMEOUT_MS, intervalMs: 1000, what: 'a pool create after the NATS node died' },
  );
  assert.match(pool.stdout, /after-nats-loss|UUID/i);
  progress(`pool create succeeded ${((performance.now() - killedAt) / 1000).toFixed(1)} s after the node died`);
  const cont = await cli('daos', ['container', 'create', 'after-nats-loss', 'c1']);
  assert.equal(cont.code, 0, cont.stderr);
  assert.match((await cli('dmg', ['pool', 'list'])).stdout, /tank[\s\S]*after-nats-loss|after-nats-loss[\s\S]*tank/);
  for (const name of ['mgmt-0', 'pool-0', 'container-0']) assert.ok(procs.get(name)!.child.running, `${name} is still running`);
});
