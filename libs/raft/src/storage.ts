import type { SnapshotSink } from './snapshot-data.js';
import type { ConfState, Entry, HardState, LogIndex, Snapshot, SnapshotMeta, Term } from './types.js';

/** The entries asked for were compacted away; the caller must use the snapshot instead. */
export class CompactedError extends Error {
  override readonly name = 'CompactedError';
  constructor(readonly index: LogIndex, readonly firstIndex: LogIndex) {
    super(`log index ${index} is compacted (first available index is ${firstIndex})`);
  }
}

/** The entries asked for lie beyond the last index. */
export class UnavailableError extends Error {
  override readonly name = 'UnavailableError';
  constructor(readonly index: LogIndex, readonly lastIndex: LogIndex) {
    super(`log index ${index} is beyond the last index ${lastIndex}`);
  }
}

/** The snapshot is being produced; ask again later. */
export class SnapshotTemporarilyUnavailableError extends Error {
  override readonly name = 'SnapshotTemporarilyUnavailableError';
}

/**
 * What the core reads of durable state. The core never writes: it returns writes in Ready, and
 * the driver makes them durable through its own storage object, which also implements this.
 *
 * Log layout: the snapshot covers indexes <= snapshot.meta.index; entries follow from
 * firstIndex() = snapshot index + 1 to lastIndex(). term(firstIndex() - 1) is the snapshot's term.
 */
export interface Storage {
  /** The durable hard state, and the membership as of the applied index the node restarts at. */
  initialState(): { hardState: HardState; confState: ConfState };
  /** Entries in [lo, hi), stopping early once maxBytes of data is reached (always at least one). */
  entries(lo: LogIndex, hi: LogIndex, maxBytes: number): Entry[];
  /** Term of the entry at index i, for firstIndex()-1 <= i <= lastIndex(). */
  term(i: LogIndex): Term;
  firstIndex(): LogIndex;
  lastIndex(): LogIndex;
  /**
   * The snapshot to send a follower the log no longer covers (it must cover firstIndex() - 1),
   * or SnapshotTemporarilyUnavailableError while one is being prepared: raft asks again later.
   */
  snapshot(): Snapshot;
  /**
   * Where to collect a snapshot of `totalBytes` arriving from the leader. Called from step():
   * writing a chunk may touch the disk, but nothing of it needs to be durable before complete().
   */
  newSnapshotSink(meta: SnapshotMeta, totalBytes: number): SnapshotSink;
}

/**
 * What one entry may add to a message beside its data, at most: its framing in a protobuf App
 * (tag and length, term and index as varints of up to 8 bytes each for 2^53-1, type, the data's
 * tag and length) is 29 bytes. Byte limits count this, so a driver that sizes appendBytesMax
 * below its transport's message limit can trust that no App exceeds it, however small the entries.
 */
export const ENTRY_WIRE_OVERHEAD_BYTES = 32;

/** Bytes an entry costs against byte limits: its data plus its wire framing, at most. */
export function entryBytes(e: Entry): number {
  return e.data.byteLength + ENTRY_WIRE_OVERHEAD_BYTES;
}
