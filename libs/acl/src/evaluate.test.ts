import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidError } from '@daos-nats/base';
import { Acl, CONT_OWNER_MIN_PERMS, PERM, evaluate, formatPerms, type Requestor } from './index.js';

const owned = { user: 'owner@', group: 'ownergrp@' };
const who = (user: string, ...groups: string[]): Requestor => ({ user, groups });
const perms = (acl: string[], r: Requestor, ownerMin = 0): string => formatPerms(evaluate(Acl.parse(acl), owned, r, ownerMin).perms);

test('the owner entry is final for the owner, even when other entries would give more', () => {
  const acl = ['A::OWNER@:r', 'A::owner@:rw', 'A:G:GROUP@:rwcd', 'A::EVERYONE@:rwcdt'];
  const e = evaluate(Acl.parse(acl), owned, who('owner@', 'ownergrp@'));
  assert.deepEqual(e, { perms: PERM.READ, isOwner: true, matchedBy: 'owner' });
});

test('an owner entry with no permissions denies the owner (an Allow with nothing denies)', () => {
  assert.equal(perms(['A::OWNER@:', 'A::EVERYONE@:rw'], who('owner@')), '');
});

test('without an OWNER@ entry the owner falls through to the named user, groups and everyone', () => {
  assert.equal(perms(['A::owner@:t', 'A::EVERYONE@:r'], who('owner@')), 't');
  assert.equal(perms(['A:G:GROUP@:rw'], who('owner@', 'ownergrp@')), 'rw');
  assert.equal(perms(['A::EVERYONE@:r'], who('owner@')), 'r');
  assert.equal(evaluate(Acl.EMPTY, owned, who('owner@')).matchedBy, 'none');
});

test('OWNER@ applies only to the owner, not to a user who shares the owner group', () => {
  assert.equal(perms(['A::OWNER@:rw', 'A::EVERYONE@:t'], who('mallory@', 'ownergrp@')), 't');
});

test('a named user entry is final: it beats the groups and everyone, even with fewer permissions', () => {
  const acl = ['A::alice@:r', 'A:G:GROUP@:rw', 'A:G:devs@:rwcd', 'A::EVERYONE@:rwcdt'];
  const e = evaluate(Acl.parse(acl), owned, who('alice@', 'ownergrp@', 'devs@'));
  assert.deepEqual(e, { perms: PERM.READ, isOwner: false, matchedBy: 'user' });
  assert.equal(perms(['A::alice@:', 'A::EVERYONE@:rw'], who('alice@')), '', 'an empty named entry denies');
});

test('group permissions are the union of the owner group and every named group the user is in', () => {
  const acl = ['A:G:GROUP@:r', 'A:G:devs@:w', 'A:G:ops@:c', 'A:G:other@:d', 'A::EVERYONE@:t'];
  const e = evaluate(Acl.parse(acl), owned, who('bob@', 'ownergrp@', 'devs@', 'ops@'));
  assert.equal(formatPerms(e.perms), 'rwc');
  assert.equal(e.matchedBy, 'groups');
});

test('any matching group entry, even an empty one, stops the search before everyone', () => {
  assert.equal(perms(['A:G:devs@:', 'A::EVERYONE@:rw'], who('bob@', 'devs@')), '');
  assert.equal(perms(['A:G:GROUP@:', 'A::EVERYONE@:rw'], who('bob@', 'ownergrp@')), '');
});

test('GROUP@ needs membership of the owner group; a named group entry for the same name also matches', () => {
  assert.equal(perms(['A:G:GROUP@:rw', 'A::EVERYONE@:t'], who('bob@', 'devs@')), 't');
  assert.equal(perms(['A:G:ownergrp@:c', 'A:G:GROUP@:r'], who('bob@', 'ownergrp@')), 'rc');
});

test('a user entry for another name or a group the user is not in does not match', () => {
  assert.equal(perms(['A::alice@:rw', 'A:G:devs@:rw'], who('bob@', 'ops@')), '');
  assert.equal(evaluate(Acl.parse(['A::alice@:rw']), owned, who('bob@')).matchedBy, 'none');
  assert.equal(perms(['A::alice@lab:rw'], who('alice@')), '', 'names match exactly, domain included');
});

test('a user name and a group name that coincide are different principals', () => {
  assert.equal(perms(['A:G:bob@:rw', 'A::EVERYONE@:t'], who('bob@')), 't', 'the group bob@ does not name the user bob@');
  assert.equal(perms(['A::devs@:rw', 'A::EVERYONE@:t'], who('bob@', 'devs@')), 't', 'the user devs@ does not name the group devs@');
});

test('the owner gets the owner minimum on top of whatever rule matched (containers: a, A)', () => {
  assert.equal(perms(['A::OWNER@:r'], who('owner@'), CONT_OWNER_MIN_PERMS), 'raA');
  assert.equal(perms([], who('owner@'), CONT_OWNER_MIN_PERMS), 'aA');
  assert.equal(perms(['A::EVERYONE@:r'], who('alice@'), CONT_OWNER_MIN_PERMS), 'r', 'not for others');
});

test('malformed ownership or requestor names are DER_INVAL, not a crash', () => {
  const acl = Acl.parse(['A::EVERYONE@:r']);
  assert.throws(() => evaluate(acl, { user: 'owner', group: 'g@' }, who('a@')), (e: unknown) => e instanceof InvalidError && /owner user/.test(e.message));
  assert.throws(() => evaluate(acl, { user: 'o@', group: '' }, who('a@')), /owner group/);
  assert.throws(() => evaluate(acl, owned, who('')), /requesting user/);
});
