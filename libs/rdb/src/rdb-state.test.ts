import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { DER, SeededRng } from '@daos-nats/base';
import { BytesSnapshotSource, EntryType, type ConfState, type Entry, type LogIndex, type NodeId, type Term } from '@daos-nats/raft';
import { KvsClass } from './keys.js';
import { MalformedError } from './malformed-error.js';
import { RdbState } from './rdb-state.js';
import { decodeSnapshot, encodeSnapshot } from './snapshot-codec.js';
import { openSqlite } from './sqlite-file.js';
import { SqliteStorage } from './sqlite-storage.js';
import { tempDir } from '../test/test-util.js';
import { encodeTx, TxOpCode, type TxOp } from './tx-codec.js';

const b = (s: string) => new TextEncoder().encode(s);
const conf = (...voters: number[]): ConfState => ({ voters: voters as NodeId[], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false });
const noConf = (): ConfState => assert.fail('no conf change expected');

function open(file: string): { storage: SqliteStorage; state: RdbState; close: () => void } {
  const db = openSqlite(file);
  const storage = new SqliteStorage(db);
  const state = new RdbState(db);
  return { storage, state, close: () => db.close() };
}

const txEntry = (index: number, ...ops: TxOp[]): Entry => ({
  index: index as LogIndex,
  term: 1 as Term,
  type: EntryType.Normal,
  data: encodeTx({ critical: ops.some((o) => o.op === TxOpCode.Delete || o.op === TxOpCode.DestroyKvs), ops }),
});

/** A seeded random log of transactions over a small key space, some of them failing. */
function randomLog(seed: number, n: number): Entry[] {
  const rng = new SeededRng(seed);
  const out: Entry[] = [txEntry(1, { op: TxOpCode.CreateRoot, cls: KvsClass.Generic })];
  const names = ['a', 'b', 'c'];
  for (let i = 2; i <= n; i++) {
    const ops: TxOp[] = [];
    for (let k = 0; k < 1 + rng.int(3); k++) {
      const dir = [b(names[rng.int(3)]!)];
      const key = new Uint8Array([rng.int(6) + 1]);
      switch (rng.int(6)) {
        case 0:
          ops.push({ op: TxOpCode.CreateKvs, path: [], key: dir[0]!, cls: rng.int(2) === 0 ? KvsClass.Lexical : KvsClass.Generic });
          break;
        case 1:
          ops.push({ op: TxOpCode.DestroyKvs, path: [], key: dir[0]! });
          break;
        case 2:
          ops.push({ op: TxOpCode.Delete, path: dir, key });
          break;
        default:
          ops.push({ op: TxOpCode.Update, path: dir, key, value: b(`v${i}.${k}`) });
      }
    }
    out.push(rng.chance(0.1) ? { index: i as LogIndex, term: 1 as Term, type: EntryType.Normal, data: new Uint8Array() } : txEntry(i, ...ops));
  }
  return out;
}

test('the same log applied on two fresh databases gives byte-identical state and the same results', () => {
  const { dir, cleanup } = tempDir();
  try {
    const log = randomLog(5, 300);
    const x = open(path.join(dir, 'x.db'));
    const y = open(path.join(dir, 'y.db'));
    const rx = x.state.apply(log, noConf);
    // Different batching on the other replica: the outcome must not depend on it.
    const ry = [...y.state.apply(log.slice(0, 17), noConf), ...y.state.apply(log.slice(17, 200), noConf), ...y.state.apply(log.slice(200), noConf)];
    assert.deepEqual(x.state.dump(), y.state.dump());
    const codes = (rs: typeof rx) => rs.map((r) => r.error?.code ?? 0);
    assert.deepEqual(codes(rx), codes(ry));
    assert.ok(codes(rx).filter((c) => c !== 0).length > 20, 'the log exercises failing transactions');
    assert.ok(codes(rx).includes(DER.NONEXIST) && codes(rx).includes(DER.EXIST));
    assert.equal(x.state.appliedIndex, 300);
    x.close();
    y.close();
  } finally {
    cleanup();
  }
});

test('a transaction with one failing op changes nothing, and its error is the result', () => {
  const { dir, cleanup } = tempDir();
  try {
    const r = open(path.join(dir, 'r.db'));
    r.state.apply([txEntry(1, { op: TxOpCode.CreateRoot, cls: KvsClass.Generic }, { op: TxOpCode.Update, path: [], key: b('k'), value: b('1') })], noConf);
    const before = r.state.dump();
    const [res] = r.state.apply(
      [txEntry(2, { op: TxOpCode.Update, path: [], key: b('k'), value: b('2') }, { op: TxOpCode.Update, path: [], key: b('new'), value: b('x') }, { op: TxOpCode.Delete, path: [], key: b('missing') })],
      noConf,
    );
    assert.equal(res!.error?.code, DER.NONEXIST);
    assert.deepEqual(r.state.dump(), before);
    assert.equal(r.state.appliedIndex, 2, 'the failed entry is applied (as a failure): it is not replayed');
    // Malformed bytes in a committed entry are a deterministic DER_INVAL result, not a crash.
    const [bad] = r.state.apply([{ index: 3 as LogIndex, term: 1 as Term, type: EntryType.Normal, data: new Uint8Array([1, 0, 9]) }], noConf);
    assert.ok(bad!.error instanceof MalformedError);
    assert.equal(bad!.error.code, DER.INVAL);
    assert.deepEqual(r.state.dump(), before);
    assert.throws(() => r.state.apply([txEntry(5, { op: TxOpCode.DestroyRoot })], noConf), /follows applied index 3/);
    r.close();
  } finally {
    cleanup();
  }
});

