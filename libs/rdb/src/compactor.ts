import { NoSpaceError } from '@daos-nats/base';
import { SnapshotTemporarilyUnavailableError, type LogIndex, type Snapshot } from '@daos-nats/raft';
import type { RdbState } from './rdb-state.js';
import type { ReplicaConfig } from './replica-config.js';
import type { SqliteDb } from './sqlite-file.js';
import type { SqliteStorage } from './sqlite-storage.js';

/**
 * Keeps a replica's log short and its disk from filling: compaction after applied entries pile
 * up, the space guard for non-critical transactions, and the snapshot a lagging follower gets
 * instead of the entries compaction dropped. rdb stores no snapshot: it is dumped from the live
 * state at the applied index when raft asks for one.
 */
export class Compactor {
  private snapCache: Snapshot | undefined;

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
    // A dump of an older state will not be handed out again: do not keep it in memory.
    if (this.snapCache && this.snapCache.meta.index < applied) this.snapCache = undefined;
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

  /** The state at the applied index, sent to a follower the log no longer covers. */
  liveSnapshot(): Snapshot {
    const index: LogIndex = this.state.appliedIndex;
    // Raft may ask from inside apply (a conf change that adds a member probes it at once): the
    // tables then hold part of a batch beyond the applied index. Raft retries on the next beat.
    if (this.db.inTransaction && this.snapCache?.meta.index !== index)
      throw new SnapshotTemporarilyUnavailableError('the state machine is applying entries');
    if (this.snapCache?.meta.index !== index)
      this.snapCache = { meta: { index, term: this.storage.term(index), confState: this.state.confState }, data: this.state.dump() };
    return this.snapCache;
  }
}
