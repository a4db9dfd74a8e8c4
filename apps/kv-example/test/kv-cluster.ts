// Test and benchmark support: kv-example replica processes over a real nats-server, each a child
// process running main.ts, with data in a temp dir. Not part of the service itself.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KV_SERVICE, rsvcOps } from '@daos-nats/api';
import { codeOf, DER, SeededRng } from '@daos-nats/base';
import { connectBus, type Bus } from '@daos-nats/bus';
import { distStart, ServiceCaller } from '@daos-nats/client';
import type { RsvcClientConfig } from '@daos-nats/dc-rsvc';
import { daos } from '@daos-nats/proto';
import { spawnChild, startNatsServer, tempDir, waitFor, type ChildHandle, type NatsServer, type TempDir } from '@daos-nats/testkit';
import { KvClient } from '../src/kv-client.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const MAIN = 'apps/kv-example/src/main.ts';

export interface KvClusterOptions {
  /** Raft tick of every replica process. */
  readonly tickMs?: number;
  readonly electionTicks?: number;
  readonly heartbeatTicks?: number;
  /** Extra environment for every process (e.g. OTEL_EXPORTER_OTLP_ENDPOINT). */
  readonly env?: NodeJS.ProcessEnv;
  /** How long a process may take to start serving. */
  readonly startTimeoutMs?: number;
  readonly system?: string;
  /** Extra node flags for every process (e.g. `--cpu-prof`), or per rank (e.g. its own `--cpu-prof-dir`). */
  readonly nodeArgs?: readonly string[] | ((rank: number) => readonly string[]);
  /** Each process serves /metrics on a free port (`appliedIndex` reads it). */
  readonly metrics?: boolean;
  /** Each process gets KV_TEST_DISK_FULL_FILE (`diskFull` turns its full disk on and off). */
  readonly diskFullSwitch?: boolean;
}

/** A free loopback TCP port (free when returned; the process that takes it starts at once). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** One /metrics scrape may take this long (a paused process never answers). */
const METRICS_TIMEOUT_MS = 2000;

/** A nats-server and kv-example processes by rank; `bus` is the test's own connection. */
export class KvCluster implements AsyncDisposable {
  readonly procs = new Map<number, ChildHandle>();
  readonly system: string;
  private readonly metricsPorts = new Map<number, number>();

  private constructor(
    readonly nats: NatsServer,
    readonly dir: TempDir,
    readonly bus: Bus,
    private readonly o: KvClusterOptions,
  ) {
    this.system = o.system ?? 'kvtest';
  }

  static async start(o: KvClusterOptions = {}): Promise<KvCluster> {
    const nats = await startNatsServer();
    const dir = await tempDir('kv-cluster-');
    const bus = await connectBus({ name: 'kv-cluster-test', servers: nats.url });
    return new KvCluster(nats, dir, bus, o);
  }

  /** Start (or restart, with the same data dir) the process of `rank`, and wait until it serves. */
  async spawn(rank: number): Promise<ChildHandle> {
    const nodeArgs = typeof this.o.nodeArgs === 'function' ? this.o.nodeArgs(rank) : (this.o.nodeArgs ?? []);
    const metricsPort = this.o.metrics ? await freePort() : undefined;
    if (metricsPort !== undefined) this.metricsPorts.set(rank, metricsPort);
    const child = spawnChild(process.execPath, [...nodeArgs, '--conditions=@daos-nats/source', '--import', 'tsx', MAIN], {
      cwd: REPO,
      killGraceMs: 5000,
      env: {
        ...process.env,
        LOG_LEVEL: process.env['KV_LOG_LEVEL'] ?? 'warn',
        ...this.o.env,
        NATS_URL: this.nats.url,
        RANK: String(rank),
        DATA_DIR: path.join(this.dir.path, `rank${rank}`),
        DAOS_SYSTEM: this.system,
        TICK_MS: String(this.o.tickMs ?? 20),
        ELECTION_TICKS: String(this.o.electionTicks ?? 15),
        HEARTBEAT_TICKS: String(this.o.heartbeatTicks ?? 3),
        ...(metricsPort !== undefined ? { METRICS_PORT: String(metricsPort) } : {}),
        ...(this.o.diskFullSwitch ? { KV_TEST_DISK_FULL_FILE: this.diskFullFile(rank) } : {}),
      },
    });
    this.procs.set(rank, child);
    // Serving once a request for a group it cannot host is answered NOTREPLICA.
    await waitFor(
      async () => {
        if (!child.running) throw new Error(`rank ${rank} exited: ${child.stderr.slice(-2000)}`);
        const e = await this.caller('probe', [rank]).callRank(rank, rsvcOps.replicasList, {}, { timeoutMs: 1000 }).catch((err: unknown) => err);
        return codeOf(e) === DER.NOTREPLICA;
      },
      { timeoutMs: this.o.startTimeoutMs ?? 60_000, intervalMs: 100, what: `kv-example rank ${rank} to serve` },
    );
    return child;
  }

