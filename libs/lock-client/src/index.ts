export { LockClient, type LockClientOptions, type LockClientStats } from './lock-client.js';
export { lockClientConfig, defaultLockClientConfig, type LockClientConfig } from './lock-client-config.js';
export { type LockGrant, type EntryState } from './lock-grant.js';
export { LockSession, type SessionCounters } from './lock-session.js';
