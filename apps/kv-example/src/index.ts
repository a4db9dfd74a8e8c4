export { kvService, kvOps, KV_SERVICE, type KvLeader } from './kv-service.js';
export { KvClient, type KvClientOptions } from './kv-client.js';
