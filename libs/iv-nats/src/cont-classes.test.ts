import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BusyError, InvalidError, NonexistError, ProtoError } from '@daos-nats/base';
import { daos } from '@daos-nats/proto';
import { contCapaClass, contOidClass, contPropClass, CONT_CAPA_VERSION, type ContSource } from './cont-classes.js';
import { IV_CLASS, uuidKey } from './iv-classes.js';

const POOL = '11111111-2222-4333-8444-555555555555';
const H = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const C = 'cccccccc-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const PH = 'dddddddd-aaaa-4ccc-8ddd-eeeeeeeeeeee';

/** The container service as the root sees it: one live handle on one container. */
function source(asked: string[]): ContSource {
  return {
    handle: async (pool, handle) => {
      asked.push(`handle ${pool} ${handle}`);
      return handle === H ? { cont: { uuid: C, label: 'c' }, capabilities: 3, props: { label: 'c' }, poolHandle: PH } : {};
    },
    props: async (pool, cont) => {
      asked.push(`props ${pool} ${cont}`);
      if (cont === C) return { cont: { uuid: C, label: 'c' }, props: { label: 'c' }, modifiedMs: 1234 };
      if (cont === H) throw new BusyError('the container service is electing');
      throw new NonexistError(`no container ${cont}`);
    },
  };
}

test('CONT_CAPA: a live handle is {container, pool handle, capabilities} at version 1 (what the engines decode); an unknown one is absent; keys are 16-byte uuids', async () => {
  const asked: string[] = [];
  const cls = contCapaClass(source(asked));
  assert.equal(cls.id, IV_CLASS.CONT_CAPA);
  const v = await cls.fetchSource(POOL, uuidKey(H));
  assert.equal(v.version, CONT_CAPA_VERSION);
  const rep = daos.obj.v1.ContHandleCapa.decode(v.value!);
  assert.equal(rep.contUuid, C);
  assert.equal(rep.poolHandle, PH);
  assert.equal(rep.capabilities, 3);
  assert.deepEqual(await cls.fetchSource(POOL, uuidKey(C)), { version: 0 });
  assert.deepEqual(asked, [`handle ${POOL} ${H}`, `handle ${POOL} ${C}`]);
  assert.throws(() => cls.keyCheck(new Uint8Array(3)), InvalidError);
});

test('CONT_PROP: the properties at version modifiedMs; DER_NONEXIST is absent; other failures are the caller\'s', async () => {
  const cls = contPropClass(source([]));
  assert.equal(cls.id, IV_CLASS.CONT_PROP);
  const v = await cls.fetchSource(POOL, uuidKey(C));
  assert.equal(v.version, 1234);
  assert.equal(daos.cont.v1.QueryRep.decode(v.value!).props['label'], 'c');
  assert.deepEqual(await cls.fetchSource(POOL, uuidKey('dddddddd-bbbb-4ccc-8ddd-eeeeeeeeeeee')), { version: 0 });
  await assert.rejects(cls.fetchSource(POOL, uuidKey(H)), BusyError);
});

test('IV_OID: the root reserves at the container service for the key\'s container; a short or bad answer is DER_PROTO', async () => {
  const asked: [string, string, number][] = [];
  let next = 100;
  const cls = contOidClass(async (pool, cont, count) => {
    asked.push([pool, cont, count]);
    const r = { first: next, count };
    next += count;
    return r;
  });
  assert.equal(cls.id, IV_CLASS.OID);
  assert.deepEqual(await cls.allocSource!(POOL, uuidKey(C), 10), { first: 100, count: 10 });
  assert.deepEqual(await cls.allocSource!(POOL, uuidKey(C), 5), { first: 110, count: 5 });
  assert.deepEqual(asked, [[POOL, C, 10], [POOL, C, 5]]);
  assert.deepEqual(await cls.fetchSource(POOL, uuidKey(C)), { version: 0 }, 'a range class has no value');
  const short = contOidClass(async () => ({ first: 1, count: 2 }));
  await assert.rejects(short.allocSource!(POOL, uuidKey(C), 3), (e: Error) => e instanceof ProtoError && /2 ids from 1 for 3/.test(e.message));
  assert.throws(() => cls.keyCheck(new Uint8Array(17)), InvalidError);
});
