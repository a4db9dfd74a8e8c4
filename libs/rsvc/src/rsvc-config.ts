import { InvalidError } from '@daos-nats/base';

/** The framework's own limits, with their units in their names. */
export interface RsvcConfig {
  /** How long a stored client-op reply is kept (DAOS svc_ops age); older ops are refused as DER_STALE. */
  readonly dedupAgeMs: number;
  /**
   * A client time further ahead of the leader's clock than this is refused with DER_INVAL: its
   * entry would outlive the dedup age by the skew (forever, for a clock years ahead).
   */
  readonly dedupClockAheadMaxMs: number;
  /** How often the leader deletes aged-out dedup entries. */
  readonly dedupAgeOutIntervalMs: number;
  /** At most this many dedup entries are deleted per age-out transaction (an age-out runs as many as needed). */
  readonly dedupAgeOutItemsMax: number;
  /** Step-down waits this long for handlers in flight before it proceeds without them. */
  readonly stepDownWaitMs: number;
  /** Handlers running at once per process (the responder's bound). */
  readonly handlersInFlightMax: number;
  /** Requests waiting for a handler slot per process; beyond, DER_BUSY. */
  readonly pendingRequestsMax: number;
  /**
   * Replicas one process hosts at most (each has its SQLite file, raft state and ticker); a start
   * or join beyond it is refused with DER_NOSPACE.
   */
  readonly groupsPerProcessMax: number;
  /** Deadline of the requests a leader sends to other ranks (replica add/remove). */
  readonly peerRequestTimeoutMs: number;
}

export const defaultRsvcConfig: RsvcConfig = {
  dedupAgeMs: 300_000,
  dedupClockAheadMaxMs: 60_000,
  dedupAgeOutIntervalMs: 10_000,
  dedupAgeOutItemsMax: 1024,
  stepDownWaitMs: 10_000,
  handlersInFlightMax: 1024,
  pendingRequestsMax: 4096,
  peerRequestTimeoutMs: 5_000,
  groupsPerProcessMax: 1024,
};

export function rsvcConfig(o: Partial<RsvcConfig> = {}): RsvcConfig {
  const c = { ...defaultRsvcConfig, ...o };
  for (const [k, v] of Object.entries(c)) {
    if (!Number.isSafeInteger(v) || v < 1) throw new InvalidError(`rsvc config: ${k} must be an integer >= 1, got ${String(v)}`);
  }
  return c;
}
