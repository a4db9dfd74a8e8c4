export { IvTree, TREE_FANOUT_MAX_LIMIT } from './tree.js';
export * from './messages.js';
export { type IvClass, IvClassRegistry } from './iv-class.js';
export { EntryCache, type CachedEntry } from './entry-cache.js';
export { type IvConfig, DEFAULT_IV_CONFIG, ivConfig } from './iv-config.js';
export { type IvTransport, type IvTimer } from './iv-transport.js';
export { IvNamespace } from './iv-namespace.js';
export { IvNode, type IvUpdateResult } from './iv-node.js';
