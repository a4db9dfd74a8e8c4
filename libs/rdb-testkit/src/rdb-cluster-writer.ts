import { hintOf } from '@daos-nats/bus';
import type { RdbCluster } from './rdb-cluster.js';
import { isTransient } from './rdb-cluster-transient.js';
import { waitFor } from '@daos-nats/testkit';

export interface ClusterWriterOptions {
  /** Keys are `<prefix>-<n>`, each written once with the value `v-<prefix>-<n>`. */
  readonly prefix: string;
  /** Writers running at once. */
  readonly inFlight?: number;
  /** Deadline of each write. */
  readonly writeTimeoutMs?: number;
  /** Pause after a failed write before the next try (the leader may be changing). */
  readonly retryPauseMs?: number;
}

/**
 * Writes unique keys to whichever replica leads, in the background, through leader changes,
 * kills and membership changes, and remembers every write that was acknowledged: those must
 * all be found later. A failure a new leader cannot cure (anything but not-leader, timeout,
 * unreachable, shutdown, busy) is kept in `unexpected`.
 */
export class ClusterWriter {
  /** key → value of every acknowledged write. */
  readonly acked = new Map<string, string>();
  /** Failures by error name (the transient ones the writers rode through). */
  readonly failures = new Map<string, number>();
  readonly unexpected: string[] = [];
  private next = 0;
  private stopped = false;
  private readonly loops: Promise<void>[] = [];

  constructor(
    private readonly cluster: RdbCluster,
    private readonly opts: ClusterWriterOptions,
  ) {}

  start(): this {
    for (let i = 0; i < (this.opts.inFlight ?? 4); i++) this.loops.push(this.loop());
    return this;
  }

  private async loop(): Promise<void> {
    let rank: number | undefined;
    while (!this.stopped) {
      const key = `${this.opts.prefix}-${this.next++}`;
      const value = `v-${key}`;
      try {
        rank ??= (await this.cluster.leader()).rank;
        await this.cluster.write(rank, [{ op: 'put', key, value }], this.opts.writeTimeoutMs ?? 5000);
        this.acked.set(key, value);
      } catch (e) {
        const name = (e as Error).name;
        this.failures.set(name, (this.failures.get(name) ?? 0) + 1);
        if (!isTransient(e)) {
          this.unexpected.push(`${key}: ${name}: ${(e as Error).message}`);
          return;
        }
        const hint = hintOf(e);
        rank = hint && this.cluster.ranks.includes(hint.rank) ? hint.rank : undefined;
        await new Promise((r) => setTimeout(r, this.opts.retryPauseMs ?? 20));
      }
    }
  }

  /** Wait until at least `n` writes were acknowledged in all. */
  async waitAcked(n: number, timeoutMs: number): Promise<void> {
    await waitFor(() => this.acked.size >= n || this.unexpected.length > 0, { timeoutMs, what: `${n} acknowledged writes (${this.acked.size} so far)` });
    if (this.unexpected.length) throw new Error(`a writer failed: ${this.unexpected.join('; ')}`);
  }

  /** Stop after the writes in flight end. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.loops);
  }
}
