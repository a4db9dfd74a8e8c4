import Database from 'better-sqlite3';
import { BusyError, DaosError, DER, IoError } from '@daos-nats/base';
import { emptyConfState } from '@daos-nats/raft';
import { confStateToJson } from './conf-state-json.js';

export type SqliteDb = Database.Database;

/**
 * Layout version of an rdb file. Bump on any incompatible change to the tables below; a file of
 * another version is refused (DER_DF_INCOMPT) rather than misread.
 */
export const LAYOUT_VERSION = 1;

export interface OpenOptions {
  /** Fsync the WAL on every commit. Only tests that measure something else may turn this off. */
  readonly synchronousFull?: boolean;
}

const EMPTY_CONF = confStateToJson(emptyConfState);

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value ANY NOT NULL) STRICT;
-- raft's durable state: one row each
CREATE TABLE IF NOT EXISTS hard_state (id INTEGER PRIMARY KEY CHECK (id = 0),
  term INTEGER NOT NULL, vote INTEGER NOT NULL, commit_index INTEGER NOT NULL) STRICT;
-- the dummy entry: index and term of the last entry compacted away (or covered by the snapshot)
CREATE TABLE IF NOT EXISTS log_base (id INTEGER PRIMARY KEY CHECK (id = 0),
  idx INTEGER NOT NULL, term INTEGER NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS log (idx INTEGER PRIMARY KEY, term INTEGER NOT NULL,
  type INTEGER NOT NULL, data BLOB NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS snapshot (id INTEGER PRIMARY KEY CHECK (id = 0),
  idx INTEGER NOT NULL, term INTEGER NOT NULL, conf TEXT NOT NULL, data BLOB NOT NULL) STRICT;
-- the state machine: applied index and membership as of that index, next KVS id
CREATE TABLE IF NOT EXISTS applied (id INTEGER PRIMARY KEY CHECK (id = 0),
  idx INTEGER NOT NULL, conf TEXT NOT NULL) STRICT;
-- the KVS tree: kvs 0 is the root's parent, so the root is the child of (0, '') when it exists
CREATE TABLE IF NOT EXISTS kvs (id INTEGER PRIMARY KEY, class INTEGER NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS kv (kvs INTEGER NOT NULL, key BLOB NOT NULL, value BLOB, child INTEGER,
  PRIMARY KEY (kvs, key), CHECK ((value IS NULL) <> (child IS NULL))) STRICT, WITHOUT ROWID;
INSERT OR IGNORE INTO hard_state (id, term, vote, commit_index) VALUES (0, 0, 0, 0);
INSERT OR IGNORE INTO log_base (id, idx, term) VALUES (0, 0, 0);
INSERT OR IGNORE INTO snapshot (id, idx, term, conf, data) VALUES (0, 0, 0, '${EMPTY_CONF}', x'');
INSERT OR IGNORE INTO applied (id, idx, conf) VALUES (0, 0, '${EMPTY_CONF}');
`;

/**
 * Open (or create) one rdb file: WAL, synchronous=FULL (a COMMIT is durable when it returns),
 * tables created, layout version checked.
 */
export function openSqlite(file: string, opts: OpenOptions = {}): SqliteDb {
  let db: SqliteDb;
  try {
    db = new Database(file, { timeout: 0 });
  } catch (e) {
    throw new IoError(`cannot open rdb file ${file}: ${(e as Error).message}`, { cause: e });
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${opts.synchronousFull === false ? 'OFF' : 'FULL'}`);
    db.pragma('wal_autocheckpoint = 10000');
    // One owner per file, ever: two live replicas on one file could vote twice in a term. The
    // exclusive lock is taken by the schema transaction below and kept; a second opener fails at
    // once (busy_timeout 0) instead of waiting for a lock that is never released.
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    db.transaction(() => db.exec(SCHEMA))();
    const row = db.prepare(`SELECT value FROM meta WHERE name = 'layout_version'`).get() as { value: number } | undefined;
    if (row === undefined) {
      db.prepare(`INSERT INTO meta (name, value) VALUES ('layout_version', ?)`).run(LAYOUT_VERSION);
    } else if (row.value !== LAYOUT_VERSION) {
      throw new DaosError(DER.DF_INCOMPT, `rdb file ${file} has layout version ${row.value}, this build reads ${LAYOUT_VERSION}`);
    }
    return db;
  } catch (e) {
    db.close();
    if (e instanceof DaosError) throw e;
    if ((e as { code?: string }).code === 'SQLITE_BUSY')
      throw new BusyError(`rdb file ${file} is open elsewhere (it has one owner at a time)`, { cause: e });
    throw new IoError(`cannot initialize rdb file ${file}: ${(e as Error).message}`, { cause: e });
  }
}
