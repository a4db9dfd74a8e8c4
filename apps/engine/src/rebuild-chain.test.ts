// A sender that dies before it copied its share: the next exclusion's rebuild, started from the
// last map whose rebuild completed (not from the interrupted one), fills every new replica from a
// complete surviving one. Five in-process engines, RP_3G1, each replica read on its target.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { objOps } from '@daos-nats/api';
import { engineIoSubject } from '@daos-nats/bus';
import { ObjectClient, queryRebuild, startRebuild } from '@daos-nats/client';
import { makeOid, objectClassByName, placeObject, targetsOfDkey, type PlacementMap, type TargetAddr } from '@daos-nats/placement';
import { waitFor } from '@daos-nats/testkit';
import { startObjCluster, type ObjCluster } from '../test/obj-cluster.js';

const k = (s: string) => Buffer.from(s);
/** Generous for a loaded 2-core machine. */
const DEADLINE_MS = 60_000;
const FIRST_OUT = 4;
let c: ObjCluster;

before(async () => {
  c = await startObjCluster(5, 1, { rebuild: { batchDeadlineMs: 300, retryPauseMs: 50, callTimeoutMs: 200 } });
});
after(async () => {
  await c?.[Symbol.asyncDispose]();
});

/** Which old replica sends a dkey's versions in a rebuild from `prev` to `next` (rebuild-task.ts's rule), if any is new. */
function senderOf(prev: PlacementMap, next: PlacementMap, oid: string): TargetAddr | undefined {
  const p = targetsOfDkey(placeObject(prev, oid), k('d'));
  const n = targetsOfDkey(placeObject(next, oid), k('d'));
  if (n.every((t) => p.some((x) => x.rank === t.rank))) return undefined;
  return p.find((x) => n.some((t) => t.rank === x.rank));
}

it('a rebuild interrupted by its sender dying is completed by the next one, from the last completed map', async () => {
  const o = new ObjectClient({
    bus: c.bus, system: c.system, handles: { poolUuid: c.pool, poolHandle: c.poolHandle, contUuid: c.cont, contHandle: c.contHandle },
    map: c.map(1), refreshMap: async () => c.map(1),
  });
  const oids = Array.from({ length: 24 }, (_, i) => makeOid(objectClassByName('RP_3G1'), BigInt(500 + i)));
  for (const oid of oids) await o.put(oid, k('d'), k('a'), k(oid));

  const v1 = c.map(1);
  const v2 = c.map(2, [FIRST_OUT]);
  const senders = oids.map((oid) => senderOf(v1, v2, oid)?.rank).filter((r): r is number => r !== undefined);
  const dying = [0, 1, 2, 3].sort((a, b) => senders.filter((r) => r === b).length - senders.filter((r) => r === a).length)[0]!;
  assert.ok(senders.includes(dying), 'the dying rank is a sender');

  await c.stopEngine(FIRST_OUT);
  await c.stopEngine(dying);
  await c.pushHandles(2);
  await startRebuild({ bus: c.bus, system: c.system, pool: c.pool, map: v2, prevMap: v1 });
  await waitFor(async () => {
    const s = await queryRebuild({ bus: c.bus, system: c.system, pool: c.pool, map: v2 });
    return s.targets.filter((t) => t.rank !== dying).every((t) => t.state === 'done' || t.state === 'failed');
  }, { timeoutMs: DEADLINE_MS, intervalMs: 100, what: 'the interrupted rebuild to settle' });

  // The dying rank is excluded too; the driver rebuilds from v1, the last map rebuilt everywhere.
  const v3 = c.map(3, [FIRST_OUT, dying]);
  await c.pushHandles(3);
  await startRebuild({ bus: c.bus, system: c.system, pool: c.pool, map: v3, prevMap: v1 });
  await waitFor(async () => (await queryRebuild({ bus: c.bus, system: c.system, pool: c.pool, map: v3 })).state === 'done', { timeoutMs: DEADLINE_MS, intervalMs: 100, what: 'the rebuild to v3' });

  const handles = { poolUuid: c.pool, poolHandle: c.poolHandle, contUuid: c.cont, contHandle: c.contHandle, mapVersion: 3 };
  for (const oid of oids) {
    const reps = targetsOfDkey(placeObject(v3, oid), k('d'));
    assert.equal(reps.length, 3);
    for (const t of reps) {
      const rep = await c.bus.call(engineIoSubject(c.system, t.rank, t.target), objOps.fetch, { handles, oid, dkey: k('d'), akey: k('a') });
      assert.equal(Buffer.from(rep.value ?? []).toString(), oid, `${oid} on ${t.rank}.${t.target}`);
    }
  }
});
