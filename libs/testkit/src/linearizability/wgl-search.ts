import { assert } from '@daos-nats/base';
import type { Model } from './model.js';
import type { Operation } from './operation.js';

/** Limits of one partition's search: beyond either, the verdict is `unknown`, never `ok`. */
export interface SearchLimits {
  /** Call/return entries examined (each try or backtrack is one step). */
  readonly searchStepsMax: number;
  /** (linearized set, state) configurations remembered. */
  readonly memoEntriesMax: number;
}

export const DEFAULT_SEARCH_LIMITS: SearchLimits = { searchStepsMax: 2_000_000, memoEntriesMax: 1_000_000 };

export type Verdict = 'ok' | 'violation' | 'unknown';

export interface SearchResult {
  readonly verdict: Verdict;
  readonly steps: number;
  /** Most operations linearized at once, and the operation whose return then blocked the search. */
  readonly deepest: number;
  readonly blockedBy?: number;
}

/** A call or return event in the time-ordered doubly linked list that the search lifts from. */
interface Entry {
  readonly call: boolean;
  readonly op: number;
  readonly timeMs: number;
  match: Entry | undefined;
  prev: Entry | undefined;
  next: Entry | undefined;
}

/** A set of operation indexes whose string form is a compact memo key. */
class Bitset {
  private readonly words: Uint16Array;
  constructor(n: number) {
    this.words = new Uint16Array(Math.ceil(n / 16));
  }
  set(i: number): void {
    this.words[i >>> 4]! |= 1 << (i & 15);
  }
  clear(i: number): void {
    this.words[i >>> 4]! &= ~(1 << (i & 15));
  }
  key(): string {
    let s = '';
    for (let i = 0; i < this.words.length; i += 4096) s += String.fromCharCode(...this.words.subarray(i, i + 4096));
    return s;
  }
}

/** The list head, then entries in time order; at equal times calls come first (overlap, never order). */
function buildList<I, O>(ops: readonly Operation<I, O>[]): Entry {
  const entries: Entry[] = [];
  ops.forEach((op, i) => {
    const call: Entry = { call: true, op: i, timeMs: op.invokeMs, match: undefined, prev: undefined, next: undefined };
    const completeMs = op.outcome === 'ok' ? op.completeMs : Infinity;
    assert(completeMs !== undefined && completeMs >= op.invokeMs, `op ${op.id} completes after its invocation`);
    const ret: Entry = { call: false, op: i, timeMs: completeMs, match: undefined, prev: undefined, next: undefined };
    call.match = ret;
    entries.push(call, ret);
  });
  entries.sort((a, b) => a.timeMs - b.timeMs || Number(b.call) - Number(a.call) || a.op - b.op);
  const head: Entry = { call: false, op: -1, timeMs: -Infinity, match: undefined, prev: undefined, next: undefined };
  let prev = head;
  for (const e of entries) {
    prev.next = e;
    e.prev = prev;
    prev = e;
  }
  return head;
}

/** Remove a call and its return from the list (they are linearized). */
function lift(e: Entry): void {
  e.prev!.next = e.next;
  if (e.next) e.next.prev = e.prev;
  const r = e.match!;
  r.prev!.next = r.next;
  if (r.next) r.next.prev = r.prev;
}

/** Put them back, in the reverse order of lift. */
function unlift(e: Entry): void {
  const r = e.match!;
  r.prev!.next = r;
  if (r.next) r.next.prev = r;
  e.prev!.next = e;
  if (e.next) e.next.prev = e;
}

/**
 * Wing & Gong's search with Lowe's memoisation: try to linearize each pending call that precedes
 * the first pending return; memoise (linearized set, state) so no configuration is explored twice;
 * backtrack when a return is reached that was not linearized. Done once every operation with a
 * known outcome is linearized: indeterminate ones (return at +∞) can always follow them.
 */
export function searchLinearization<S, I, O>(model: Model<S, I, O>, ops: readonly Operation<I, O>[], limits: SearchLimits = DEFAULT_SEARCH_LIMITS): SearchResult {
  const must = ops.filter((o) => o.outcome === 'ok').length;
  const head = buildList(ops);
  const linearized = new Bitset(ops.length);
  const memo = new Set<string>();
  const stack: { entry: Entry; state: S }[] = [];
  let state = model.init();
  let done = 0;
  let entry = head.next;
  let steps = 0;
  let deepest = 0;
  let blockedBy: number | undefined;
  while (done < must) {
    if (++steps > limits.searchStepsMax || memo.size > limits.memoEntriesMax) return { verdict: 'unknown', steps, deepest, ...(blockedBy === undefined ? {} : { blockedBy }) };
    assert(entry !== undefined, 'a pending return ends the list while an operation with a known outcome is pending');
    if (entry.call) {
      const op = ops[entry.op]!;
      const next = model.step(state, op.input, op.outcome === 'ok' ? op.output : undefined);
      if (next !== undefined) {
        linearized.set(entry.op);
        const key = `${linearized.key()}|${model.stateKey(next)}`;
        if (!memo.has(key)) {
          memo.add(key);
          stack.push({ entry, state });
          state = next;
          if (op.outcome === 'ok') done++;
          lift(entry);
          entry = head.next;
          continue;
        }
        linearized.clear(entry.op);
      }
      entry = entry.next;
    } else {
      if (stack.length >= deepest) {
        deepest = stack.length;
        blockedBy = entry.op;
      }
      const top = stack.pop();
      if (top === undefined) return { verdict: 'violation', steps, deepest, ...(blockedBy === undefined ? {} : { blockedBy }) };
      state = top.state;
      linearized.clear(top.entry.op);
      if (ops[top.entry.op]!.outcome === 'ok') done--;
      unlift(top.entry);
      entry = top.entry.next;
    }
  }
  return { verdict: 'ok', steps, deepest: Math.max(deepest, stack.length) };
}
