import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeededRng } from '@daos-nats/base';
import { KvsClass } from './keys.js';
import { MalformedError } from './malformed-error.js';
import { decodeTx, encodeTx, TxOpCode, type TxOp, type TxRecord } from './tx-codec.js';

const b = (s: string) => new TextEncoder().encode(s);

const sample: TxRecord = {
  critical: true,
  traceContext: b('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'),
  clientOpTag: new Uint8Array([1, 2, 3, 4]),
  ops: [
    { op: TxOpCode.CreateRoot, cls: KvsClass.Generic },
    { op: TxOpCode.CreateKvs, path: [], key: b('pools'), cls: KvsClass.Lexical },
    { op: TxOpCode.Update, path: [b('pools')], key: b('tank'), value: b('{"size":1}') },
    { op: TxOpCode.Delete, path: [b('pools')], key: b('tank') },
    { op: TxOpCode.DestroyKvs, path: [], key: b('pools') },
    { op: TxOpCode.DestroyRoot },
  ],
};

/** Plain Uint8Arrays everywhere, so deepEqual compares bytes, not views. */
function norm(tx: TxRecord): unknown {
  return JSON.parse(JSON.stringify(tx, (_k, v) => (v instanceof Uint8Array ? Array.from(v) : v)));
}

test('a transaction round-trips through the codec, with and without trace context and tag', () => {
  assert.deepEqual(norm(decodeTx(encodeTx(sample))), norm(sample));
  const bare: TxRecord = { critical: false, ops: [{ op: TxOpCode.Update, path: [b('a'), b('b')], key: new Uint8Array(8), value: b('v') }] };
  const decoded = decodeTx(encodeTx(bare));
  assert.deepEqual(norm(decoded), norm(bare));
  assert.equal('traceContext' in decoded, false);
});

test('every truncation of a valid transaction is rejected with MalformedError, never accepted or crashed on', () => {
  const bytes = encodeTx(sample);
  for (let n = 0; n < bytes.length; n++)
    assert.throws(() => decodeTx(bytes.subarray(0, n)), MalformedError, `truncated to ${n} bytes`);
});

test('malformed fields are named: version, flags, op code, class, op count, lengths, trailing bytes', () => {
  const good = encodeTx({ critical: false, ops: [{ op: TxOpCode.CreateRoot, cls: KvsClass.Integer }] });
  const patched = (at: number, v: number) => {
    const c = good.slice();
    c[at] = v;
    return c;
  };
  assert.throws(() => decodeTx(patched(0, 9)), /format version 9/);
  assert.throws(() => decodeTx(patched(1, 0x80)), /unknown flags/);
  assert.throws(() => decodeTx(patched(6, 42)), /unknown op code 42/);
  assert.throws(() => decodeTx(patched(7, 3)), /unknown KVS class 3/);
  assert.throws(() => decodeTx(patched(2, 0)), /op count 0/);
  assert.throws(() => decodeTx(new Uint8Array([...good, 0])), /1 trailing bytes/);
  const huge = encodeTx({ critical: false, ops: [{ op: TxOpCode.Delete, path: [], key: b('k') }] });
  new DataView(huge.buffer).setUint32(11, 0xffff_fff0, true); // key length
  assert.throws(() => decodeTx(huge), (e: unknown) => e instanceof MalformedError && /op 0 key is 4294967280 bytes, limit 4096/.test(e.message));
});

test('random garbage never decodes into something unchecked (seeded fuzz)', () => {
  const rng = new SeededRng(11);
  const good = encodeTx(sample);
  let accepted = 0;
  for (let i = 0; i < 3000; i++) {
    const c = good.slice();
    for (let k = 0; k < 1 + rng.int(3); k++) c[rng.int(c.length)] = rng.int(256);
    try {
      const tx = decodeTx(c);
      accepted++;
      // Whatever decodes re-encodes to the very same bytes: nothing was silently dropped.
      assert.deepEqual(encodeTx(tx), c);
      for (const op of tx.ops as TxOp[]) assert.ok(op.op >= 1 && op.op <= 6);
    } catch (e) {
      assert.ok(e instanceof MalformedError, `unexpected ${(e as Error).name}: ${(e as Error).message}`);
    }
  }
  assert.ok(accepted > 0, 'some mutations (inside key or value bytes) stay valid');
});
