import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { CONT_SERVICE, contOps } from '@daos-nats/api';
import { CONT_CAPA, POOL_CAPA } from '@daos-nats/acl';
import { codeOf, DER } from '@daos-nats/base';
import { natsRsvcTransport, serviceRequestSubject } from '@daos-nats/bus';
import { type ContainerClient } from '@daos-nats/client';
import { daos } from '@daos-nats/proto';
import { alice, bob, ContCluster, mallory, SYSTEM } from '../test/test-cont-cluster.js';

let c: ContCluster;
let owner: ContainerClient;

before(async () => {
  c = await ContCluster.start();
  owner = await c.client(alice);
});

after(async () => {
  await c.close();
});

async function code(p: Promise<unknown>): Promise<number> {
  try {
    await p;
  } catch (e) {
    return codeOf(e) ?? -1;
  }
  return 0;
}

test('create by label and by uuid, list, query; clashes are DER_EXIST and bad labels DER_INVAL', async () => {
  const a = await owner.create({ label: 'alpha', props: { rd_fac: '1', layout_type: 'POSIX' } });
  assert.equal(a.label, 'alpha');
  const uuid = randomUUID();
  const b = await owner.create({ uuid });
  assert.deepEqual(b, { uuid, label: '' });
  assert.equal(await code(owner.create({ label: 'alpha' })), DER.EXIST);
  assert.equal(await code(owner.create({ uuid })), DER.EXIST);
  for (const label of ['', 'has space', randomUUID(), 'container_label_not_set', 'x'.repeat(128)].slice(1))
    assert.equal(await code(owner.create({ label })), DER.INVAL, `label ${label}`);
  assert.equal(await code(owner.create({ label: 'beta', props: { rd_fac: '9' } })), DER.INVAL);
  assert.equal(await code(owner.create({ label: 'beta', props: { nope: '1' } })), DER.INVAL);

  const list = await owner.list();
  assert.ok(list.some((e) => e.uuid === a.uuid && e.label === 'alpha'));
  assert.ok(list.some((e) => e.uuid === uuid && e.label === ''));
  assert.ok(!list.some((e) => e.label === 'beta'), 'refused creates left nothing behind');

  const q = await owner.query('alpha');
  assert.equal(q.cont.uuid, a.uuid);
  assert.equal(q.poolUuid, c.pool);
  assert.equal(q.props['rd_fac'], '1');
  assert.equal(q.props['layout_type'], 'posix');
  assert.equal(q.props['owner'], 'alice@');
  assert.equal(q.props['group'], 'staff@');
  assert.equal(q.openHandles, 0);
  assert.ok(q.createdMs > 0);
  assert.equal((await owner.query(a.uuid.toUpperCase())).cont.label, 'alpha', 'by uuid, any case');
  assert.equal(await code(owner.query('nosuch')), DER.NONEXIST);
});

test('a user outside the ACL is refused with DER_NO_PERM and nothing changes', async () => {
  await owner.create({ label: 'private' });
  // Mallory may use the pool (read, create containers) but not delete others' containers (pool `d`).
  const m = await c.client(mallory, 'rw', POOL_CAPA.READ | POOL_CAPA.CREATE_CONT);
  const before = await owner.getProps('private');
  const attempts: [string, () => Promise<unknown>][] = [
    ['query', () => m.query('private')],
    ['get-prop', () => m.getProps('private')],
    ['set-prop', () => m.setProps('private', { label: 'stolen' })],
    ['get-acl', () => m.getAcl('private')],
    ['update-acl', () => m.updateAcl('private', ['A::mallory@:rwdtTaAo'])],
    ['set-owner', () => m.setOwner('private', { user: 'mallory@' })],
    ['set-attr', () => m.setAttrs('private', { k: new Uint8Array([1]) })],
    ['list-attrs', () => m.listAttrs('private')],
    ['create-snap', () => m.createSnapshot('private')],
    ['list-snaps', () => m.listSnapshots('private')],
    ['open', () => m.open('private', 'ro')],
    ['destroy', () => m.destroy('private')],
  ];
  for (const [what, attempt] of attempts) assert.equal(await code(attempt()), DER.NO_PERM, what);
  assert.deepEqual(await owner.getProps('private'), before);
  assert.deepEqual(await owner.listSnapshots('private'), []);
  // The group entry (A:G:GROUP@:rwtT) lets bob, in alice's group, read and set properties but not the ACL.
  const b = await c.client(bob);
  assert.equal((await b.query('private')).cont.label, 'private');
  assert.equal(await code(b.getAcl('private')), DER.NO_PERM);
  // A read-only pool handle cannot change anything, even for the owner.
  const ro = await c.client(alice, 'ro', POOL_CAPA.READ);
  assert.equal(await code(ro.setProps('private', { max_snapshot: '3' })), DER.NO_PERM);
  assert.equal(await code(ro.create({ label: 'nope' })), DER.NO_PERM);
  assert.equal((await ro.query('private')).cont.label, 'private');
});

