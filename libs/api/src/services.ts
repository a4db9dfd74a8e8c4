// The service tokens of subjects (`daos.<system>.<service>.<group>.<rank>.req`), one place for all.

/** The pool service: one raft group per pool, group = the pool uuid. */
export const POOL_SERVICE = 'pool';

/** The container service: one raft group per pool, group = the pool uuid. */
export const CONT_SERVICE = 'cont';

/** The MS is the replicated service "ms" with one group, "db", on the configured replica ranks. */
export const MS_SERVICE = 'ms';
export const MS_GROUP = 'db';

/** MS replica ranks when nothing else is configured (`npm start` runs three). */
export const DEFAULT_MS_REPLICAS: readonly number[] = [0, 1, 2];

/** The example replicated key-value service (apps/kv-example). */
export const KV_SERVICE = 'kv';
