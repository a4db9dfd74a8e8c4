import { InvalidError } from '@daos-nats/base';

/** Limits and timings of one cache. Every value is named with its unit last. */
export interface IvConfig {
  /** Children per cache in a namespace tree. */
  readonly treeFanoutMax: number;
  /** How long a non-root cache may serve an entry after it asked for it: bounds staleness under partition. */
  readonly entryLeaseMs: number;
  /** Deadline of one hop (fetch, revoke, push, announce) to a neighbour in the tree. */
  readonly requestTimeoutMs: number;
  /** Deadline of an update sent to the root (revocation, commit and an EAGER push). */
  readonly updateTimeoutMs: number;
  /** A neighbour that missed a deadline is skipped (re-parenting) for this long. */
  readonly suspectMs: number;
  /** Added to every lease horizon the root waits out, for clock-rate differences between hosts. */
  readonly clockSlackMs: number;
  /** Ids a cache asks its parent for at once when its own range runs short (range classes). */
  readonly allocBatchIds: number;
  /** Most ids one alloc request may ask for. */
  readonly allocIdsMax: number;
  readonly entriesMax: number;
  readonly cacheBytesMax: number;
  readonly keyBytesMax: number;
  readonly valueBytesMax: number;
  readonly ranksMax: number;
  readonly namespacesMax: number;
}

export const DEFAULT_IV_CONFIG: IvConfig = {
  treeFanoutMax: 4,
  entryLeaseMs: 5_000,
  requestTimeoutMs: 1_000,
  updateTimeoutMs: 15_000,
  suspectMs: 3_000,
  clockSlackMs: 100,
  allocBatchIds: 1_024,
  allocIdsMax: 1 << 20,
  entriesMax: 65_536,
  cacheBytesMax: 64 * 1024 * 1024,
  keyBytesMax: 256,
  valueBytesMax: 1024 * 1024,
  ranksMax: 4_096,
  namespacesMax: 4_096,
};

/** Defaults overridden by `over`, checked: the update deadline must outlast a revocation that waits out a lease. */
export function ivConfig(over: Partial<IvConfig> = {}): IvConfig {
  const c = { ...DEFAULT_IV_CONFIG, ...over };
  for (const [k, v] of Object.entries(c)) if (!Number.isSafeInteger(v) || v < 0) throw new InvalidError(`iv config ${k} must be a non-negative integer, got ${v}`);
  if (c.updateTimeoutMs <= c.entryLeaseMs + c.clockSlackMs + c.requestTimeoutMs) throw new InvalidError('iv config updateTimeoutMs must exceed entryLeaseMs + clockSlackMs + requestTimeoutMs');
  return c;
}
