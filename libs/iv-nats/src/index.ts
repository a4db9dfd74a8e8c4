export { NatsIvTransport } from './nats-iv-transport.js';
// The IV wire contracts live in libs/api; re-exported for the users of this package.
export { IV_PEER_OPERATION, ivOps } from '@daos-nats/api';
export { serveIvNode } from './iv-server.js';
export { IvClient, ivClientDefaults, type IvClientOptions } from './iv-client.js';
export * from './iv-codec.js';
export { monotonicTimer } from './monotonic-timer.js';
export { IV_CLASS, uuidKey, POOL_KEY, pushedClass, ivCacheClasses } from './iv-classes.js';
export { poolConnClass, uuidString, type PoolConnSource } from './pool-conn-class.js';
export { parseIvRank, lazyIvClient, type IvRankSetting } from './iv-rank-setting.js';
export { contCapaClass, contPropClass, contOidClass, CONT_CAPA_VERSION, type ContSource, type OidReserve } from './cont-classes.js';
