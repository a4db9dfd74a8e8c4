import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidError } from '@daos-nats/base';
import {
  engineSubject,
  lockClientSubject,
  ivSubject,
  memberControlSubject,
  mgmtRequestSubject,
  msLocatorSubject,
  msReplicaSubject,
  parseServiceSubject,
  serviceRaftInboxSubject,
  serviceRaftSubject,
  serviceRequestInboxSubject,
  serviceRequestSubject,
  serverRequestSubject,
  subjectTemplate,
  subjectToken,
  SUBJECT_TOKEN_CHARS_MAX,
} from './subjects.js';

test('every subject has its documented shape', () => {
  assert.equal(serviceRequestSubject('daos_server', 'pool', 'p-1f2e', 3), 'daos.daos_server.pool.p-1f2e.3.req');
  assert.equal(serviceRaftSubject('sys', 'cont', 'g', 0), 'daos.sys.cont.g.0.raft');
  assert.equal(msReplicaSubject('sys', 2), 'daos.sys.ms.db.2.req');
  assert.equal(msLocatorSubject('sys'), 'daos.sys.mgmt.req');
  assert.equal(memberControlSubject('sys', 7), 'daos.sys.control.member.7.req');
  assert.throws(() => memberControlSubject('sys', -1), InvalidError);
  assert.equal(serviceRaftInboxSubject('sys', 'pool', 2), 'daos.sys.pool.*.2.raft');
  assert.equal(serviceRequestInboxSubject('sys', 'pool', 2), 'daos.sys.pool.*.2.req');
  assert.equal(mgmtRequestSubject('sys'), 'daos.sys.mgmt.req');
  assert.equal(ivSubject('sys', 'pool-uuid', 7), 'daos.sys.iv.pool-uuid.7');
  assert.equal(engineSubject('sys', 7, 12), 'daos.sys.engine.7.12');
  assert.equal(serverRequestSubject('sys', 'node0'), 'daos.sys.server.node0.req');
  assert.throws(() => serverRequestSubject('sys', 'node0.lab'), /dot/);
  assert.equal(subjectTemplate('daos.sys.server.node0.req'), 'daos.{system}.server.{host}.req');
  assert.throws(() => serviceRequestSubject('sys', 'server', 'g', 1), /reserved/);
});

test('tokens with dots, wildcards, whitespace, control characters or nothing are refused with InvalidError', () => {
  const cases: [string, RegExp][] = [
    ['a.b', /dot/],
    ['*', /wildcard \(\*\)/],
    ['a>', /wildcard \(>\)/],
    ['a b', /whitespace/],
    ['tab\there', /whitespace/],
    ['nul\u0000', /control/],
    ['', /non-empty/],
    ['x'.repeat(SUBJECT_TOKEN_CHARS_MAX + 1), /more than 128/],
  ];
  for (const [value, why] of cases) {
    assert.throws(() => subjectToken(value, 'group'), (e: unknown) => e instanceof InvalidError && e.code === -1003 && why.test(e.message) && /group/.test(e.message), JSON.stringify(value));
  }
  assert.throws(() => serviceRequestSubject('sys', 'pool', 'a.b', 1), InvalidError);
  assert.throws(() => serviceRequestSubject('s s', 'pool', 'g', 1), /system/);
  assert.throws(() => serviceRequestSubject('sys', 'mgmt', 'g', 1), /reserved/);
  assert.throws(() => serviceRequestSubject('sys', 'pool', 'g', -1), /rank/);
  assert.throws(() => serviceRequestSubject('sys', 'pool', 'g', 1.5), /rank/);
  assert.throws(() => serviceRequestSubject('sys', 'pool', 'g', 2 ** 32), /rank/);
  assert.throws(() => engineSubject('sys', 1, -2), /target/);
  assert.equal(subjectToken('UUID-0f_x:1', 'group'), 'UUID-0f_x:1');
});

