// Rebuild on four real in-process engines (two targets each): after a rank is excluded every
// RP_3G1 value has three replicas again, writes made during rebuild are kept (the copy never
// overwrites a newer version), repeating the request changes nothing, and reintegrating the rank
// brings the writes it missed back to it. Each replica is read directly on its target.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { objOps, rebuildOps, rebuildReclaimOp } from '@daos-nats/api';
import { DaosError, DER } from '@daos-nats/base';
import { engineIoSubject, engineSubject } from '@daos-nats/bus';
import { daos } from '@daos-nats/proto';
import { ObjectClient, queryRebuild, reclaimRebuild, startRebuild, type RebuildSummary } from '@daos-nats/client';
import { makeOid, objectClassByName, placeObject, targetsOfDkey, type PlacementMap } from '@daos-nats/placement';
import { waitFor } from '@daos-nats/testkit';
import { startObjCluster, type ObjCluster } from '../test/obj-cluster.js';
import { OBJ_MODULE_ID, ObjTgtOp } from './modules/obj-module.js';
import { TARGET_OP } from './target-op.js';

const k = (s: string) => Buffer.from(s);
const OUT = 3;
/** Generous for a loaded 2-core machine: a rebuild here copies well under a MiB. */
const REBUILD_DEADLINE_MS = 60_000;
let c: ObjCluster;
/** The pool map clients place with (refreshed on DER_STALE). */
let current: PlacementMap;
/** Latest acknowledged value per `${oid} ${dkey}`. */
const acked = new Map<string, string>();

function client(): ObjectClient {
  return new ObjectClient({
    bus: c.bus, system: c.system, handles: { poolUuid: c.pool, poolHandle: c.poolHandle, contUuid: c.cont, contHandle: c.contHandle },
    map: current, refreshMap: async () => current, targetCallTimeoutMs: 10_000,
  });
}

const oids = Array.from({ length: 24 }, (_, i) => makeOid(objectClassByName('RP_3G1'), BigInt(1000 + i)));

async function put(o: ObjectClient, oid: string, dkey: string, value: string): Promise<void> {
  await o.put(oid, k(dkey), k('a'), k(value));
  acked.set(`${oid} ${dkey}`, value);
}

/** Reads every acknowledged value on each of its replicas in `map`, directly on the target. */
async function assertThreeReplicas(map: PlacementMap): Promise<void> {
  const handles = { poolUuid: c.pool, poolHandle: c.poolHandle, contUuid: c.cont, contHandle: c.contHandle, mapVersion: map.version };
  for (const [key, value] of acked) {
    const [oid, dkey] = key.split(' ') as [string, string];
    const reps = targetsOfDkey(placeObject(map, oid), k(dkey));
    assert.equal(reps.length, 3);
    for (const t of reps) {
      const rep = await c.bus.call(engineIoSubject(c.system, t.rank, t.target), objOps.fetch, { handles, oid, dkey: k(dkey), akey: k('a') }, { timeoutMs: 10_000 });
      assert.equal(Buffer.from(rep.value ?? []).toString(), value, `${key} on ${t.rank}.${t.target}`);
    }
  }
}

async function rebuildDone(map: PlacementMap): Promise<RebuildSummary> {
  let last: RebuildSummary | undefined;
  await waitFor(async () => {
    last = await queryRebuild({ bus: c.bus, system: c.system, pool: c.pool, map });
    assert.notEqual(last.state, 'failed', JSON.stringify(last.targets.filter((t) => t.state === 'failed')));
    return last.state === 'done';
  }, { timeoutMs: REBUILD_DEADLINE_MS, intervalMs: 100, what: `rebuild to map version ${map.version}` });
  return last!;
}

before(async () => {
  c = await startObjCluster(4, 2);
  current = c.map(1);
});
after(async () => {
  await c?.[Symbol.asyncDispose]();
});

