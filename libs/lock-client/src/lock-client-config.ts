import { InvalidError } from '@daos-nats/base';

/** The lock client's timings and bounds, units last. */
export interface LockClientConfig {
  /** Lease asked for at session open (0: the server's default). */
  readonly leaseMs: number;
  /**
   * Part of the lease the client gives up for safety: a grant is valid until (send time of the
   * last request that renewed the session) + lease − this share. Covers clock-rate drift between
   * the client and the leader and the time the holder needs to act after checking validity.
   */
  readonly leaseMarginPercent: number;
  /** Default deadline of acquire(). */
  readonly acquireTimeoutMs: number;
  /** A queued acquire looks again this often, notice or not (notices can be lost). */
  readonly retryPollMs: number;
  /** Of a queued acquire's looks, every this-many-th is a lock.acquire (a write); the others are reads. */
  readonly pollsPerAcquire: number;
  /** Deadline of one request (renew, release) to the service, all retries included. */
  readonly requestTimeoutMs: number;
  /** Locks this client tracks at once (held, cached or being acquired). */
  readonly locksMax: number;
  /** Notices queued before the handler; beyond, dropped (they are hints). */
  readonly noticeQueueItemsMax: number;
}

export const defaultLockClientConfig: LockClientConfig = {
  leaseMs: 0,
  leaseMarginPercent: 20,
  acquireTimeoutMs: 30_000,
  retryPollMs: 500,
  pollsPerAcquire: 4,
  requestTimeoutMs: 10_000,
  locksMax: 1024,
  noticeQueueItemsMax: 1024,
};

export function lockClientConfig(over: Partial<LockClientConfig> = {}): LockClientConfig {
  const c = { ...defaultLockClientConfig, ...over };
  for (const [k, v] of Object.entries(c)) if (!Number.isSafeInteger(v) || v < 0) throw new InvalidError(`lock client ${k} must be a non-negative integer, got ${v}`);
  if (c.pollsPerAcquire < 1) throw new InvalidError('pollsPerAcquire must be at least 1');
  if (c.leaseMarginPercent >= 100) throw new InvalidError('leaseMarginPercent must be below 100');
  return c;
}
