import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemberState, isTransitionLegal, memberStateName, parseMemberState, parseMemberStateMask } from './mgmt-member-state.js';

test('state names round-trip; masks combine; unknown names are DER_INVAL', () => {
  for (const [name, v] of Object.entries(MemberState)) {
    assert.equal(memberStateName(v), name);
    assert.equal(parseMemberState(name.toUpperCase()), v);
  }
  assert.equal(parseMemberState('admin_excluded'), MemberState.AdminExcluded);
  assert.equal(parseMemberStateMask('joined, stopped'), MemberState.Joined | MemberState.Stopped);
  assert.equal(parseMemberStateMask(''), 0);
  assert.equal(memberStateName(0x3), '0x3');
  assert.throws(() => parseMemberState('sleepy'), { name: 'InvalidError' });
});

test('DAOS illegal transitions are refused', () => {
  const S = MemberState;
  assert.equal(isTransitionLegal(S.Joined, S.Ready), false);
  for (const to of [S.Errored, S.Stopping, S.Stopped, S.Starting, S.Ready, S.Unresponsive]) assert.equal(isTransitionLegal(S.Excluded, to), false, memberStateName(to));
  for (const to of [S.Joined, S.Stopped, S.Unresponsive, S.Ready]) assert.equal(isTransitionLegal(S.AdminExcluded, to), false, memberStateName(to));
  assert.equal(isTransitionLegal(S.AdminExcluded, S.Excluded), true, 'clear-exclude');
  assert.equal(isTransitionLegal(S.Excluded, S.Joined), true, 'rejoin');
  assert.equal(isTransitionLegal(S.Joined, S.Unresponsive), true);
  assert.equal(isTransitionLegal(S.Unresponsive, S.Excluded), true);
  assert.equal(isTransitionLegal(S.Joined, S.AdminExcluded), true);
});
