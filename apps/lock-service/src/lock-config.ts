import { InvalidError } from '@daos-nats/base';

/** Every limit and timing of the lock service: a named value with its unit last. */
export interface LockConfig {
  /** Longest lock name, in UTF-8 bytes (a name is 1..this). */
  readonly lockNameBytesMax: number;
  /** Locks one session may hold or wait for at once. */
  readonly locksPerSessionMax: number;
  /** Sessions queued on one lock. */
  readonly waitersPerLockMax: number;
  /** Live sessions in one group. */
  readonly sessionsMax: number;
  /** Lease a session gets when it asks for none, and the bounds of what it may ask for. */
  readonly leaseMsDefault: number;
  readonly leaseMsMin: number;
  readonly leaseMsMax: number;
  /** How often the leader looks for sessions silent for a whole lease. */
  readonly sweepIntervalMs: number;
  /** Sessions expired by one sweep transaction (the rest wait for the next sweep). */
  readonly expiriesPerSweepMax: number;
  /** Locks with waiters get their revoke re-sent this often (notices may be lost). */
  readonly noticeRepeatMs: number;
  /** Lock names waiting for the notifier; beyond, names are dropped (clients poll, so only latency suffers). */
  readonly noticeNamesMax: number;
  /** Names the notifier looks up per peek request. */
  readonly peekNamesMax: number;
  /** Deadline of the leader's requests to itself (sweep, peek). */
  readonly selfRequestTimeoutMs: number;
}

export const defaultLockConfig: LockConfig = {
  lockNameBytesMax: 256,
  locksPerSessionMax: 1024,
  waitersPerLockMax: 1024,
  sessionsMax: 4096,
  leaseMsDefault: 5000,
  leaseMsMin: 500,
  leaseMsMax: 120_000,
  sweepIntervalMs: 250,
  expiriesPerSweepMax: 64,
  noticeRepeatMs: 1000,
  noticeNamesMax: 4096,
  peekNamesMax: 64,
  selfRequestTimeoutMs: 5000,
};

/** The defaults with `over` applied; every value a positive safe integer, lease bounds ordered. */
export function lockConfig(over: Partial<LockConfig> = {}): LockConfig {
  const c = { ...defaultLockConfig, ...over };
  for (const [k, v] of Object.entries(c)) {
    if (!Number.isSafeInteger(v) || v <= 0) throw new InvalidError(`lock config ${k} must be a positive integer, got ${v}`);
  }
  if (!(c.leaseMsMin <= c.leaseMsDefault && c.leaseMsDefault <= c.leaseMsMax)) throw new InvalidError(`lock config needs leaseMsMin <= leaseMsDefault <= leaseMsMax`);
  // A lock's waiters and a session's locks are stored in one record each: keep them well under a value's size.
  if (c.waitersPerLockMax * 24 > 1 << 20 || c.locksPerSessionMax * (c.lockNameBytesMax + 4) > 4 << 20) throw new InvalidError('lock config limits make records too large');
  return c;
}
