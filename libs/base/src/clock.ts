/** Time as the code that needs it sees it; injected so tests and the simulator control it. */
export interface Clock {
  /** Milliseconds on a monotonic scale (not wall time). */
  nowMs(): number;
}

/** The process's monotonic clock. */
export const monotonicClock: Clock = {
  nowMs: () => performance.now(),
};

/** A clock that moves only when told to: for tests. */
export class ManualClock implements Clock {
  constructor(private ms = 0) {}
  nowMs(): number {
    return this.ms;
  }
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`cannot move a clock backwards by ${ms} ms`);
    this.ms += ms;
  }
}
