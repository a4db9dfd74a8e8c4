import { NoSpaceError } from '@daos-nats/base';
import { defaultAttributeLimits, readAttributeUsage, type AttributeLimits } from '@daos-nats/rsvc';
import type { Transaction } from '@daos-nats/rdb';
import type { PoolRecord } from './pool-layout.js';

/** Most open handles per pool (a connect beyond it is DER_NOSPACE). */
export const POOL_HANDLES_MAX_DEFAULT = 16_384;
/**
 * Most handles one eviction step commits: a pool.evict of any size is a sequence of
 * transactions of at most this many deletions (and IV invalidations), each far below the raft
 * payload limit (a deletion is ~60 bytes in the entry).
 */
export const EVICT_ITEMS_PER_TX_MAX_DEFAULT = 1_024;
/**
 * What one open handle counts against the pool's size: its record, its key in the handle KVS
 * and its share of the service's bookkeeping (an estimate: a principal with groups is larger).
 */
export const POOL_HANDLE_META_BYTES = 512;

/** The pool service's named limits (createPoolService `limits`; README "Limits"). */
export interface PoolLimits extends AttributeLimits {
  readonly poolHandlesMax: number;
  readonly evictItemsPerTxMax: number;
}

export const defaultPoolLimits: PoolLimits = {
  ...defaultAttributeLimits,
  poolHandlesMax: POOL_HANDLES_MAX_DEFAULT,
  evictItemsPerTxMax: EVICT_ITEMS_PER_TX_MAX_DEFAULT,
};

/** The pool's metadata bytes counted against its size: handles × estimate + user attributes. */
export async function metadataBytes(tx: Transaction, rec: PoolRecord): Promise<{ handles: number; attrs: number }> {
  return { handles: rec.handleCount * POOL_HANDLE_META_BYTES, attrs: (await readAttributeUsage(tx)).bytes };
}

/** DER_NOSPACE unless the pool may hold one more handle (by count and by its size). */
export async function checkHandleRoom(tx: Transaction, rec: PoolRecord, limits: PoolLimits): Promise<void> {
  const name = rec.label || rec.uuid;
  if (rec.handleCount >= limits.poolHandlesMax) throw new NoSpaceError(`pool ${name} has ${rec.handleCount} open handles: poolHandlesMax=${limits.poolHandlesMax} reached`);
  const meta = await metadataBytes(tx, rec);
  const after = meta.handles + meta.attrs + POOL_HANDLE_META_BYTES;
  if (after > Number(rec.sizeBytes)) throw new NoSpaceError(`pool ${name}: another handle would bring its metadata to ${after} bytes, beyond its size of ${Number(rec.sizeBytes)} bytes`);
}

/** The attribute limits of one request: the configured ones, the bytes lowered to what the pool's size leaves. */
export function poolAttributeLimits(rec: PoolRecord, limits: PoolLimits): AttributeLimits {
  const room = Number(rec.sizeBytes) - rec.handleCount * POOL_HANDLE_META_BYTES;
  return { attrsPerObjectMax: limits.attrsPerObjectMax, attrBytesPerObjectMax: Math.max(0, Math.min(limits.attrBytesPerObjectMax, room)) };
}
