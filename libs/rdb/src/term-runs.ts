import { assert } from '@daos-nats/base';
import type { LogIndex, Term } from '@daos-nats/raft';

/**
 * The terms of the stored log as runs (first index, term): a log holds few distinct terms, so
 * this answers term(i) and lastIndex without touching SQLite, and stays tiny.
 * Run 0 starts at the log base (the dummy entry).
 */
export class TermRuns {
  private starts: number[] = [];
  private terms: number[] = [];
  private last = 0;

  constructor(baseIndex: LogIndex, baseTerm: Term) {
    this.reset(baseIndex, baseTerm);
  }

  reset(baseIndex: LogIndex, baseTerm: Term): void {
    this.starts = [baseIndex];
    this.terms = [baseTerm];
    this.last = baseIndex;
  }

  get baseIndex(): LogIndex {
    return this.starts[0]! as LogIndex;
  }
  get lastIndex(): LogIndex {
    return this.last as LogIndex;
  }

  /** Term at i, for baseIndex <= i <= lastIndex. */
  termAt(i: number): Term {
    assert(i >= this.starts[0]! && i <= this.last, `term lookup ${i} outside [${this.starts[0]}, ${this.last}]`);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.terms[lo]! as Term;
  }

  /** Entry at `index` with `term` is appended right after lastIndex (any later suffix already cut). */
  push(index: number, term: number): void {
    assert(index === this.last + 1, `term run push at ${index} after last ${this.last}`);
    const t = this.terms[this.terms.length - 1]!;
    assert(term >= t, `log terms never decrease: ${term} after ${t} at index ${index}`);
    if (term !== t) {
      this.starts.push(index);
      this.terms.push(term);
    }
    this.last = index;
  }

  /** Drop everything after `index` (baseIndex <= index <= lastIndex). */
  truncateAfter(index: number): void {
    assert(index >= this.starts[0]! && index <= this.last, `truncate at ${index} outside [${this.starts[0]}, ${this.last}]`);
    while (this.starts[this.starts.length - 1]! > index) {
      this.starts.pop();
      this.terms.pop();
    }
    this.last = index;
  }

  /** Move the base up to `index` (baseIndex <= index <= lastIndex). */
  compactTo(index: number): void {
    const t = this.termAt(index);
    let k = 0;
    while (k + 1 < this.starts.length && this.starts[k + 1]! <= index) k++;
    this.starts = [index, ...this.starts.slice(k + 1)];
    this.terms = [t, ...this.terms.slice(k + 1)];
  }
}
