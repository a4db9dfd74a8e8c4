import { envVar, type EnvValues } from '@daos-nats/service-kit';
import { defaultPoolLimits, type PoolLimits } from './pool-limits.js';

/** The pool service's named limits as environment variables (--help lists them). */
export const poolLimitsEnv = {
  POOL_HANDLES_MAX: envVar.integer('most open handles per pool (a connect beyond: DER_NOSPACE)', 'handles', defaultPoolLimits.poolHandlesMax),
  EVICT_ITEMS_PER_TX_MAX: envVar.integer('most handles one eviction step commits (pool.evict runs as many steps as needed)', 'handles', defaultPoolLimits.evictItemsPerTxMax),
  ATTRS_PER_OBJECT_MAX: envVar.integer('most user attributes per pool', 'attributes', defaultPoolLimits.attrsPerObjectMax),
  ATTR_BYTES_PER_OBJECT_MAX: envVar.integer('most bytes of attribute names and values per pool (also bounded by the pool size)', 'bytes', defaultPoolLimits.attrBytesPerObjectMax),
} as const;

export function poolLimitsFromEnv(env: EnvValues<typeof poolLimitsEnv>): PoolLimits {
  return {
    poolHandlesMax: env.POOL_HANDLES_MAX,
    evictItemsPerTxMax: env.EVICT_ITEMS_PER_TX_MAX,
    attrsPerObjectMax: env.ATTRS_PER_OBJECT_MAX,
    attrBytesPerObjectMax: env.ATTR_BYTES_PER_OBJECT_MAX,
  };
}
