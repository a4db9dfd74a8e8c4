export { openSqlite, LAYOUT_VERSION, type SqliteDb, type OpenOptions } from './sqlite-file.js';
export { SqliteStorage, type PersistArgs, type SqliteStorageOptions } from './sqlite-storage.js';
export { confStateToJson, confStateFromJson } from './conf-state-json.js';
