import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DER, DaosError } from '@daos-nats/base';
import { VosTarget } from './vos-target.js';

const OID = '0000000100000000000000000000002a';
const CONT = '11111111-2222-3333-4444-555555555555';
const k = (s: string) => new TextEncoder().encode(s);
const str = (b: Uint8Array | undefined) => (b === undefined ? undefined : new TextDecoder().decode(b));

function withVos(fn: (v: VosTarget, path: string) => void, capacityBytes = 1 << 20): void {
  const dir = mkdtempSync(join(tmpdir(), 'vos-'));
  const v = VosTarget.open(join(dir, 'vos.sqlite'), { capacityBytes });
  try {
    fn(v, join(dir, 'vos.sqlite'));
  } finally {
    v.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function rejects(code: number, fn: () => unknown): void {
  assert.throws(fn, (e: unknown) => e instanceof DaosError && e.code === code);
}

test('single values are read at an epoch: latest by default, older for a pinned epoch; survive reopen', () => {
  withVos((v, path) => {
    v.update({ cont: CONT, oid: OID, dkey: k('d'), akey: k('a'), epoch: 10n, value: k('one') });
    v.update({ cont: CONT, oid: OID, dkey: k('d'), akey: k('a'), epoch: 20n, value: k('two') });
    assert.equal(str(v.fetch(CONT, OID, k('d'), k('a'), 9n)), undefined);
    assert.equal(str(v.fetch(CONT, OID, k('d'), k('a'), 15n)), 'one');
    assert.equal(str(v.fetch(CONT, OID, k('d'), k('a'), 2n ** 62n)), 'two');
    const again = VosTarget.open(path, { capacityBytes: 1 << 20 });
    assert.equal(str(again.fetch(CONT, OID, k('d'), k('a'), 20n)), 'two');
    assert.equal(again.space().usedBytes, v.space().usedBytes);
    again.close();
  });
});

test('punch of akey, dkey and object hides older versions at later epochs only', () => {
  withVos((v) => {
    for (const d of ['d1', 'd2']) v.update({ cont: CONT, oid: OID, dkey: k(d), akey: k('a'), epoch: 10n, value: k(d) });
    v.punch({ cont: CONT, oid: OID, dkey: k('d1'), akey: k('a'), epoch: 20n });
    assert.equal(str(v.fetch(CONT, OID, k('d1'), k('a'), 19n)), 'd1');
    assert.equal(v.fetch(CONT, OID, k('d1'), k('a'), 20n), undefined);
    assert.deepEqual(v.listDkeys(CONT, OID, 25n, undefined, 10).keys.map(str), ['d2']);
    v.punch({ cont: CONT, oid: OID, epoch: 30n });
    assert.deepEqual(v.listDkeys(CONT, OID, 30n, undefined, 10).keys, []);
    v.update({ cont: CONT, oid: OID, dkey: k('d1'), akey: k('a'), epoch: 40n, value: k('back') });
    assert.equal(str(v.fetch(CONT, OID, k('d1'), k('a'), 40n)), 'back');
    assert.deepEqual(v.listDkeys(CONT, OID, 25n, undefined, 10).keys.map(str), ['d2']);
  });
});

test('array extents: later epochs overwrite, holes read as zeros, size is the highest visible byte', () => {
  withVos((v) => {
    v.update({ cont: CONT, oid: OID, dkey: k('d'), akey: k('arr'), epoch: 1n, extents: [{ offset: 0, data: k('aaaaaaaa') }] });
    v.update({ cont: CONT, oid: OID, dkey: k('d'), akey: k('arr'), epoch: 2n, extents: [{ offset: 2, data: k('bb') }, { offset: 12, data: k('cc') }] });
    const r = v.readArray(CONT, OID, k('d'), k('arr'), 0, 14, 2n);
    assert.equal(str(r.data), 'aabbaaaa\0\0\0\0cc');
    assert.equal(r.sizeBytes, 14);
    assert.equal(str(v.readArray(CONT, OID, k('d'), k('arr'), 0, 8, 1n).data), 'aaaaaaaa');
    assert.equal(v.readArray(CONT, OID, k('d'), k('arr'), 0, 8, 1n).sizeBytes, 8);
  });
});

test('bad input is a DER error and writes nothing', () => {
  withVos((v) => {
    const before = v.space().usedBytes;
    const u = { cont: CONT, oid: OID, dkey: k('d'), akey: k('a'), epoch: 5n };
    rejects(DER.INVAL, () => v.update({ ...u, oid: 'xyz', value: k('v') }));
    rejects(DER.INVAL, () => v.update({ ...u, epoch: 0n, value: k('v') }));
    rejects(DER.INVAL, () => v.update({ ...u, dkey: new Uint8Array(), value: k('v') }));
    rejects(DER.KEY2BIG, () => v.update({ ...u, akey: new Uint8Array(5000), value: k('v') }));
    rejects(DER.REC2BIG, () => v.update({ ...u, value: new Uint8Array((1 << 20) + 1) }));
    rejects(DER.INVAL, () => v.update({ ...u, extents: [{ offset: -1, data: k('x') }] }));
    rejects(DER.INVAL, () => v.update({ ...u, extents: [{ offset: 0, data: k('xyz') }, { offset: 2, data: k('q') }] }));
    rejects(DER.INVAL, () => v.update({ ...u, value: k('v'), extents: [{ offset: 0, data: k('x') }] }));
    v.update({ ...u, value: k('single') });
    const mid = v.space().usedBytes;
    rejects(DER.INVAL, () => v.update({ ...u, epoch: 6n, extents: [{ offset: 0, data: k('x') }] }));
    assert.equal(v.space().usedBytes, mid);
    assert.ok(mid > before);
    assert.deepEqual(v.listAkeys(CONT, OID, k('d'), 100n, undefined, 10).keys.map(str), ['a']);
  });
});

test('space: DER_NOSPACE before the write, and aggregation gives bytes back', () => {
  withVos((v) => {
    const put = (e: bigint) => v.update({ cont: CONT, oid: OID, dkey: k('d'), akey: k('a'), epoch: e, value: new Uint8Array(1000) });
    put(1n);
    put(2n);
    put(3n);
    rejects(DER.NOSPACE, () => put(4n));
    assert.equal(v.fetch(CONT, OID, k('d'), k('a'), 10n)?.length, 1000);
    const full = v.space();
    assert.ok(full.freeBytes < 1066, `free ${full.freeBytes}`);
    const agg = v.aggregate(3n, [1n]);
    assert.equal(agg.versionsRemoved, 1);
    assert.equal(v.space().usedBytes, full.usedBytes - agg.bytesFreed);
    assert.ok(v.fetch(CONT, OID, k('d'), k('a'), 1n), 'snapshot at 1 still readable');
    assert.equal(v.fetch(CONT, OID, k('d'), k('a'), 2n)?.length, 1000, 'epoch 2 reads the version at 1');
    put(4n);
  }, 3500);
});

test('aggregation keeps every snapshot and later read identical (seeded random histories)', () => {
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  for (let run = 0; run < 8; run++) {
    withVos((v) => {
      for (let e = 1n; e <= 30n; e++) {
        const akey = k(`a${rnd(2)}`);
        const op = rnd(10);
        if (op === 0) v.punch({ cont: CONT, oid: OID, dkey: k('d'), akey, epoch: e });
        else if (op === 1) v.punch({ cont: CONT, oid: OID, epoch: e });
        else v.update({ cont: CONT, oid: OID, dkey: k('d'), akey: k('arr'), epoch: e, extents: [{ offset: rnd(20), data: new Uint8Array(1 + rnd(8)).fill(Number(e)) }] }), v.update({ cont: CONT, oid: OID, dkey: k('d'), akey, epoch: e, value: k(`v${e}`) });
      }
      const snaps = [BigInt(1 + rnd(10)), BigInt(10 + rnd(10))];
      const views = [...snaps, 25n, 28n, 30n, 31n];
      const read = () => views.map((e) => [str(v.fetch(CONT, OID, k('d'), k('a0'), e)), str(v.fetch(CONT, OID, k('d'), k('a1'), e)), Array.from(v.readArray(CONT, OID, k('d'), k('arr'), 0, 30, e).data).join(',')]);
      const before = read();
      const used = v.space().usedBytes;
      const agg = v.aggregate(25n, snaps);
      assert.deepEqual(read(), before, `run ${run}`);
      assert.equal(v.space().usedBytes, used - agg.bytesFreed);
      assert.ok(agg.versionsRemoved > 0, `run ${run} removed nothing`);
    });
  }
});

test('listing is paged with anchors and never returns more than asked', () => {
  withVos((v) => {
    for (let i = 0; i < 25; i++) v.update({ cont: CONT, oid: OID, dkey: k(`d${String(i).padStart(2, '0')}`), akey: k('a'), epoch: 1n, value: k('x') });
    v.punch({ cont: CONT, oid: OID, dkey: k('d03'), epoch: 2n });
    const seen: string[] = [];
    let anchor: Uint8Array | undefined;
    let pages = 0;
    do {
      const p = v.listDkeys(CONT, OID, 5n, anchor, 7);
      assert.ok(p.keys.length <= 7);
      seen.push(...p.keys.map((x) => str(x)!));
      anchor = p.anchor;
      pages++;
    } while (anchor);
    assert.equal(seen.length, 24);
    assert.ok(!seen.includes('d03'));
    assert.deepEqual(seen, [...seen].sort());
    assert.ok(pages >= 4);
    assert.deepEqual(v.listObjects(CONT, undefined, 10).oids, [OID]);
    assert.deepEqual(v.listObjects('11111111-2222-3333-4444-000000000000', undefined, 10).oids, []);
  });
});

test('containers of one target never share an object', () => {
  withVos((v) => {
    const other = '99999999-2222-3333-4444-555555555555';
    v.update({ cont: CONT, oid: OID, dkey: k('d'), akey: k('a'), epoch: 1n, value: k('mine') });
    assert.equal(v.fetch(other, OID, k('d'), k('a'), 5n), undefined);
    v.punch({ cont: other, oid: OID, epoch: 2n });
    assert.equal(str(v.fetch(CONT, OID, k('d'), k('a'), 5n)), 'mine');
    assert.throws(() => v.fetch('not-a-uuid', OID, k('d'), k('a'), 5n), (e: unknown) => e instanceof DaosError && e.code === DER.INVAL);
  });
});
