import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidError } from '@daos-nats/base';
import {
  Acl,
  CONT_CAPA,
  CONT_CAPAS_ALL,
  PERM,
  POOL_CAPA,
  canConnectPool,
  canCreateContainer,
  canDeleteContainer,
  canDeleteContainerWithPool,
  canEvictAll,
  canGetAcl,
  canOpenContainer,
  canOpenExclusive,
  canReadData,
  canSetAcl,
  canWriteData,
  contCapabilities,
  contCapasFromPerms,
  defaultContainerAcl,
  defaultPoolAcl,
  filterContCapas,
  filterPoolCapas,
  poolCapabilities,
  poolCapasFromPerms,
  type OpenMode,
} from './index.js';

const owned = { user: 'owner@', group: 'ownergrp@' };
const owner = { user: 'owner@', groups: ['ownergrp@'] };
const member = { user: 'bob@', groups: ['ownergrp@'] };
const stranger = { user: 'eve@', groups: ['guests@'] };

test('pool permissions map to capabilities: r|t read, w|c create, w|d delete', () => {
  assert.equal(poolCapasFromPerms(PERM.READ), POOL_CAPA.READ);
  assert.equal(poolCapasFromPerms(PERM.GET_PROP), POOL_CAPA.READ);
  assert.equal(poolCapasFromPerms(PERM.WRITE), POOL_CAPA.CREATE_CONT | POOL_CAPA.DEL_CONT);
  assert.equal(poolCapasFromPerms(PERM.CREATE_CONT), POOL_CAPA.CREATE_CONT);
  assert.equal(poolCapasFromPerms(PERM.DEL_CONT), POOL_CAPA.DEL_CONT);
  assert.equal(poolCapasFromPerms(0), 0);
});

test('pool open modes: read-only keeps read; read-write needs both read and some write, else nothing', () => {
  const rw = POOL_CAPA.READ | POOL_CAPA.CREATE_CONT;
  assert.equal(filterPoolCapas(rw, 'ro'), POOL_CAPA.READ);
  assert.equal(filterPoolCapas(rw, 'rw'), rw);
  assert.equal(filterPoolCapas(rw, 'ex'), rw);
  assert.equal(filterPoolCapas(POOL_CAPA.READ, 'rw'), 0, 'read-only rights cannot open read-write');
  assert.equal(filterPoolCapas(POOL_CAPA.CREATE_CONT, 'rw'), 0, 'write without read cannot open at all');
});

test('with the default pool ACL the owner and owner group connect read-write; others cannot connect', () => {
  const acl = defaultPoolAcl();
  for (const who of [owner, member]) {
    const capas = poolCapabilities(acl, owned, who, 'rw');
    assert.ok(canConnectPool(capas) && canCreateContainer(capas) && canDeleteContainerWithPool(capas));
  }
  assert.equal(poolCapabilities(acl, owned, stranger, 'ro'), 0);
  const ro = poolCapabilities(Acl.parse(['A::EVERYONE@:r']), owned, stranger, 'ro');
  assert.ok(canConnectPool(ro) && !canCreateContainer(ro));
  assert.throws(() => poolCapabilities(acl, owned, owner, 'rx' as OpenMode), InvalidError);
});

test('container permissions map one to one; the owner also gets exclusive open and evict-all', () => {
  assert.equal(contCapasFromPerms(PERM.READ | PERM.DEL_CONT, false), CONT_CAPA.READ_DATA | CONT_CAPA.DELETE);
  assert.equal(contCapasFromPerms(PERM.SET_OWNER, true), CONT_CAPA.SET_OWNER | CONT_CAPA.OPEN_EX | CONT_CAPA.EVICT_ALL);
  assert.equal(contCapasFromPerms(0xffff, true), CONT_CAPAS_ALL);
});

test('container open modes filter the capabilities', () => {
  const all = CONT_CAPAS_ALL;
  const ro = filterContCapas(all, { mode: 'ro' });
  assert.equal(ro, CONT_CAPA.READ_DATA | CONT_CAPA.GET_PROP | CONT_CAPA.GET_ACL);
  const rw = filterContCapas(all, { mode: 'rw' });
  assert.ok(canWriteData(rw) && !canOpenExclusive(rw) && !canEvictAll(rw));
  assert.ok(canOpenExclusive(filterContCapas(all, { mode: 'ex' })));
  assert.ok(canEvictAll(filterContCapas(all, { mode: 'rw', evictAll: true })));
  assert.equal(filterContCapas(CONT_CAPA.READ_DATA, { mode: 'rw' }), 0, 'read-write needs a write capability');
  assert.equal(filterContCapas(CONT_CAPA.WRITE_DATA, { mode: 'rw' }), 0, 'and a read one');
});

test('with the default container ACL: the owner has full control, the group read-write without ACL or owner changes', () => {
  const acl = defaultContainerAcl();
  const o = contCapabilities(acl, owned, owner, { mode: 'ex', evictAll: true });
  assert.equal(o, CONT_CAPAS_ALL);
  const m = contCapabilities(acl, owned, member, { mode: 'rw' });
  assert.ok(canReadData(m) && canWriteData(m) && !canGetAcl(m) && !canSetAcl(m) && !canOpenExclusive(m));
  assert.ok(!canOpenContainer(contCapabilities(acl, owned, stranger, { mode: 'ro' })));
});

test('an owner locked out by the ACL still gets and sets the ACL (and only through a read-write open)', () => {
  const acl = Acl.parse(['A::OWNER@:', 'A::EVERYONE@:r']);
  const ro = contCapabilities(acl, owned, owner, { mode: 'ro' });
  assert.ok(canGetAcl(ro) && !canSetAcl(ro) && !canReadData(ro));
  const rw = contCapabilities(acl, owned, owner, { mode: 'rw' });
  assert.ok(canGetAcl(rw) && canSetAcl(rw) && !canReadData(rw));
});

test('deleting a container needs the d permission, through a pool handle that is not read-only', () => {
  const acl = Acl.parse(['A::bob@:rwd', 'A::eve@:rw']);
  assert.equal(canDeleteContainer(acl, owned, member, 'rw'), true);
  assert.equal(canDeleteContainer(acl, owned, member, 'ro'), false);
  assert.equal(canDeleteContainer(acl, owned, { user: 'eve@', groups: [] }, 'rw'), false);
});
