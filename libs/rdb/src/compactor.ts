import { NoSpaceError } from '@daos-nats/base';
import { SnapshotTemporarilyUnavailableError, type LogIndex, type Snapshot } from '@daos-nats/raft';
import { prepareSnapshot, type FileSnapshot } from './snapshot-preparer.js';
import type { RdbState } from './rdb-state.js';
import type { ReplicaConfig } from './replica-config.js';
import type { SqliteDb } from './sqlite-file.js';
import type { SqliteStorage } from './sqlite-storage.js';

/**
 * Keeps a replica's log short and its disk from filling: compaction after applied entries pile
 * up, the space guard for non-critical transactions, and the snapshot a lagging follower gets
 * instead of the entries compaction dropped. rdb stores no snapshot: when raft asks for one, a
 * snapshot of the live state at the applied index is prepared in the background, in bounded
 * steps (snapshot-preparer.ts), into a file chunks are then served from.
 */
export class Compactor {
  /** The prepared snapshot, served while the log still starts right after it. */
  private ready: FileSnapshot | undefined;
  private preparing = false;
  private closed = false;

  constructor(
    private readonly cfg: ReplicaConfig,
    private readonly db: SqliteDb,
    private readonly storage: SqliteStorage,
    private readonly state: RdbState,
    /** On the leader: the highest index no follower in Probe/Replicate still needs. */
    private readonly compactIndexMax: () => LogIndex | undefined,
  ) {}

  /**
   * Drop applied entries from the log once compactEntriesMin of them pile up. A leader keeps
   * what a lagging follower still needs (raft's compactIndexMax), unless the log would exceed
   * logEntriesMax or space is short (`force`): that follower then gets a snapshot.
   */
  compact(force: boolean, leader: boolean): void {
    const applied = this.state.appliedIndex;
    const base = this.storage.firstIndex() - 1;
    if (applied - base < (force ? 1 : this.cfg.compactEntriesMin)) return;
    let target: number = applied;
    if (!force && leader && this.storage.lastIndex() - base < this.cfg.logEntriesMax)
      target = Math.min(applied, this.compactIndexMax() ?? applied);
    if (target <= base) return;
    this.storage.compact(target as LogIndex);
    if (force) this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /**
   * Non-critical transactions need `freeSpaceFloorBytes` free: below it, compact first, then
   * refuse with DER_NOSPACE (critical transactions, which delete, still pass so a full system
   * can be cleaned up).
   */
  spaceGuard(): void {
    if (this.cfg.freeSpaceBytes() >= this.cfg.freeSpaceFloorBytes) return;
    this.compact(true, true);
    const free = this.cfg.freeSpaceBytes();
    if (free < this.cfg.freeSpaceFloorBytes)
      throw new NoSpaceError(`${free} bytes free, below freeSpaceFloorBytes ${this.cfg.freeSpaceFloorBytes}; only critical transactions are taken`);
  }

  /**
   * The snapshot sent to a follower the log no longer covers: the prepared one while the log
   * still follows it, otherwise SnapshotTemporarilyUnavailableError while a new one is prepared
   * (raft asks again on the follower's next heartbeat response).
   */
  liveSnapshot(): Snapshot {
    if (this.ready && this.ready.meta.index >= this.storage.firstIndex() - 1) return this.ready;
    if (!this.preparing && !this.closed) this.startPreparing();
    throw new SnapshotTemporarilyUnavailableError('a snapshot of the state is being prepared');
  }

  private startPreparing(): void {
    this.preparing = true;
    prepareSnapshot(this.db, this.cfg.file, this.cfg, () => this.closed).then(
      (snap) => {
        this.preparing = false;
        if (this.closed) return snap.data.retire();
        // A follower still being sent the old one is started over by raft (its read fails).
        this.ready?.data.close();
        this.ready = snap;
      },
      (e: unknown) => {
        this.preparing = false;
        if (!this.closed) this.cfg.log(`rdb: preparing a snapshot failed (retried when raft asks again): ${(e as Error).message}`);
      },
    );
  }

  /** Stop preparing, delete the prepared snapshot's file. */
  close(): void {
    this.closed = true;
    this.ready?.data.retire();
    this.ready = undefined;
  }
}
