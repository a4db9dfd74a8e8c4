import type { Clock } from '@daos-nats/base';
import { IV_CLASS, uuidKey, type IvClient } from '@daos-nats/iv-nats';
import { daos } from '@daos-nats/proto';
import { PoolServiceVerifier, type HandleVerifier, type VerifyHandleAnswer } from './handle-verifier.js';

/**
 * A HandleVerifier that asks the IV cache of this rank (pool handles, DAOS IV_POOL_CONN) instead
 * of polling `pool.verify-handle` with a TTL. It keeps no cache of its own: the IV cache does,
 * with leases, and the pool service invalidates a handle on every cache once its disconnect or
 * eviction committed, so an evicted handle is refused as soon as the eviction returns (or, on a
 * cache cut off from the tree, when its lease runs out).
 */
export function ivHandleVerifier(iv: IvClient, pool: string, clock: Clock, cacheEntriesMax: number): HandleVerifier {
  return new PoolServiceVerifier({
    ask: async (handle): Promise<VerifyHandleAnswer> => {
      const e = await iv.fetch(pool, IV_CLASS.POOL_CONN, uuidKey(handle));
      if (e.value === undefined) return { valid: false };
      return daos.pool.v1.VerifyHandleRep.decode(e.value);
    },
    clock,
    cacheTtlMs: 0,
    cacheEntriesMax,
  });
}
