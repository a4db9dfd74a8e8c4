import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { callerCredential, DaosClient, MemberState, MgmtClient, systemAuth, writeSystemFile, type SystemFile, type SystemProcess } from '@daos-nats/client';
import type { LauncherOptions } from './launcher-options.js';
import { ManagedProcess } from './managed-process.js';
import { startNatsServer } from './nats-server-process.js';
import { exitWithParentEnv } from '@daos-nats/base';
import { serverYaml } from './server-yaml.js';
import { authDir } from '@daos-nats/auth';
import { prepareSystemAuth } from './system-auth-files.js';

type ServiceKind = 'mgmt-service' | 'pool-service' | 'container-service' | 'lock-service' | 'server' | 'iv-cache';

/**
 * Kinds that join the system as members (the MS and the lock service have static ranks instead;
 * control servers are not members, and their engines join only after `dmg storage format`).
 */
/** How often the launcher looks for engine ranks without an iv-cache. */
const ENGINE_CACHE_WATCH_MS = 1_000;

function isMember(kind: ServiceKind): boolean {
  return kind === 'pool-service' || kind === 'container-service';
}

/** The repository root, from this file's place in it (apps/launcher/src). */
const REPO = fileURLToPath(new URL('../../../', import.meta.url));

interface Service {
  readonly name: string;
  readonly kind: ServiceKind;
  readonly dataDir: string;
  readonly rank?: number;
  readonly host?: string;
  readonly process: ManagedProcess;
}

/**
 * One system on this machine: nats-server (unless given), the MS replicas, the pool and container
 * service members. `start()` brings it up and records it in `<dataDir>/system.json`; `stop()` takes
 * it down in the reverse order (members, then the MS, then NATS).
 */
export class Launcher {
  private nats: ManagedProcess | undefined;
  private natsUrl = '';
  private readonly services: Service[] = [];
  private stopping = false;
  private startedAt = new Date().toISOString();
  private cacheWatch: NodeJS.Timeout | undefined;
  private readyAt: string | undefined;

  constructor(
    private readonly o: LauncherOptions,
    private readonly write: (line: string) => void,
  ) {}

