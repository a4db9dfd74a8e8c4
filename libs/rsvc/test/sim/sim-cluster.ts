// The simulated deployment: three RsvcHost processes of the sim service on a FaultyNetwork, each
// with its SQLite files in the run's directory. Crash and restart are the host's, with the
// replica closed first (its commits are durable when they return: SQLite synchronous=FULL), so
// the restart reopens whatever the crash left.
import path from 'node:path';
import { SeededRng } from '@daos-nats/base';
import { createLogger } from '@daos-nats/telemetry';
import { RsvcHost } from '../../src/rsvc-host.js';
import type { FaultyNetwork } from './faulty-network.js';
import { simService } from './sim-service.js';

export const SIM_GROUP = 'g';

/** Sized for virtual time: 10 ms ticks, 100 ms election timeouts, frequent compaction. */
const replicaKnobs = {
  tickIntervalMs: 10,
  commitTimeoutMs: 1_000,
  compactEntriesMin: 32,
  logEntriesMax: 64,
  freeSpaceBytes: () => 1e12,
  raft: { electionTimeoutTicks: 10, heartbeatTicks: 1 },
};

export class SimCluster {
  readonly hosts: (RsvcHost<object> | undefined)[];
  private readonly closing = new Map<number, Promise<void>>();
  private starts = 0;
  private readonly log = createLogger({ service: 'rsvc-sim', level: (process.env['RSVC_SIM_LOG'] as 'info' | undefined) ?? 'silent' });
  crashes = 0;

  constructor(
    private readonly net: FaultyNetwork,
    private readonly dir: string,
    private readonly seed: number,
    readonly ranks: readonly number[],
  ) {
    this.hosts = ranks.map(() => undefined);
  }

  file(rank: number): string {
    return path.join(this.dir, `r${rank}`, `${SIM_GROUP}.rdb`);
  }

  async start(rank: number): Promise<void> {
    await this.closing.get(rank);
    this.closing.delete(rank);
    this.hosts[rank] = await RsvcHost.start({
      transport: this.net.transport(rank),
      system: 'sim',
      rank,
      dataDir: path.join(this.dir, `r${rank}`),
      service: simService,
      rng: new SeededRng(this.seed * 1000 + 100 + this.starts++),
      replica: replicaKnobs,
      config: { stepDownWaitMs: 500 },
      log: this.log,
    });
  }

  /** Found the group on every rank and bootstrap it. */
  async create(): Promise<void> {
    const members = this.ranks.map((rank) => ({ rank, gen: 1 }));
    for (const r of this.ranks) await this.start(r);
    for (const r of this.ranks) await this.hosts[r]!.startGroup(SIM_GROUP, { create: true, members, bootstrap: true, bootstrapArg: Uint8Array.of(1) });
  }

  /** Stop a rank at once: replica closed (waiters fail SHUTDOWN), then the host drains. */
  crash(rank: number): void {
    const h = this.hosts[rank];
    if (!h) return;
    this.hosts[rank] = undefined;
    this.crashes++;
    for (const g of h.groupNames()) h.group(g)?.close();
    this.closing.set(rank, h.close());
  }

  down(): number[] {
    return this.ranks.filter((r) => !this.hosts[r]);
  }

  /** The rank whose group is UP (serving as leader), if any. */
  leader(): number | undefined {
    return this.ranks.find((r) => this.hosts[r]?.group(SIM_GROUP)?.state === 'up');
  }

  appliedIndexes(): number[] {
    return this.ranks.map((r) => Number(this.hosts[r]?.group(SIM_GROUP)?.replica.appliedIndex ?? -1));
  }

  async closeAll(): Promise<void> {
    for (const r of this.ranks) this.crash(r);
    await Promise.all(this.closing.values());
  }
}
