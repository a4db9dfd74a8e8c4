import { assert, DaosError, DER, NotSupportedError } from '@daos-nats/base';
import {
  CompactedError,
  MemorySnapshotSink,
  type SnapshotMeta,
  type SnapshotSink,
  entryBytes,
  NONE,
  UnavailableError,
  type ConfState,
  type Entry,
  type EntryType,
  type HardState,
  type LogIndex,
  type Snapshot,
  type Storage,
  type Term,
} from '@daos-nats/raft';
import { confStateFromJson, confStateToJson } from './conf-state-json.js';
import { openSqlite, type OpenOptions, type SqliteDb } from './sqlite-file.js';
import { EntryCache } from './entry-cache.js';
import { TermRuns } from './term-runs.js';
import { MalformedError } from './malformed-error.js';
import { FileSnapshotSink, FileSnapshotSource, SNAPSHOT_IN_SUFFIX } from './snapshot-file.js';

/** What one Ready asks to make durable, written in one SQLite transaction. */
export interface PersistArgs {
  readonly hardState?: HardState | undefined;
  readonly entries: readonly Entry[];
  readonly snapshot?: Snapshot | undefined;
}

export interface SqliteStorageOptions {
  /**
   * Called inside the SQLite transaction that persists a received snapshot, so the state machine
   * is swapped in atomically with the log reset: a crash leaves either the old log and state or
   * the new ones, never a log whose prefix is gone with a state that lacks it.
   */
  readonly restoreState?: (s: Snapshot) => void;
  /**
   * Produce the snapshot to send to a lagging follower from the live state (at the applied index)
   * instead of the stored one: rdb keeps no copy of its state per compaction.
   */
  readonly liveSnapshot?: () => Snapshot;
  /**
   * Membership as of the state machine's applied index, for initialState(): raft restarts at
   * that index, so conf changes up to it must already be in the membership it starts with.
   */
  readonly confState?: () => ConfState;
  /** Bytes of the log's most recent entries kept in memory for entries() (0: none). */
  readonly entryCacheBytesMax?: number;
  /**
   * The replica's file: a snapshot arriving from the leader is collected in `<file>.snap-in`
   * and installed from there. Without it (standalone tests) it is collected in memory.
   */
  readonly snapshotFile?: string;
}

export const sqliteStorageDefaults = { entryCacheBytesMax: 8 * 1024 * 1024 } as const;

export interface SqliteStorageStats {
  /** entries() calls served from the in-memory tail. */
  entryCacheHits: number;
  /** entries() calls that read SQLite. */
  entryDiskReads: number;
}

/** SQLite hands back Buffers; the raft contract speaks Uint8Array (same bytes, no copy). */
export function bytes(b: Uint8Array): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

interface LogRow {
  idx: number;
  term: number;
  type: number;
  data: Buffer;
}

/**
 * One replica's durable raft state in SQLite: hard state, log, snapshot. Reads follow
 * MemoryStorage exactly (dummy entry at the log base, CompactedError/UnavailableError); term()
 * and lastIndex() come from an in-memory cache and cost no query.
 *
 * A write that throws leaves the file as it was (the transaction rolls back) and the caches are
 * reloaded from disk; the driver treats it as fatal for the replica anyway.
 */
export class SqliteStorage implements Storage {
  private hard!: HardState;
  private runs!: TermRuns;
  private snapMeta!: Snapshot['meta'];
  private readonly st;
  private readonly cache: EntryCache;
  readonly stats: SqliteStorageStats = { entryCacheHits: 0, entryDiskReads: 0 };

  constructor(
    readonly db: SqliteDb,
    private readonly opts: SqliteStorageOptions = {},
  ) {
    this.st = {
      hard: db.prepare('SELECT term, vote, commit_index FROM hard_state WHERE id = 0'),
      setHard: db.prepare('UPDATE hard_state SET term = ?, vote = ?, commit_index = ? WHERE id = 0'),
      base: db.prepare('SELECT idx, term FROM log_base WHERE id = 0'),
      setBase: db.prepare('UPDATE log_base SET idx = ?, term = ? WHERE id = 0'),
      snapMeta: db.prepare('SELECT idx, term, conf FROM snapshot WHERE id = 0'),
      setSnap: db.prepare("UPDATE snapshot SET idx = ?, term = ?, conf = ?, data = x'' WHERE id = 0"),
      logTerms: db.prepare('SELECT idx, term FROM log ORDER BY idx'),
      range: db.prepare('SELECT idx, term, type, data FROM log WHERE idx >= ? AND idx < ? ORDER BY idx'),
      insert: db.prepare('INSERT INTO log (idx, term, type, data) VALUES (?, ?, ?, ?)'),
      cutFrom: db.prepare('DELETE FROM log WHERE idx >= ?'),
      dropTo: db.prepare('DELETE FROM log WHERE idx <= ?'),
      dropAll: db.prepare('DELETE FROM log'),
    };
    this.cache = new EntryCache(opts.entryCacheBytesMax ?? sqliteStorageDefaults.entryCacheBytesMax);
    this.reload();
  }

