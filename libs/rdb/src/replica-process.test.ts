import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeededRng } from '@daos-nats/base';
import { ProcessCluster, type Reply } from '../test/process-cluster.js';

test('three replica processes, the leader or a follower SIGKILLed under load: acknowledged commits survive restarts and replicas converge', async () => {
  const c = new ProcessCluster();
  const rng = new SeededRng(99);
  try {
    await Promise.all([1, 2, 3].map((r) => c.start(r, true)));
    let leader: number | undefined;
    const deadline = Date.now() + 20_000;
    while ((leader = await c.leader()) === undefined && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.ok(leader !== undefined, 'a leader within 20 s');
    assert.ok((await c.call(leader, { t: 'commit', key: 0, value: '' })).ok, 'create the root');

    const acked = new Map<number, string>();
    let stop = false;
    const client = (async () => {
      let k = 1;
      while (!stop) {
        const l = await c.leader();
        if (l === undefined) {
          await new Promise((r) => setTimeout(r, 20));
          continue;
        }
        const v = `v${k}`;
        const rep = await c.call(l, { t: 'commit', key: k, value: v });
        if (rep.ok) acked.set(k++, v);
        else assert.ok(['NotLeaderError', 'TimedOutError', 'ShutdownError', 'Down', 'NoAnswer', 'BusyError'].includes(rep.err!), `${rep.err}: ${rep.msg}`);
      }
    })();
    let kills = 0;
    for (let round = 0; round < 4; round++) {
      await new Promise((r) => setTimeout(r, 400 + rng.int(400)));
      const victim = rng.chance(0.5) ? ((await c.leader()) ?? 1 + rng.int(3)) : 1 + rng.int(3);
      c.kill(victim);
      kills++;
      await new Promise((r) => setTimeout(r, 100 + rng.int(300)));
      await c.start(victim, false);
    }
    await new Promise((r) => setTimeout(r, 300));
    stop = true;
    await client;
    assert.equal(kills, 4);
    assert.ok(acked.size >= 5, `the client made progress through the kills (${acked.size} commits)`);

    // The barrier: retried until a leader commits it (after the last restart an election and a
    // catch-up may still be under way, slow on a loaded machine).
    let l: number | undefined;
    for (const end = Date.now() + 30_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
      l = await c.leader();
      if (l !== undefined && (await c.call(l, { t: 'commit', key: 1_000_000, value: 'barrier' })).ok) break;
      l = undefined;
    }
    assert.ok(l !== undefined, 'a leader committed the barrier within 30 s');
    const target = (await c.call(l, { t: 'status' })).applied!;
    const status = new Map<number, Reply>();
    for (const end = Date.now() + 20_000; Date.now() < end; ) {
      for (const r of [1, 2, 3]) status.set(r, await c.call(r, { t: 'status' }));
      if ([1, 2, 3].every((r) => (status.get(r)?.applied ?? 0) >= target)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok([1, 2, 3].every((r) => (status.get(r)?.applied ?? 0) >= target), 'every replica applied the barrier within 20 s');
    const dumps = [1, 2, 3].map((r) => Buffer.from(status.get(r)!.dump!).toString('hex'));
    assert.equal(new Set(dumps).size, 1, 'byte-identical state on every replica');
    const keys = [...acked.keys()];
    const read = await c.call(l, { t: 'read', keys });
    assert.ok(read.ok, `${read.err}: ${read.msg}`);
    assert.deepEqual(read.values, keys.map((k) => acked.get(k)));
    assert.deepEqual(c.unexpectedExits, []);
  } finally {
    c.stop();
  }
});
