import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NonexistError } from '@daos-nats/base';
import {
  ACL_ENTRIES_BYTES_MAX,
  Acl,
  AclInvalidError,
  AceSyntaxError,
  PERM,
  aceEncodedBytes,
  allow,
  defaultContainerAcl,
  defaultPoolAcl,
  parseAce,
  parsePrincipal,
  user,
} from './index.js';

test('entries are kept in DAOS order: owner, users, owner group, groups, everyone', () => {
  const acl = Acl.parse(['A::EVERYONE@:r', 'A:G:staff@:r', 'A::bob@:rw', 'A:G:GROUP@:rw', 'A::OWNER@:rw', 'A::alice@:r']);
  assert.deepEqual(acl.toStrings(), ['A::OWNER@:rw', 'A::bob@:rw', 'A::alice@:r', 'A:G:GROUP@:rw', 'A:G:staff@:r', 'A::EVERYONE@:r']);
});

test('duplicate principals are refused, naming both entries', () => {
  assert.throws(
    () => Acl.parse(['A::alice@:r', 'A::OWNER@:rw', 'A::alice@:rw']),
    (e: unknown) => e instanceof AclInvalidError && /entries 1 and 3 .* u:alice@/.test(e.message),
  );
  assert.throws(() => Acl.parse(['A:G:GROUP@:r', 'A:G:GROUP@:rw']), AclInvalidError);
  // The same name as a user and as a group are two principals.
  assert.equal(Acl.parse(['A::ops@:r', 'A:G:ops@:rw']).entries.length, 2);
});

test('an invalid entry built in code is refused too, not only bad strings', () => {
  assert.throws(() => Acl.of([{ access: 1, flags: 0, principal: { kind: 'owner-group' }, perms: 1 }]), /needs the G flag/);
  assert.throws(() => Acl.of([{ access: 0, flags: 0, principal: { kind: 'owner' }, perms: 1 }]), /no access type/);
  assert.throws(() => Acl.of([{ access: 1, flags: 0, principal: { kind: 'owner' }, perms: 1 << 12 }]), /unknown permission bits/);
});

test('the encoded size is bounded at 64 KiB, counted as DAOS lays entries out', () => {
  assert.equal(aceEncodedBytes(parseAce('A::OWNER@:rw')), 32);
  assert.equal(aceEncodedBytes(parseAce('A::abcdef@:rw')), 40, '7 name bytes + NUL = 8');
  assert.equal(aceEncodedBytes(parseAce('A::abcdefg@:rw')), 48, '8 name bytes + NUL → 16');
  const name = (i: number) => `user${String(i).padStart(4, '0')}@`; // 9 bytes + NUL → 16, entry 48 bytes
  const fits = Math.floor(ACL_ENTRIES_BYTES_MAX / 48);
  const aces = Array.from({ length: fits }, (_, i) => allow(user(name(i)), PERM.READ));
  assert.equal(Acl.of(aces).encodedBytes, fits * 48);
  assert.throws(() => Acl.of([...aces, allow(user(name(fits)), PERM.READ)]), /more than 65536/);
});

test('with() adds an entry in order, or replaces the entry for the same principal in place', () => {
  const acl = defaultPoolAcl();
  const added = acl.with(parseAce('A::alice@:r'));
  assert.deepEqual(added.toStrings(), ['A::OWNER@:rw', 'A::alice@:r', 'A:G:GROUP@:rw']);
  const updated = added.with(parseAce('A::alice@:rwcd'));
  assert.deepEqual(updated.toStrings(), ['A::OWNER@:rw', 'A::alice@:rwcd', 'A:G:GROUP@:rw']);
  assert.deepEqual(acl.toStrings(), ['A::OWNER@:rw', 'A:G:GROUP@:rw'], 'the original is unchanged');
  const many = acl.withAll(['A::EVERYONE@:r', 'A::OWNER@:r'].map((s) => parseAce(s)));
  assert.deepEqual(many.toStrings(), ['A::OWNER@:r', 'A:G:GROUP@:rw', 'A::EVERYONE@:r']);
});

test('without() deletes by principal; deleting a missing principal is DER_NONEXIST', () => {
  const acl = Acl.parse(['A::OWNER@:rw', 'A::alice@:r', 'A:G:alice@:rw', 'A::EVERYONE@:r']);
  assert.deepEqual(acl.without(parsePrincipal('u:alice@')).toStrings(), ['A::OWNER@:rw', 'A:G:alice@:rw', 'A::EVERYONE@:r']);
  assert.deepEqual(acl.without(parsePrincipal('g:alice@')).toStrings(), ['A::OWNER@:rw', 'A::alice@:r', 'A::EVERYONE@:r']);
  assert.deepEqual(acl.without(parsePrincipal('EVERYONE@')).get({ kind: 'everyone' }), undefined);
  assert.throws(() => acl.without(parsePrincipal('u:bob@')), (e: unknown) => e instanceof NonexistError && /u:bob@/.test(e.message));
});

test('pool and container ACLs accept only the permissions that apply to them', () => {
  assert.doesNotThrow(() => Acl.parse(['A::OWNER@:rwcdt']).checkFor('pool'));
  assert.throws(() => Acl.parse(['A::OWNER@:rwT']).checkFor('pool'), /permission T is not valid for a pool/);
  assert.throws(() => Acl.parse(['A::bob@:ra']).checkFor('pool'), /permission a is not valid for a pool/);
  assert.doesNotThrow(() => Acl.parse(['A::OWNER@:rwdtTaAo']).checkFor('container'));
  assert.throws(() => Acl.parse(['A::OWNER@:rwc']).checkFor('container'), /permission c is not valid for a container/);
});

test('the default ACLs are DAOS\'s', () => {
  assert.deepEqual(defaultPoolAcl().toStrings(), ['A::OWNER@:rw', 'A:G:GROUP@:rw']);
  assert.deepEqual(defaultContainerAcl().toStrings(), ['A::OWNER@:rwdtTaAo', 'A:G:GROUP@:rwtT']);
  assert.doesNotThrow(() => defaultPoolAcl().checkFor('pool'));
  assert.doesNotThrow(() => defaultContainerAcl().checkFor('container'));
});

test('an ACL file parses with comments and blank lines, errors name the line, and toText reads back', () => {
  const text = '# Entries:\nA::OWNER@:rw\n\n  A:G:GROUP@:rw  \n# a comment\nA::EVERYONE@:r\n';
  const acl = Acl.parseText(text);
  assert.deepEqual(acl.toStrings(), ['A::OWNER@:rw', 'A:G:GROUP@:rw', 'A::EVERYONE@:r']);
  assert.deepEqual(Acl.parseText(acl.toText()).toStrings(), acl.toStrings());
  assert.deepEqual(Acl.parseText(Acl.EMPTY.toText()).entries, []);
  assert.throws(
    () => Acl.parseText('A::OWNER@:rw\nA::bob@:rq\n'),
    (e: unknown) => e instanceof AceSyntaxError && e.line === 2 && e.position === 9 && /position 9 of line 2/.test(e.message),
  );
});
