import { assert } from '@daos-nats/base';
import { CompactedError, UnavailableError, entryBytes, type Storage } from './storage.js';
import { Unstable } from './unstable.js';
import type { Entry, LogIndex, Snapshot } from './types.js';

/**
 * The log as the core sees it: what storage holds (stable) followed by what is not yet persisted
 * (unstable), plus the commit and applied indexes. Invariant: applied <= committed <= lastIndex.
 */
export class RaftLog {
  readonly unstable: Unstable;
  committed: number;
  applied: number;

  constructor(
    readonly storage: Storage,
    applied = 0,
  ) {
    const first = storage.firstIndex();
    const last = storage.lastIndex();
    this.unstable = new Unstable(last + 1);
    this.committed = first - 1;
    this.applied = Math.max(first - 1, applied);
  }

  firstIndex(): number {
    return this.unstable.maybeFirstIndex() ?? this.storage.firstIndex();
  }

  lastIndex(): number {
    return this.unstable.maybeLastIndex() ?? this.storage.lastIndex();
  }

  lastTerm(): number {
    const t = this.term(this.lastIndex());
    assert(t !== undefined, 'the term of the last index is always known');
    return t;
  }

  /** Term of entry i, or undefined if i was compacted or lies beyond the last index. */
  term(i: number): number | undefined {
    const dummy = this.firstIndex() - 1;
    if (i < dummy || i > this.lastIndex()) return undefined;
    const u = this.unstable.maybeTerm(i);
    if (u !== undefined) return u;
    try {
      return this.storage.term(i as LogIndex);
    } catch (e) {
      if (e instanceof CompactedError || e instanceof UnavailableError) return undefined;
      throw e;
    }
  }

  matchTerm(i: number, t: number): boolean {
    return this.term(i) === t;
  }

  /** Like etcd: a candidate's log is up to date if its last (term, index) is >= ours. */
  isUpToDate(lastIndex: number, lastTerm: number): boolean {
    const ourTerm = this.lastTerm();
    return lastTerm > ourTerm || (lastTerm === ourTerm && lastIndex >= this.lastIndex());
  }

  /**
   * Follower side of App: if (index, logTerm) matches, append the new part of `ents`, move commit
   * up to min(committed, last new index) and return that last new index.
   */
  maybeAppend(index: number, logTerm: number, committed: number, ents: readonly Entry[]): number | undefined {
    if (!this.matchTerm(index, logTerm)) return undefined;
    const lastNew = index + ents.length;
    const ci = this.findConflict(ents);
    if (ci !== 0) {
      if (ci <= this.committed) assert(false, `entry ${ci} conflicts with committed entry (committed ${this.committed})`);
      this.append(ents.slice(ci - index - 1));
    }
    this.commitTo(Math.min(committed, lastNew));
    return lastNew;
  }

  append(ents: readonly Entry[]): number {
    if (ents.length === 0) return this.lastIndex();
    const after = ents[0]!.index - 1;
    if (after < this.committed) assert(false, `appending after ${after} would overwrite committed entries (committed ${this.committed})`);
    this.unstable.truncateAndAppend(ents);
    return this.lastIndex();
  }

  /** The first entry of `ents` that is new or conflicts with the log; 0 if all are present. */
  findConflict(ents: readonly Entry[]): number {
    for (const e of ents) {
      if (!this.matchTerm(e.index, e.term)) return e.index;
    }
    return 0;
  }

  /**
   * The largest index <= `index` whose term is <= `term` (and that term): the fast-backtracking
   * hint of a rejection, which lets the leader skip a whole term of mismatching entries at once.
   */
  findConflictByTerm(index: number, term: number): { index: number; term: number } {
    for (let i = index; ; i--) {
      const t = this.term(i);
      if (t === undefined) return { index: i, term: 0 };
      if (t <= term) return { index: i, term: t };
    }
  }

  unstableEntries(): Entry[] {
    return this.unstable.entries.slice();
  }

  hasNextCommittedEnts(): boolean {
    const lo = Math.max(this.applied + 1, this.firstIndex());
    return this.committed >= lo && this.unstable.snapshot === undefined;
  }

  /** Committed entries not yet applied, at most maxBytes of them (always at least one). */
  nextCommittedEnts(maxBytes: number): Entry[] {
    if (!this.hasNextCommittedEnts()) return [];
    const lo = Math.max(this.applied + 1, this.firstIndex());
    return this.slice(lo, this.committed + 1, maxBytes);
  }

  /** Entries from `lo` on, at most maxBytes (at least one); throws CompactedError below firstIndex. */
  entries(lo: number, maxBytes: number): Entry[] {
    if (lo > this.lastIndex()) return [];
    return this.slice(lo, this.lastIndex() + 1, maxBytes);
  }

  slice(lo: number, hi: number, maxBytes: number): Entry[] {
    if (lo === hi) return [];
    const first = this.firstIndex();
    if (lo < first) throw new CompactedError(lo as LogIndex, first as LogIndex);
    if (hi > this.lastIndex() + 1) assert(false, `slice [${lo}, ${hi}) beyond last index ${this.lastIndex()}`);
    let out: Entry[] = [];
    const uOff = this.unstable.offset;
    if (lo < uOff) {
      out = this.storage.entries(lo as LogIndex, Math.min(hi, uOff) as LogIndex, maxBytes);
      // Storage stopped early for the byte limit: do not add unstable entries after a gap.
      if (out.length < Math.min(hi, uOff) - lo) return out;
    }
    if (hi > uOff) {
      const u = this.unstable.slice(Math.max(lo, uOff), hi);
      out = out.length > 0 ? out.concat(u) : u;
    }
    return limitBytes(out, maxBytes);
  }

  commitTo(i: number): void {
    if (i <= this.committed) return;
    if (i > this.lastIndex()) assert(false, `commit ${i} beyond last index ${this.lastIndex()}`);
    this.committed = i;
  }

  appliedTo(i: number): void {
    if (i === 0) return;
    if (i > this.committed || i < this.applied) assert(false, `applied ${i} outside [applied ${this.applied}, committed ${this.committed}]`);
    this.applied = i;
  }

  stableTo(i: number, t: number): void {
    this.unstable.stableTo(i, t);
  }

  stableSnapTo(i: number): void {
    this.unstable.stableSnapTo(i);
  }

  /** The last index known persisted and still part of this log. */
  persistedIndex(): number {
    return this.unstable.offset - 1;
  }

  snapshot(): Snapshot {
    return this.unstable.snapshot ?? this.storage.snapshot();
  }

  restore(s: Snapshot): void {
    assert(s.meta.index > this.committed, `restoring snapshot ${s.meta.index} at or below commit ${this.committed}`);
    this.committed = s.meta.index;
    this.unstable.restore(s);
  }
}

export function limitBytes(ents: Entry[], maxBytes: number): Entry[] {
  let bytes = 0;
  for (let i = 0; i < ents.length; i++) {
    bytes += entryBytes(ents[i]!);
    if (i > 0 && bytes > maxBytes) return ents.slice(0, i);
  }
  return ents;
}

export function entriesBytes(ents: readonly Entry[]): number {
  let n = 0;
  for (const e of ents) n += entryBytes(e);
  return n;
}
