export { kvService, type KvLeader } from './kv-service.js';
export { KvClient, type KvClientOptions } from './kv-client.js';
