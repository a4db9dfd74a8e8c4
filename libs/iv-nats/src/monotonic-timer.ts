import type { IvTimer } from '@daos-nats/iv';

/** The process's monotonic clock and setTimeout, for a real cache. */
export const monotonicTimer: IvTimer = {
  nowMs: () => performance.now(),
  sleep: (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms))),
};