  /** The NATS URL in use (after start). */
  get url(): string {
    return this.natsUrl;
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  async start(): Promise<void> {
    this.startedAt = new Date().toISOString();
    // First start: every role's NATS password and the credential keys; later starts reuse them.
    const natsDir = join(this.o.dataDir, 'nats');
    const files = await prepareSystemAuth(this.o.dataDir, this.o.system, natsDir);
    if (this.o.natsUrl) {
      this.natsUrl = this.o.natsUrl;
      this.write(`[launcher] external NATS: include ${files.authorizationFile} in its configuration so that anonymous connections are refused (see README, Security)`);
    } else {
      const started = await startNatsServer({
        configFile: files.configFile,
        dir: natsDir,
        write: this.write,
        startTimeoutMs: 10_000,
        onExit: () => {
          if (!this.stopping) this.write('[launcher] nats-server exited unexpectedly: the services cannot talk until it is back; stop with Ctrl-C');
        },
      });
      this.nats = started.process;
      this.natsUrl = started.url;
    }
    this.write(`[launcher] NATS at ${this.natsUrl}, system ${this.o.system}, data in ${this.o.dataDir}`);
    for (const [i, rank] of this.o.msReplicas.entries()) this.spawn('mgmt-service', i, { RANK: String(rank) }, rank);
    await this.record();
    // IV_RANK=self: pool leaders root their pool's namespace in the iv-cache of their own rank and
    // invalidate evicted handles there (one iv-cache per member rank, below). The container
    // service keeps verifying pool handles with the pool service: its ranks are not in a pool's
    // IV namespace (the pool map's ranks), so its cache never learns the pool (DER_NONEXIST).
    for (let i = 0; i < this.o.poolServices; i++) this.spawn('pool-service', i, { FAULT_DOMAIN: `/node${i}`, IV_RANK: 'self' });
    for (let i = 0; i < this.o.containerServices; i++) this.spawn('container-service', i, { FAULT_DOMAIN: `/node${i}` });
    // A restart knows its members' ranks already: their caches start now, before pool leaders root namespaces.
    await this.spawnIvCaches();
    // The lock service's replicas have static ranks 0..n-1 of its own namespace (not members).
    const lockRanks = Array.from({ length: this.o.lockServices }, (_, i) => i);
    for (const i of lockRanks) this.spawn('lock-service', i, { RANK: String(i), LOCK_REPLICAS: lockRanks.join(',') });
    for (let i = 0; i < this.o.servers; i++) await this.spawnServer(i);
    await this.record();
    // Engines join whenever their storage gets formatted: look for new engine ranks until stopped.
    if (this.o.servers > 0) {
      const watch = async () => {
        if ((await this.spawnIvCaches()) > 0 && !this.stopping) await this.record(this.readyAt);
      };
      this.cacheWatch = setInterval(() => void watch().catch(() => undefined), ENGINE_CACHE_WATCH_MS);
      this.cacheWatch.unref();
    }
  }

  /**
   * One iv-cache per member rank known so far (from the identity files members write when they
   * join), each started once. Members that have not joined yet get theirs on a later call
   * (waitReady calls this until every member has one; a timer, for engines). Returns how many it
   * started. Two calls may overlap: the check and the spawn have no await between them.
   */
  private async spawnIvCaches(): Promise<number> {
    const ranks = [...(await this.memberIdentities()).values(), ...(await this.engineRanks())];
    let started = 0;
    for (const rank of ranks) {
      if (this.stopping) break;
      if (rank === undefined || this.services.some((s) => s.kind === 'iv-cache' && s.rank === rank)) continue;
      this.spawn('iv-cache', rank, { RANK: String(rank), IV_CONT_SOURCE: 'container-service' }, rank);
      started++;
    }
    return started;
  }

  /** A control server for host node<i>: its daos_server.yml is written on every start. */
  private async spawnServer(i: number): Promise<void> {
    const dir = join(this.o.dataDir, `server-${i}`);
    const yml = join(dir, 'daos_server.yml');
    await mkdir(dir, { recursive: true });
    await writeFile(yml, serverYaml({ system: this.o.system, host: `node${i}`, natsUrl: this.natsUrl, msReplicas: this.o.msReplicas, dir, targets: this.o.targets }));
    this.spawn('server', i, {}, undefined, ['--config', yml], `node${i}`);
  }

  private spawn(kind: ServiceKind, i: number, extra: Record<string, string>, rank?: number, args: string[] = [], host?: string): void {
    const name = `${kind}-${i}`;
    const dataDir = join(this.o.dataDir, name);
    // DAOS_NATS_BUILT=1 (npm run start:built): every process from its esbuild bundle, no tsx.
    const built = process.env['DAOS_NATS_BUILT'] === '1';
    const main = built ? join(REPO, 'apps', kind, 'bundle', 'main.js') : join(REPO, 'apps', kind, 'src', 'main.ts');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NATS_URL: this.natsUrl,
      DAOS_SYSTEM: this.o.system,
      DATA_DIR: dataDir,
      DAOS_AUTH_DIR: authDir(this.o.dataDir),
      MS_REPLICAS: this.o.msReplicas.join(','),
      INSTANCE: String(i),
      // Without an OTLP collector, spans go to span files that `dmg trace show` reads.
      ...(process.env['OTEL_EXPORTER_OTLP_ENDPOINT'] ? {} : { DAOS_NATS_SPAN_DIR: join(this.o.dataDir, 'spans') }),
      ...exitWithParentEnv(), // a launcher killed with SIGKILL leaves no orphans behind
      ...extra,
    };
    const proc = new ManagedProcess({
      name,
      command: process.execPath,
      args: built ? ['--enable-source-maps', main, ...args] : ['--conditions=@daos-nats/source', '--import', import.meta.resolve('tsx'), main, ...args],
      env,
      cwd: REPO,
      write: this.write,
      onExit: (code, signal) => {
        if (!this.stopping) this.write(`[launcher] ${name} exited unexpectedly (${signal ?? `code ${code}`}); the others carry on`);
      },
    });
    this.services.push({ name, kind, dataDir, process: proc, ...(rank !== undefined ? { rank } : {}), ...(host ? { host } : {}) });
  }

  private async record(readyAt?: string): Promise<void> {
    const processes: SystemProcess[] = [
      ...(this.nats ? [{ name: 'nats-server', kind: 'nats-server' as const, pid: this.nats.pid }] : []),
      ...this.services.map((s) => ({ name: s.name, kind: s.kind, pid: s.process.pid, dataDir: s.dataDir, ...(s.rank !== undefined ? { rank: s.rank } : {}), ...(s.host ? { host: s.host } : {}) })),
    ];
    const file: SystemFile = {
      version: 1,
      system: this.o.system,
      natsUrl: this.natsUrl,
      msReplicas: this.o.msReplicas,
      launcherPid: process.pid,
      startedAt: this.startedAt,
      ...(readyAt ? { readyAt } : {}),
      processes,
    };
    await writeSystemFile(this.o.dataDir, file);
  }