  /** A storage in its own file (standalone use and tests); `close()` closes the file. */
  static open(file: string, opts: SqliteStorageOptions & OpenOptions = {}): SqliteStorage {
    return new SqliteStorage(openSqlite(file, opts), opts);
  }

  close(): void {
    this.db.close();
  }

  /** Rebuild every cache from disk, checking what the file says (a corrupt file is refused). */
  reload(): void {
    this.cache.clear();
    const h = this.st.hard.get() as { term: number; vote: number; commit_index: number };
    this.hard = { term: h.term as Term, vote: h.vote as HardState['vote'], commit: h.commit_index as LogIndex };
    const b = this.st.base.get() as { idx: number; term: number };
    const s = this.st.snapMeta.get() as { idx: number; term: number; conf: string };
    this.snapMeta = { index: s.idx as LogIndex, term: s.term as Term, confState: confStateFromJson(s.conf) };
    this.runs = new TermRuns(b.idx as LogIndex, b.term as Term);
    for (const r of this.st.logTerms.iterate() as Iterable<{ idx: number; term: number }>) {
      if (r.idx !== this.runs.lastIndex + 1 || r.term < this.runs.termAt(this.runs.lastIndex))
        throw new DaosError(DER.DF_INVAL, `stored log is corrupt at index ${r.idx} (term ${r.term}) after ${this.runs.lastIndex}`);
      this.runs.push(r.idx, r.term);
    }
  }

  // ---- Storage (what the raft core reads) ----

  initialState(): { hardState: HardState; confState: ConfState } {
    return { hardState: this.hard, confState: this.opts.confState?.() ?? this.snapMeta.confState };
  }

  hardState(): HardState {
    return this.hard;
  }

  entries(lo: LogIndex, hi: LogIndex, maxBytes: number): Entry[] {
    if (lo <= this.runs.baseIndex) throw new CompactedError(lo, this.firstIndex());
    if (hi > this.lastIndex() + 1) throw new UnavailableError((hi - 1) as LogIndex, this.lastIndex());
    const cached = this.cache.get(lo, hi, maxBytes);
    if (cached) {
      this.stats.entryCacheHits++;
      return cached;
    }
    this.stats.entryDiskReads++;
    const out: Entry[] = [];
    let total = 0;
    for (const r of this.st.range.iterate(lo, hi) as Iterable<LogRow>) {
      const e: Entry = { term: r.term as Term, index: r.idx as LogIndex, type: r.type as EntryType, data: bytes(r.data) };
      total += entryBytes(e);
      if (out.length > 0 && total > maxBytes) break;
      out.push(e);
    }
    assert(lo >= hi || out[0]?.index === lo, `log rows from ${lo} are missing although lastIndex is ${this.lastIndex()}`);
    return out;
  }

  term(i: LogIndex): Term {
    if (i < this.runs.baseIndex) throw new CompactedError(i, this.firstIndex());
    if (i > this.runs.lastIndex) throw new UnavailableError(i, this.lastIndex());
    return this.runs.termAt(i);
  }

  firstIndex(): LogIndex {
    return (this.runs.baseIndex + 1) as LogIndex;
  }

  lastIndex(): LogIndex {
    return this.runs.lastIndex;
  }

  /**
   * rdb keeps no snapshot bytes (the state tables are the state): a snapshot to send comes from
   * `liveSnapshot`, prepared from the state machine. Without one this storage cannot lead.
   */
  snapshot(): Snapshot {
    if (this.opts.liveSnapshot) return this.opts.liveSnapshot();
    throw new NotSupportedError('this SqliteStorage has no liveSnapshot: it keeps snapshot metadata only, never the bytes');
  }

  newSnapshotSink(_meta: SnapshotMeta, _totalBytes: number): SnapshotSink {
    return this.opts.snapshotFile ? new FileSnapshotSink(this.opts.snapshotFile + SNAPSHOT_IN_SUFFIX) : new MemorySnapshotSink();
  }

  /** The stored snapshot's metadata (index, term, membership), without reading its data. */
  snapshotMeta(): Snapshot['meta'] {
    return this.snapMeta;
  }

  // ---- the write side (what the driver calls) ----