describe('rebuild after exclusion and reintegration', () => {
  it('before any exclusion every target reports idle', async () => {
    const s = await queryRebuild({ bus: c.bus, system: c.system, pool: c.pool, map: c.map(1) });
    assert.equal(s.state, 'idle');
    assert.equal(s.targets.length, 8);
    await assert.rejects(reclaimRebuild({ bus: c.bus, system: c.system, pool: c.pool, map: c.map(1) }), (e: unknown) => e instanceof DaosError && e.code === DER.BUSY, 'no reclaim before a rebuild is done');
  });

  it('exclusion: three replicas again, writes during rebuild kept, repeat is a no-op', async () => {
    const o = client();
    for (const oid of oids) for (const d of ['d1', 'd2']) for (const v of ['v1', 'v2']) await put(o, oid, d, `${oid}-${d}-${v}`);
    const held = oids.filter((oid) => ['d1', 'd2'].some((d) => targetsOfDkey(placeObject(c.map(1), oid), k(d)).some((t) => t.rank === OUT)));
    assert.ok(held.length > 0, 'some objects had a replica on the excluded rank');

    await c.stopEngine(OUT);
    current = c.map(2, [OUT]);
    await c.pushHandles(2);
    const started = await startRebuild({ bus: c.bus, system: c.system, pool: c.pool, map: c.map(2, [OUT]), prevMap: c.map(1) });
    assert.equal(started.targets.length, 6, 'only the in-service targets are asked');
    // Writes go on during rebuild, placed with the new map.
    const w = client();
    for (const oid of held.slice(0, 8)) await put(w, oid, 'd1', `${oid}-during`);
    const done = await rebuildDone(c.map(2, [OUT]));
    assert.ok(done.objectsTodo > 0 && done.objectsDone === done.objectsTodo, JSON.stringify(done));
    assert.ok(done.bytesTodo > 0 && done.bytesDone === done.bytesTodo, JSON.stringify(done));
    await assertThreeReplicas(c.map(2, [OUT]));

    const again = await startRebuild({ bus: c.bus, system: c.system, pool: c.pool, map: c.map(2, [OUT]), prevMap: c.map(1) });
    assert.equal(again.state, 'done');
    assert.deepEqual({ ...again, targets: [] }, { ...done, targets: [] }, 'the same map version again starts nothing');
  });

  it('reintegration: the rank gets back its replicas with the writes it missed', async () => {
    await c.startEngine(OUT);
    current = c.map(3);
    await c.pushHandles(3);
    await startRebuild({ bus: c.bus, system: c.system, pool: c.pool, map: c.map(3), prevMap: c.map(2, [OUT]) });
    const done = await rebuildDone(c.map(3));
    assert.ok(done.objectsDone > 0, JSON.stringify(done));
    await assertThreeReplicas(c.map(3));

    // Data moves back: the temporary replicas (placed in map 2, not in map 3) are dropped.
    const temp = [...acked.keys()].flatMap((key) => {
      const [oid, dkey] = key.split(' ') as [string, string];
      const now = targetsOfDkey(placeObject(c.map(3), oid), k(dkey));
      return targetsOfDkey(placeObject(c.map(2, [OUT]), oid), k(dkey)).filter((t) => !now.some((n) => n.rank === t.rank && n.target === t.target)).map((t) => ({ oid, dkey, t }));
    });
    assert.ok(temp.length > 0, 'some replicas were temporary');
    const reclaimed = await reclaimRebuild({ bus: c.bus, system: c.system, pool: c.pool, map: c.map(3) });
    assert.ok(reclaimed.dkeysDropped >= temp.length && reclaimed.bytesFreed > 0, JSON.stringify(reclaimed));
    const handles = { poolUuid: c.pool, poolHandle: c.poolHandle, contUuid: c.cont, contHandle: c.contHandle, mapVersion: 3 };
    for (const { oid, dkey, t } of temp) {
      const rep = await c.bus.call(engineIoSubject(c.system, t.rank, t.target), objOps.fetch, { handles, oid, dkey: k(dkey), akey: k('a') });
      assert.equal(rep.found, false, `${oid} ${dkey} still on ${t.rank}.${t.target}`);
    }
    await assertThreeReplicas(c.map(3));
    assert.deepEqual(await reclaimRebuild({ bus: c.bus, system: c.system, pool: c.pool, map: c.map(3) }), { dkeysDropped: 0, bytesFreed: 0 }, 'a second reclaim drops nothing');
  });

  it('bad rebuild requests are refused and change nothing', async () => {
    const m = c.map(3);
    const refused = await startRebuild({ bus: c.bus, system: c.system, pool: c.pool, map: c.map(2), prevMap: m });
    assert.equal(refused.state, 'failed');
    for (const t of refused.targets) assert.match(t.error, /DER_INVAL: .*not newer than prev_map/);
    const subject = engineSubject(c.system, 0, 0);
    const code = (want: number) => (e: unknown) => e instanceof DaosError && e.code === want;
    const space = async () => (await c.bus.call(engineIoSubject(c.system, 0, 0), objOps.query, { handles: { poolUuid: c.pool, poolHandle: c.poolHandle, contUuid: c.cont, contHandle: c.contHandle, mapVersion: 3 } })).usedBytes;
    const used = await space();
    for (const op of [rebuildOps.start, rebuildOps.query, rebuildReclaimOp]) await assert.rejects(c.bus.request(subject, op.name, Buffer.from([0xff, 0xff, 0xff])), code(DER.PROTO), op.name);
    await assert.rejects(c.bus.call(subject, rebuildOps.start, { poolUuid: c.pool }), code(DER.INVAL), 'no map');
    await assert.rejects(c.bus.call(subject, rebuildOps.query, { poolUuid: 'not-a-uuid' }), code(DER.INVAL));
    const imp = (recs: daos.obj.v1.IRebuildRec[], oid: string = oids[0]!) =>
      c.bus.call(subject, TARGET_OP, { module: OBJ_MODULE_ID, opcode: ObjTgtOp.REBUILD_IMPORT, version: 1, body: daos.obj.v1.RebuildImportReq.encode({ poolUuid: c.pool, contUuid: c.cont, oid, dkey: k('d9'), recs }).finish() });
    const good = { kind: 0, akey: k('a'), epoch: 5, data: k('x') };
    await assert.rejects(imp([good, { ...good, epoch: 0 }]), code(DER.INVAL), 'epoch 0');
    await assert.rejects(imp([good, { ...good, kind: 7 }]), code(DER.INVAL), 'unknown kind');
    await assert.rejects(imp([good], 'zz'), code(DER.INVAL), 'bad OID');
    assert.equal(await space(), used, 'nothing written');
    const s = await queryRebuild({ bus: c.bus, system: c.system, pool: c.pool, map: m });
    assert.equal(s.state, 'done', 'and every target keeps serving');
    assert.equal(s.mapVersion, 3);
  });

  it('once a target rebuilds for a newer map, a write placed with an older one is DER_STALE (before the IV says so)', async () => {
    const v4 = { ...c.map(3), version: 4 };
    const s = await startRebuild({ bus: c.bus, system: c.system, pool: c.pool, map: v4, prevMap: c.map(3) });
    assert.ok(s.targets.every((t) => t.mapVersion === 4), 'a newer map version replaces the finished rebuild');
    const [oid] = oids;
    const t = targetsOfDkey(placeObject(v4, oid!), k('d1'))[0]!;
    const handles = { poolUuid: c.pool, poolHandle: c.poolHandle, contUuid: c.cont, contHandle: c.contHandle, mapVersion: 3 };
    await assert.rejects(
      c.bus.call(engineIoSubject(c.system, t.rank, t.target), objOps.update, { handles, oid: oid!, dkey: k('d1'), akey: k('a'), value: k('old-map') }),
      (e: unknown) => e instanceof DaosError && e.code === DER.STALE,
    );
    const rep = await c.bus.call(engineIoSubject(c.system, t.rank, t.target), objOps.fetch, { handles, oid: oid!, dkey: k('d1'), akey: k('a') });
    assert.equal(Buffer.from(rep.value ?? []).toString(), acked.get(`${oid} d1`), 'reads are not refused, and nothing was written');
    await rebuildDone(v4);
  });
});