  /** UUID of each member process, from the identity file its agent writes on first start. */
  private async memberUuids(): Promise<Map<string, string>> {
    const uuids = new Map<string, string>();
    for (const s of this.services) {
      if (!isMember(s.kind)) continue;
      const id = await readIdentity(s.dataDir);
      if (id?.uuid) uuids.set(id.uuid, s.name);
    }
    return uuids;
  }

  /** Rank of each member process that has joined once (by uuid), from its identity file. */
  private async memberIdentities(): Promise<Map<string, number | undefined>> {
    const out = new Map<string, number | undefined>();
    for (const s of this.services) {
      if (!isMember(s.kind)) continue;
      const id = await readIdentity(s.dataDir);
      if (id?.uuid) out.set(id.uuid, typeof id.rank === 'number' && Number.isSafeInteger(id.rank) && id.rank >= 0 ? id.rank : undefined);
    }
    return out;
  }

  /**
   * Ranks of the servers' engines that have joined once (the identity file of each engine's data
   * directory, `<server dir>/engine0`): an engine checks object I/O handles in the iv-cache of its
   * rank, so each gets one, as soon as it has a rank (after `dmg storage format`, at any time).
   */
  private async engineRanks(): Promise<number[]> {
    const out: number[] = [];
    for (const s of this.services.filter((x) => x.kind === 'server')) {
      const id = await readIdentity(join(s.dataDir, 'engine0'));
      if (typeof id?.rank === 'number' && Number.isSafeInteger(id.rank) && id.rank >= 0) out.push(id.rank);
    }
    return out;
  }

  /**
   * Wait until the MS reports every member process Joined; true if so within readyTimeoutMs.
   * Then `readyAt` goes into the system file (what the end-to-end fixture waits for).
   */
  async waitReady(timeoutMs = this.o.readyTimeoutMs): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    // Engines join only after `dmg storage format`, so readiness counts the service members.
    const members = this.services.filter((s) => isMember(s.kind)).length;
    const credential = callerCredential();
    const auth = await systemAuth(this.o.dataDir, 'admin', credential, {});
    await using client = await DaosClient.connect({ natsUrl: this.natsUrl, system: this.o.system, name: 'launcher', callTimeoutMs: 5_000, credential, ...(auth ? { auth } : {}) });
    const mgmt = new MgmtClient(client, { replicas: this.o.msReplicas });
    let last = '';
    while (!this.stopping && Date.now() < deadline) {
      try {
        const uuids = await this.memberUuids();
        await this.spawnIvCaches();
        if (uuids.size === members) {
          const q = await mgmt.systemQuery({}, { callTimeoutMs: 5_000 });
          const joined = q.members.filter((m) => uuids.has(m.uuid) && m.state === MemberState.Joined).length;
          // Ready also means every member's rank is on disk, so its iv-cache has been started.
          const ranked = [...(await this.memberIdentities()).values()].filter((r) => r !== undefined).length;
          if (joined === members && ranked === members) {
            await this.spawnIvCaches();
            this.readyAt = new Date().toISOString();
            await this.record(this.readyAt);
            return true;
          }
          last = `${joined} of ${members} members joined, ${ranked} with a rank on disk`;
        } else last = `${uuids.size} of ${members} members have an identity`;
      } catch (e) {
        last = String(e);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    if (!this.stopping) this.write(`[launcher] the system is not ready after ${timeoutMs} ms (${last}); still waiting`);
    return false;
  }

  /** Stop everything: members, then the MS replicas, then NATS. Safe to call twice. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    clearInterval(this.cacheWatch);
    this.readyAt = undefined;
    const grace = this.o.stopGraceMs;
    for (const kind of ['server', 'lock-service', 'container-service', 'pool-service', 'iv-cache', 'mgmt-service'] as const) {
      await Promise.all(this.services.filter((s) => s.kind === kind).map((s) => s.process.stop(grace)));
    }
    if (this.nats) {
      await this.nats.stop(grace);
      this.nats.proc.stdin?.end();
    }
    await this.record();
  }

}

/** A member's identity file (libs/member): `{uuid, rank}` once it joined; undefined before it is written. */
async function readIdentity(dataDir: string): Promise<{ uuid?: string; rank?: unknown } | undefined> {
  try {
    return JSON.parse(await readFile(join(dataDir, 'member.json'), 'utf8')) as { uuid?: string; rank?: unknown };
  } catch {
    return undefined;
  }
}
