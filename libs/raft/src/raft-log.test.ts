import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AssertionError } from '@daos-nats/base';
import { MemoryStorage } from './memory-storage.js';
import { RaftLog, limitBytes } from './raft-log.js';
import { CompactedError } from './storage.js';
import { Unstable } from './unstable.js';
import { EntryType, type Entry, type Snapshot } from './types.js';
import { BytesSnapshotSource } from './snapshot-data.js';

const e = (term: number, index: number, data = ''): Entry => ({
  term: term as never,
  index: index as never,
  type: EntryType.Normal,
  data: Uint8Array.from([...data].map((c) => c.charCodeAt(0))),
});
const snap = (index: number, term: number): Snapshot => ({
  meta: { index: index as never, term: term as never, confState: { voters: [], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false } },
  data: new BytesSnapshotSource(new Uint8Array()),
});

test('unstable: append, truncate on conflict, and stable marks', () => {
  const u = new Unstable(5);
  assert.equal(u.maybeLastIndex(), undefined);
  u.truncateAndAppend([e(1, 5), e(1, 6), e(1, 7)]);
  assert.equal(u.maybeLastIndex(), 7);
  assert.equal(u.maybeTerm(6), 1);
  assert.equal(u.maybeTerm(8), undefined);
  assert.equal(u.maybeTerm(4), undefined);
  u.truncateAndAppend([e(2, 6)]);
  assert.deepEqual(u.entries.map((x) => `${x.term}/${x.index}`), ['1/5', '2/6']);
  u.truncateAndAppend([e(3, 3)]);
  assert.equal(u.offset, 3, 'replacing part of storage moves the offset back');
  u.truncateAndAppend([e(3, 4)]);
  u.stableTo(3, 2);
  assert.equal(u.offset, 3, 'a term mismatch means the entry was replaced: nothing becomes stable');
  u.stableTo(3, 3);
  assert.equal(u.offset, 4);
  assert.deepEqual(u.slice(4, 5).map((x) => x.index), [4]);
  assert.throws(() => u.slice(2, 5), AssertionError);
  u.restore(snap(10, 4));
  assert.equal(u.maybeFirstIndex(), 11);
  assert.equal(u.maybeLastIndex(), 10);
  assert.equal(u.maybeTerm(10), 4);
  u.stableSnapTo(9);
  assert.notEqual(u.snapshot, undefined);
  u.stableSnapTo(10);
  assert.equal(u.snapshot, undefined);
});

test('raft log: reads across storage and unstable entries, with byte limits', () => {
  const s = new MemoryStorage();
  s.append([e(1, 1, 'aaaa'), e(1, 2, 'bbbb')]);
  const log = new RaftLog(s);
  assert.equal(log.lastIndex(), 2);
  log.append([e(2, 3, 'cccc'), e(2, 4, 'dddd')]);
  assert.equal(log.lastIndex(), 4);
  assert.equal(log.lastTerm(), 2);
  assert.equal(log.term(0), 0);
  assert.equal(log.term(9), undefined);
  assert.deepEqual(log.entries(1, Infinity).map((x) => x.index), [1, 2, 3, 4]);
  assert.deepEqual(log.entries(2, 72).map((x) => x.index), [2, 3], 'each entry costs 4 + 32 bytes (data and wire framing)');
  assert.deepEqual(log.entries(1, 1).map((x) => x.index), [1], 'at least one entry');
  assert.deepEqual(log.entries(5, 10), []);
  assert.deepEqual(limitBytes([e(1, 1, 'x'), e(1, 2, 'y')], 33).map((x) => x.index), [1]);
  s.createSnapshot(1 as never, { voters: [], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false }, new Uint8Array());
  s.compact(1 as never);
  assert.throws(() => log.entries(1, Infinity), CompactedError);
  assert.equal(log.term(0), undefined, 'compacted');
  assert.equal(log.term(1), 1, 'the snapshot index keeps its term');
});

test('raft log: maybeAppend appends the new part, truncates conflicts, and commits', () => {
  const log = new RaftLog(new MemoryStorage());
  assert.equal(log.maybeAppend(0, 0, 1, [e(1, 1), e(1, 2), e(1, 3)]), 3);
  assert.equal(log.committed, 1);
  assert.equal(log.maybeAppend(5, 1, 3, []), undefined, 'the previous entry is missing');
  assert.equal(log.maybeAppend(1, 1, 9, [e(1, 2)]), 2, 'an old duplicate changes nothing...');
  assert.equal(log.lastIndex(), 3, '...and does not truncate');
  assert.equal(log.committed, 2, 'commit is bounded by the last new index');
  assert.equal(log.maybeAppend(2, 1, 2, [e(2, 3), e(2, 4)]), 4);
  assert.equal(log.term(3), 2, 'conflicting entry replaced');
  assert.throws(() => log.maybeAppend(0, 0, 2, [e(3, 1)]), AssertionError, 'committed entries never change');
});

test('raft log: conflict hints, up-to-date checks, commit and apply', () => {
  const log = new RaftLog(new MemoryStorage());
  log.append([e(1, 1), e(1, 2), e(3, 3), e(3, 4), e(5, 5)]);
  assert.deepEqual(log.findConflictByTerm(5, 4), { index: 4, term: 3 });
  assert.deepEqual(log.findConflictByTerm(4, 2), { index: 2, term: 1 });
  assert.deepEqual(log.findConflictByTerm(2, 0), { index: 0, term: 0 });
  assert.equal(log.isUpToDate(5, 5), true);
  assert.equal(log.isUpToDate(4, 5), false);
  assert.equal(log.isUpToDate(1, 6), true);
  log.commitTo(3);
  log.commitTo(2);
  assert.equal(log.committed, 3, 'commit never decreases');
  assert.throws(() => log.commitTo(9), AssertionError);
  assert.equal(log.hasNextCommittedEnts(), true);
  assert.deepEqual(log.nextCommittedEnts(Infinity).map((x) => x.index), [1, 2, 3]);
  log.appliedTo(3);
  assert.throws(() => log.appliedTo(4), AssertionError, 'applied <= committed');
  assert.equal(log.hasNextCommittedEnts(), false);
  assert.deepEqual(log.nextCommittedEnts(Infinity), []);
  log.stableTo(5, 5);
  assert.equal(log.persistedIndex(), 5);
  log.restore(snap(10, 6));
  assert.equal(log.committed, 10);
  assert.equal(log.firstIndex(), 11);
  assert.equal(log.snapshot().meta.index, 10);
  assert.equal(log.hasNextCommittedEnts(), false, 'the snapshot is applied first');
  assert.throws(() => log.restore(snap(9, 6)), AssertionError);
});
