import { CompactedError, UnavailableError, type Entry, type LogIndex, type MemoryStorage, type Ready } from '../src/index.js';

/** A read-only look at one node's log: what it holds at each index, if anything. */
export interface LogView {
  /** Index of the snapshot the log starts after (entries at or below it are compacted). */
  readonly snapshotIndex: number;
  readonly snapshotTerm: number;
  readonly lastIndex: number;
  /** Term at `i`, for snapshotIndex <= i <= lastIndex; undefined otherwise. */
  termAt(i: number): number | undefined;
  /** The entry at `i`, for snapshotIndex < i <= lastIndex; undefined otherwise. */
  entryAt(i: number): Entry | undefined;
}

/** The durable log: what the storage holds. */
export function storageView(s: MemoryStorage): LogView {
  const first = s.firstIndex();
  const snapshotIndex = first - 1;
  return {
    snapshotIndex,
    snapshotTerm: s.term(snapshotIndex as LogIndex),
    lastIndex: s.lastIndex(),
    termAt(i) {
      if (i < snapshotIndex || i > this.lastIndex) return undefined;
      try {
        return s.term(i as LogIndex);
      } catch (e) {
        if (e instanceof CompactedError || e instanceof UnavailableError) return undefined;
        throw e;
      }
    },
    entryAt(i) {
      if (i <= snapshotIndex || i > this.lastIndex) return undefined;
      return s.entries(i as LogIndex, (i + 1) as LogIndex, Number.MAX_SAFE_INTEGER)[0];
    },
  };
}

/**
 * The log as the node holds it in memory while handing out `rd`: the durable log with the
 * Ready's snapshot and entries laid over it (they replace whatever they conflict with).
 */
export function readyView(s: MemoryStorage, rd: Ready): LogView {
  const base = storageView(s);
  const snap = rd.snapshot !== undefined && rd.snapshot.meta.index > base.snapshotIndex ? rd.snapshot.meta : undefined;
  const ents = rd.entries;
  const firstNew = ents.length > 0 ? ents[0]!.index : Infinity;
  const snapshotIndex = snap !== undefined ? snap.index : base.snapshotIndex;
  const snapshotTerm = snap !== undefined ? snap.term : base.snapshotTerm;
  // Without new entries, a newer snapshot ends the log; otherwise the new entries do.
  const lastBeforeEnts = snap !== undefined ? snap.index : base.lastIndex;
  const lastIndex = ents.length > 0 ? ents[ents.length - 1]!.index : lastBeforeEnts;
  const inOld = (i: number) => i < firstNew && i <= lastBeforeEnts && i > snapshotIndex;
  return {
    snapshotIndex,
    snapshotTerm,
    lastIndex,
    termAt(i) {
      if (i === snapshotIndex) return snapshotTerm;
      if (i >= firstNew && i <= lastIndex) return ents[i - firstNew]!.term;
      return inOld(i) ? base.termAt(i) : undefined;
    },
    entryAt(i) {
      if (i >= firstNew && i <= lastIndex) return ents[i - firstNew];
      return inOld(i) ? base.entryAt(i) : undefined;
    },
  };
}
