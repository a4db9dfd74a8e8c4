// The wire contracts of daos-nats: what a client and a service must agree on, and nothing that
// talks (no NATS, no SQLite). Subjects are built in libs/bus from these service names.
export { decodeMessage, defineOperation, encodeMessage, type MessageCodec, type OperationDef } from './operation.js';
export { POOL_SERVICE, CONT_SERVICE, MS_SERVICE, MS_GROUP, DEFAULT_MS_REPLICAS, KV_SERVICE } from './services.js';
export { rsvcOps } from './rsvc-ops.js';
export { poolOps, POOL_CONNECT_FLAG, type PoolConnectMode } from './pool-ops.js';
export { contOps, CONT_OPEN_MODE, type ContOpenMode } from './container-ops.js';
export { mgmtOps, mgmtLocatorOps, memberOps } from './mgmt-ops.js';
export { kvOps } from './kv-ops.js';
export { lockOps, LOCK_SERVICE, LOCK_GROUP_DEFAULT, LOCK_REPLICAS_DEFAULT } from './lock-ops.js';
export { serverOps } from './server-ops.js';
export { ivOps, IV_PEER_OPERATION } from './iv-ops.js';
export { INTERNAL_OPERATIONS, isInternalOperation } from './internal-operations.js';
export { objOps, rebuildOps, rebuildReclaimOp } from './obj-ops.js';
