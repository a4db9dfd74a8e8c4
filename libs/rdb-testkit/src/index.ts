export * from './rdb-cluster.js';
