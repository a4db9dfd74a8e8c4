import fs from 'node:fs';
import { ExistError, MismatchError, NonexistError } from '@daos-nats/base';
import {
  ConfChangeTransition,
  ConfChangeType,
  encodeConfChange,
  EntryType,
  NONE,
  type Entry,
  type LogIndex,
  type Term,
} from '@daos-nats/raft';
import { formatReplicaId, packReplicaId, type ReplicaId } from './replica-id.js';
import { openSqlite, type SqliteDb } from './sqlite-file.js';
import { SqliteStorage } from './sqlite-storage.js';
import { removeSnapshotFiles } from './snapshot-file.js';

/**
 * Write a new replica's file. The founding membership goes into the log as committed AddVoter
 * entries at indexes 1..n in term 1, identical on every founder, so a replica added later
 * replays it like any other entry. A joining replica passes no members: it learns them from the
 * leader. Refuses an existing file.
 */
export function bootstrapReplicaFile(file: string, id: ReplicaId, members: readonly ReplicaId[]): void {
  if (fs.existsSync(file)) throw new ExistError(`rdb file ${file} already exists`);
  const db = openSqlite(file);
  try {
    db.transaction(() => {
      db.prepare(`INSERT INTO meta (name, value) VALUES ('replica_id', ?)`).run(formatReplicaId(id));
      const entries: Entry[] = members.map((m, k) => ({
        index: (k + 1) as LogIndex,
        term: 1 as Term,
        type: EntryType.ConfChange,
        data: encodeConfChange({ transition: ConfChangeTransition.Auto, changes: [{ type: ConfChangeType.AddVoter, nodeId: packReplicaId(m) }] }),
      }));
      const hardState = { term: (members.length > 0 ? 1 : 0) as Term, vote: NONE, commit: members.length as LogIndex };
      new SqliteStorage(db).persist({ hardState, entries });
    })();
  } finally {
    db.close();
  }
}

/** Open an existing replica's file, checking that it is `id`'s. */
export function openReplicaFile(file: string, id: ReplicaId): SqliteDb {
  if (!fs.existsSync(file)) throw new NonexistError(`rdb file ${file} does not exist`);
  const db = openSqlite(file);
  try {
    const stored = db.prepare(`SELECT value FROM meta WHERE name = 'replica_id'`).pluck().get();
    if (stored !== formatReplicaId(id))
      throw new MismatchError(`rdb file ${file} belongs to replica ${String(stored)}, not ${formatReplicaId(id)}`);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * Delete a closed replica's SQLite file and its companions (WAL, shared memory, rollback journal).
 * Missing files are fine (a retried destroy). The caller guarantees nothing has it open.
 */
export function removeReplicaFile(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
  removeSnapshotFiles(file);
}
