import { NonexistError, type Clock } from '@daos-nats/base';
import { IV_CLASS, uuidKey, type IvClient } from '@daos-nats/iv-nats';
import { daos } from '@daos-nats/proto';
import { PoolServiceVerifier, type HandleVerifier, type VerifyHandleAnswer } from './handle-verifier.js';

/** Ask the pool service itself (`pool.verify-handle`), uncached. */
export type DirectVerify = (handle: string, signal?: AbortSignal) => Promise<VerifyHandleAnswer>;

/**
 * A HandleVerifier that asks the IV cache of this rank (pool handles, DAOS IV_POOL_CONN) instead
 * of polling `pool.verify-handle` with a TTL. It keeps no cache of its own: the IV cache does,
 * with leases, and the pool service invalidates a handle on every cache once its disconnect or
 * eviction committed, so an evicted handle is refused as soon as the eviction returns (or, on a
 * cache cut off from the tree, when its lease runs out).
 *
 * This rank is in the pool's namespace once the root widened it to the container service's
 * ranks (apps/iv-cache `service-ranks.ts`); until then (a pool just created, a replica just
 * moved here, a cache just restarted) its cache answers DER_NONEXIST for the pool, and `direct`
 * asks the pool service, uncached: always current, so no TTL window either.
 */
export function ivHandleVerifier(iv: IvClient, pool: string, clock: Clock, cacheEntriesMax: number, direct?: DirectVerify): HandleVerifier {
  return new PoolServiceVerifier({
    ask: async (handle, signal): Promise<VerifyHandleAnswer> => {
      let e;
      try {
        e = await iv.fetch(pool, IV_CLASS.POOL_CONN, uuidKey(handle));
      } catch (err) {
        if (err instanceof NonexistError && direct) return direct(handle, signal);
        throw err;
      }
      if (e.value === undefined) return { valid: false };
      return daos.pool.v1.VerifyHandleRep.decode(e.value);
    },
    clock,
    cacheTtlMs: 0,
    cacheEntriesMax,
  });
}
