import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DER, DaosError } from '@daos-nats/base';
import { SIM_CLASS_ID, SimCluster, simKey } from '../sim/sim-cluster.js';

const RANKS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const POOL = 'p1';

async function rejectsWith(p: Promise<unknown>, c: SimCluster, code: number): Promise<void> {
  await assert.rejects(c.clock.until(p), (e: unknown) => e instanceof DaosError && e.code === code);
}

async function cluster(seed = 1): Promise<SimCluster> {
  const c = new SimCluster(RANKS, seed, {}, { treeFanoutMax: 2 });
  assert.equal(await c.claim(POOL, 0, 1), true);
  return c;
}

test('fetch: a miss goes up to the root and the source once; then a hit on every cache on the way', async () => {
  const c = await cluster();
  c.source.set('a', { version: 3, value: new Uint8Array([7]) });
  const e = await c.clock.until(c.node(9).fetch(POOL, SIM_CLASS_ID, simKey('a')));
  assert.equal(e.version, 3);
  assert.equal(c.sourceReads, 1);
  const before = c.net.delivered;
  const again = await c.clock.until(c.node(9).fetch(POOL, SIM_CLASS_ID, simKey('a')));
  assert.equal(again.version, 3);
  assert.equal(c.net.delivered, before, 'a hit sends nothing');
  // 9's parent (4 with fan-out 2: 0 -> 1,2; 1 -> 3,4; 4 -> 9) cached it on the way.
  await c.clock.until(c.node(4).fetch(POOL, SIM_CLASS_ID, simKey('a')));
  assert.equal(c.net.delivered, before);
  assert.equal(c.sourceReads, 1);
});

test('EAGER update: when it returns, every cache holds the new value', async () => {
  const c = await cluster();
  const r = await c.clock.until(c.node(5).update(POOL, SIM_CLASS_ID, simKey('b'), 4, new Uint8Array([1, 2]), 'eager'));
  assert.equal(r.complete, true);
  const before = c.net.delivered;
  for (const rank of RANKS) assert.equal((await c.clock.until(c.node(rank).fetch(POOL, SIM_CLASS_ID, simKey('b')))).version, 4);
  assert.equal(c.net.delivered, before, 'every fetch was a local hit');
  assert.equal(c.sourceReads, 0);
});

test('an older version never overwrites a newer one at the root', async () => {
  const c = await cluster();
  await c.clock.until(c.node(3).update(POOL, SIM_CLASS_ID, simKey('b'), 4, new Uint8Array([1]), 'eager'));
  await rejectsWith(c.node(3).update(POOL, SIM_CLASS_ID, simKey('b'), 2, new Uint8Array([9]), 'eager'), c, DER.STALE);
  assert.equal((await c.clock.until(c.node(7).fetch(POOL, SIM_CLASS_ID, simKey('b')))).version, 4);
});

test('invalidate drops the entry everywhere: the next fetch reads the source', async () => {
  const c = await cluster();
  c.source.set('h', { version: 1, value: new Uint8Array([1]) });
  for (const rank of RANKS) await c.clock.until(c.node(rank).fetch(POOL, SIM_CLASS_ID, simKey('h')));
  c.source.set('h', { version: 2 }); // evicted: the source no longer has a value
  const r = await c.clock.until(c.node(8).invalidate(POOL, SIM_CLASS_ID, simKey('h')));
  assert.equal(r.complete, true);
  for (const rank of RANKS) {
    const e = await c.clock.until(c.node(rank).fetch(POOL, SIM_CLASS_ID, simKey('h')));
    assert.equal(e.value, undefined, `rank ${rank} no longer serves the evicted value`);
  }
});

test('bad input: unknown class, unknown namespace, a key that does not unpack; nothing cached', async () => {
  const c = await cluster();
  await rejectsWith(c.node(4).fetch(POOL, 99, simKey('a')), c, DER.NONEXIST);
  await rejectsWith(c.node(4).fetch('nope', SIM_CLASS_ID, simKey('a')), c, DER.NONEXIST);
  await rejectsWith(c.node(4).fetch(POOL, SIM_CLASS_ID, new Uint8Array([0xff, 0x00])), c, DER.INVAL);
  assert.equal(c.node(4).entryCount, 0);
  const garbage = await c.clock.until(c.node(4).handle({ op: 'fetch', pool: 'a.b', term: 1, classId: 1, key: 'x' }));
  assert.equal(garbage.ok, false);
  const unknownOp = await c.clock.until(c.node(4).handle({ op: 'launch' }));
  assert.deepEqual(unknownOp.ok ? 0 : unknownOp.code, DER.PROTO);
  const bigLease = await c.clock.until(c.node(4).handle({ op: 'push', ns: c.node(0).namespace(POOL), classId: 1, key: simKey('z'), entry: { version: 1 }, leaseMs: 1e9 }));
  assert.equal(bigLease.ok, false);
  assert.equal(c.node(4).entryCount, 0);
});

test('root terms: a claim must be strictly newer; a deposed root answers NOTLEADER; the new root serves', async () => {
  const c = await cluster();
  c.source.set('m', { version: 1, value: new Uint8Array([1]) });
  await rejectsWith(c.node(3).claimRoot({ pool: POOL, root: 3, term: 1, ranks: RANKS }), c, DER.STALE);
  c.node(0).stopRoot(POOL, 1);
  await rejectsWith(c.node(0).fetch(POOL, SIM_CLASS_ID, simKey('m')), c, DER.NOTLEADER);
  assert.equal(await c.claim(POOL, 3, 2), true);
  for (const rank of RANKS) assert.equal(c.node(rank).namespace(POOL)?.root, 3);
  assert.equal((await c.clock.until(c.node(9).fetch(POOL, SIM_CLASS_ID, simKey('m')))).version, 1);
  // The old root, told of term 2, forwards to the new one instead of answering as root.
  assert.equal((await c.clock.until(c.node(0).fetch(POOL, SIM_CLASS_ID, simKey('m')))).version, 1);
  await rejectsWith(c.node(0).claimRoot({ pool: POOL, root: 0, term: 2, ranks: RANKS }), c, DER.STALE);
});

