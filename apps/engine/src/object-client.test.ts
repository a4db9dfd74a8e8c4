// The client object API (libs/client ObjectClient) against three real in-process engines: client
// placement equals engine storage, replicated writes carry one epoch to every replica, reads fall
// over to a surviving replica, and DER_STALE makes the client refresh its map and retry.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { objOps } from '@daos-nats/api';
import { DaosError, DER } from '@daos-nats/base';
import { engineIoSubject } from '@daos-nats/bus';
import { ObjectClient } from '@daos-nats/client';
import { makeOid, objectClassByName, placeObject, targetsOfDkey } from '@daos-nats/placement';
import { startObjCluster, type ObjCluster } from '../test/obj-cluster.js';

const k = (s: string) => Buffer.from(s);
const str = (b: Uint8Array | undefined) => (b === undefined ? undefined : Buffer.from(b).toString());
let c: ObjCluster;
let mapVersion = 1;

function client(contHandle = c.contHandle): ObjectClient {
  return new ObjectClient({
    bus: c.bus, system: c.system, handles: { poolUuid: c.pool, poolHandle: c.poolHandle, contUuid: c.cont, contHandle },
    map: c.map(1), refreshMap: async () => c.map(mapVersion), targetCallTimeoutMs: 5_000,
  });
}

before(async () => {
  c = await startObjCluster(3, 1);
});
after(async () => {
  await c?.[Symbol.asyncDispose]();
});

describe('client object API on three engines', () => {
  const rp3 = makeOid(objectClassByName('RP_3G1'), 1n);
  const sx = makeOid(objectClassByName('SX'), 2n);

  it('RP_3G1: one put lands on all three replicas with the same epoch', async () => {
    const o = client();
    const epoch = await o.put(rp3, k('d'), k('a'), k('v1'));
    assert.equal(str(await o.get(rp3, k('d'), k('a'))), 'v1');
    const replicas = targetsOfDkey(placeObject(c.map(1), rp3), k('d'));
    assert.equal(new Set(replicas.map((t) => t.rank)).size, 3);
    for (const t of replicas) {
      const h = { poolUuid: c.pool, poolHandle: c.poolHandle, contUuid: c.cont, contHandle: c.contHandle, mapVersion: 1 };
      const rep = await c.bus.call(engineIoSubject(c.system, t.rank, t.target), objOps.fetch, { handles: h, oid: rp3, dkey: k('d'), akey: k('a'), epoch });
      assert.equal(str(rep.value ?? undefined), 'v1', `replica ${t.rank}.${t.target}`);
    }
    await o.put(rp3, k('d'), k('a'), k('v2'));
    assert.equal(str(await o.get(rp3, k('d'), k('a'), epoch)), 'v1', 'a read pinned at the first epoch');
  });

  it('SX: dkeys spread over groups; listing pages through every group', async () => {
    const o = client();
    const names = Array.from({ length: 12 }, (_, i) => `key${String(i).padStart(2, '0')}`);
    for (const n of names) await o.put(sx, k(n), k('a'), k(n));
    const seen: string[] = [];
    let anchor: Uint8Array | undefined;
    let pages = 0;
    do {
      const p = await o.list(sx, { limit: 3, ...(anchor ? { anchor } : {}) });
      seen.push(...p.keys.map((x) => str(x)!));
      anchor = p.anchor;
      pages++;
      assert.ok(pages < 50);
    } while (anchor);
    assert.deepEqual(seen.sort(), names);
    for (const n of names) assert.equal(str(await o.get(sx, k(n), k('a'))), n);
  });

  it('arrays and punch through the client', async () => {
    const o = client();
    const arr = makeOid(objectClassByName('RP_2G1'), 3n);
    await o.writeArray(arr, k('d'), k('data'), 0, Buffer.alloc(4096, 7));
    await o.writeArray(arr, k('d'), k('data'), 4096, Buffer.alloc(100, 9));
    const r = await o.readArray(arr, k('d'), k('data'), 4090, 10);
    assert.equal(r.sizeBytes, 4196);
    assert.deepEqual([...r.data], [7, 7, 7, 7, 7, 7, 9, 9, 9, 9]);
    const big = Buffer.alloc(1_300_000, 3);
    await o.writeArray(arr, k('d'), k('big'), 10, big);
    const back = await o.readArray(arr, k('d'), k('big'), 0, 1_300_010);
    assert.equal(back.sizeBytes, 1_300_010);
    assert.ok(back.data.subarray(10).every((b) => b === 3) && back.data.subarray(0, 10).every((b) => b === 0), 'a write larger than one message, in chunks');
    await o.punch(arr, k('d'));
    assert.equal((await o.readArray(arr, k('d'), k('data'), 0, 4)).sizeBytes, 0);
  });

  it('a read-only container handle cannot write', async () => {
    await assert.rejects(client(c.roContHandle).put(rp3, k('d'), k('a'), k('no')), (e: unknown) => e instanceof DaosError && e.code === DER.NO_PERM);
    assert.equal(str(await client(c.roContHandle).get(rp3, k('d'), k('a'))), 'v2');
  });

  it('DER_STALE: the client refreshes its map and retries', async () => {
    mapVersion = 2;
    await c.pushHandles(2);
    const o = client();
    assert.equal(o.mapVersion, 1);
    await o.put(rp3, k('d2'), k('a'), k('after-refresh'));
    assert.equal(o.mapVersion, 2);
    assert.equal(str(await o.get(rp3, k('d2'), k('a'))), 'after-refresh');
  });

  it('reads continue from the surviving replicas when an engine stops; a write is not acknowledged', async () => {
    const o = client();
    const leader = targetsOfDkey(placeObject(c.map(2), rp3), k('d'))[0]!;
    await c.stopEngine(leader.rank);
    try {
      assert.equal(str(await o.get(rp3, k('d'), k('a'))), 'v2');
      await assert.rejects(o.put(rp3, k('d'), k('a'), k('v3')), (e: unknown) => e instanceof DaosError);
    } finally {
      await c.startEngine(leader.rank);
    }
    assert.equal(str(await o.get(rp3, k('d'), k('a'))), 'v2', 'after the restart, from the first replica again');
  });
});
