import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeededRng } from '@daos-nats/base';
import { KvsClass } from './keys.js';
import { packReplicaId } from './replica-id.js';
import { TestCluster, waitFor } from '../test/test-cluster.js';

const b = (s: string) => new TextEncoder().encode(s);

/** Errors a client may see while the cluster is disturbed; anything else fails the test. */
const RETRYABLE = new Set(['NotLeaderError', 'TimedOutError', 'ShutdownError', 'BusyError']);

test('chaos (seeded choices, real timers): partitions, restarts and message loss never lose an acknowledged commit; replicas converge', async () => {
  const rng = new SeededRng(2024);
  const c = new TestCluster({ compactEntriesMin: 16, logEntriesMax: 48, commitTimeoutMs: 1500 }, 2024);
  const fatal: unknown[] = [];
  try {
    c.create([1, 2, 3], [1, 2, 3], { onFatal: (e) => fatal.push(e) });
    const first = await c.leader(10_000);
    await (await first.begin()).createRoot(KvsClass.Integer).commit();
    const acked = new Map<number, string>();
    let stop = false;
    const client = (async () => {
      let k = 0;
      while (!stop) {
        const leader = [...c.replicas.values()].find((r) => r.isLeader);
        if (!leader) {
          await new Promise((r) => setTimeout(r, 10));
          continue;
        }
        const v = `v${k}`;
        try {
          await (await leader.begin()).update([], BigInt(k), b(v)).commit();
          acked.set(k, v);
          k++;
        } catch (e) {
          if (!RETRYABLE.has((e as Error).name)) throw e;
        }
      }
    })();
    const down = new Set<number>();
    for (let round = 0; round < 12; round++) {
      await new Promise((r) => setTimeout(r, 100 + rng.int(150)));
      const victim = 1 + rng.int(3);
      switch (rng.int(3)) {
        case 0: // cut one replica off for a while
          c.net.isolate(packReplicaId(TestCluster.id(victim)));
          setTimeout(() => c.net.heal(packReplicaId(TestCluster.id(victim))), 150 + rng.int(300));
          break;
        case 1: // stop one replica and bring it back from its file
          if (down.size === 0 && c.replicas.has(victim)) {
            c.close(victim);
            down.add(victim);
            setTimeout(() => {
              c.open(victim, { onFatal: (e) => fatal.push(e) });
              down.delete(victim);
            }, 100 + rng.int(300));
          }
          break;
        default: // a burst of loss
          c.net.dropRate = 0.3;
          setTimeout(() => (c.net.dropRate = 0), 200);
      }
    }
    await waitFor('every replica back', () => down.size === 0, 5000);
    c.net.heal();
    c.net.dropRate = 0;
    stop = true;
    await client;
    const leader = await c.leader(10_000);
    await (await leader.begin()).update([], 1_000_000n, b('barrier')).commit();
    await c.applied(leader.appliedIndex, [1, 2, 3], 10_000);
    assert.ok(acked.size >= 10, `the client made progress (${acked.size} commits)`);
    const tx = await leader.begin();
    for (const [k, v] of acked) assert.equal(new TextDecoder().decode(await tx.lookup([], BigInt(k))), v, `acknowledged key ${k}`);
    const dump = leader.state.dump();
    for (const r of [1, 2, 3]) assert.deepEqual(c.get(r).state.dump(), dump, `replica ${r} converged`);
    assert.deepEqual(fatal, []);
  } finally {
    c.shutdown();
  }
});