  /** Make one Ready's durable part durable, atomically: snapshot, then entries, then hard state. */
  persist(args: PersistArgs): void {
    if (!args.snapshot && !args.hardState && args.entries.length === 0) return;
    const file = args.snapshot?.data instanceof FileSnapshotSource ? args.snapshot.data : undefined;
    try {
      this.guarded(() => {
        if (args.snapshot) this.applySnapshotRows(args.snapshot);
        this.appendRows(args.entries);
        if (args.hardState) this.setHardStateRow(args.hardState);
      });
    } catch (e) {
      // Bad bytes stay bad; anything else (a full disk) is retried with the same Ready and file.
      if (e instanceof MalformedError) file?.retire();
      throw e;
    }
    file?.retire();
  }

  setHardState(h: HardState): void {
    this.guarded(() => this.setHardStateRow(h));
  }

  /** Append entries; an entry that conflicts with an existing one truncates the log from there. */
  append(entries: readonly Entry[]): void {
    this.guarded(() => this.appendRows(entries));
  }

  /** Replace everything with a snapshot received from the leader (an older one is ignored). */
  applySnapshot(s: Snapshot): void {
    this.guarded(() => this.applySnapshotRows(s));
  }

  /** Record that the state machine's state at applied index `i` (<= lastIndex) may stand for the log up to it (metadata only). */
  createSnapshot(i: LogIndex, confState: ConfState): SnapshotMeta {
    assert(i <= this.lastIndex(), `snapshot index ${i} beyond last index ${this.lastIndex()}`);
    if (i <= this.snapMeta.index) return this.snapMeta;
    const t = this.term(i);
    this.guarded(() => {
      this.st.setSnap.run(i, t, confStateToJson(confState));
      this.snapMeta = { index: i, term: t, confState };
    });
    return this.snapMeta;
  }

  /** Drop entries up to and including `i` (which must be covered by the state machine's state). */
  compact(i: LogIndex): void {
    if (i <= this.runs.baseIndex) return;
    assert(i <= this.lastIndex(), `compact ${i} beyond last index ${this.lastIndex()}`);
    this.guarded(() => {
      const t = this.runs.termAt(i);
      this.st.dropTo.run(i);
      this.st.setBase.run(i, t);
      this.runs.compactTo(i);
      this.cache.compactTo(i);
    });
  }

  /** Drop every entry after `i` (disaster recovery only: raft itself truncates by appending). */
  discardAfter(i: LogIndex): void {
    if (i >= this.runs.lastIndex) return;
    assert(i >= this.runs.baseIndex, `discard after ${i} below the log base ${this.runs.baseIndex}`);
    this.guarded(() => {
      this.st.cutFrom.run(i + 1);
      this.runs.truncateAfter(i);
      this.cache.truncateAfter(i);
    });
  }

  /**
   * Run `fn` in one SQLite transaction (nested calls become savepoints of the outer one). On any
   * throw the file rolls back and the caches are rebuilt from it, so memory never runs ahead of disk.
   */
  guarded<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn)();
    } catch (e) {
      if (!this.db.inTransaction) this.reload();
      throw e;
    }
  }

  private setHardStateRow(h: HardState): void {
    this.st.setHard.run(h.term, h.vote ?? NONE, h.commit);
    this.hard = h;
  }

  private appendRows(entries: readonly Entry[]): void {
    if (entries.length === 0) return;
    const first = this.firstIndex();
    const last = entries[0]!.index + entries.length - 1;
    if (last < first) return; // all already compacted
    const skip = first > entries[0]!.index ? first - entries[0]!.index : 0;
    const start = entries[skip]!.index;
    assert(start <= this.runs.lastIndex + 1, `append at ${start} leaves a gap after last index ${this.runs.lastIndex}`);
    if (start <= this.runs.lastIndex) {
      this.st.cutFrom.run(start);
      this.runs.truncateAfter(start - 1);
    }
    for (let k = skip; k < entries.length; k++) {
      const e = entries[k]!;
      assert(e.index === start + k - skip, `entries to append are not consecutive at ${e.index}`);
      this.st.insert.run(e.index, e.term, e.type, e.data);
      this.runs.push(e.index, e.term);
    }
    this.cache.append(skip === 0 ? entries : entries.slice(skip));
  }

  private applySnapshotRows(s: Snapshot): void {
    // Older than what we hold: nothing to do. With live snapshots compaction moves the base
    // without writing a snapshot, so the base counts as held too.
    if (s.meta.index <= Math.max(this.snapMeta.index, this.runs.baseIndex)) return;
    this.st.dropAll.run();
    this.st.setBase.run(s.meta.index, s.meta.term);
    // The state tables are the snapshot: keeping its bytes as well would double the file and put
    // the whole state in one BLOB (capped by SQLite's blob limit). Only the metadata is kept.
    this.st.setSnap.run(s.meta.index, s.meta.term, confStateToJson(s.meta.confState));
    this.opts.restoreState?.(s);
    this.runs.reset(s.meta.index, s.meta.term);
    this.snapMeta = s.meta;
    this.cache.clear();
  }
}
