import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rolePermissions } from './nats-permissions.js';
import { ROLE_NAMES } from './roles.js';

test('clients and admins publish only requests (service .req, engine target .io), receive only their own inbox and lock notices, and never answer', () => {
  for (const role of ['client', 'admin'] as const) {
    const p = rolePermissions('S', role);
    assert.ok(p.publish.allow.every((s) => s.endsWith('.req') || s === 'daos.S.engine.*.*.io'), role);
    assert.ok(p.publish.allow.includes('daos.S.engine.*.*.io'), role);
    assert.ok(!p.publish.allow.some((s) => s === 'daos.S.engine.>' || s === 'daos.S.engine.*.*'), role);
    assert.deepEqual(p.subscribe.allow, [`_INBOX.${role}.>`, 'daos.S.lock.client.*']);
    assert.equal(p.allowResponses, false);
  }
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
