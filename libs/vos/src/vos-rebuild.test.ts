import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DER, DaosError } from '@daos-nats/base';
import { RebuildKind, type RebuildRecord } from './vos-rebuild.js';
import { VosTarget } from './vos-target.js';

const OID = '0004000000000000000000000000002a';
const OID2 = '0004000000000000000000000000002b';
const CONT = '11111111-2222-3333-4444-555555555555';
const k = (s: string) => new TextEncoder().encode(s);
const str = (b: Uint8Array | undefined) => (b === undefined ? undefined : new TextDecoder().decode(b));

function withTwo(fn: (a: VosTarget, b: VosTarget) => void, capacityB = 1 << 20): void {
  const dir = mkdtempSync(join(tmpdir(), 'vos-rb-'));
  const a = VosTarget.open(join(dir, 'a.sqlite'), { capacityBytes: 1 << 20 });
  const b = VosTarget.open(join(dir, 'b.sqlite'), { capacityBytes: capacityB });
  try {
    fn(a, b);
  } finally {
    a.close();
    b.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Copies every (object, dkey) of `from` into `to` the way an engine's rebuild does: scan pages, export pages of `bytesMax`. */
function copyAll(from: VosTarget, to: VosTarget, bytesMax: number): number {
  let written = 0;
  let after: { cont: string; oid: string; dkey: Uint8Array } | undefined;
  for (;;) {
    const page = from.rebuildIo().scan(after, 2);
    for (const d of page.dkeys) {
      let id = 0;
      do {
        const ex = from.rebuildIo().exportDkey(d.cont, d.oid, d.dkey, id, bytesMax);
        written += to.rebuildIo().importDkey(d.cont, d.oid, d.dkey, ex.recs).written;
        id = ex.nextId;
      } while (id !== 0);
      after = d;
    }
    if (!page.more) return written;
  }
}

function fill(a: VosTarget): void {
  for (let e = 1n; e <= 5n; e++) a.update({ cont: CONT, oid: OID, dkey: k('d1'), akey: k('a'), epoch: e * 10n, value: k(`v${e}`) });
  a.update({ cont: CONT, oid: OID, dkey: k('d2'), akey: k('arr'), epoch: 15n, extents: [{ offset: 0, data: new Uint8Array(300).fill(1) }] });
  a.update({ cont: CONT, oid: OID, dkey: k('d2'), akey: k('arr'), epoch: 25n, extents: [{ offset: 100, data: new Uint8Array(50).fill(2) }] });
  a.punch({ cont: CONT, oid: OID, dkey: k('d1'), akey: k('a'), epoch: 35n });
  a.update({ cont: CONT, oid: OID2, dkey: k('x'), akey: k('a'), epoch: 12n, value: k('other') });
  a.punch({ cont: CONT, oid: OID2, epoch: 13n });
}

/** Every read the two stores answer at every epoch 1..60 is the same. */
function assertSameReads(a: VosTarget, b: VosTarget): void {
  for (let e = 1n; e <= 60n; e++) {
    assert.equal(str(b.fetch(CONT, OID, k('d1'), k('a'), e)), str(a.fetch(CONT, OID, k('d1'), k('a'), e)), `d1 at ${e}`);
    assert.deepEqual(b.readArray(CONT, OID, k('d2'), k('arr'), 0, 400, e), a.readArray(CONT, OID, k('d2'), k('arr'), 0, 400, e), `d2 at ${e}`);
    assert.equal(str(b.fetch(CONT, OID2, k('x'), k('a'), e)), str(a.fetch(CONT, OID2, k('x'), k('a'), e)), `OID2 at ${e}`);
  }
}

test('rebuild copy: every version and punch with its epoch, in pages; reads at every epoch agree', () => {
  withTwo((a, b) => {
    fill(a);
    const written = copyAll(a, b, 64);
    assert.equal(written, 10, '5 values, 2 extents, 1 akey punch, 1 value and 1 object punch');
    assertSameReads(a, b);
    assert.equal(b.space().usedBytes, a.space().usedBytes, 'the copy costs what the original does');
  });
});

test('rebuild copy is idempotent: a second run writes nothing and uses no space', () => {
  withTwo((a, b) => {
    fill(a);
    copyAll(a, b, 1 << 20);
    const used = b.space().usedBytes;
    assert.equal(copyAll(a, b, 100), 0);
    assert.equal(b.space().usedBytes, used);
    assertSameReads(a, b);
  });
});

test('rebuild never overwrites a newer version written to the new replica during rebuild', () => {
  withTwo((a, b) => {
    fill(a);
    b.update({ cont: CONT, oid: OID, dkey: k('d1'), akey: k('a'), epoch: 50n, value: k('during-rebuild') });
    copyAll(a, b, 1 << 20);
    assert.equal(str(b.fetch(CONT, OID, k('d1'), k('a'), 2n ** 62n)), 'during-rebuild');
    assert.equal(str(b.fetch(CONT, OID, k('d1'), k('a'), 30n)), 'v3', 'older versions arrive below it');
    assert.equal(str(b.fetch(CONT, OID, k('d1'), k('a'), 36n)), undefined, 'and the punch at 35 too');
  });
});

test('bad rebuild records and no space: an error and nothing written', () => {
  withTwo((a, b) => {
    fill(a);
    const io = b.rebuildIo();
    const good: RebuildRecord = { kind: RebuildKind.SINGLE, akey: k('a'), epoch: 5n, offset: 0, data: k('x') };
    const bad: RebuildRecord[] = [
      { ...good, epoch: 0n },
      { ...good, kind: 9 as RebuildKind },
      { ...good, akey: new Uint8Array() },
      { kind: RebuildKind.PUNCH_OBJ, akey: k('a'), epoch: 5n, offset: 0, data: new Uint8Array() },
      { kind: RebuildKind.EXTENT, akey: k('a'), epoch: 5n, offset: -1, data: k('x') },
    ];
    for (const r of bad) assert.throws(() => io.importDkey(CONT, OID, k('d'), [good, r]), (e: unknown) => e instanceof DaosError && e.code === DER.INVAL, JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)));
    assert.throws(() => io.importDkey(CONT, 'nothex', k('d'), [good]), (e: unknown) => e instanceof DaosError && e.code === DER.INVAL);
    assert.equal(b.space().usedBytes, 0);
    assert.equal(b.fetch(CONT, OID, k('d'), k('a'), 10n), undefined);
  });
  withTwo((a, b) => {
    fill(a);
    assert.throws(() => copyAll(a, b, 1 << 20), (e: unknown) => e instanceof DaosError && e.code === DER.NOSPACE);
    const used = b.space().usedBytes;
    assert.ok(used <= 600, `what did fit stays consistent (${used} bytes)`);
  }, 600);
});

test('dropDkey removes one dkey (versions and its punches) and gives its space back; others untouched', () => {
  withTwo((a) => {
    fill(a);
    const before = a.space().usedBytes;
    const freed = a.rebuildIo().dropDkey(CONT, OID, k('d1'));
    assert.ok(freed > 0);
    assert.equal(a.space().usedBytes, before - freed);
    assert.equal(a.fetch(CONT, OID, k('d1'), k('a'), 30n), undefined);
    assert.equal(a.readArray(CONT, OID, k('d2'), k('arr'), 0, 400, 30n).sizeBytes, 300, 'the other dkey stays');
    assert.equal(a.rebuildIo().dropDkey(CONT, OID, k('d1')), 0, 'dropping again frees nothing');
    assert.deepEqual(a.rebuildIo().scan(undefined, 10).dkeys.map((d) => str(d.dkey)), ['d2', 'x']);
  });
});
