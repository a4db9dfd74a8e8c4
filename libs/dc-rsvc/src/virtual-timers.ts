import { AssertionError, assert, type Clock } from '@daos-nats/base';
import type { Sleep } from './sleep.js';

interface Timer {
  readonly atMs: number;
  readonly seq: number;
  readonly resolve: () => void;
  /** Unhooks the abort listener once the timer is gone. */
  readonly detach: () => void;
}

/**
 * Virtual time for deterministic tests of code that sleeps: a Clock plus a Sleep whose timers fire
 * only when the test moves time. `drive(promise)` runs an async operation to completion, jumping
 * straight to the next timer whenever the operation has nothing else to do, so a 60-second retry
 * schedule runs in milliseconds and in the same order every time.
 */
export class VirtualTimers implements Clock {
  private now = 0;
  private seq = 0;
  private timers: Timer[] = [];

  nowMs(): number {
    return this.now;
  }

  /** Timers not fired yet. */
  get pendingTimers(): number {
    return this.timers.length;
  }

  readonly sleep: Sleep = (ms, signal) =>
    new Promise<void>((resolve) => {
      assert(ms >= 0, `sleep needs ms >= 0, got ${ms}`);
      if (signal?.aborted) return resolve();
      const onAbort = (): void => {
        this.timers = this.timers.filter((t) => t !== timer);
        resolve();
      };
      const timer: Timer = { atMs: this.now + ms, seq: this.seq++, resolve, detach: () => signal?.removeEventListener('abort', onAbort) };
      this.timers.push(timer);
      signal?.addEventListener('abort', onAbort, { once: true });
    });

  /** Move time forward by `ms`, firing every timer that falls due, earliest first. */
  advance(ms: number): void {
    assert(ms >= 0, `cannot move time backwards by ${ms} ms`);
    const target = this.now + ms;
    for (;;) {
      const t = this.earliest();
      if (t === undefined || t.atMs > target) break;
      this.fire(t);
    }
    this.now = target;
  }

  /**
   * Settle `p`, advancing time from timer to timer while it waits on nothing else. Throws if `p`
   * stays pending with no timer left (it waits on something that virtual time cannot move).
   */
  async drive<T>(p: Promise<T>, stepsMax = 100_000): Promise<T> {
    let settled = false;
    const watched = p.then(
      (v) => ((settled = true), v),
      (e: unknown) => {
        settled = true;
        throw e;
      },
    );
    // Keep an early rejection from being reported as unhandled while we drive.
    watched.catch(() => undefined);
    for (let step = 0; step < stepsMax; step++) {
      await new Promise<void>((r) => setImmediate(r));
      if (settled) return watched;
      const t = this.earliest();
      if (t === undefined) throw new AssertionError('drive: the promise is pending and no virtual timer is left');
      this.now = Math.max(this.now, t.atMs);
      this.fire(t);
    }
    throw new AssertionError(`drive: still pending after ${stepsMax} steps`);
  }

  private earliest(): Timer | undefined {
    let best: Timer | undefined;
    for (const t of this.timers) if (best === undefined || t.atMs < best.atMs || (t.atMs === best.atMs && t.seq < best.seq)) best = t;
    return best;
  }

  private fire(t: Timer): void {
    this.timers = this.timers.filter((x) => x !== t);
    this.now = Math.max(this.now, t.atMs);
    t.detach();
    t.resolve();
  }
}