test('every operation needs an open pool handle: DER_NO_HDL once it is evicted', async () => {
  const cl = await c.client(alice);
  await cl.create({ label: 'h-check' });
  c.handles.handles.delete(cl.poolHandle);
  assert.equal(await code(cl.query('h-check')), DER.NO_HDL);
  assert.equal(await code(cl.create({ label: 'h2' })), DER.NO_HDL);
  assert.equal(await code(cl.list()), DER.NO_HDL);
});

test('an exclusive open blocks every other open, and the reverse; close, reopen, evict-all, dead pool handles', async () => {
  await owner.create({ label: 'excl' });
  const ex = await owner.open('excl', 'ex');
  assert.ok((ex.capabilities & CONT_CAPA.OPEN_EX) !== 0);
  const other = await c.client(alice);
  assert.equal(await code(other.open('excl', 'ro')), DER.BUSY);
  assert.equal(await code(other.open('excl', 'ex')), DER.BUSY);
  // The same handle again with the same mode is the same open (a retry); with another mode it is DER_EXIST.
  assert.equal((await owner.open('excl', 'ex', { handle: ex.handle })).handle, ex.handle);
  assert.equal(await code(owner.open('excl', 'rw', { handle: ex.handle })), DER.EXIST);
  assert.equal((await owner.query('excl')).openHandles, 1);
  await owner.close('excl', ex.handle);
  await owner.close('excl', ex.handle); // closing twice is fine

  const r1 = await other.open('excl', 'ro');
  assert.equal((r1.capabilities & CONT_CAPA.WRITE_DATA), 0, 'a read-only open cannot write');
  assert.equal(await code(owner.open('excl', 'ex')), DER.BUSY, 'exclusive needs no other handle');
  const b = await c.client(bob);
  assert.equal(await code(b.open('excl', 'ex')), DER.NO_PERM, 'only the owner opens exclusively');
  assert.equal(await code(b.open('excl', 'ro', { evictAll: true })), DER.NO_PERM, 'only the owner evicts all');
  const ex2 = await owner.open('excl', 'ex', { evictAll: true });
  assert.equal((await owner.query('excl')).openHandles, 1, 'evict-all closed the read-only handle');
  // A handle whose pool handle is gone (a dead client, dmg pool evict) no longer blocks.
  c.handles.handles.delete(owner.poolHandle);
  const again = await other.open('excl', 'rw');
  assert.ok((again.capabilities & CONT_CAPA.WRITE_DATA) !== 0);
  assert.equal((await other.query('excl')).openHandles, 1);
  void ex2;
  owner = await c.client(alice);
});

test('destroy is refused while open unless forced; label and uuid are free again afterwards', async () => {
  const e = await owner.create({ label: 'doomed' });
  const h = await owner.open('doomed', 'rw');
  assert.equal(await code(owner.destroy('doomed')), DER.BUSY);
  await owner.destroy('doomed', { force: true });
  assert.equal(await code(owner.query('doomed')), DER.NONEXIST);
  assert.equal(await code(owner.close('doomed', h.handle)), 0, 'closing a handle of a destroyed container is fine');
  await owner.create({ label: 'doomed', uuid: e.uuid });
  await owner.destroy(e.uuid);
  assert.ok(!(await owner.list()).some((x) => x.uuid === e.uuid));
  // Bob may not destroy alice's container through the ACL, but a pool handle with DEL_CONT may.
  await owner.create({ label: 'pool-deletes' });
  const b = await c.client(bob, 'rw', POOL_CAPA.READ | POOL_CAPA.CREATE_CONT);
  assert.equal(await code(b.destroy('pool-deletes')), DER.NO_PERM);
  const admin = await c.client(bob, 'rw', POOL_CAPA.READ | POOL_CAPA.DEL_CONT);
  await admin.destroy('pool-deletes');
});

