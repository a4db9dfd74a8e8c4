import { assert } from '@daos-nats/base';
import { BytesSnapshotSource, MemorySnapshotSink, type SnapshotSink } from './snapshot-data.js';
import { CompactedError, SnapshotTemporarilyUnavailableError, UnavailableError, entryBytes, type Storage } from './storage.js';
import {
  NONE,
  type ConfState,
  type Entry,
  type HardState,
  type LogIndex,
  type Snapshot,
  type SnapshotMeta,
  type Term,
} from './types.js';

export const emptyConfState: ConfState = { voters: [], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };

/**
 * Storage in memory: for tests and the simulator, and the model the SQLite store must match.
 * `ents[0]` is a dummy entry standing for the snapshot (its index and term).
 */
export class MemoryStorage implements Storage {
  private hard: HardState = { term: 0 as Term, vote: NONE, commit: 0 as LogIndex };
  private snap: Snapshot = { meta: { index: 0 as LogIndex, term: 0 as Term, confState: emptyConfState }, data: new BytesSnapshotSource(new Uint8Array()) };
  private ents: Entry[] = [{ term: 0 as Term, index: 0 as LogIndex, type: 0, data: new Uint8Array() }];
  /** Membership as of the applied index, when it differs from the snapshot's (see setConfState). */
  private conf: ConfState | undefined;
  /** When set, snapshot() throws SnapshotTemporarilyUnavailableError (tests of the retry path). */
  snapshotUnavailable = false;

  /** A storage as a brand-new member of `confState` starts with. */
  static withMembers(confState: ConfState): MemoryStorage {
    const s = new MemoryStorage();
    s.snap = { ...s.snap, meta: { ...s.snap.meta, confState } };
    return s;
  }

  /**
   * The membership a restart starts from must be the one as of the applied index it restarts at
   * (conf changes applied after the snapshot are not replayed): a driver records each applied
   * ConfChange's result here, in the same write as the applied index.
   */
  initialState(): { hardState: HardState; confState: ConfState } {
    return { hardState: this.hard, confState: this.conf ?? this.snap.meta.confState };
  }

  setConfState(cs: ConfState): void {
    this.conf = cs;
  }

  setHardState(h: HardState): void {
    this.hard = h;
  }

  hardState(): HardState {
    return this.hard;
  }

  entries(lo: LogIndex, hi: LogIndex, maxBytes: number): Entry[] {
    const offset = this.ents[0]!.index;
    if (lo <= offset) throw new CompactedError(lo, this.firstIndex());
    if (hi > this.lastIndex() + 1) throw new UnavailableError((hi - 1) as LogIndex, this.lastIndex());
    const out: Entry[] = [];
    let bytes = 0;
    for (let i = lo; i < hi; i++) {
      const e = this.ents[i - offset]!;
      bytes += entryBytes(e);
      if (out.length > 0 && bytes > maxBytes) break;
      out.push(e);
    }
    return out;
  }

  term(i: LogIndex): Term {
    const offset = this.ents[0]!.index;
    if (i < offset) throw new CompactedError(i, this.firstIndex());
    if (i - offset >= this.ents.length) throw new UnavailableError(i, this.lastIndex());
    return this.ents[i - offset]!.term;
  }

  firstIndex(): LogIndex {
    return (this.ents[0]!.index + 1) as LogIndex;
  }

  lastIndex(): LogIndex {
    return (this.ents[0]!.index + this.ents.length - 1) as LogIndex;
  }

  snapshot(): Snapshot {
    if (this.snapshotUnavailable) throw new SnapshotTemporarilyUnavailableError('snapshot is being produced');
    return this.snap;
  }

  newSnapshotSink(_meta: SnapshotMeta, _totalBytes: number): SnapshotSink {
    return new MemorySnapshotSink();
  }

  /** Replace everything with a snapshot received from the leader. */
  applySnapshot(s: Snapshot): void {
    if (s.meta.index <= this.snap.meta.index) return; // older than what we hold: nothing to do
    this.snap = s;
    this.conf = undefined;
    this.ents = [{ term: s.meta.term, index: s.meta.index, type: 0, data: new Uint8Array() }];
  }

  /**
   * Record a snapshot of the state machine at applied index `i` (<= lastIndex) so that the log up
   * to `i` may later be compacted.
   */
  createSnapshot(i: LogIndex, confState: ConfState, data: Uint8Array): Snapshot {
    assert(i <= this.lastIndex(), `snapshot index ${i} beyond last index ${this.lastIndex()}`);
    if (i <= this.snap.meta.index) return this.snap;
    this.snap = { meta: { index: i, term: this.term(i), confState }, data: new BytesSnapshotSource(data) };
    return this.snap;
  }

  /** Drop entries up to and including `i` (which must be covered by the snapshot's state). */
  compact(i: LogIndex): void {
    const offset = this.ents[0]!.index;
    if (i <= offset) return;
    assert(i <= this.lastIndex(), `compact ${i} beyond last index ${this.lastIndex()}`);
    const keep = this.ents.slice(i - offset);
    keep[0] = { term: keep[0]!.term, index: keep[0]!.index, type: 0, data: new Uint8Array() };
    this.ents = keep;
  }

  /** Append entries; an entry that conflicts with an existing one truncates the log from there. */
  append(entries: readonly Entry[]): void {
    if (entries.length === 0) return;
    const first = this.firstIndex();
    const last = entries[0]!.index + entries.length - 1;
    if (last < first) return; // all already compacted
    // Skip the part already covered by the snapshot.
    const skip = first > entries[0]!.index ? first - entries[0]!.index : 0;
    const ents = entries.slice(skip);
    const offset = ents[0]!.index - this.ents[0]!.index;
    if (offset > this.ents.length) assert(false, `append at ${ents[0]!.index} leaves a gap after last index ${this.lastIndex()}`);
    // In place: appending at the end is the common case and must not copy the whole log.
    if (offset < this.ents.length) this.ents.length = offset;
    for (const e of ents) this.ents.push(e);
  }
}
