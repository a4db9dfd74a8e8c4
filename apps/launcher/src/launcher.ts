import { mkdir, writeFile } from 'node:fs/promises';
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
import { readEngineRank, readIdentity } from './process-ranks.js';

/** How often the launcher looks for ranks without an iv-cache (engines join whenever `dmg storage format` runs). */
const IV_CACHE_SCAN_MS = 1_000;
/** How often an IV root looks up its pools' container service ranks (apps/iv-cache IV_SERVICE_RANKS_MS). */
const IV_SERVICE_RANKS_MS = 5_000;

type ServiceKind = 'mgmt-service' | 'pool-service' | 'container-service' | 'lock-service' | 'server' | 'iv-cache';

/**
 * Kinds that join the system as members (the MS and the lock service have static ranks instead;
 * control servers are not members, and their engines join only after `dmg storage format`).
 */

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
  private ivScan: NodeJS.Timeout | undefined;
  /** The spawn pass in progress (passes run one at a time: a rank never gets two caches). */
  private ivSpawning: Promise<void> | undefined;
  /** When every member had joined (in the system file while it runs). */
  private readyAt: string | undefined;
  private recorded: Promise<void> = Promise.resolve();
  private startedAt = new Date().toISOString();

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
    // invalidate evicted handles there; container services verify pool handles and push container
    // handles through the iv-cache of their own rank, which the root adds to the pool's namespace
    // (IV_SERVICE_RANKS_MS below). One iv-cache per member and engine rank.
    for (let i = 0; i < this.o.poolServices; i++) this.spawn('pool-service', i, { FAULT_DOMAIN: `/node${i}`, IV_RANK: 'self' });
    for (let i = 0; i < this.o.containerServices; i++) this.spawn('container-service', i, { FAULT_DOMAIN: `/node${i}`, IV_RANK: 'self' });
    // A restart knows its members' ranks already: their caches start now, before pool leaders root namespaces.
    await this.spawnIvCaches();
    // The lock service's replicas have static ranks 0..n-1 of its own namespace (not members).
    const lockRanks = Array.from({ length: this.o.lockServices }, (_, i) => i);
    for (const i of lockRanks) this.spawn('lock-service', i, { RANK: String(i), LOCK_REPLICAS: lockRanks.join(',') });
    for (let i = 0; i < this.o.servers; i++) await this.spawnServer(i);
    await this.record();
    // Engines get their ranks when they join, after `dmg storage format`, at any time from now on.
    // A tick that finds a pass still running skips (no queue of passes builds up).
    this.ivScan = setInterval(() => void (this.ivSpawning ? undefined : this.spawnIvCaches().catch((e: unknown) => this.write(`[launcher] iv-cache scan: ${String(e)}`))), IV_CACHE_SCAN_MS);
    this.ivScan.unref();
  }

  /**
   * One iv-cache per rank known so far, each started once: members' ranks from the identity files
   * they write when they join, engines' from their superblocks. Ranks not known yet get theirs on
   * a later call (waitReady, then a scan every IV_CACHE_SCAN_MS); the system file lists each.
   */
  private async spawnIvCaches(): Promise<void> {
    // Wait for a pass in progress, then make one of our own: a caller (waitReady) that needs the
    // caches of the ranks on disk now must not return while they are still being started.
    while (this.ivSpawning) await this.ivSpawning;
    if (this.stopping) return;
    this.ivSpawning = this.spawnIvCachesPass();
    try {
      await this.ivSpawning;
    } finally {
      this.ivSpawning = undefined;
    }
  }

  private async spawnIvCachesPass(): Promise<void> {
    const have = new Set(this.services.filter((s) => s.kind === 'iv-cache').map((s) => s.rank));
    const ranks = [...(await this.memberIdentities()).values()];
    for (const s of this.services.filter((x) => x.kind === 'server')) ranks.push(await readEngineRank(s.dataDir));
    let spawned = false;
    for (const rank of ranks) {
      if (rank === undefined || have.has(rank) || this.stopping) continue;
      have.add(rank);
      this.spawn('iv-cache', rank, { RANK: String(rank), IV_CONT_SOURCE: 'container-service', IV_SERVICE_RANKS_MS: String(IV_SERVICE_RANKS_MS) }, rank);
      spawned = true;
    }
    if (spawned && !this.stopping) await this.record();
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

  /** Write the system file as things are now; writes are queued, so an older state never lands last. */
  private record(): Promise<void> {
    const next = this.recorded.then(() => this.writeRecord());
    this.recorded = next.catch(() => undefined);
    return next;
  }

  private async writeRecord(): Promise<void> {
    const readyAt = this.readyAt;
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
      if (id?.uuid) out.set(id.uuid, id.rank);
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
            await this.record();
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
    if (this.ivScan) clearInterval(this.ivScan);
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
