import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReadOnlyOption } from '@daos-nats/raft';
import { ticksDue } from './ticks-due.js';
import { TestCluster, waitFor } from '../test/test-cluster.js';

test('a timer beat after a stall delivers the ticks the stall swallowed, at least 1 and at most the cap', () => {
  assert.equal(ticksDue(0, 100, 10), 1, 'a beat always ticks once');
  assert.equal(ticksDue(100, 100, 10), 1);
  assert.equal(ticksDue(450, 100, 10), 4);
  assert.equal(ticksDue(60_000, 100, 10), 10, 'an election timeout is enough to expire any lease');
});

test('an exception thrown by a timer beat stops the replica loudly (onFatal) instead of vanishing', async () => {
  const fatal: unknown[] = [];
  const c = new TestCluster({ onFatal: (e) => fatal.push(e), raft: { electionTimeoutTicks: 15, heartbeatTicks: 3, readOnlyOption: ReadOnlyOption.LeaseBased } });
  try {
    c.create([1]);
    const r = await c.leader();
    const planted = new Error('planted tick failure');
    (r as unknown as { node: { tick(): void } }).node.tick = () => {
      throw planted;
    };
    await waitFor('the failure reached onFatal', () => fatal.length > 0);
    assert.equal(fatal[0], planted);
    await assert.rejects(r.begin(), /closed/);
  } finally {
    c.shutdown();
  }
});
