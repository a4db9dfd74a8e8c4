// A real control server with one engine of 2 targets, against a real system (MS replicas, a
// pool and a container service from the launcher): format, join, restart after kill -9,
// system stop/start, and no orphan engine after kill -9 of the server.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { authDir, loadRoleAuth } from '@daos-nats/auth';
import { connectBus, serverRequestSubject, type Bus } from '@daos-nats/bus';
import { runCli, spawnChild, tempDir, TestSystem, waitFor, type ChildHandle, type TempDir } from '@daos-nats/testkit';
import { serverOps } from '@daos-nats/api';

const SERVER_MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const HOST = 'node9';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('daos_server with real engines', { timeout: 240_000 }, () => {
  let sys: TestSystem;
  let dir: TempDir;
  let bus: Bus;
  let server: ChildHandle;
  const subject = () => serverRequestSubject(sys.system, HOST);
  const scan = async () => (await bus.call(subject(), serverOps.storageScan, {}, { timeoutMs: 5_000 })).engines![0]!;
  const dmg = (...args: string[]) => runCli('dmg', ['--data-dir', sys.dataDir, ...args], { timeoutMs: 60_000 });

  before(async () => {
    sys = await TestSystem.start({ poolServices: 1, containerServices: 1 });
    dir = await tempDir('server-');
    const yml = join(dir.path, 'daos_server.yml');
    writeFileSync(yml, [
      `name: ${sys.system}`, `host: ${HOST}`, `access_points: [${HOST}]`, `ms_replicas: [${sys.record.msReplicas.join(', ')}]`,
      `nats_url: ${sys.natsUrl}`, `control_dir: ${join(dir.path, 'ctl')}`, 'fault_path: /node9',
      'engines:', '  - targets: 2', '    offload_xstreams: 1', `    data_dir: ${join(dir.path, 'engine0')}`, '',
    ].join('\n'));
    // The system runs NATS with a user per role: this test talks to the server as dmg does (admin),
    // and the server connects as the `server` role from the same auth directory.
    const auth = await loadRoleAuth(authDir(sys.dataDir), 'admin');
    bus = await connectBus({ name: 'server-test', servers: sys.natsUrl, ...auth.bus });
    server = spawnChild(process.execPath, ['--conditions=@daos-nats/source', '--import', import.meta.resolve('tsx'), SERVER_MAIN, '--config', yml], {
      env: { ...process.env, DAOS_AUTH_DIR: authDir(sys.dataDir) },
    });
    await waitFor(() => scan(), { timeoutMs: 60_000, what: 'the server to answer storage scan' });
  });
  after(async () => {
    await server?.stop();
    await bus?.drain();
    await sys?.stop();
    await dir?.[Symbol.asyncDispose]();
  });

  it('an unformatted server waits in AwaitFormat and starts no engine', async () => {
    const e = await scan();
    assert.deepEqual([e.formatted, e.state, e.pid], [false, 'AwaitFormat', 0]);
    await waitFor(() => server.stderr.includes('AwaitFormat'), { timeoutMs: 10_000, what: 'the AwaitFormat log line' });
  });

  let rank = -1;
  let pid = 0;
  it('storage format writes the superblock, starts the engine, and it joins: dmg system query shows it Joined', async () => {
    const unformatted = await dmg('storage', 'scan', '--host-list', HOST, '--json');
    assert.equal(unformatted.code, 0, unformatted.stderr);
    assert.ok(!unformatted.response.hosts[0].engines[0].formatted, "a proto3 false is absent from --json");
    const fmt = await dmg('storage', 'format', '--host-list', HOST);
    assert.equal(fmt.code, 0, fmt.stderr);
    assert.match(fmt.stdout, /Format complete/);
    const rep = await bus.call(subject(), serverOps.storageScan, {}, { timeoutMs: 10_000 });
    assert.equal(rep.engines![0]!.formatted, true);
    assert.equal(rep.engines![0]!.msReplica, true);
    const e = await waitFor(async () => ((await scan()).state === 'Joined' ? scan() : undefined), { timeoutMs: 90_000, what: 'the engine to join' });
    assert.ok(e.hasRank);
    rank = e.rank ?? -1;
    pid = e.pid ?? 0;
    const q = await dmg('system', 'query', '--json');
    assert.equal(q.code, 0, q.stderr);
    const member = (q.response.members as { rank: number; state: string; kind?: string; addr?: string }[]).find((m) => m.rank === rank);
    assert.ok(member, `rank ${rank} in ${q.stdout}`);
    assert.match(JSON.stringify(member), /joined/i);
    const again = await bus.call(subject(), serverOps.storageFormat, {}, { timeoutMs: 10_000 });
    assert.equal(again.result?.message, 'already formatted');
    assert.equal(again.engines![0]!.uuid, e.uuid);
  });

  it('kill -9 of the engine: the harness restarts it and it comes back with the same rank', async () => {
    assert.ok(pid > 0, 'the engine pid is known (never kill(0): that is the whole process group)');
    process.kill(pid, 'SIGKILL');
    const e = await waitFor(async () => {
      const s = await scan();
      return s.state === 'Joined' && s.pid !== pid ? s : undefined;
    }, { timeoutMs: 90_000, what: 'the engine to be restarted and rejoin' });
    assert.equal(e.rank, rank);
    assert.ok((e.restarts ?? 0) >= 1);
    assert.equal(alive(pid), false);
    pid = e.pid ?? 0;
  });

  it('dmg system stop stops the engine; dmg system start starts it again with the same rank', async () => {
    const stop = await dmg('system', 'stop', '--ranks', String(rank));
    assert.equal(stop.code, 0, stop.stderr);
    await waitFor(async () => (await scan()).state === 'Stopped', { timeoutMs: 60_000, what: 'the engine to stop' });
    await waitFor(() => !alive(pid), { timeoutMs: 20_000, what: 'the engine process to exit' });
    const start = await dmg('system', 'start', '--ranks', String(rank));
    assert.equal(start.code, 0, start.stderr);
    const e = await waitFor(async () => ((await scan()).state === 'Joined' ? scan() : undefined), { timeoutMs: 90_000, what: 'the engine to start again' });
    assert.equal(e.rank, rank);
    assert.notEqual(e.pid, pid);
    pid = e.pid ?? 0;
  });

  it('kill -9 of the server: its engine exits too (no orphans)', async () => {
    assert.ok(pid > 0, 'the engine pid is known');
    await server.kill('SIGKILL');
    await waitFor(() => !alive(pid), { timeoutMs: 30_000, what: 'the orphaned engine to exit' });
  });
});
