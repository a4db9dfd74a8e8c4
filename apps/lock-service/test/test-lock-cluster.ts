// Test and benchmark support: lock-service replica processes (and lock-worker client processes)
// over a real nats-server, data in a temp dir. Not part of the service itself.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCK_GROUP_DEFAULT, LOCK_SERVICE, lockOps } from '@daos-nats/api';
import { codeOf, DER, SeededRng } from '@daos-nats/base';
import { connectBus, serviceRequestSubject, type Bus } from '@daos-nats/bus';
import { LockClient, type LockClientConfig } from '@daos-nats/lock-client';
import { spawnChild, startNatsServer, tempDir, waitFor, type ChildHandle, type NatsServer, type TempDir } from '@daos-nats/testkit';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const MAIN = 'apps/lock-service/src/main.ts';
const WORKER = 'apps/lock-service/test/lock-worker.ts';

export interface LockClusterOptions {
  readonly replicas?: readonly number[];
  readonly tickMs?: number;
  readonly electionTicks?: number;
  /** Lease the clients ask for. */
  readonly leaseMs?: number;
  readonly system?: string;
}

/** A nats-server, lock-service processes by rank, and client helpers; `bus` is the test's own. */
export class LockCluster implements AsyncDisposable {
  readonly procs = new Map<number, ChildHandle>();
  readonly workers = new Set<ChildHandle>();
  readonly clients: LockClient[] = [];
  readonly buses: Bus[] = [];
  readonly system: string;
  readonly replicas: readonly number[];

  private constructor(
    readonly nats: NatsServer,
    readonly dir: TempDir,
    readonly bus: Bus,
    private readonly o: LockClusterOptions,
  ) {
    this.system = o.system ?? 'locktest';
    this.replicas = o.replicas ?? [0, 1, 2];
  }

  static async start(o: LockClusterOptions = {}): Promise<LockCluster> {
    const nats = await startNatsServer();
    const dir = await tempDir('lock-cluster-');
    const bus = await connectBus({ name: 'lock-cluster-test', servers: nats.url });
    const c = new LockCluster(nats, dir, bus, o);
    for (const r of c.replicas) c.spawn(r);
    await c.leader();
    return c;
  }

  get leaseMs(): number {
    return this.o.leaseMs ?? 1500;
  }

  /** Start (or restart on its data dir) the replica of `rank`. */
  spawn(rank: number): ChildHandle {
    const child = spawnChild(process.execPath, ['--conditions=@daos-nats/source', '--import', 'tsx', MAIN], {
      cwd: REPO,
      killGraceMs: 5000,
      env: {
        ...process.env,
        LOG_LEVEL: process.env['LOCK_LOG_LEVEL'] ?? 'warn',
        NATS_URL: this.nats.url,
        RANK: String(rank),
        LOCK_REPLICAS: this.replicas.join(','),
        DATA_DIR: path.join(this.dir.path, `rank${rank}`),
        DAOS_SYSTEM: this.system,
        TICK_MS: String(this.o.tickMs ?? 20),
        ELECTION_TICKS: String(this.o.electionTicks ?? 15),
        HEARTBEAT_TICKS: '3',
      },
    });
    this.procs.set(rank, child);
    return child;
  }

  /** The rank whose replica answers a leader-only read itself (polled until one does). */
  async leader(timeoutMs = 60_000): Promise<number> {
    const found = await waitFor(
      async () => {
        for (const r of this.replicas) {
          if (this.procs.get(r)?.running === false) continue;
          const e = await this.bus
            .call(serviceRequestSubject(this.system, LOCK_SERVICE, LOCK_GROUP_DEFAULT, r), lockOps.status, { name: 'probe' }, { timeoutMs: 1000 })
            .then(() => undefined, (err: unknown) => err);
          if (e === undefined) return { rank: r };
          if (codeOf(e) !== DER.NOTLEADER && codeOf(e) !== DER.UNREACH && codeOf(e) !== DER.TIMEDOUT && codeOf(e) !== DER.UNINIT) throw e;
        }
        return false;
      },
      { timeoutMs, intervalMs: 50, what: 'a lock-service leader' },
    );
    return (found as { rank: number }).rank;
  }

  /** A caching client with a bus (= client id = session) of its own. */
  async client(seed: number, config: Partial<LockClientConfig> = {}): Promise<LockClient> {
    const bus = await connectBus({ name: `lock-client-${seed}`, servers: this.nats.url });
    this.buses.push(bus);
    const c = await LockClient.open({ bus, system: this.system, ranks: this.replicas, rng: new SeededRng(seed), config: { leaseMs: this.leaseMs, ...config } });
    this.clients.push(c);
    return c;
  }

  /**
   * A client process (lock-worker.ts) running `mode` on lock `name`; it prints one JSON line per
   * event (see lock-worker.ts).
   */
  worker(name: string, mode: 'hold' | 'loop', seed: number, extra: NodeJS.ProcessEnv = {}): ChildHandle {
    const child = spawnChild(process.execPath, ['--conditions=@daos-nats/source', '--import', 'tsx', WORKER], {
      cwd: REPO,
      killGraceMs: 5000,
      outputKeepBytes: 32 << 20,
      env: {
        ...process.env, LOG_LEVEL: 'warn', NATS_URL: this.nats.url, DAOS_SYSTEM: this.system, LOCK_REPLICAS: this.replicas.join(','),
        LOCK_NAME: name, LOCK_MODE: mode, LOCK_SEED: String(seed), LOCK_LEASE_MS: String(this.leaseMs), ...extra,
      },
    });
    this.workers.add(child);
    return child;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    for (const w of this.workers) w.proc.kill('SIGCONT');
    await Promise.all([...this.workers].map((w) => w.kill('SIGKILL').catch(() => undefined)));
    await Promise.all(this.clients.map((c) => c.close().catch(() => undefined)));
    await Promise.all(this.buses.map((b) => b.drain().catch(() => undefined)));
    for (const p of this.procs.values()) p.proc.kill('SIGCONT');
    await Promise.all([...this.procs.values()].map((p) => p.stop().catch(() => undefined)));
    await this.bus.drain().catch(() => undefined);
    await this.nats[Symbol.asyncDispose]();
    await this.dir[Symbol.asyncDispose]();
  }
}

/** One line a worker printed: an event with wall-clock microseconds. */
export interface WorkerEvent {
  readonly ev: 'ready' | 'granted' | 'act' | 'released' | 'error';
  readonly token?: number;
  readonly atUs: number;
  readonly pid: number;
  readonly err?: string;
  /** On 'ready': the session's notify token (what lock.status reports as the owner). */
  readonly notify?: string;
}

export function workerEvents(out: string): WorkerEvent[] {
  return out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as WorkerEvent);
}
