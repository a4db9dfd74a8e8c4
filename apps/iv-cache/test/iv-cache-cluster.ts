// Real iv-cache processes on a private nats-server, for the end-to-end test and the benchmark.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DaosError, DER, SeededRng } from '@daos-nats/base';
import { connectBus, type Bus } from '@daos-nats/bus';
import { IvClient } from '@daos-nats/iv-nats';
import { spawnChild, startNatsServer, waitFor, type ChildHandle, type NatsServer } from '@daos-nats/testkit';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MAIN = path.join(HERE, '../src/main.ts');
const REPO = path.resolve(HERE, '../../..');

export interface IvCacheClusterOptions {
  readonly system?: string;
  /** Extra environment of every process (IV_* tuning). */
  readonly env?: Readonly<Record<string, string>>;
}

export class IvCacheCluster implements AsyncDisposable {
  readonly procs = new Map<number, ChildHandle>();
  readonly system: string;
  private readonly clients = new Map<number, IvClient>();

  private constructor(
    readonly nats: NatsServer,
    readonly bus: Bus,
    private readonly o: IvCacheClusterOptions,
  ) {
    this.system = o.system ?? 'ivtest';
  }

  static async start(o: IvCacheClusterOptions = {}): Promise<IvCacheCluster> {
    const nats = await startNatsServer();
    const bus = await connectBus({ name: 'iv-cache-cluster', servers: nats.url });
    return new IvCacheCluster(nats, bus, o);
  }

  /** Start the cache of `rank` and wait until it answers (an unknown namespace is DER_NONEXIST). */
  async spawn(rank: number): Promise<ChildHandle> {
    const child = spawnChild(process.execPath, ['--conditions=@daos-nats/source', '--import', 'tsx', MAIN], {
      cwd: REPO,
      killGraceMs: 5000,
      env: { ...process.env, LOG_LEVEL: process.env['IV_LOG_LEVEL'] ?? 'warn', ...this.o.env, NATS_URL: this.nats.url, RANK: String(rank), DAOS_SYSTEM: this.system },
    });
    this.procs.set(rank, child);
    const probe = new IvClient(this.bus, this.system, rank, new SeededRng(rank), { callTimeoutMs: 1000 });
    await waitFor(
      async () => {
        if (!child.running) throw new Error(`iv-cache rank ${rank} exited: ${child.stderr.slice(-2000)}`);
        const e = await probe.fetch('probe', 1, new Uint8Array()).catch((err: unknown) => err);
        return e instanceof DaosError && e.code === DER.NONEXIST;
      },
      { timeoutMs: 30_000, intervalMs: 50, what: `iv-cache rank ${rank} to serve` },
    );
    return child;
  }

  /** The client of the user on `rank` (talks to that rank's cache). */
  client(rank: number): IvClient {
    let c = this.clients.get(rank);
    if (!c) {
      c = new IvClient(this.bus, this.system, rank, new SeededRng(1000 + rank), { callTimeoutMs: 20_000, retryPauseMs: 50 });
      this.clients.set(rank, c);
    }
    return c;
  }

  async kill9(rank: number): Promise<void> {
    const p = this.procs.get(rank);
    if (p) await p.kill('SIGKILL');
    this.procs.delete(rank);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await Promise.all([...this.procs.values()].map((p) => p.stop()));
    await this.bus.drain().catch(() => undefined);
    await this.nats.stop();
  }
}