test('properties: get all or some, set mutable ones, refuse fixed and unknown ones, rename the label', async () => {
  await owner.create({ label: 'props' });
  const all = await owner.getProps('props');
  assert.equal(all['max_snapshot'], '0');
  assert.equal(all['alloc_oid'], '0');
  assert.ok(all['acl']!.includes('A::OWNER@:rwdtTaAo'));
  assert.deepEqual(await owner.getProps('props', ['label', 'rd_fac']), { label: 'props', rd_fac: '0' });
  await owner.setProps('props', { max_snapshot: '2', label: 'props2' });
  assert.equal((await owner.getProps('props2', ['max_snapshot'])).max_snapshot, '2');
  assert.equal(await code(owner.query('props')), DER.NONEXIST, 'the old label is gone');
  assert.equal(await code(owner.setProps('props2', { rd_fac: '2' })), DER.INVAL, 'fixed at creation');
  assert.equal(await code(owner.setProps('props2', { alloc_oid: '5' })), DER.INVAL, 'read-only');
  assert.equal(await code(owner.setProps('props2', { bogus: '1' })), DER.INVAL);
  assert.equal(await code(owner.getProps('props2', ['bogus'])), DER.INVAL);
  await owner.create({ label: 'taken' });
  assert.equal(await code(owner.setProps('props2', { label: 'taken' })), DER.EXIST);
  assert.equal(await code(owner.setProps('props2', { label: 'x y' })), DER.INVAL);
});

test('ACL get, update, delete, overwrite, and set-owner change who may do what', async () => {
  await owner.create({ label: 'acl' });
  const m = await c.client(mallory);
  assert.deepEqual((await owner.getAcl('acl')).aces, ['A::OWNER@:rwdtTaAo', 'A:G:GROUP@:rwtT']);
  const upd = await owner.updateAcl('acl', ['A::mallory@:rt']);
  assert.ok(upd.aces.includes('A::mallory@:rt'));
  assert.equal((await m.query('acl')).cont.label, 'acl', 'mallory may read now');
  assert.equal(await code(m.setProps('acl', { max_snapshot: '1' })), DER.NO_PERM, 'but not write');
  await owner.deleteAcl('acl', 'u:mallory@');
  assert.equal(await code(m.query('acl')), DER.NO_PERM);
  assert.equal(await code(owner.deleteAcl('acl', 'u:mallory@')), DER.NONEXIST);
  assert.equal(await code(owner.updateAcl('acl', ['A::OWNER@:rwz'])), DER.INVAL, 'bad ACE');
  assert.equal(await code(owner.updateAcl('acl', ['A::OWNER@:c'])), DER.INVAL, 'c is a pool permission');
  const ow = await owner.overwriteAcl('acl', ['A::EVERYONE@:r']);
  assert.deepEqual(ow.aces, ['A::EVERYONE@:r']);
  // The owner keeps get/set ACL whatever the ACL says, so it can always repair it.
  assert.deepEqual((await owner.getAcl('acl')).aces, ['A::EVERYONE@:r']);
  await owner.overwriteAcl('acl', ['A::OWNER@:rwdtTaAo']);
  await owner.setOwner('acl', { user: 'mallory@', group: 'outsiders@' });
  const acl = await m.getAcl('acl');
  assert.equal(acl.owner, 'mallory@');
  assert.equal(acl.ownerGroup, 'outsiders@');
  assert.equal(await code(owner.query('acl')), DER.NO_PERM, 'alice is no longer the owner');
  assert.equal(await code(m.setOwner('acl', { user: 'not a name' })), DER.INVAL);
});

test('container attributes: set, get, list, delete (all or nothing)', async () => {
  await owner.create({ label: 'attrs' });
  const enc = (s: string) => new TextEncoder().encode(s);
  await owner.setAttrs('attrs', { a: enc('1'), b: enc('two') });
  assert.deepEqual(await owner.listAttrs('attrs'), ['a', 'b']);
  const got = await owner.getAttrs('attrs', ['b']);
  assert.equal(new TextDecoder().decode(got['b']), 'two');
  assert.equal(await code(owner.getAttrs('attrs', ['a', 'zz'])), DER.NONEXIST);
  assert.equal(await code(owner.deleteAttrs('attrs', ['a', 'zz'])), DER.NONEXIST);
  assert.deepEqual(await owner.listAttrs('attrs'), ['a', 'b'], 'the failed delete removed nothing');
  await owner.deleteAttrs('attrs', ['a']);
  assert.deepEqual(await owner.listAttrs('attrs'), ['b']);
  assert.equal(await code(owner.setAttrs('attrs', { e: new Uint8Array(0) })), DER.INVAL);
  // Attributes belong to their container.
  await owner.create({ label: 'attrs2' });
  assert.deepEqual(await owner.listAttrs('attrs2'), []);
});

