export { LockServer, notifyTokenOf, type LockServerOptions } from './lock-server.js';
export { lockService } from './lock-service.js';
export { LockLeader, type LockDeps } from './lock-leader.js';
export { LockTable, type AcquireResult } from './lock-table.js';
export { MemoryLockStore, type LockStore, type LockRec, type SessionRec } from './lock-store.js';
export { RdbLockStore, createLockLayout } from './rdb-lock-store.js';
export { lockConfig, defaultLockConfig, type LockConfig } from './lock-config.js';
