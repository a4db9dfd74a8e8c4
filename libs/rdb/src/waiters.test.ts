import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BusyError, NotLeaderError, TimedOutError } from '@daos-nats/base';
import type { LogIndex, Term } from '@daos-nats/raft';
import { LeadershipEvents, type LeadershipEvent } from './leadership-events.js';
import { Waiters } from './waiters.js';

const idx = (n: number) => n as LogIndex;
const term = (n: number) => n as Term;
const hint = () => new NotLeaderError({ rank: 2, term: 9 });

test('a commit resolves only if the entry applied at its index has its term; otherwise DER_NOTLEADER', async () => {
  const w = new Waiters(10);
  const mine = w.commit(idx(5), term(3), 1000);
  const overwritten = w.commit(idx(6), term(3), 1000);
  w.applied([{ index: idx(5), term: 3 }, { index: idx(6), term: 4 }], 6, hint);
  assert.equal((await mine).index, 5);
  await assert.rejects(overwritten, (e: unknown) => e instanceof NotLeaderError && e.hint?.rank === 2);
  assert.equal(w.size, 0);
});

test('every wait has a deadline, the number of waiters a bound, and a step-down fails them all', async () => {
  const w = new Waiters(2);
  const late = w.commit(idx(1), term(1), 10);
  await assert.rejects(late, TimedOutError);
  assert.equal(w.size, 0, 'a timed-out waiter is forgotten');
  const a = w.commit(idx(2), term(1), 1000);
  const r = w.read(1000);
  assert.throws(() => w.read(1000), BusyError);
  w.failAll(hint);
  await assert.rejects(a, NotLeaderError);
  await assert.rejects(r.done, NotLeaderError);
  assert.equal(w.size, 0);
});

test('a read completes once the applied index reaches its read index, and a snapshot skip settles what it covers', async () => {
  const w = new Waiters(10);
  const r1 = w.read(1000);
  const r2 = w.read(1000);
  let done1 = false;
  void r1.done.then(() => (done1 = true));
  w.readIndexKnown(r1.id, 10, 7);
  await new Promise((res) => setImmediate(res));
  assert.equal(done1, false, 'not yet applied to 10');
  w.applied([], 10, hint);
  await r1.done;
  w.readIndexKnown(r2.id, 12, 10);
  const c = w.commit(idx(11), term(2), 1000);
  w.skippedTo(20, hint);
  await r2.done;
  await assert.rejects(c, NotLeaderError, 'a commit jumped over by a snapshot has an unknown fate');
});

test('leadership events reach the listener in order, one at a time; a queued step-up cancels with its step-down', async () => {
  const seen: string[] = [];
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const ev = new LeadershipEvents(async (e: LeadershipEvent) => {
    seen.push(`${e.kind}@${e.term}`);
    if (e.term === 1 && e.kind === 'step-up') await gate; // a slow step-up handler
  }, assert.fail);
  ev.push({ kind: 'step-up', term: term(1) });
  ev.push({ kind: 'step-down', term: term(1) }); // the step-up is already running: no cancel
  ev.push({ kind: 'step-up', term: term(3) });
  ev.push({ kind: 'step-down', term: term(3) }); // still queued: cancels out
  ev.push({ kind: 'step-up', term: term(5) });
  release();
  await ev.idle();
  assert.deepEqual(seen, ['step-up@1', 'step-down@1', 'step-up@5']);
  const errors: unknown[] = [];
  const failing = new LeadershipEvents(() => {
    throw new Error('handler bug');
  }, (e) => errors.push(e));
  failing.push({ kind: 'step-up', term: term(7) });
  await failing.idle();
  assert.equal(errors.length, 1, 'a failing listener is reported, and the queue goes on');
});
