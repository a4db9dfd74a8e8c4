import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfChangeError, applyChange, enterJoint, leaveJoint, simple } from './conf-change.js';
import { checkConfig, fromConfState, toConfState, type TrackerConfig } from './tracker.js';
import { ConfChangeTransition, ConfChangeType, type NodeId } from './types.js';

const cfg = (voters: number[], learners: number[] = []): TrackerConfig =>
  fromConfState({ voters: voters as NodeId[], learners: learners as NodeId[], votersOutgoing: [], learnersNext: [], autoLeave: false });
const v = (id: number) => ({ type: ConfChangeType.AddVoter, nodeId: id as NodeId });
const l = (id: number) => ({ type: ConfChangeType.AddLearner, nodeId: id as NodeId });
const r = (id: number) => ({ type: ConfChangeType.RemoveNode, nodeId: id as NodeId });

test('simple changes: one voter at a time, learners freely', () => {
  assert.deepEqual(toConfState(simple(cfg([1, 2, 3]), [v(4)])).voters, [1, 2, 3, 4]);
  assert.deepEqual(toConfState(simple(cfg([1, 2, 3]), [r(3), l(5), l(6)])).learners, [5, 6]);
  assert.deepEqual(toConfState(simple(cfg([1, 2, 3], [4]), [v(4)])), toConfState(cfg([1, 2, 3, 4])), 'promotion');
  assert.throws(() => simple(cfg([1, 2, 3]), [v(4), v(5)]), ConfChangeError);
  assert.throws(() => simple(cfg([1]), [r(1)]), /removed all voters/);
  assert.throws(() => simple(cfg([1]), [{ type: 9 as ConfChangeType, nodeId: 2 as NodeId }]), /unknown conf change type/);
  assert.throws(() => simple(cfg([1]), [v(0)]), /invalid node id/);
});

test('joint: enter with several changes, demoted voters wait in learnersNext, leave', () => {
  const j = enterJoint(cfg([1, 2, 3]), true, [v(4), l(3), r(2)]);
  const cs = toConfState(j);
  assert.deepEqual(cs.voters, [1, 4]);
  assert.deepEqual(cs.votersOutgoing, [1, 2, 3]);
  assert.deepEqual(cs.learnersNext, [3]);
  assert.deepEqual(cs.learners, []);
  assert.equal(cs.autoLeave, true);
  assert.throws(() => enterJoint(j, false, [v(5)]), /already joint/);
  assert.throws(() => simple(j, [v(5)]), /joint/);
  const left = toConfState(leaveJoint(j));
  assert.deepEqual(left, { voters: [1, 4], learners: [3], votersOutgoing: [], learnersNext: [], autoLeave: false });
  assert.throws(() => leaveJoint(cfg([1])), /non-joint/);
  assert.throws(() => enterJoint(cfg([]), false, [v(1)]), /zero-voter/);
});

test('applyChange picks simple, joint or leave from the transition', () => {
  const auto1 = applyChange(cfg([1, 2, 3]), { transition: ConfChangeTransition.Auto, changes: [v(4)] });
  assert.equal(auto1.outgoing.size, 0, 'one voter change needs no joint state');
  const auto2 = applyChange(cfg([1, 2, 3]), { transition: ConfChangeTransition.Auto, changes: [v(4), v(5)] });
  assert.equal(auto2.autoLeave, true);
  assert.equal(auto2.outgoing.size, 3);
  const explicit = applyChange(cfg([1, 2, 3]), { transition: ConfChangeTransition.JointExplicit, changes: [v(4)] });
  assert.equal(explicit.autoLeave, false);
  const implicit = applyChange(cfg([1, 2, 3]), { transition: ConfChangeTransition.JointImplicit, changes: [v(4)] });
  assert.equal(implicit.autoLeave, true);
  assert.equal(applyChange(explicit, { transition: ConfChangeTransition.Auto, changes: [] }).outgoing.size, 0);
});

test('configuration invariants are checked', () => {
  const bad = (p: Partial<TrackerConfig>) => checkConfig({ ...cfg([1, 2]), ...p });
  assert.match(bad({ learners: new Set([1 as NodeId]) })!, /both a voter and a learner/);
  assert.match(bad({ outgoing: new Set([3 as NodeId]), learners: new Set([3 as NodeId]) })!, /outgoing voter and a learner/);
  assert.match(bad({ learnersNext: new Set([3 as NodeId]) })!, /not an outgoing voter/);
  assert.match(bad({ outgoing: new Set([3 as NodeId]), learnersNext: new Set([3 as NodeId]), learners: new Set([3 as NodeId]) })!, /./);
  assert.match(bad({ autoLeave: true })!, /autoLeave/);
  assert.equal(bad({}), undefined);
});