  private diskFullFile(rank: number): string {
    return path.join(this.dir.path, `rank${rank}.disk-full`);
  }

  /** Make the replica files of `rank` act as on a full disk (SQLITE_FULL on growth), or not (main.ts's switch). */
  diskFull(rank: number, on: boolean): void {
    if (!this.o.diskFullSwitch) throw new Error('KvCluster started without diskFullSwitch');
    if (on) fs.writeFileSync(this.diskFullFile(rank), '');
    else fs.rmSync(this.diskFullFile(rank), { force: true });
  }

  /** The applied index of `group`'s replica on `rank`, from its /metrics (undefined: no answer, no replica). */
  async appliedIndex(rank: number, group: string): Promise<number | undefined> {
    const port = this.metricsPorts.get(rank);
    if (port === undefined) throw new Error('KvCluster started without metrics');
    try {
      const res = await fetch(`http://127.0.0.1:${port}/metrics`, { signal: AbortSignal.timeout(METRICS_TIMEOUT_MS) });
      const text = await res.text();
      const m = new RegExp(`^daos_raft_applied_index\\{[^}]*group="${group}"[^}]*\\} (\\d+)`, 'm').exec(text);
      return m ? Number(m[1]) : undefined;
    } catch {
      return undefined;
    }
  }

  /** kill -9 the process of `rank`. */
  async kill(rank: number): Promise<void> {
    await this.procs.get(rank)?.kill('SIGKILL');
  }

  /** Create the group on `ranks` with a bootstrap and wait for a leader. */
  async createGroup(group: string, ranks: readonly number[], timeoutMs = 60_000): Promise<number> {
    await distStart(this.caller(group, ranks), {
      ranks,
      create: true,
      bootstrapArg: daos.kv.v1.BootstrapArg.encode({ label: group }).finish(),
      timeoutMs: 10_000,
    });
    return await this.leader(group, ranks, timeoutMs);
  }

  /** The rank whose replica answers a leader-only request itself (polled until one does). */
  async leader(group: string, ranks: readonly number[], timeoutMs = 60_000): Promise<number> {
    const caller = this.caller(group, ranks);
    const found = await waitFor(
      async () => {
        for (const r of ranks) {
          if (this.procs.get(r)?.running === false) continue;
          const ok = await caller.callRank(r, rsvcOps.replicasList, {}, { timeoutMs: 1000 }).then(
            () => true,
            () => false,
          );
          if (ok) return { rank: r };
        }
        return false;
      },
      { timeoutMs, intervalMs: 50, what: `a leader of ${group}` },
    );
    return (found as { rank: number }).rank;
  }

  /** The group's caller over the cluster's own connection. */
  caller(group: string, ranks: readonly number[]): ServiceCaller {
    return new ServiceCaller({ bus: this.bus, system: this.system, service: KV_SERVICE, group, ranks, rng: new SeededRng(1) });
  }

  client(group: string, ranks: readonly number[], seed = 1, config?: Partial<RsvcClientConfig>, bus: Bus = this.bus): KvClient {
    return new KvClient({ bus, system: this.system, group, ranks, rng: new SeededRng(seed), ...(config ? { config } : {}) });
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await Promise.all([...this.procs.values()].map((p) => p.stop().catch(() => undefined)));
    await this.bus.drain().catch(() => undefined);
    await this.nats[Symbol.asyncDispose]();
    await this.dir[Symbol.asyncDispose]();
  }
}
