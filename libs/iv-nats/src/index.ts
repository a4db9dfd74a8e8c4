export { NatsIvTransport, IV_PEER_OPERATION } from './nats-iv-transport.js';
export { serveIvNode, ivOps } from './iv-server.js';
export { IvClient, ivClientDefaults, type IvClientOptions } from './iv-client.js';
export * from './iv-codec.js';
export { monotonicTimer } from './monotonic-timer.js';
export { IV_CLASS, uuidKey, POOL_KEY, pushedClass, ivCacheClasses } from './iv-classes.js';
export { poolConnClass, uuidString, type PoolConnSource } from './pool-conn-class.js';
