import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidError } from '@daos-nats/base';
import { contOps, defineOperation, kvOps, lockOps, memberOps, mgmtLocatorOps, mgmtOps, poolOps, rsvcOps, type OperationDef } from './index.js';

const tables: Record<string, Record<string, OperationDef<unknown, unknown>>> = { rsvcOps, poolOps, contOps, mgmtOps, mgmtLocatorOps, memberOps, kvOps, lockOps };

test('a wire name is defined once: the same name in two tables is the same definition', () => {
  const byName = new Map<string, OperationDef<unknown, unknown>>();
  for (const [table, ops] of Object.entries(tables)) {
    for (const [key, op] of Object.entries(ops)) {
      const seen = byName.get(op.name);
      assert.ok(seen === undefined || seen === op, `${table}.${key} redefines ${op.name}`);
      byName.set(op.name, op);
    }
  }
  assert.equal(poolOps.attrGet, rsvcOps.attrGet);
  assert.ok(byName.size >= 60, `only ${byName.size} operations`);
});

test('every operation round-trips an empty request through its codecs', () => {
  for (const ops of Object.values(tables)) {
    for (const op of Object.values(ops)) {
      assert.deepEqual(op.request.decode(op.request.encode({}).finish()), op.request.decode(new Uint8Array(0)), op.name);
    }
  }
});

test('defineOperation refuses a name that cannot be a wire name', () => {
  const codec = { encode: () => ({ finish: () => new Uint8Array(0) }), decode: () => ({}) };
  for (const bad of ['', '1x', 'a b', 'a/b', 'pool.*']) assert.throws(() => defineOperation(bad, codec, codec), InvalidError, bad);
  assert.equal(defineOperation('a.b-c_d', codec, codec).name, 'a.b-c_d');
});