test('a new root waits out the leases of the old one before it answers (BUSY meanwhile)', async () => {
  const c = await cluster();
  await c.clock.until(c.node(3).claimRoot({ pool: POOL, root: 3, term: 2, ranks: RANKS }));
  await rejectsWith(c.node(3).fetch(POOL, SIM_CLASS_ID, simKey('m')), c, DER.BUSY);
});

test('re-parenting: with a mid-tree cache killed, fetches below it and updates still work', async () => {
  const c = await cluster();
  c.source.set('a', { version: 1, value: new Uint8Array([1]) });
  c.kill(1); // parent of 3 and 4, grandparent of 7, 8, 9
  assert.equal((await c.clock.until(c.node(9).fetch(POOL, SIM_CLASS_ID, simKey('a')))).version, 1);
  const r = await c.clock.until(c.node(7).update(POOL, SIM_CLASS_ID, simKey('a'), 2, new Uint8Array([2]), 'eager'));
  assert.equal(r.complete, false, 'the dead cache did not acknowledge');
  for (const rank of RANKS.filter((x) => x !== 1)) assert.equal((await c.clock.until(c.node(rank).fetch(POOL, SIM_CLASS_ID, simKey('a')))).version, 2);
});

test('a partitioned cache stops serving when its lease runs out, and an update waits that lease out', async () => {
  const c = await cluster();
  c.source.set('h', { version: 1, value: new Uint8Array([1]) });
  await c.clock.until(c.node(6).fetch(POOL, SIM_CLASS_ID, simKey('h')));
  const cutAt = c.clock.nowMs();
  c.net.options = { ...c.net.options, lossRate: 1 };
  // Cut off: it still serves within its lease (nothing newer was committed yet).
  assert.equal((await c.clock.until(c.node(6).fetch(POOL, SIM_CLASS_ID, simKey('h')))).version, 1);
  c.source.set('h', { version: 2 });
  const inv = await c.clock.until(c.node(0).invalidate(POOL, SIM_CLASS_ID, simKey('h')));
  assert.equal(inv.complete, false);
  assert.ok(c.clock.nowMs() >= cutAt + c.config.entryLeaseMs - 100, 'the root waited for the lease horizon');
  // Now the cut-off cache's lease is over: it must not serve the evicted value.
  await assert.rejects(c.clock.until(c.node(6).fetch(POOL, SIM_CLASS_ID, simKey('h'))), (e: unknown) => e instanceof DaosError);
});

test('widen: service ranks outside the claim join the namespace at the same term; one that leaves makes revocations wait out its leases', async () => {
  // Claimed over 0..5 (the pool map); 8 and 9 are the container service's ranks.
  const c = new SimCluster(RANKS, 1, {}, { treeFanoutMax: 2 });
  await c.clock.until(c.node(0).claimRoot({ pool: POOL, root: 0, term: 1, ranks: [0, 1, 2, 3, 4, 5] }));
  await c.clock.runUntil(c.clock.nowMs() + c.config.entryLeaseMs + c.config.clockSlackMs);
  await rejectsWith(c.node(9).fetch(POOL, SIM_CLASS_ID, simKey('a')), c, DER.NONEXIST);
  assert.throws(() => c.node(3).widen(POOL, [9]), (e: unknown) => e instanceof DaosError && e.code === DER.NOTLEADER, 'only the root widens');
  assert.equal(c.node(0).widen(POOL, [8, 9]), true);
  assert.equal(c.node(0).widen(POOL, [9, 8]), false, 'the same ranks change nothing');
  assert.equal((await c.clock.until(c.node(0).announce(POOL))).complete, true);
  assert.deepEqual(c.node(9).namespace(POOL)?.ranks, [0, 1, 2, 3, 4, 5, 8, 9]);
  assert.equal(c.node(9).namespace(POOL)?.term, 1, 'same term: no entry dropped, no new root');
  c.source.set('a', { version: 1, value: new Uint8Array([1]) });
  assert.equal((await c.clock.until(c.node(9).fetch(POOL, SIM_CLASS_ID, simKey('a')))).version, 1);
  // 9 leaves (its replica moved): an invalidation no longer reaches it, so the root waits out the lease 9 holds.
  const fetchedAt = c.clock.nowMs();
  assert.equal(c.node(0).widen(POOL, [8]), true);
  await c.clock.until(c.node(0).announce(POOL));
  assert.deepEqual(c.node(3).namespace(POOL)?.ranks, [0, 1, 2, 3, 4, 5, 8]);
  c.source.set('a', { version: 2 });
  const inv = await c.clock.until(c.node(0).invalidate(POOL, SIM_CLASS_ID, simKey('a')));
  assert.equal(inv.complete, true);
  assert.ok(c.clock.nowMs() >= fetchedAt + c.config.entryLeaseMs - 100, 'the root waited for the departed cache\'s lease');
  assert.equal(c.node(9).cached(POOL, SIM_CLASS_ID, simKey('a')), undefined, 'its lease is over: it serves nothing');
  // The claimed ranks are never removed by widen.
  c.node(0).widen(POOL, []);
  assert.deepEqual(c.node(0).namespace(POOL)?.ranks, [0, 1, 2, 3, 4, 5]);
});
