import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { DER, DaosError } from '@daos-nats/base';
import { credentialSigner } from './credential-signer.js';
import { operationAuthorizer } from './operation-authorizer.js';
import { OPERATION_ACCESS } from './operation-access.js';
import { daos } from '@daos-nats/proto';
import type { Role } from './roles.js';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const forger = generateKeyPairSync('ed25519');
let now = 1_000_000;
const authorize = operationAuthorizer(publicKey, () => now);
const as = (role: Role, key = privateKey) => credentialSigner(key, { user: 'alice@', group: 'alice@', groups: ['alice@'], machine: 'h', role }, { nowMs: () => now, lifetimeMs: 60_000 });

function denied(fn: () => unknown, re: RegExp): void {
  assert.throws(fn, (e: unknown) => e instanceof DaosError && e.code === DER.NO_PERM && re.test(e.message));
}

test('each access class admits exactly its roles', () => {
  const client = as('client')();
  const admin = as('admin')();
  const pool = as('pool')();
  assert.equal(authorize({ operation: 'pool.connect', credential: client }).user, 'alice@');
  denied(() => authorize({ operation: 'mgmt.pool.create', credential: client }), /administrative operation: it needs the admin credential/);
  assert.equal(authorize({ operation: 'mgmt.pool.create', credential: admin }).role, 'admin');
  denied(() => authorize({ operation: 'mgmt.join', credential: admin }), /internal to the services/);
  denied(() => authorize({ operation: 'rsvc.stop', credential: client }), /internal to the services/);
  assert.equal(authorize({ operation: 'mgmt.join', credential: pool }).role, 'pool');
  assert.equal(authorize({ operation: 'pool.exclude', credential: pool }).role, 'pool', 'a pool leader excludes a dead rank itself');
  denied(() => authorize({ operation: 'no.such.op', credential: admin }), /internal to the services/);
});

test('unsigned, forged and expired credentials are refused naming the operation', () => {
  denied(() => authorize({ operation: 'pool.connect' }), /^pool\.connect: credential refused: no signed credential/);
  denied(() => authorize({ operation: 'pool.connect', credential: as('admin', forger.privateKey)() }), /does not verify/);
  const token = as('client')();
  now += 60_000;
  denied(() => authorize({ operation: 'pool.connect', credential: token }), /expired/);
});

test('the signer renews its credential before it expires', () => {
  const sign = as('client');
  const first = sign();
  now += 10_000;
  assert.equal(sign(), first, 'reused while most of its lifetime is left');
  now += 25_000;
  const second = sign();
  assert.notEqual(second, first);
  now += 40_000;
  assert.equal(authorize({ operation: 'cont.query', credential: sign() }).user, 'alice@');
});

test('the operations the issue names are in the class it asks for', () => {
  for (const op of ['mgmt.pool.create', 'mgmt.pool.destroy', 'pool.exclude', 'pool.drain', 'pool.reintegrate', 'pool.extend', 'pool.evict', 'pool.acl.update', 'pool.prop.set', 'mgmt.system.stop', 'mgmt.system.start', 'mgmt.system.exclude', 'rsvc.replicas.add', 'rsvc.replicas.remove'])
    assert.equal(OPERATION_ACCESS.get(op), 'admin', op);
  for (const op of ['rsvc.start', 'rsvc.stop', 'rsvc.start.joining', 'rsvc.stop.removed', 'pool.svc-ranks.set', 'mgmt.sweep', 'mgmt.join', 'mgmt.heartbeat', 'member.stop', 'pool.verify-handle', 'pool.handles.list'])
    assert.equal(OPERATION_ACCESS.get(op), 'service', op);
});

test('a user names only its own identity in a request; services act for others', () => {
  const connect = (user: string, groups: string[] = [user]) =>
    daos.pool.v1.ConnectReq.encode({ handle: 'h', flags: 2, principal: { user, group: user, groups, machine: 'h' } }).finish();
  const contQuery = (user: string) => daos.cont.v1.QueryReq.encode({ target: { poolHandle: 'h', cont: 'c', principal: { user, group: user, groups: [user] } } }).finish();
  assert.equal(authorize({ operation: 'pool.connect', credential: as('client')(), body: connect('alice@') }).user, 'alice@');
  denied(() => authorize({ operation: 'pool.connect', credential: as('client')(), body: connect('owner@') }), /names owner@ .* signed credential is alice@/);
  denied(() => authorize({ operation: 'pool.connect', credential: as('client')(), body: connect('alice@', ['alice@', 'wheel@']) }), /groups wheel@/);
  denied(() => authorize({ operation: 'cont.query', credential: as('admin')(), body: contQuery('bob@') }), /acts only as itself/);
  assert.equal(authorize({ operation: 'cont.query', credential: as('container')(), body: contQuery('bob@') }).role, 'container');
});
