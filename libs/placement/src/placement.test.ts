import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DER, DaosError, SeededRng } from '@daos-nats/base';
import { checkMapVersion, groupOfDkey, makeOid, objectClassByName, parseOid, placeObject, TargetState, type PlacementMap } from './index.js';

/** `ranks` ranks of `targets` targets each, `perDomain` ranks per fault domain. */
function map(ranks: number, targets: number, perDomain = 1, version = 1): PlacementMap {
  return {
    version,
    ranks: Array.from({ length: ranks }, (_, r) => ({
      rank: r,
      faultDomain: `/rack${Math.floor(r / perDomain)}`,
      targets: Array.from({ length: targets }, (_, index) => ({ index, state: TargetState.UPIN })),
    })),
  };
}

function exclude(m: PlacementMap, rank: number, target: number): PlacementMap {
  return { version: m.version + 1, ranks: m.ranks.map((r) => (r.rank !== rank ? r : { ...r, targets: r.targets.map((t) => (t.index === target ? { ...t, state: TargetState.DOWN } : t)) })) };
}

const rej = (code: number, fn: () => unknown) => assert.throws(fn, (e: unknown) => e instanceof DaosError && e.code === code);
const oids = (cls: string, n: number, seed: number) => {
  const rng = new SeededRng(seed);
  return Array.from({ length: n }, () => makeOid(objectClassByName(cls), BigInt(rng.int(2 ** 30)) * 2n ** 40n + BigInt(rng.int(2 ** 30))));
};

test('OIDs carry their class; bad OIDs and unknown classes are DER_INVAL', () => {
  const o = makeOid(objectClassByName('RP_3G1'), 42n);
  assert.equal(parseOid(o).cls.name, 'RP_3G1');
  assert.equal(parseOid(o).seq, 42n);
  rej(DER.INVAL, () => parseOid('nothex'));
  rej(DER.INVAL, () => parseOid('ff' + '0'.repeat(30)));
  rej(DER.INVAL, () => objectClassByName('EC_2P1'));
});

test('placement is deterministic and replicas land in distinct fault domains', () => {
  const m = map(6, 4, 2);
  for (const seed of [1, 2, 3]) {
    for (const oid of oids('RP_3G1', 200, seed)) {
      const a = placeObject(m, oid);
      assert.deepEqual(placeObject(structuredClone(m), oid), a);
      const domains = a.groups[0]!.map((t) => Math.floor(t.rank / 2));
      assert.equal(new Set(domains).size, 3, `${oid}: ${JSON.stringify(a.groups)}`);
    }
  }
  rej(DER.RF, () => placeObject(map(4, 4, 2), oids('RP_3G1', 1, 9)[0]!));
});

test('balance: S1 objects spread over targets within 25% of the mean', () => {
  const m = map(4, 8);
  const count = new Map<string, number>();
  const n = 8000;
  for (const oid of oids('S1', n, 11)) {
    const t = placeObject(m, oid).groups[0]![0]!;
    count.set(`${t.rank}.${t.target}`, (count.get(`${t.rank}.${t.target}`) ?? 0) + 1);
  }
  const mean = n / 32;
  assert.equal(count.size, 32);
  for (const [t, c] of count) assert.ok(Math.abs(c - mean) < mean * 0.25, `target ${t} has ${c}, mean ${mean}`);
});

test('minimal movement: excluding a target moves only the shards it held, and to placeable targets', () => {
  for (const seed of [5, 6, 7]) {
    const rng = new SeededRng(seed);
    const m = map(5, 4);
    const out = { rank: rng.int(5), target: rng.int(4) };
    const m2 = exclude(m, out.rank, out.target);
    let moved = 0;
    for (const oid of oids('RP_2G1', 500, seed)) {
      const before = placeObject(m, oid).groups[0]!;
      const after = placeObject(m2, oid).groups[0]!;
      const held = before.some((t) => t.rank === out.rank && t.target === out.target);
      assert.ok(!after.some((t) => t.rank === out.rank && t.target === out.target));
      const kept = before.filter((t) => !(t.rank === out.rank && t.target === out.target));
      for (const t of kept) assert.ok(after.some((a) => a.rank === t.rank && a.target === t.target), `${oid} lost a surviving replica`);
      if (held) moved++;
      else assert.deepEqual(after, before);
    }
    assert.ok(moved > 0);
  }
});

test('SX stripes over every target; a dkey always maps to the same group', () => {
  const m = map(3, 4);
  const [oid] = oids('SX', 1, 3);
  const l = placeObject(m, oid!);
  assert.equal(l.groups.length, 12);
  const g = groupOfDkey(l, new TextEncoder().encode('dkey-1'));
  assert.equal(groupOfDkey(placeObject(exclude(m, 0, 0), oid!), new TextEncoder().encode('dkey-1')), g);
});

test('map version check: older is DER_STALE, newer asks the target to refresh', () => {
  rej(DER.STALE, () => checkMapVersion(3, 4));
  assert.equal(checkMapVersion(4, 4), 'ok');
  assert.equal(checkMapVersion(5, 4), 'refresh');
});
