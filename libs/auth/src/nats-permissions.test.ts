import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rolePermissions } from './nats-permissions.js';
import { clientNameOf, clientNatsUser, ROLE_NAMES, ROLES } from './roles.js';

test('clients and admins publish only requests (service .req, engine target .io), receive only their own inbox and lock notices, and never answer', () => {
  for (const [role, user] of [['client', 'client-alice'], ['admin', 'admin']] as const) {
    const p = rolePermissions('S', role, user);
    assert.ok(p.publish.allow.every((s) => s.endsWith('.req') || s === 'daos.S.engine.*.*.io'), role);
    assert.ok(p.publish.allow.includes('daos.S.engine.*.*.io'), role);
    assert.ok(!p.publish.allow.some((s) => s === 'daos.S.engine.>' || s === 'daos.S.engine.*.*'), role);
    assert.deepEqual(p.subscribe.allow, [`_INBOX.${user}.>`, 'daos.S.lock.client.*']);
    assert.equal(p.allowResponses, false);
  }
});

test('internal subjects are published by server roles only, and received by the role hosting the service', () => {
  for (const r of ROLE_NAMES) {
    const p = rolePermissions('S', r);
    const publishesInternal = p.publish.allow.some((s) => s.endsWith('.internal'));
    assert.equal(publishesInternal, ROLES[r].kind === 'service', r);
  }
  assert.ok(rolePermissions('S', 'pool').subscribe.allow.includes('daos.S.pool.*.*.internal'));
  assert.ok(!rolePermissions('S', 'container').subscribe.allow.includes('daos.S.pool.*.*.internal'));
});

test('each client name is its own NATS user; a name that is not one token is refused', () => {
  assert.equal(clientNatsUser('alice'), 'client-alice');
  assert.throws(() => clientNatsUser('a.b'), /client name/);
  assert.throws(() => clientNatsUser('>'), /client name/);
  assert.equal(clientNameOf('alice'), 'alice');
  assert.match(clientNameOf('first.last'), /^u[0-9a-f]{16}$/);
  assert.notEqual(clientNameOf('first.last'), clientNameOf('first last'));
  assert.throws(() => rolePermissions('S', 'client', 'client.*'), /one subject token/);
});

test('raft subjects are published only by the role that hosts the service', () => {
  const raftPublishers = (svc: string) => ROLE_NAMES.filter((r) => rolePermissions('S', r).publish.allow.includes(`daos.S.${svc}.*.*.raft`));
  assert.deepEqual(raftPublishers('pool'), ['pool']);
  assert.deepEqual(raftPublishers('cont'), ['container']);
  assert.deepEqual(raftPublishers('ms'), ['mgmt']);
  for (const r of ROLE_NAMES) assert.ok(!rolePermissions('S', r).publish.allow.some((s) => s === '>' || s === 'daos.>' || s === 'daos.S.>'), r);
});

test('a system name that could widen a permission is refused', () => {
  assert.throws(() => rolePermissions('a.>', 'client'), /system name/);
  assert.throws(() => rolePermissions('*', 'client'), /system name/);
});
