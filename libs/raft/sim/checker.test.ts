import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EntryType, type Entry, type LogIndex, type NodeId, type ReadState, type Term } from '../src/index.js';
import { InvariantChecker, Violation, type Invariant } from './checker.js';
import type { LogView } from './log-view.js';

const enc = new TextEncoder();
const n = (i: number) => i as NodeId;
const entry = (index: number, term: number, data: string): Entry => ({ index: index as LogIndex, term: term as Term, type: EntryType.Normal, data: enc.encode(data) });

/** A log of terms (index i has terms[i - 1]) with payloads "e<index>t<term>" unless overridden. */
function view(terms: readonly number[], payloads: Record<number, string> = {}): LogView {
  return {
    snapshotIndex: 0,
    snapshotTerm: 0,
    lastIndex: terms.length,
    termAt: (i) => (i === 0 ? 0 : terms[i - 1]),
    entryAt: (i) => (i >= 1 && i <= terms.length ? entry(i, terms[i - 1]!, payloads[i] ?? `e${i}t${terms[i - 1]}`) : undefined),
  };
}

function violates(invariant: Invariant, f: () => void): void {
  assert.throws(f, (e: unknown) => e instanceof Violation && e.invariant === invariant, `expected a ${invariant} violation`);
}

test('two leaders in one term break election safety; one leader twice does not', () => {
  const c = new InvariantChecker(3, 10);
  c.leaderElected(n(1), 2, view([1, 2]));
  c.leaderElected(n(1), 2, view([1, 2]));
  violates('election-safety', () => c.leaderElected(n(2), 2, view([1, 2])));
});

test('a leader missing a committed entry breaks leader completeness', () => {
  const c = new InvariantChecker(3, 10);
  c.commitAnnounced(n(1), 2, view([1, 2]));
  c.leaderElected(n(2), 3, view([1, 2, 3]));
  violates('leader-completeness', () => c.leaderElected(n(3), 4, view([1, 1])));
  violates('leader-completeness', () => c.leaderElected(n(3), 5, view([1])));
});

test('one index committed with two terms breaks state machine safety', () => {
  const c = new InvariantChecker(3, 10);
  c.commitAnnounced(n(1), 2, view([1, 2]));
  violates('state-machine-safety', () => c.commitAnnounced(n(2), 2, view([1, 3])));
});

test('log matching: one (index, term) is one entry after one predecessor term, everywhere', () => {
  const c = new InvariantChecker(3, 10);
  c.entriesPersisted(n(1), [entry(1, 1, 'a'), entry(2, 1, 'b')], view([1, 1], { 1: 'a', 2: 'b' }));
  c.entriesPersisted(n(2), [entry(2, 1, 'b')], view([1, 1], { 1: 'a', 2: 'b' }));
  violates('log-matching', () => c.entriesPersisted(n(3), [entry(2, 1, 'X')], view([1, 1])));
  violates('log-matching', () => c.entriesPersisted(n(3), [entry(2, 1, 'b')], view([2, 1])));
  violates('log-matching', () => c.entriesPersisted(n(3), [entry(3, 1, 'c'), entry(5, 1, 'd')], view([1, 1, 1])));
});

test('commit must not go down, even across a restart, nor beyond the log', () => {
  const c = new InvariantChecker(3, 10);
  c.commitAnnounced(n(1), 2, view([1, 1, 1]));
  violates('commit-monotonic', () => c.commitAnnounced(n(1), 1, view([1, 1, 1])));
  c.commitPersisted(n(2), 3);
  violates('commit-monotonic', () => c.restarted(n(2), 2));
  violates('commit-bounds', () => c.commitAnnounced(n(3), 4, view([1, 1, 1])));
});

test('nodes must apply the same committed entries', () => {
  const c = new InvariantChecker(3, 10);
  c.commitAnnounced(n(1), 2, view([1, 1]));
  c.applied(n(1), 1, 'a');
  c.applied(n(2), 1, 'a');
  violates('state-machine-safety', () => c.applied(n(3), 1, 'b'));
  violates('state-machine-safety', () => c.applied(n(1), 3, 'c'));
});

test('a read answered below what was committed when it began breaks ReadIndex', () => {
  const c = new InvariantChecker(3, 10);
  c.commitAnnounced(n(1), 3, view([1, 1, 1]));
  c.readStarted('r1');
  c.readStarted('r2');
  c.readAnswered(n(1), { index: 3 as LogIndex, context: new Uint8Array() } satisfies ReadState, 'r1');
  violates('read-index', () => c.readAnswered(n(1), { index: 2 as LogIndex, context: new Uint8Array() }, 'r2'));
});

test('the final check compares durable logs and state machines pairwise', () => {
  const c = new InvariantChecker(3, 10);
  c.finalCheck(new Map([[1, view([1, 1, 2])], [2, view([1, 1, 2, 2])]]), new Map([[1, ['a', 'b']], [2, ['a']]]));
  violates('log-matching', () => c.finalCheck(new Map([[1, view([1, 1, 2], { 1: 'a' })], [2, view([1, 1, 2], { 1: 'Z' })]]), new Map()));
  violates('state-machine-safety', () => c.finalCheck(new Map(), new Map([[1, ['a', 'b']], [2, ['a', 'c']]])));
});
