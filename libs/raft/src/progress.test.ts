import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AssertionError } from '@daos-nats/base';
import { Progress } from './progress.js';
import { ProgressState, type Snapshot } from './types.js';
import { BytesSnapshotSource } from './snapshot-data.js';

const snap = (index: number): Snapshot => ({
  meta: { index: index as never, term: 1 as never, confState: { voters: [], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false } },
  data: new BytesSnapshotSource(new Uint8Array(10)),
});

test('progress: probe sends one App at a time; an ack moves it forward', () => {
  const p = new Progress(5, 4, 0, false);
  assert.equal(p.state, ProgressState.Probe);
  assert.equal(p.isPaused(), false);
  p.sentEntries(2, 6, 10);
  assert.equal(p.isPaused(), true, 'waiting for the answer to the probe');
  assert.equal(p.next, 5, 'probing does not advance next optimistically');
  assert.equal(p.maybeUpdate(6), true);
  assert.equal(p.match, 6);
  assert.equal(p.next, 7);
  assert.equal(p.isPaused(), false);
  assert.equal(p.maybeUpdate(3), false, 'a stale ack');
});

test('progress: replicate pipelines within the inflight window', () => {
  const p = new Progress(1, 2, 0, false);
  p.becomeReplicate();
  p.sentEntries(1, 1, 10);
  p.sentEntries(1, 2, 10);
  assert.equal(p.next, 3);
  assert.equal(p.isPaused(), true, 'window of two messages is full');
  p.maybeUpdate(1);
  p.inflights.freeLE(1);
  assert.equal(p.isPaused(), false);
  p.sentEntries(0, 2, 0);
  assert.equal(p.inflights.count, 1, 'an empty App is not tracked');
});

test('progress: rejections back off (stale ones ignored)', () => {
  const p = new Progress(10, 4, 0, false);
  assert.equal(p.maybeDecrTo(5, 3), false, 'probe: only the rejection of next-1 counts');
  assert.equal(p.maybeDecrTo(9, 3), true);
  assert.equal(p.next, 4, 'next = hint + 1');
  p.maybeUpdate(2);
  p.becomeReplicate();
  p.sentEntries(3, 5, 30);
  assert.equal(p.maybeDecrTo(2, 0), false, 'replicate: a rejection at or below match is stale');
  assert.equal(p.maybeDecrTo(4, 1), true);
  assert.equal(p.next, 3, 'replicate: back to match + 1');
});

test('progress: snapshot state pauses; afterwards probing resumes past the snapshot', () => {
  const p = new Progress(3, 4, 0, false);
  p.becomeSnapshot(snap(20));
  assert.equal(p.isPaused(), true);
  assert.equal(p.pendingSnapshot, 20);
  assert.throws(() => p.sentEntries(1, 4, 1), AssertionError);
  p.maybeUpdate(20);
  p.becomeProbe();
  assert.equal(p.next, 21);
  assert.equal(p.snapshot, undefined);
  const s = p.status();
  assert.equal(s.state, ProgressState.Probe);
  assert.equal(s.match, 20);
});
