import FakeTimers from '@sinonjs/fake-timers';

export interface VirtualTimeOptions {
  /** Virtual epoch ms at the start. */
  readonly startMs?: number;
  /** Virtual time advanced per driver step; timers due inside a step fire in order. */
  readonly stepMs: number;
  /** `fn` must settle within this much virtual time, or the run fails. */
  readonly budgetMs: number;
}

/**
 * Run `fn` on a virtual clock: `setTimeout`, `setInterval`, `Date` and `performance` are faked
 * (every library's timers included) and advanced in steps of `stepMs` until `fn` settles, so a
 * seeded simulation is a function of its seed, not of the machine's load. `setImmediate`,
 * `process.nextTick` and microtasks stay real: they run, in their deterministic order, between
 * timer firings. Real I/O inside `fn` would break the determinism; keep it synchronous.
 */
export async function withVirtualTime<T>(o: VirtualTimeOptions, fn: () => Promise<T>): Promise<T> {
  const clock = FakeTimers.install({ now: o.startMs ?? 1_800_000_000_000, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
  try {
    const t0 = Date.now();
    let settled = false;
    const work = fn().finally(() => (settled = true));
    work.catch(() => {}); // awaited below; a rejection is not unhandled meanwhile
    while (!settled) {
      await clock.tickAsync(o.stepMs);
      if (!settled && Date.now() - t0 > o.budgetMs) throw new Error(`not settled within ${o.budgetMs} ms of virtual time`);
    }
    return await work;
  } finally {
    clock.uninstall();
  }
}
