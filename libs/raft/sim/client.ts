import { proposalIdOf, payloadKey } from './state-machine.js';
import type { SimNode } from './sim-node.js';

const encoder = new TextEncoder();

interface Outstanding {
  readonly id: number;
  attempt: number;
  lastTick: number;
}

/**
 * The workload's client: unique proposals sent to whoever leads, re-sent (same id, next attempt)
 * until the client sees one applied anywhere, as a DAOS client retries an rsvc call. A proposal
 * the core refused on its first attempt was never taken and is forgotten; one it took is pending
 * until applied, and liveness demands that every pending proposal reaches every voter.
 */
export class SimClient {
  private nextId = 1;
  private nextRead = 1;
  /** Taken at least once and not seen applied anywhere yet. */
  private readonly outstanding = new Map<string, Outstanding>();
  /** Every proposal the core took at least once. */
  readonly taken: string[] = [];
  private readonly appliedIds = new Set<string>();
  private readonly cursor = new Map<number, number>();

  constructor(private readonly pendingMax: number) {}

  get outstandingCount(): number {
    return this.outstanding.size;
  }

  /** Some node applied `key`. */
  applied(key: string): void {
    const id = proposalIdOf(key);
    if (id === undefined) return;
    this.appliedIds.add(id);
    this.outstanding.delete(id);
  }

  propose(leader: SimNode, tick: number): void {
    if (this.outstanding.size >= this.pendingMax || !leader.up) return;
    const n = this.nextId++;
    const key = payloadKey(n, 1);
    const id = proposalIdOf(key)!;
    if (!leader.request(`propose ${key}`, (r) => r.propose(encoder.encode(key)))) return;
    this.taken.push(id);
    if (!this.appliedIds.has(id)) this.outstanding.set(id, { id: n, attempt: 1, lastTick: tick });
  }

  /** Re-send what has waited `retryTicks` without being seen applied. */
  retry(leader: SimNode, tick: number, retryTicks: number): void {
    for (const [id, o] of [...this.outstanding]) {
      if (!leader.up) return;
      if (o.lastTick + retryTicks > tick) continue;
      o.attempt++;
      o.lastTick = tick;
      const key = payloadKey(o.id, o.attempt);
      leader.request(`propose ${key} (retry)`, (r) => r.propose(encoder.encode(key)));
      if (this.appliedIds.has(id)) this.outstanding.delete(id);
    }
  }

  nextReadContext(): string {
    return `r${this.nextRead++}`;
  }

  /**
   * Pending proposals missing from `node`'s state machine (at most `limit` named). A per-node
   * cursor skips the prefix already found, which stays found while nodes do not restart.
   */
  missingOn(node: SimNode, limit: number): string[] {
    let c = this.cursor.get(node.id) ?? 0;
    while (c < this.taken.length && node.sm.hasProposal(this.taken[c]!)) c++;
    this.cursor.set(node.id, c);
    const out: string[] = [];
    for (let k = c; k < this.taken.length && out.length < limit; k++) if (!node.sm.hasProposal(this.taken[k]!)) out.push(this.taken[k]!);
    return out;
  }

  /** Nodes restarted (state machines may have been rebuilt): search from the start again. */
  resetCursors(): void {
    this.cursor.clear();
  }
}