test('cont.list and cont.attr.list are paged: small pages chained by anchors give the whole list, nothing twice', async () => {
  for (let i = 0; i < 5; i++) await owner.create({ label: `paged-${i}` });
  const whole = await owner.list();
  assert.ok(whole.length >= 5);
  for (const pageItems of [1, 2, 3]) assert.deepEqual(await owner.list(undefined, pageItems), whole, `pages of ${pageItems}`);
  const names = Array.from({ length: 7 }, (_, i) => `n${i}`);
  await owner.setAttrs('paged-0', Object.fromEntries(names.map((n) => [n, Uint8Array.of(1)])));
  assert.deepEqual(await owner.listAttrs('paged-0', undefined, 2), names);
  assert.deepEqual(await owner.listAttrs('paged-0', undefined, 7), names, 'a page exactly as long as the list');
});

test('snapshots: increasing HLC epochs, names, list, destroy by epoch or name, max_snapshot', async () => {
  await owner.create({ label: 'snaps', props: { max_snapshot: '3' } });
  const s1 = await owner.createSnapshot('snaps', 'first');
  const s2 = await owner.createSnapshot('snaps');
  const s3 = await owner.createSnapshot('snaps', 'third');
  assert.ok(s1.epoch > 0 && s1.epoch < s2.epoch && s2.epoch < s3.epoch);
  assert.ok(Math.abs(s1.createdMs - Date.now()) < 60_000);
  assert.equal(await code(owner.createSnapshot('snaps', 'fourth')), DER.INVAL, 'max_snapshot reached');
  assert.deepEqual((await owner.listSnapshots('snaps')).map((s) => s.epoch), [s1.epoch, s2.epoch, s3.epoch]);
  await owner.destroySnapshot('snaps', { name: 'first' });
  await owner.destroySnapshot('snaps', { epoch: s2.epoch });
  assert.equal(await code(owner.destroySnapshot('snaps', { epoch: s2.epoch })), DER.NONEXIST);
  assert.equal(await code(owner.createSnapshot('snaps', 'third')), DER.EXIST);
  const s4 = await owner.createSnapshot('snaps', 'fourth');
  assert.ok(s4.epoch > s3.epoch);
  const q = await owner.query('snaps');
  assert.equal(q.snapshots, 2);
  assert.equal(q.latestSnapshot, s4.epoch);
});

test('a retried write (same client timestamp) is answered from the dedup table: same snapshot, same epoch', async () => {
  await owner.create({ label: 'dedup' });
  const leader = await c.leader();
  const bus = c.hosts[0]!.bus;
  const body = daos.cont.v1.SnapCreateReq.encode({ target: { poolHandle: owner.poolHandle, cont: 'dedup' }, name: 'once' }).finish();
  const t = Date.now() * 1000;
  const send = async () => {
    const rep = await bus.requestReply(serviceRequestSubject(SYSTEM, CONT_SERVICE, c.pool, leader), contOps.snapCreate.name, body, { timeoutMs: 10_000, clientTimeUs: t });
    return daos.cont.v1.SnapCreateRep.decode(rep.body).snapshot!.epoch;
  };
  const e1 = await send();
  const e2 = await send();
  assert.equal(e1, e2);
  assert.equal((await owner.listSnapshots('dedup')).length, 1);
});

test('OID ranges never overlap, across a leader change; epochs keep increasing after it', async () => {
  await owner.create({ label: 'oids' });
  const h = await owner.open('oids', 'rw');
  const a = await owner.allocOids('oids', h.handle, 100);
  const b = await owner.allocOids('oids', h.handle, 1);
  assert.deepEqual([a, b], [{ first: 1, count: 100 }, { first: 101, count: 1 }]);
  const snap = await owner.createSnapshot('oids');
  const ro = await owner.open('oids', 'ro');
  assert.equal(await code(owner.allocOids('oids', ro.handle, 1)), DER.NO_PERM);
  assert.equal(await code(owner.allocOids('oids', randomUUID(), 1)), DER.NO_HDL);
  assert.equal(await code(owner.allocOids('oids', h.handle, 0)), DER.INVAL);

  const old = await c.leader();
  await c.stopHost(old);
  try {
    const next = await c.leader();
    assert.notEqual(next, old);
    const d = await owner.allocOids('oids', h.handle, 10);
    assert.equal(d.first, 102);
    assert.ok((await owner.createSnapshot('oids')).epoch > snap.epoch);
    assert.equal((await owner.query('oids')).props['alloc_oid'], '111');
  } finally {
    await c.restartHost(old);
  }
});

