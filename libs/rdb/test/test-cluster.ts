import path from 'node:path';
import { rank, SeededRng } from '@daos-nats/base';
import { MemoryNetwork } from '../src/memory-transport.js';
import type { ReplicaConfig } from '../src/replica-config.js';
import { packReplicaId, type ReplicaId } from '../src/replica-id.js';
import { Replica } from '../src/replica.js';
import { tempDir } from './test-util.js';

/** Poll `cond` every few ms until it holds, or fail after `timeoutMs` saying what was awaited. */
export async function waitFor(what: string, cond: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export type ClusterOptions = Partial<Omit<ReplicaConfig, 'file' | 'id' | 'transport'>>;

/** Replicas of one rdb in one process over a MemoryNetwork, files in a temp dir. */
export class TestCluster {
  readonly net: MemoryNetwork;
  readonly replicas = new Map<number, Replica>();
  private readonly tmp = tempDir();
  private seed: number;

  constructor(
    private readonly opts: ClusterOptions = {},
    seed = 1,
  ) {
    this.net = new MemoryNetwork(seed);
    this.seed = seed;
  }

  static id(r: number): ReplicaId {
    return { rank: rank(r), gen: 1 };
  }

  file(r: number): string {
    return path.join(this.tmp.dir, `rdb-${r}.db`);
  }

  private options(r: number, extra: ClusterOptions) {
    const id = TestCluster.id(r);
    return {
      // 150-300 ms election timeouts: short for tests, long enough that a loaded machine does
      // not depose leaders by accident.
      tickIntervalMs: 10,
      commitTimeoutMs: 5000,
      raft: { electionTimeoutTicks: 15, heartbeatTicks: 3 },
      rng: new SeededRng(this.seed * 100 + r),
      ...this.opts,
      ...extra,
      file: this.file(r),
      id,
      transport: this.net.transport(packReplicaId(id)),
    };
  }

  /** Create replicas `ranks` of a new database whose members are `members` (default: the same). */
  create(ranks: number[], members = ranks, extra: ClusterOptions = {}): void {
    for (const r of ranks) this.replicas.set(r, Replica.create(this.options(r, extra), members.map(TestCluster.id)));
  }

  open(r: number, extra: ClusterOptions = {}): Replica {
    const rep = Replica.open(this.options(r, extra));
    this.replicas.set(r, rep);
    return rep;
  }

  get(r: number): Replica {
    const rep = this.replicas.get(r);
    if (!rep) throw new Error(`no replica ${r}`);
    return rep;
  }

  async leader(timeoutMs = 5000, among?: number[]): Promise<Replica> {
    let found: Replica | undefined;
    await waitFor('a serving leader', () => {
      found = [...this.replicas.entries()].find(([r, rep]) => (!among || among.includes(r)) && rep.isLeader)?.[1];
      return found !== undefined;
    }, timeoutMs);
    return found!;
  }

  /** Wait until every replica listed has applied as far as `index`. */
  async applied(index: number, ranks = [...this.replicas.keys()], timeoutMs = 5000): Promise<void> {
    await waitFor(`replicas ${ranks} applied ${index}`, () => ranks.every((r) => this.get(r).appliedIndex >= index), timeoutMs);
  }

  close(r: number): void {
    this.replicas.get(r)?.close();
    this.replicas.delete(r);
  }

  shutdown(): void {
    for (const r of [...this.replicas.keys()]) this.close(r);
    this.tmp.cleanup();
  }
}
