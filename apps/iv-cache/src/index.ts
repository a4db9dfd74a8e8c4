export { IvCache, type IvCacheOptions } from './iv-cache.js';
export { ivConfigFromEnv, IV_ENV } from './iv-cache-config.js';
