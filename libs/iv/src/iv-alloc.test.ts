// Id ranges through the tree (DAOS oid_iv), on the simulator: caches hand out ids from ranges
// they got from their parent; only the root asks the source. Checked under loss, kills and a
// leader change: no id is ever handed out twice, and the source is asked far less than once
// per allocation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DaosError, DER } from '@daos-nats/base';
import type { IvRange } from './messages.js';
import { SIM_CLASS_ID, SIM_RANGE_CLASS_ID, SimCluster, simKey } from '../sim/sim-cluster.js';

const POOL = 'p';

test('alloc: a leaf gets a batch once, then serves from it; a value class refuses to allocate', async () => {
  const c = new SimCluster([0, 1, 2, 3, 4, 5, 6], 7, {}, { treeFanoutMax: 2, allocBatchIds: 100 });
  await c.claim(POOL, 0, 1);
  const a = await c.clock.until(c.node(6).alloc(POOL, SIM_RANGE_CLASS_ID, simKey('c1'), 10));
  const b = await c.clock.until(c.node(6).alloc(POOL, SIM_RANGE_CLASS_ID, simKey('c1'), 10));
  assert.deepEqual(a, { first: 1, count: 10 });
  assert.deepEqual(b, { first: 11, count: 10 });
  assert.equal(c.sourceAllocs, 1, 'one batch from the source served both');
  await assert.rejects(c.clock.until(c.node(6).alloc(POOL, SIM_CLASS_ID, simKey('c1'), 1)), (e: unknown) => e instanceof DaosError && e.code === DER.INVAL);
  await assert.rejects(c.clock.until(c.node(6).alloc(POOL, SIM_RANGE_CLASS_ID, simKey('c1'), 0)), (e: unknown) => e instanceof DaosError && e.code === DER.INVAL);
});

test('seeded: 15 caches, 3% loss, kills and a leader change: no id is handed out twice', async () => {
  for (let seed = 1; seed <= 8; seed++) {
    const ranks = Array.from({ length: 15 }, (_, i) => i);
    const c = new SimCluster(ranks, seed, { lossRate: 0.03, delayMsMin: 1, delayMsMax: 8 }, { treeFanoutMax: 3, allocBatchIds: 64 });
    await c.claim(POOL, 0, 1);
    const got: IvRange[] = [];
    const failures: string[] = [];
    let term = 1;
    let root = 0;
    const end = c.clock.nowMs() + 20_000;
    for (let t = c.clock.nowMs(); t < end; t += 10) {
      const rank = c.rng.int(15);
      const count = 1 + c.rng.int(8);
      c.clock.at(t, () => {
        const n = c.nodes.get(rank);
        if (!n || !n.namespace(POOL)) return;
        n.alloc(POOL, SIM_RANGE_CLASS_ID, simKey('c1'), count).then(
          (r) => got.push(r),
          (e: unknown) => {
            if (!(e instanceof DaosError)) failures.push(String(e));
          },
        );
      });
      if (c.rng.chance(0.003)) {
        const victim = c.rng.int(15);
        c.clock.at(t, () => {
          if (victim === root || !c.nodes.has(victim)) return;
          c.kill(victim);
          c.clock.at(c.clock.nowMs() + 1_000, () => c.start(victim));
        });
      }
      if (t % 500 === 0) c.clock.at(t, () => void c.nodes.get(root)?.announce(POOL).catch(() => undefined));
      if (t === end - 10_000) {
        c.clock.at(t, () => {
          const next = [...c.nodes.keys()].find((r) => r !== root)!;
          c.nodes.get(root)?.stopRoot(POOL, term);
          term++;
          root = next;
          void c.node(next).claimRoot({ pool: POOL, root: next, term, ranks }).catch(() => undefined);
        });
      }
    }
    await c.clock.runUntil(end + 5_000);
    assert.deepEqual(failures, [], `seed ${seed}: allocations fail only with DER errors`);
    const ids = got.flatMap((r) => Array.from({ length: r.count }, (_, i) => r.first + i));
    assert.equal(new Set(ids).size, ids.length, `seed ${seed}: an id was handed out twice`);
    assert.ok(ids.every((id) => id < c.sourceNextId), `seed ${seed}: every id came from the source`);
    assert.ok(got.length > 500, `seed ${seed}: allocations succeeded (${got.length})`);
    assert.ok(c.sourceAllocs * 4 < got.length, `seed ${seed}: the source was asked ${c.sourceAllocs} times for ${got.length} allocations`);
  }
});
