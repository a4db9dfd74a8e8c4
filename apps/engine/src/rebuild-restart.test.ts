// A rebuild that cannot reach a new replica fails with the reason once its batch deadline has
// passed; repeating the same request once the replica is back restarts it and completes it
// (restartable: what was copied before is skipped).
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { objOps } from '@daos-nats/api';
import { engineIoSubject } from '@daos-nats/bus';
import { ObjectClient, queryRebuild, startRebuild } from '@daos-nats/client';
import { makeOid, objectClassByName, placeObject, targetsOfDkey } from '@daos-nats/placement';
import { waitFor } from '@daos-nats/testkit';
import { startObjCluster, type ObjCluster } from '../test/obj-cluster.js';

const k = (s: string) => Buffer.from(s);
const OUT = 3;
const DOWN = 2;
/** Generous for a loaded 2-core machine. */
const DEADLINE_MS = 60_000;
let c: ObjCluster;

before(async () => {
  c = await startObjCluster(4, 1, { rebuild: { batchDeadlineMs: 300, retryPauseMs: 50, callTimeoutMs: 200 } });
});
after(async () => {
  await c?.[Symbol.asyncDispose]();
});

it('a rebuild that cannot reach a new replica fails, and the same request completes it once the replica is back', async () => {
  const o = new ObjectClient({
    bus: c.bus, system: c.system, handles: { poolUuid: c.pool, poolHandle: c.poolHandle, contUuid: c.cont, contHandle: c.contHandle },
    map: c.map(1), refreshMap: async () => c.map(1),
  });
  const oids = Array.from({ length: 12 }, (_, i) => makeOid(objectClassByName('RP_3G1'), BigInt(300 + i)));
  for (const oid of oids) await o.put(oid, k('d'), k('a'), k(oid));
  // Objects that need a new replica on DOWN: they were on OUT and not on DOWN.
  const needDown = oids.filter((oid) => targetsOfDkey(placeObject(c.map(1), oid), k('d')).some((t) => t.rank === OUT) && !targetsOfDkey(placeObject(c.map(1), oid), k('d')).some((t) => t.rank === DOWN));
  assert.ok(needDown.length > 0);

  await c.stopEngine(OUT);
  await c.stopEngine(DOWN);
  const map = c.map(2, [OUT]);
  await c.pushHandles(2);
  await startRebuild({ bus: c.bus, system: c.system, pool: c.pool, map, prevMap: c.map(1) });
  const failed = await waitFor(async () => {
    const s = await queryRebuild({ bus: c.bus, system: c.system, pool: c.pool, map });
    const senders = s.targets.filter((t) => t.rank !== DOWN);
    return senders.some((t) => t.state === 'failed') && senders.every((t) => t.state !== 'busy') ? s : undefined;
  }, { timeoutMs: DEADLINE_MS, intervalMs: 100, what: 'the rebuild to fail' });
  assert.equal(failed.state, 'failed');
  assert.ok(failed.targets.some((t) => t.rank !== DOWN && /DER_UNREACH|no responder|timed out/i.test(t.error)), JSON.stringify(failed.targets));

  await c.startEngine(DOWN);
  await startRebuild({ bus: c.bus, system: c.system, pool: c.pool, map, prevMap: c.map(1) });
  await waitFor(async () => (await queryRebuild({ bus: c.bus, system: c.system, pool: c.pool, map })).state === 'done', { timeoutMs: DEADLINE_MS, intervalMs: 100, what: 'the repeated rebuild' });
  const handles = { poolUuid: c.pool, poolHandle: c.poolHandle, contUuid: c.cont, contHandle: c.contHandle, mapVersion: 2 };
  for (const oid of oids) {
    for (const t of targetsOfDkey(placeObject(map, oid), k('d'))) {
      const rep = await c.bus.call(engineIoSubject(c.system, t.rank, t.target), objOps.fetch, { handles, oid, dkey: k('d'), akey: k('a') });
      assert.equal(Buffer.from(rep.value ?? []).toString(), oid, `${oid} on ${t.rank}.${t.target}`);
    }
  }
});

it('objects the new map cannot place (too few fault domains) are skipped and named; the others are rebuilt', async () => {
  const map2 = c.map(2, [OUT]);
  const o = new ObjectClient({
    bus: c.bus, system: c.system, handles: { poolUuid: c.pool, poolHandle: c.poolHandle, contUuid: c.cont, contHandle: c.contHandle },
    map: map2, refreshMap: async () => map2,
  });
  const rp2 = Array.from({ length: 8 }, (_, i) => makeOid(objectClassByName('RP_2G1'), BigInt(800 + i)));
  for (const oid of rp2) await o.put(oid, k('d'), k('a'), k(oid));
  const gone = 1;
  await c.stopEngine(gone);
  const map3 = c.map(3, [OUT, gone]);
  await c.pushHandles(3);
  await startRebuild({ bus: c.bus, system: c.system, pool: c.pool, map: map3, prevMap: map2 });
  const s = await waitFor(async () => {
    const q = await queryRebuild({ bus: c.bus, system: c.system, pool: c.pool, map: map3 });
    return q.targets.every((t) => t.mapVersion === 3 && t.state !== 'busy') ? q : undefined;
  }, { timeoutMs: DEADLINE_MS, intervalMs: 100, what: 'the rebuild to map 3 to settle' });
  assert.equal(s.state, 'failed');
  assert.ok(s.targets.every((t) => /cannot be placed in pool map version 3 \(DER_RF/.test(t.error)), JSON.stringify(s.targets));
  const handles = { poolUuid: c.pool, poolHandle: c.poolHandle, contUuid: c.cont, contHandle: c.contHandle, mapVersion: 3 };
  for (const oid of rp2) {
    const reps = targetsOfDkey(placeObject(map3, oid), k('d'));
    assert.equal(reps.length, 2);
    for (const t of reps) {
      const rep = await c.bus.call(engineIoSubject(c.system, t.rank, t.target), objOps.fetch, { handles, oid, dkey: k('d'), akey: k('a') });
      assert.equal(Buffer.from(rep.value ?? []).toString(), oid, `${oid} on ${t.rank}.${t.target}`);
    }
  }
});
