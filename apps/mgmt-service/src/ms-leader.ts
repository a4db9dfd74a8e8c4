import type { MsDeps } from './ms-deps.js';
import type { PoolJobs } from './pool-jobs.js';

interface Seen {
  readonly atMs: number;
  readonly incarnation: number;
  readonly localState: number;
}

/**
 * What the MS leader of one term knows beyond the database: when each member was last heard
 * from. Heartbeats only touch this (no raft write per heartbeat); the sweep turns silence into
 * committed state changes. A new leader starts every member's clock at its step-up, so a member
 * is never judged silent for the time the MS itself had no leader.
 */
export class MsLeader {
  private readonly seen = new Map<number, Seen>();
  private readonly sinceMs: number;
  private timer: NodeJS.Timeout | undefined;
  constructor(
    private readonly d: MsDeps,
    /** This term's pool create/destroy jobs (started by handlers and at step-up). */
    readonly jobs: PoolJobs,
  ) {
    this.sinceMs = d.monoMs();
  }

  heard(rank: number, incarnation: number, localState: number): void {
    this.seen.set(rank, { atMs: this.d.monoMs(), incarnation, localState });
  }

  /** Has this leader heard the member (at this incarnation) at all? */
  heardThisTerm(rank: number, incarnation: number): boolean {
    return this.seen.get(rank)?.incarnation === incarnation;
  }

  /** Ms since the member (at this incarnation) was last heard, counting from step-up at most. */
  silenceMs(rank: number, incarnation: number): number {
    const s = this.seen.get(rank);
    const at = s && s.incarnation === incarnation ? s.atMs : this.sinceMs;
    return this.d.monoMs() - at;
  }

  /** Run `sweep` every sweepIntervalMs until stopped (one at a time). */
  startSweeping(sweep: () => Promise<void>): void {
    const loop = (): void => {
      this.timer = setTimeout(() => {
        void sweep().finally(() => {
          if (this.timer) loop();
        });
      }, this.d.config.sweepIntervalMs);
      this.timer.unref();
    };
    loop();
  }

  stopSweeping(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
