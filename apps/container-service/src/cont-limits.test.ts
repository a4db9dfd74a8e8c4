// The container service's named limits over a real nats-server and real SQLite (one host),
// lowered so they are reached quickly: each refusal is DER_NOSPACE naming the limit, and nothing
// changed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DaosError } from '@daos-nats/base';
import { type ContainerClient } from '@daos-nats/client';
import { alice, ContCluster } from '../test/test-cont-cluster.js';

const limits = { containersPerPoolMax: 4, contHandlesMax: 3, attrsPerObjectMax: 4, attrBytesPerObjectMax: 1_000 };
let c: ContCluster;
let owner: ContainerClient;

before(async () => {
  c = await ContCluster.start([0], { limits });
  owner = await c.client(alice);
});

after(async () => {
  await c.close();
});

async function refusal(p: Promise<unknown>): Promise<{ der: string; message: string }> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof DaosError, `expected a DaosError, got ${String(e)}`);
    return { der: e.derName, message: e.message };
  }
  assert.fail('expected a failure');
}

const bytes = (n: number): Uint8Array => new Uint8Array(n).fill(3);

test('containersPerPoolMax: the next create is DER_NOSPACE; a destroy makes room', async () => {
  for (let i = 0; i < 4; i++) await owner.create({ label: `c${i}` });
  const r = await refusal(owner.create({ label: 'c4' }));
  assert.equal(r.der, 'DER_NOSPACE');
  assert.match(r.message, /containersPerPoolMax=4/);
  assert.equal((await owner.list()).length, 4);
  await owner.destroy('c3');
  await owner.create({ label: 'c4' });
  assert.deepEqual((await owner.list()).map((e) => e.label).sort(), ['c0', 'c1', 'c2', 'c4']);
});

test('contHandlesMax: the next open is DER_NOSPACE; a forced destroy drops them all', async () => {
  for (let i = 0; i < 3; i++) await owner.open('c0', 'rw');
  const r = await refusal(owner.open('c0', 'ro'));
  assert.equal(r.der, 'DER_NOSPACE');
  assert.match(r.message, /contHandlesMax=3/);
  assert.equal((await owner.query('c0')).openHandles, 3);
  await owner.destroy('c0', { force: true });
  await owner.create({ label: 'c0' });
  await owner.open('c0', 'rw');
  assert.equal((await owner.query('c0')).openHandles, 1);
});

test('attrsPerObjectMax and attrBytesPerObjectMax: DER_NOSPACE and nothing changed; deletes make room', async () => {
  await owner.setAttrs('c1', { a: bytes(100), b: bytes(100), c: bytes(100), d: bytes(100) });
  const count = await refusal(owner.setAttrs('c1', { e: bytes(1) }));
  assert.equal(count.der, 'DER_NOSPACE');
  assert.match(count.message, /attrsPerObjectMax=4/);
  const size = await refusal(owner.setAttrs('c1', { a: bytes(700) })); // an overwrite: 4×101 − 101 + 701 > 1,000
  assert.equal(size.der, 'DER_NOSPACE');
  assert.match(size.message, /attrBytesPerObjectMax=1000/);
  assert.deepEqual((await owner.listAttrs('c1')).sort(), ['a', 'b', 'c', 'd']);
  assert.equal((await owner.getAttrs('c1', ['a']))['a']?.byteLength, 100);
  await owner.setAttrs('c1', { a: bytes(500) }); // 303 + 501 fits
  await owner.deleteAttrs('c1', ['b', 'c']);
  await owner.setAttrs('c1', { e: bytes(10), f: bytes(10) });
  assert.deepEqual((await owner.listAttrs('c1')).sort(), ['a', 'd', 'e', 'f']);
  // Limits are per container: another one starts empty.
  await owner.setAttrs('c2', { a: bytes(900) });
});