test('replica subjects parse back, and anything else does not', () => {
  assert.deepEqual(parseServiceSubject('daos.sys.pool.g1.4.raft'), { system: 'sys', service: 'pool', group: 'g1', rank: 4, kind: 'raft' });
  assert.deepEqual(parseServiceSubject(serviceRequestSubject('s', 'cont', 'c', 0)), { system: 's', service: 'cont', group: 'c', rank: 0, kind: 'req' });
  for (const bad of ['daos.sys.mgmt.req', 'daos.sys.pool.g.01.req', 'daos.sys.pool.g.x.req', 'daos.sys.pool.g.1.other', 'nats.sys.pool.g.1.req', 'daos.sys.iv.g.1.req']) {
    assert.equal(parseServiceSubject(bad), undefined, bad);
  }
});

test('templates name the variable tokens so span names stay low-cardinality', () => {
  assert.equal(subjectTemplate('daos.sys.pool.g1.4.req'), 'daos.{system}.pool.{group}.{rank}.req');
  assert.equal(subjectTemplate('daos.sys.mgmt.req'), 'daos.{system}.mgmt.req');
  assert.equal(subjectTemplate('daos.sys.iv.p.3'), 'daos.{system}.iv.{pool}.{rank}');
  assert.equal(subjectTemplate('daos.sys.engine.3.0'), 'daos.{system}.engine.{rank}.{target}');
  assert.equal(subjectTemplate('elsewhere'), 'daos.{system}.other');
});

test('iv inbox: one wildcard subscription per rank; parseIvSubject reads back pool and rank, refuses other shapes', async () => {
  const { ivInboxSubject, parseIvSubject } = await import('./subjects.js');
  assert.equal(ivInboxSubject('sys', 7), 'daos.sys.iv.*.7');
  assert.deepEqual(parseIvSubject(ivSubject('sys', 'pool-uuid', 7)), { pool: 'pool-uuid', rank: 7 });
  assert.equal(parseIvSubject('daos.sys.iv.pool.07'), undefined);
  assert.equal(parseIvSubject('daos.sys.iv.pool.4294967295'), undefined);
  assert.equal(parseIvSubject('daos.sys.pool.g.1.req'), undefined);
  assert.throws(() => ivInboxSubject('sys', -1), InvalidError);
});

test('lock-service client notices: 5 tokens, never a replica subject; bad tokens refused', () => {
  const s = lockClientSubject('sys', 'ab12');
  assert.equal(s, 'daos.sys.lock.client.ab12');
  assert.equal(parseServiceSubject(s), undefined);
  assert.equal(subjectTemplate(s), 'daos.{system}.lock.client.{session}');
  assert.throws(() => lockClientSubject('sys', 'a.b'), /dot/);
  assert.throws(() => lockClientSubject('sys', '>'), /wildcard/);
  assert.throws(() => lockClientSubject('sys', ''), /non-empty/);
});

test('internal operations go to the replica internal subject; client operations to its request subject', async () => {
  const { serviceInternalSubject, serviceInternalInboxSubject, serviceOperationSubject } = await import('./subjects.js');
  assert.equal(serviceInternalSubject('sys', 'pool', 'g1', 4), 'daos.sys.pool.g1.4.internal');
  assert.equal(serviceInternalInboxSubject('sys', 'ms', 2), 'daos.sys.ms.*.2.internal');
  assert.equal(serviceOperationSubject('sys', 'ms', 'db', 1, 'rsvc.stop'), 'daos.sys.ms.db.1.internal');
  assert.equal(serviceOperationSubject('sys', 'ms', 'db', 1, 'mgmt.join'), 'daos.sys.ms.db.1.internal');
  assert.equal(serviceOperationSubject('sys', 'pool', 'p', 1, 'pool.verify-handle'), 'daos.sys.pool.p.1.internal');
  assert.equal(serviceOperationSubject('sys', 'pool', 'p', 1, 'pool.connect'), 'daos.sys.pool.p.1.req');
  assert.deepEqual(parseServiceSubject('daos.sys.cont.c.0.internal'), { system: 'sys', service: 'cont', group: 'c', rank: 0, kind: 'internal' });
  assert.equal(subjectTemplate('daos.sys.cont.c.0.internal'), 'daos.{system}.cont.{group}.{rank}.internal');
  assert.throws(() => serviceInternalSubject('sys', 'iv', 'g', 1), /reserved/);
});
