import { assert } from '@daos-nats/base';
import type { Entry, Snapshot } from './types.js';

/**
 * The tail of the log not yet persisted: entries from `offset` on, and possibly an incoming
 * snapshot. Ready hands them out; advance() marks them stable.
 */
export class Unstable {
  snapshot: Snapshot | undefined = undefined;
  entries: Entry[] = [];
  /** Index of entries[0]; everything below it is in storage (or in the unstable snapshot). */
  offset: number;

  constructor(offset: number) {
    this.offset = offset;
  }

  maybeFirstIndex(): number | undefined {
    return this.snapshot ? this.snapshot.meta.index + 1 : undefined;
  }

  maybeLastIndex(): number | undefined {
    if (this.entries.length > 0) return this.offset + this.entries.length - 1;
    return this.snapshot?.meta.index;
  }

  maybeTerm(i: number): number | undefined {
    if (i < this.offset) {
      if (this.snapshot && this.snapshot.meta.index === i) return this.snapshot.meta.term;
      return undefined;
    }
    const last = this.maybeLastIndex();
    if (last === undefined || i > last) return undefined;
    return this.entries[i - this.offset]!.term;
  }

  /** Entries up to (i, t) were persisted. A mismatch means they were replaced meanwhile: keep them. */
  stableTo(i: number, t: number): void {
    const gt = this.maybeTerm(i);
    if (gt === undefined || gt !== t || i < this.offset) return;
    this.entries = this.entries.slice(i + 1 - this.offset);
    this.offset = i + 1;
  }

  stableSnapTo(i: number): void {
    if (this.snapshot && this.snapshot.meta.index === i) this.snapshot = undefined;
  }

  restore(s: Snapshot): void {
    this.offset = s.meta.index + 1;
    this.entries = [];
    this.snapshot = s;
  }

  truncateAndAppend(ents: readonly Entry[]): void {
    if (ents.length === 0) return;
    const after = ents[0]!.index;
    if (after === this.offset + this.entries.length) {
      this.entries.push(...ents);
    } else if (after <= this.offset) {
      // Replaces everything unstable (and a suffix of storage, overwritten when persisted).
      this.offset = after;
      this.entries = ents.slice();
    } else {
      this.entries = this.entries.slice(0, after - this.offset).concat(ents);
    }
  }

  /** Entries in [lo, hi). */
  slice(lo: number, hi: number): Entry[] {
    if (lo < this.offset || hi > this.offset + this.entries.length || lo > hi) assert(false, `unstable.slice(${lo}, ${hi}) out of [${this.offset}, ${this.offset + this.entries.length}]`);
    return this.entries.slice(lo - this.offset, hi - this.offset);
  }
}
