import { emptyConfState, NONE, type ConfState, type LogIndex, type Term } from '@daos-nats/raft';
import { RdbState } from './rdb-state.js';
import { packReplicaId, type ReplicaId } from './replica-id.js';
import { openReplicaFile } from './replica-file.js';
import { SqliteStorage } from './sqlite-storage.js';

/**
 * DANGEROUS: disaster recovery when a majority of the replicas is lost for good. Rewrites this
 * replica's (closed) file so that it alone is the membership; opened again, it elects itself and
 * serves whatever it holds. Anything the lost replicas committed that this one never received is
 * lost, and if a lost replica comes back, the two histories have diverged: destroy it, never
 * re-add it with its old file.
 *
 * In one SQLite transaction: entries this replica knows to be committed are applied (their
 * membership changes overridden), the uncommitted tail is discarded (it may carry changes of the
 * old membership), the term moves past every vote this replica cast, and the membership becomes
 * `self` alone.
 */
export function dictate(file: string, self: ReplicaId): void {
  const db = openReplicaFile(file, self);
  try {
    const storage = new SqliteStorage(db);
    const state = new RdbState(db);
    const conf: ConfState = { ...emptyConfState, voters: [packReplicaId(self)] };
    db.transaction(() => {
      const hard = storage.hardState();
      if (hard.commit > state.appliedIndex)
        state.apply(storage.entries((state.appliedIndex + 1) as LogIndex, (hard.commit + 1) as LogIndex, Infinity), () => conf);
      storage.discardAfter(hard.commit);
      storage.setHardState({ term: (hard.term + 1) as Term, vote: NONE, commit: hard.commit });
      state.setConfState(conf);
    })();
  } finally {
    db.close();
  }
}
