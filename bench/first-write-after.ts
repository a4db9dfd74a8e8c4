// The failover probe shared by the benches: an open-loop writer timing the first successful write
// issued at or after a fault.
import { performance } from 'node:perf_hooks';

/**
 * Writes in flight at once during a failover trial. Bounded low because our client retries inside
 * each call (leader search with backoff): hundreds of outstanding calls would each keep probing
 * the survivors and load the 2-core box during the very election being timed.
 */
export const FAILOVER_OUTSTANDING_MAX = 8;
/** The writer issues one put per this many ms. */
const WRITE_INTERVAL_MS = 5;
/** The writer runs this long without a fault first. */
const FAULT_FREE_MS = 1500;

/** Ms from `kill()` to the first successful `put` issued at or after it; rejects after `timeoutMs`. */
export async function firstWriteAfter(kill: () => Promise<void>, put: (seq: number) => Promise<void>, timeoutMs: number): Promise<number> {
  let seq = 0;
  let done: ((ms: number) => void) | undefined;
  const result = new Promise<number>((resolve) => (done = resolve));
  let killAt = Infinity;
  let outstanding = 0;
  const timer = setInterval(() => {
    if (outstanding >= FAILOVER_OUTSTANDING_MAX) return;
    const issued = performance.now();
    outstanding++;
    put(seq++)
      .then(() => {
        if (issued >= killAt) done?.(performance.now() - killAt);
      })
      .catch(() => undefined)
      .finally(() => outstanding--);
  }, WRITE_INTERVAL_MS);
  await new Promise((r) => setTimeout(r, FAULT_FREE_MS));
  killAt = performance.now();
  await kill();
  let deadline: NodeJS.Timeout | undefined;
  const expired = new Promise<number>((_, reject) => (deadline = setTimeout(() => reject(new Error(`no successful write ${timeoutMs} ms after the kill`)), timeoutMs)));
  try {
    return await Promise.race([result, expired]);
  } finally {
    clearTimeout(deadline);
    clearInterval(timer);
    while (outstanding > 0) await new Promise((r) => setTimeout(r, 20));
  }
}
