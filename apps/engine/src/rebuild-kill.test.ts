// Kill -9 of one engine process during RP_3G1 writes (issue 15): four engine processes, writers
// running throughout; after the SIGKILL no acknowledged write is lost, reads go on from the other
// replicas, and after the rank is excluded (new map version) rebuild restores three replicas of
// every acknowledged value, each replica read directly on its target.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { objOps } from '@daos-nats/api';
import { engineIoSubject } from '@daos-nats/bus';
import { ObjectClient, queryRebuild, startRebuild } from '@daos-nats/client';
import { makeOid, objectClassByName, placeObject, targetsOfDkey, type PlacementMap } from '@daos-nats/placement';
import { waitFor } from '@daos-nats/testkit';
import { startObjCluster, type ObjCluster } from '../test/obj-cluster.js';

const WRITERS = 4;
const OIDS = 16;
const KILLED = 2;
/** Acknowledged puts before the kill, and again while the rank is down and while it is rebuilt. */
const PUTS_PER_PHASE = 40;
/** Generous for a loaded 2-core machine running four engine processes. */
const PHASE_DEADLINE_MS = 120_000;

const k = (s: string) => Buffer.from(s);
const oids = Array.from({ length: OIDS }, (_, i) => makeOid(objectClassByName('RP_3G1'), BigInt(7000 + i)));

/** Per key (`oid dkey`): the last acknowledged value, and every value attempted after it (a failed put may have landed on some replicas). */
interface KeyHistory {
  acked?: string;
  later: Set<string>;
}

let c: ObjCluster;
let current: PlacementMap;
const history = new Map<string, KeyHistory>();
let acks = 0;
let stopWriters = false;
/** While set, writers start no new put (so a check reads keys nobody is writing). */
let paused = false;
let inFlight = 0;

function client(): ObjectClient {
  return new ObjectClient({
    bus: c.bus, system: c.system, handles: { poolUuid: c.pool, poolHandle: c.poolHandle, contUuid: c.cont, contHandle: c.contHandle },
    map: current, refreshMap: async () => current, targetCallTimeoutMs: 10_000,
  });
}

/** One writer: its own dkeys, one put at a time, so "the last acknowledged value" of a key is well defined. */
async function writer(w: number): Promise<void> {
  const o = client();
  for (let i = 0; !stopWriters; i++) {
    if (paused) {
      await new Promise((r) => setTimeout(r, 20));
      i--;
      continue;
    }
    const oid = oids[i % OIDS]!;
    const dkey = `w${w}-k${i % 5}`;
    const key = `${oid} ${dkey}`;
    const value = `w${w}-${i}`;
    const h = history.get(key) ?? { later: new Set<string>() };
    history.set(key, h);
    h.later.add(value);
    inFlight++;
    try {
      await o.put(oid, k(dkey), k('a'), k(value));
      h.acked = value;
      h.later = new Set();
      acks++;
    } catch {
      // Not acknowledged (a replica is dead and not excluded yet): the value may or may not be on the others.
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      inFlight--;
    }
  }
}

/** A replica's value is allowed if it is the last acknowledged one or a later attempt; never an older one, never missing. */
function assertAllowed(key: string, got: string | undefined, where: string): void {
  const h = history.get(key)!;
  assert.ok(got !== undefined && (got === h.acked || h.later.has(got)), `${key} on ${where}: read ${got}, last acknowledged ${h.acked}`);
}

async function waitAcks(n: number, what: string): Promise<void> {
  const target = acks + n;
  await waitFor(() => acks >= target, { timeoutMs: PHASE_DEADLINE_MS, intervalMs: 50, what });
}

before(async () => {
  c = await startObjCluster(4, 1, { processes: true });
  current = c.map(1);
});
after(async () => {
  stopWriters = true;
  await c?.[Symbol.asyncDispose]();
});

it('kill -9 of an engine during RP_3G1 writes: nothing acknowledged lost, reads go on, rebuild restores three replicas', async () => {
  const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
  await waitAcks(PUTS_PER_PHASE, 'acknowledged writes before the kill');
  await c.kill9(KILLED);

  // Reads continue from the surviving replicas, with the map that still places a replica on the dead rank.
  const reader = client();
  paused = true;
  await waitFor(() => inFlight === 0, { timeoutMs: PHASE_DEADLINE_MS, intervalMs: 20, what: 'puts in flight to end' });
  for (const [key, h] of history) {
    if (h.acked === undefined) continue;
    const [oid, dkey] = key.split(' ') as [string, string];
    const v = await reader.get(oid, k(dkey), k('a'));
    assertAllowed(key, v === undefined ? undefined : Buffer.from(v).toString(), 'any replica after the kill');
  }

  paused = false;

  // Exclusion: a new map version; handles carry it, so old-map writes are refused (DER_STALE) and clients re-place.
  const prev = current;
  current = c.map(2, [KILLED]);
  await c.pushHandles(2);
  await startRebuild({ bus: c.bus, system: c.system, pool: c.pool, map: current, prevMap: prev });
  await waitAcks(PUTS_PER_PHASE, 'acknowledged writes during rebuild');
  await waitFor(async () => (await queryRebuild({ bus: c.bus, system: c.system, pool: c.pool, map: current })).state === 'done', {
    timeoutMs: PHASE_DEADLINE_MS, intervalMs: 200, what: 'rebuild after the exclusion',
  });
  stopWriters = true;
  await Promise.all(writers);

  const handles = { poolUuid: c.pool, poolHandle: c.poolHandle, contUuid: c.cont, contHandle: c.contHandle, mapVersion: current.version };
  let checked = 0;
  for (const [key, h] of history) {
    if (h.acked === undefined) continue;
    const [oid, dkey] = key.split(' ') as [string, string];
    const reps = targetsOfDkey(placeObject(current, oid), k(dkey));
    assert.equal(reps.length, 3);
    for (const t of reps) {
      assert.notEqual(t.rank, KILLED);
      const rep = await c.bus.call(engineIoSubject(c.system, t.rank, t.target), objOps.fetch, { handles, oid, dkey: k(dkey), akey: k('a') }, { timeoutMs: 10_000 });
      assertAllowed(key, rep.found ? Buffer.from(rep.value ?? []).toString() : undefined, `${t.rank}.${t.target}`);
      checked++;
    }
  }
  assert.ok(checked >= 3 * WRITERS * 5 * 0.5, `checked ${checked} replica reads`);
  const moved = [...history.keys()].filter((key) => {
    const [oid, dkey] = key.split(' ') as [string, string];
    return targetsOfDkey(placeObject(c.map(1), oid), k(dkey)).some((t) => t.rank === KILLED);
  });
  assert.ok(moved.length > 0, 'some keys had a replica on the killed engine');
});
