// MemoryRsvcNetwork with a seeded nemesis on the raft links: loss, duplication, delay (hence
// reordering) and directed partitions. Delays are timers, which the simulation's virtual clock
// fires, so a run is reproduced exactly by its seed.
import type { Rng } from '@daos-nats/base';
import { MemoryRsvcNetwork } from '../../src/memory-rsvc-network.js';
import type { RsvcEndpoint } from '../../src/rsvc-transport.js';

export interface LinkFaults {
  /** Probability that a raft message is lost. */
  readonly lossRate: number;
  /** Probability that a delivered raft message is delivered twice. */
  readonly duplicateRate: number;
  /** Each delivery is delayed uniformly in [0, delayMaxMs] of virtual time (0: next microtask). */
  readonly delayMaxMs: number;
}

export class FaultyNetwork extends MemoryRsvcNetwork {
  /** `from>to` pairs whose raft messages are dropped. */
  private readonly blocked = new Set<string>();
  faults: LinkFaults;
  delivered = 0;
  dropped = 0;

  constructor(
    private readonly rng: Rng,
    faults: LinkFaults,
  ) {
    super();
    this.faults = faults;
  }

  /** Cut the raft traffic between the two sides, both ways (requests from clients still pass). */
  partition(side: readonly number[], other: readonly number[]): void {
    for (const a of side)
      for (const b of other) {
        this.blocked.add(`${a}>${b}`);
        this.blocked.add(`${b}>${a}`);
      }
  }

  healPartitions(): void {
    this.blocked.clear();
  }

  get partitioned(): boolean {
    return this.blocked.size > 0;
  }

  override deliver(from: RsvcEndpoint, toRank: number, bytes: Uint8Array): void {
    if (this.blocked.has(`${from.rank}>${toRank}`) || this.rng.chance(this.faults.lossRate)) {
      this.dropped++;
      return;
    }
    const copy = bytes.slice(); // the sender may reuse its buffer before a delayed delivery
    const copies = this.rng.chance(this.faults.duplicateRate) ? 2 : 1;
    for (let i = 0; i < copies; i++) {
      this.delivered++;
      const delayMs = this.faults.delayMaxMs > 0 ? this.rng.int(this.faults.delayMaxMs + 1) : 0;
      if (delayMs === 0) super.deliver(from, toRank, copy);
      else setTimeout(() => super.deliver(from, toRank, copy), delayMs);
    }
  }
}