test('a restart resumes at the applied index: state and index move together, conf changes included', () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = path.join(dir, 'r.db');
    const log = randomLog(9, 40);
    let r = open(file);
    r.storage.persist({ entries: log });
    r.state.apply(log.slice(0, 25), noConf);
    const cc: Entry = { index: 26 as LogIndex, term: 1 as Term, type: EntryType.ConfChange, data: new Uint8Array([1]) };
    r.state.apply([cc], () => conf(1, 2, 3));
    const dumped = r.state.dump();
    r.close();
    r = open(file);
    assert.equal(r.state.appliedIndex, 26);
    assert.deepEqual(r.state.confState, conf(1, 2, 3));
    assert.deepEqual(r.state.dump(), dumped);
    // Applying the rest gives the same state as a replica that applied all without a restart.
    r.state.apply(log.slice(26), noConf);
    const ref = open(path.join(dir, 'ref.db'));
    ref.state.apply(log.slice(0, 25), noConf);
    ref.state.apply([cc], () => conf(1, 2, 3));
    ref.state.apply(log.slice(26), noConf);
    assert.deepEqual(r.state.dump(), ref.state.dump());
    r.close();
    ref.close();
  } finally {
    cleanup();
  }
});

test('a snapshot dump restores into another replica atomically with its log reset; bad snapshots change nothing', () => {
  const { dir, cleanup } = tempDir();
  try {
    const src = open(path.join(dir, 'src.db'));
    const log = randomLog(3, 120);
    src.state.apply(log.slice(0, 1), noConf);
    src.state.apply([], noConf);
    src.state.apply(log.slice(1), noConf);
    src.state.setConfState(conf(1, 2, 3));
    const snap = { meta: { index: 120 as LogIndex, term: 1 as Term, confState: conf(1, 2, 3) }, data: new BytesSnapshotSource(src.state.dump()) };
    assert.equal(decodeSnapshot(snap.data.bytes).kv.length > 0, true);

    const file = path.join(dir, 'dst.db');
    const db = openSqlite(file);
    const state = new RdbState(db);
    const storage = new SqliteStorage(db, { restoreState: (s) => state.restore(s) });
    storage.persist({ entries: randomLog(4, 10) });
    state.apply(randomLog(4, 10), noConf);
    const old = state.dump();
    // Corrupt snapshot: nothing moves, neither log nor state.
    const corrupt = { ...snap, data: new BytesSnapshotSource(snap.data.bytes.slice(0, snap.data.totalBytes - 3)) };
    assert.throws(() => storage.persist({ entries: [], snapshot: corrupt }), MalformedError);
    assert.deepEqual(state.dump(), old);
    assert.equal(storage.lastIndex(), 10);
    storage.persist({ entries: [], snapshot: snap });
    assert.deepEqual(state.dump(), snap.data.bytes);
    assert.equal(state.appliedIndex, 120);
    assert.equal(storage.firstIndex(), 121);
    db.close();
    const again = open(file);
    assert.deepEqual(again.state.dump(), snap.data.bytes);
    assert.equal(again.state.appliedIndex, 120);
    assert.deepEqual(again.state.confState, conf(1, 2, 3));
    again.close();
    src.close();
  } finally {
    cleanup();
  }
});

test('snapshot decoding rejects truncation and structural lies: orphans, dangling or shared children, bad classes', () => {
  const { dir, cleanup } = tempDir();
  try {
    const r = open(path.join(dir, 'r.db'));
    r.state.apply([txEntry(1, { op: TxOpCode.CreateRoot, cls: KvsClass.Generic }, { op: TxOpCode.CreateKvs, path: [], key: b('d'), cls: KvsClass.Integer })], noConf);
    const good = r.state.dump();
    const img = decodeSnapshot(good);
    assert.equal(img.kvs.length, 2);
    for (let n = 0; n < good.length; n++) assert.throws(() => decodeSnapshot(good.subarray(0, n)), MalformedError);
    const lie = (patch: Partial<typeof img>, why: RegExp) =>
      assert.throws(() => decodeSnapshot(encodeSnapshot({ ...img, ...patch })), (e: unknown) => e instanceof MalformedError && why.test(e.message));
    lie({ kv: [] }, /1 KVSs are not reachable from the root/);
    lie({ kv: [{ kvs: 1, key: b('d'), value: null, child: 7 }] }, /child KVS 7: missing/);
    lie({ kv: [{ kvs: 1, key: b('d'), value: null, child: 2 }, { kvs: 1, key: b('e'), value: null, child: 2 }] }, /referenced twice/);
    lie({ kv: [{ kvs: 1, key: b('d'), value: null, child: 2 }, { kvs: 9, key: b('e'), value: b('v'), child: null }] }, /KVS 9, which does not exist/);
    lie({ kvs: [{ id: 2, cls: KvsClass.Generic }], kv: [] }, /root \(id 1\) does not/);
    lie({ kvs: [{ id: 1, cls: 7 as KvsClass }], kv: [] }, /unknown class 7/);
    r.close();
  } finally {
    cleanup();
  }
});
