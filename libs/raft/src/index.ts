export * from './types.js';
export * from './api.js';
export * from './config.js';
export * from './errors.js';
export * from './storage.js';
export { MemoryStorage, emptyConfState } from './memory-storage.js';
