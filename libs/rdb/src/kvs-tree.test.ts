import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ExistError, InvalidError, MismatchError, NonexistError } from '@daos-nats/base';
import { intKeyOf, KvsClass } from './keys.js';
import { KvsTree } from './kvs-tree.js';
import { openSqlite } from './sqlite-file.js';
import { tempDir } from '../test/test-util.js';

const b = (s: string) => new TextEncoder().encode(s);
const s = (u: Uint8Array | undefined) => new TextDecoder().decode(u);

function withTree(fn: (t: KvsTree) => void): void {
  const { dir, cleanup } = tempDir();
  const db = openSqlite(path.join(dir, 't.db'));
  try {
    fn(new KvsTree(db));
  } finally {
    db.close();
    cleanup();
  }
}

test('the root must be created once; a path names KVSs from it', () => {
  withTree((t) => {
    assert.throws(() => t.lookup([], 'a'), NonexistError);
    t.createRoot(KvsClass.Generic);
    assert.throws(() => t.createRoot(KvsClass.Generic), ExistError);
    t.createKvs([], 'pools', KvsClass.Lexical);
    t.createKvs(['pools'], 'tank', KvsClass.Integer);
    t.update(['pools', 'tank'], 7n, b('seven'));
    assert.equal(s(t.lookup(['pools', 'tank'], 7)), 'seven');
    assert.equal(t.classOf(['pools', 'tank']), KvsClass.Integer);
    assert.throws(() => t.lookup(['pools', 'nope'], 1), NonexistError);
    t.update(['pools'], 'v', b('x'));
    assert.throws(() => t.lookup(['pools', 'v'], 1), MismatchError, 'a value in the middle of a path');
    assert.throws(() => t.lookup(['pools'], 'tank'), MismatchError, 'a KVS is not a value');
    assert.throws(() => t.update(['pools'], 'tank', b('x')), MismatchError, 'a KVS is never overwritten by a value');
    assert.throws(() => t.delete(['pools'], 'tank'), MismatchError);
    assert.throws(() => t.createKvs(['pools'], 'tank', KvsClass.Generic), ExistError);
    t.destroyRoot();
    assert.equal(t.rootExists(), false);
    t.createRoot(KvsClass.Lexical);
    assert.deepEqual(t.iterate([]), []);
  });
});

test('integer KVSs iterate in numeric order, lexical in byte order, with bounds, reverse and limit', () => {
  withTree((t) => {
    t.createRoot(KvsClass.Generic);
    t.createKvs([], 'i', KvsClass.Integer);
    for (const n of [300n, 2n, 1n << 40n, 0n, 255n, (1n << 64n) - 1n, 256n]) t.update(['i'], n, b(String(n)));
    const ints = (o = {}) => t.iterate(['i'], o).map((it) => intKeyOf(it.key));
    assert.deepEqual(ints(), [0n, 2n, 255n, 256n, 300n, 1n << 40n, (1n << 64n) - 1n]);
    assert.deepEqual(ints({ gt: 2, le: 300 }), [255n, 256n, 300n]);
    assert.deepEqual(ints({ ge: 2, lt: 300 }), [2n, 255n, 256n]);
    assert.deepEqual(ints({ reverse: true, limitItems: 2 }), [(1n << 64n) - 1n, 1n << 40n]);
    assert.deepEqual(ints({ reverse: true, lt: 256 }), [255n, 2n, 0n]);
    assert.equal(intKeyOf(t.fetch(['i'], 'first').key), 0n);
    assert.equal(intKeyOf(t.fetch(['i'], 'last').key), (1n << 64n) - 1n);
    assert.throws(() => t.update(['i'], b('abc'), b('x')), InvalidError, 'integer keys are 8 bytes');
    assert.throws(() => t.update(['i'], -1, b('x')), InvalidError);
    assert.throws(() => t.update(['i'], 1n << 64n, b('x')), InvalidError);

    t.createKvs([], 'l', KvsClass.Lexical);
    for (const k of ['b', 'ab', 'a', 'abc', 'B', '\u00e9', 'aa']) t.update(['l'], k, b(k));
    const lex = (o = {}) => t.iterate(['l'], o).map((it) => s(it.key));
    assert.deepEqual(lex(), ['B', 'a', 'aa', 'ab', 'abc', 'b', '\u00e9']);
    assert.deepEqual(lex({ ge: 'ab', lt: 'b' }), ['ab', 'abc']);
    assert.deepEqual(lex({ gt: 'abc' }), ['b', '\u00e9']);
    assert.throws(() => t.iterate(['l'], { gt: 'a', ge: 'a' }), InvalidError);

    t.createKvs([], 'empty', KvsClass.Generic);
    assert.throws(() => t.fetch(['empty'], 'first'), NonexistError);
    const items = t.iterate([]);
    assert.deepEqual(items.map((it) => [s(it.key), it.kvsClass]), [['empty', KvsClass.Generic], ['i', KvsClass.Integer], ['l', KvsClass.Lexical]]);
  });
});

test('values must be non-empty and keys valid; delete needs the key; destroyKvs is recursive', () => {
  withTree((t) => {
    t.createRoot(KvsClass.Generic);
    assert.throws(() => t.update([], 'k', new Uint8Array()), InvalidError);
    assert.throws(() => t.update([], '', b('v')), InvalidError);
    assert.throws(() => t.delete([], 'k'), NonexistError);
    t.update([], 'k', b('v'));
    t.update([], 'k', b('w'));
    assert.equal(s(t.lookup([], 'k')), 'w');
    t.delete([], 'k');
    assert.throws(() => t.lookup([], 'k'), NonexistError);

    t.createKvs([], 'a', KvsClass.Generic);
    t.createKvs(['a'], 'b', KvsClass.Generic);
    t.createKvs(['a', 'b'], 'c', KvsClass.Integer);
    t.update(['a', 'b', 'c'], 1, b('deep'));
    t.update(['a'], 'x', b('y'));
    assert.throws(() => t.destroyKvs([], 'k'), NonexistError);
    t.update([], 'val', b('1'));
    assert.throws(() => t.destroyKvs([], 'val'), MismatchError);
    t.destroyKvs([], 'a');
    assert.throws(() => t.iterate(['a']), NonexistError);
    // Nothing of the subtree is left behind: recreating starts empty.
    t.createKvs([], 'a', KvsClass.Generic);
    assert.deepEqual(t.iterate(['a']), []);
  });
});