test('internal reads for the IV root: a live container handle with its capabilities, a container\'s properties; only on the internal subject', async () => {
  const created = await owner.create({ label: 'ivsrc' });
  const h = await owner.open('ivsrc', 'rw');
  const tc = natsRsvcTransport(c.hosts[0]!.bus);
  const leader = await c.leader();
  const at = { system: SYSTEM, service: CONT_SERVICE, group: c.pool, rank: leader };
  const v = await tc.call(at, contOps.handleVerify, { handle: h.handle }, { timeoutMs: 10_000 });
  assert.equal(v.cont?.uuid, created.uuid);
  assert.equal(v.capabilities, h.capabilities);
  assert.equal(v.props?.['label'], 'ivsrc');
  assert.equal((await tc.call(at, contOps.handleVerify, { handle: randomUUID() }, { timeoutMs: 10_000 })).cont, null, 'an unknown handle is absent, not an error');
  assert.equal(await code(tc.call(at, contOps.handleVerify, { handle: 'nope' }, { timeoutMs: 10_000 })), DER.INVAL);
  const p = await tc.call(at, contOps.propsRead, { target: { cont: created.uuid } }, { timeoutMs: 10_000 });
  assert.equal(p.props?.['label'], 'ivsrc');
  assert.ok(Number(p.modifiedMs) > 0);
  assert.equal(await code(tc.call(at, contOps.propsRead, { target: { cont: randomUUID() } }, { timeoutMs: 10_000 })), DER.NONEXIST);
  // A client op subject does not serve them.
  const body = contOps.handleVerify.request.encode({ handle: h.handle }).finish();
  assert.equal(await code(c.hosts[0]!.bus.requestReply(serviceRequestSubject(SYSTEM, CONT_SERVICE, c.pool, leader), contOps.handleVerify.name, body, { timeoutMs: 10_000 })), DER.NO_PERM);
  await owner.close('ivsrc', h.handle);
  assert.equal((await tc.call(at, contOps.handleVerify, { handle: h.handle }, { timeoutMs: 10_000 })).cont, null, 'a closed handle is absent');
  // A container handle whose pool handle was evicted is absent too: no IV cache can learn it.
  const b = await (await c.client(bob)).open('ivsrc', 'ro');
  assert.equal((await tc.call(at, contOps.handleVerify, { handle: b.handle }, { timeoutMs: 10_000 })).cont?.uuid, created.uuid);
  for (const [ph, rec] of c.handles.handles) if (rec.principal?.user === 'bob@') c.handles.handles.delete(ph);
  assert.equal((await tc.call(at, contOps.handleVerify, { handle: b.handle }, { timeoutMs: 10_000 })).cont, null, 'its pool handle is gone');
});

test('cont.oid.reserve (internal, the IV_OID root\'s source): consecutive ranges never handed out twice, shared with cont.oid.alloc', async () => {
  const created = await owner.create({ label: 'oidsrc' });
  const tc = natsRsvcTransport(c.hosts[0]!.bus);
  const at = { system: SYSTEM, service: CONT_SERVICE, group: c.pool, rank: await c.leader() };
  const a = await tc.call(at, contOps.oidReserve, { target: { cont: created.uuid }, count: 10 }, { timeoutMs: 10_000 });
  const b = await tc.call(at, contOps.oidReserve, { target: { cont: created.uuid }, count: 5 }, { timeoutMs: 10_000 });
  assert.equal(Number(b.first), Number(a.first) + 10);
  assert.equal(Number(b.count), 5);
  const h = await owner.open('oidsrc', 'rw');
  const viaHandle = await owner.allocOids('oidsrc', h.handle, 1);
  assert.equal(viaHandle.first, Number(b.first) + 5, 'one id space for both');
  for (const count of [0, -1, 2 ** 21]) assert.equal(await code(tc.call(at, contOps.oidReserve, { target: { cont: created.uuid }, count }, { timeoutMs: 10_000 })), DER.INVAL, `count ${count}`);
  assert.equal(await code(tc.call(at, contOps.oidReserve, { target: { cont: randomUUID() }, count: 1 }, { timeoutMs: 10_000 })), DER.NONEXIST);
});
