import { TimedOutError } from '@daos-nats/base';

export interface WaitForOptions {
  /** Give up after this long. */
  readonly timeoutMs: number;
  /** Delay between checks. */
  readonly intervalMs?: number;
  /** Named in the error, e.g. "the responder to reconnect". */
  readonly what?: string;
}

/**
 * Poll `cond` until it returns true (or a truthy value, which is returned). A check that throws
 * counts as "not yet"; its last error becomes the cause of the TimedOutError.
 */
export async function waitFor<T>(cond: () => T | Promise<T>, opts: WaitForOptions): Promise<NonNullable<T>> {
  const deadline = performance.now() + opts.timeoutMs;
  const intervalMs = opts.intervalMs ?? 10;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await cond();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      lastError = e;
    }
    if (performance.now() >= deadline) {
      throw new TimedOutError(
        `timed out after ${opts.timeoutMs} ms waiting for ${opts.what ?? 'a condition'}`,
        lastError === undefined ? undefined : { cause: lastError },
      );
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
