import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assert as invariant,
  AssertionError,
  BoundedQueue,
  BusyError,
  DaosError,
  DER,
  daosError,
  derName,
  NotLeaderError,
  NonexistError,
  SeededRng,
  term,
  nodeId,
} from './index.js';

test('a broken invariant throws AssertionError naming the invariant', () => {
  assert.throws(() => invariant(false, 'commit never decreases'), (e: unknown) => e instanceof AssertionError && /commit never decreases/.test(String(e)));
  assert.doesNotThrow(() => invariant(1, 'truthy'));
});

test('the seeded PRNG replays the same stream from the same seed and differs across seeds', () => {
  const a = new SeededRng(42), b = new SeededRng(42), c = new SeededRng(43);
  const sa = Array.from({ length: 16 }, () => a.nextU32());
  const sb = Array.from({ length: 16 }, () => b.nextU32());
  const sc = Array.from({ length: 16 }, () => c.nextU32());
  assert.deepEqual(sa, sb);
  assert.notDeepEqual(sa, sc);
  const r = new SeededRng(7);
  const counts = [0, 0, 0];
  for (let i = 0; i < 3000; i++) counts[r.int(3)]!++;
  for (const n of counts) assert.ok(n > 850 && n < 1150, `int(3) is roughly uniform: ${counts}`);
  assert.throws(() => r.int(0), AssertionError);
});

test('a bounded queue refuses past its capacity and keeps FIFO order', () => {
  const q = new BoundedQueue<number>(2);
  assert.equal(q.offer(1), true);
  q.push(2);
  assert.equal(q.offer(3), false);
  assert.throws(() => q.push(3), BusyError);
  assert.equal(q.shift(), 1);
  q.push(3);
  assert.deepEqual(q.drain(), [2, 3]);
  assert.equal(q.length, 0);
  assert.throws(() => new BoundedQueue(0), AssertionError);
});

test('DER codes rebuild the right error class, with the hint for NOTLEADER', () => {
  const e = daosError(DER.NONEXIST, 'pool tank not found');
  assert.ok(e instanceof NonexistError);
  assert.equal(e.code, -1005);
  assert.equal(e.derName, 'DER_NONEXIST');
  const nl = daosError(DER.NOTLEADER, undefined, { rank: 2, term: 7 });
  assert.ok(nl instanceof NotLeaderError);
  assert.deepEqual((nl as NotLeaderError).hint, { rank: 2, term: 7 });
  const unknown = daosError(-9999, 'odd');
  assert.ok(unknown instanceof DaosError);
  assert.equal(derName(-9999), 'DER_UNKNOWN(-9999)');
  const cause = new Error('socket closed');
  assert.equal(daosError(DER.TIMEDOUT, 'late', undefined, cause).cause, cause);
});

test('branded id constructors reject impossible values', () => {
  assert.equal(term(3), 3);
  assert.throws(() => term(-1), AssertionError);
  assert.throws(() => nodeId(0), AssertionError);
  assert.throws(() => term(1.5), AssertionError);
});
