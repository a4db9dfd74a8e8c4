import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NodeId } from './types.js';
import { VoteResult, jointCommitted, jointVote, majorityCommitted, majorityVote } from './quorum.js';

const ids = (...n: number[]) => new Set(n as NodeId[]);
const acks = (m: Record<number, number>) => (id: NodeId) => m[id];
const votes = (m: Record<number, boolean>) => new Map(Object.entries(m).map(([k, v]) => [Number(k) as NodeId, v]));

test('majority commit index: the index a majority has reached', () => {
  assert.equal(majorityCommitted(ids(1), acks({ 1: 7 })), 7);
  assert.equal(majorityCommitted(ids(1, 2, 3), acks({ 1: 5, 2: 3, 3: 1 })), 3);
  assert.equal(majorityCommitted(ids(1, 2, 3, 4), acks({ 1: 5, 2: 3, 3: 1, 4: 9 })), 3, 'four voters need three');
  assert.equal(majorityCommitted(ids(1, 2, 3), acks({ 1: 5 })), 0, 'unknown acks count as 0');
  assert.equal(majorityCommitted(ids(), acks({})), Infinity, 'an empty config does not limit');
});

test('joint commit index: the minimum of both majorities', () => {
  const m = acks({ 1: 9, 2: 9, 3: 1, 4: 1, 5: 1 });
  assert.equal(jointCommitted({ incoming: ids(1, 2, 3), outgoing: ids(3, 4, 5) }, m), 1);
  assert.equal(jointCommitted({ incoming: ids(1, 2, 3), outgoing: ids(1, 2, 4) }, m), 9);
  assert.equal(jointCommitted({ incoming: ids(1, 2, 3), outgoing: ids() }, m), 9, 'no outgoing half: incoming decides');
});

test('majority vote: won, lost or pending', () => {
  assert.equal(majorityVote(ids(1, 2, 3), votes({ 1: true, 2: true })), VoteResult.Won);
  assert.equal(majorityVote(ids(1, 2, 3), votes({ 1: true, 2: false })), VoteResult.Pending);
  assert.equal(majorityVote(ids(1, 2, 3), votes({ 1: true, 2: false, 3: false })), VoteResult.Lost);
  assert.equal(majorityVote(ids(1, 2, 3, 4), votes({ 1: true, 2: true })), VoteResult.Pending, 'half is not a majority');
  assert.equal(majorityVote(ids(1, 2, 3), votes({ 7: true, 8: true })), VoteResult.Pending, 'non-members do not count');
  assert.equal(majorityVote(ids(), votes({})), VoteResult.Won);
});

test('joint vote: needs both halves; a loss in either loses', () => {
  const cfg = { incoming: ids(1, 2, 3), outgoing: ids(3, 4, 5) };
  assert.equal(jointVote(cfg, votes({ 1: true, 2: true, 3: true, 4: true })), VoteResult.Won);
  assert.equal(jointVote(cfg, votes({ 1: true, 2: true })), VoteResult.Pending);
  assert.equal(jointVote(cfg, votes({ 1: true, 2: true, 4: false, 5: false })), VoteResult.Lost);
  assert.equal(jointVote(cfg, votes({ 1: false, 2: false, 3: true, 4: true })), VoteResult.Lost);
});
