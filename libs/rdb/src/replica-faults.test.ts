import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ShutdownError } from '@daos-nats/base';
import { ReadOnlyOption } from '@daos-nats/raft';
import { dictate } from './dictate.js';
import { KvsClass } from './keys.js';
import { packReplicaId } from './replica-id.js';
import { TestCluster, waitFor } from '../test/test-cluster.js';

const b = (s: string) => new TextEncoder().encode(s);
const s = (u: Uint8Array) => new TextDecoder().decode(u);

async function withCluster(opts: ConstructorParameters<typeof TestCluster>[0], fn: (c: TestCluster) => Promise<void>, seed = 1): Promise<void> {
  const c = new TestCluster(opts, seed);
  try {
    await fn(c);
  } finally {
    c.shutdown();
  }
}

test('over a lossy network (20% of messages dropped) every commit eventually lands and replicas converge; no persist-before-send check fires', async () => {
  const fatal: unknown[] = [];
  await withCluster({ onFatal: (e) => fatal.push(e), compactEntriesMin: 16, logEntriesMax: 32 }, async (c) => {
    c.create([1, 2, 3]);
    c.net.dropRate = 0.2;
    let leader = await c.leader(10_000);
    await (await leader.begin()).createRoot(KvsClass.Integer).commit();
    let done = 0;
    for (let i = 0; done < 40 && i < 200; i++) {
      try {
        leader = await c.leader(10_000);
        const tx = await leader.begin();
        // Idempotent by construction: a retry after an uncertain failure writes the same value.
        await tx.update([], BigInt(done), b(`v${done}`)).commit();
        done++;
      } catch (e) {
        assert.ok((e as Error).name === 'NotLeaderError' || (e as Error).name === 'TimedOutError', String(e));
      }
    }
    assert.equal(done, 40);
    c.net.dropRate = 0;
    const l = await c.leader();
    await (await l.begin()).update([], 9999n, b('barrier')).commit();
    await c.applied(l.appliedIndex, [1, 2, 3], 10_000);
    const items = await (await l.begin()).iterate([]);
    assert.equal(items.length, 41);
    for (const r of [1, 2, 3]) assert.deepEqual(c.get(r).state.dump(), l.state.dump());
    assert.ok(c.net.droppedMessages > 0);
  }, 7);
  assert.deepEqual(fatal, []);
});

test('a follower restarted from its file resumes at its applied index (no replay, no skip) and catches up', async () => {
  await withCluster({}, async (c) => {
    c.create([1, 2, 3]);
    const leader = await c.leader();
    await (await leader.begin()).createRoot(KvsClass.Generic).update([], 'a', b('1')).commit();
    const f = [1, 2, 3].find((r) => c.get(r) !== leader)!;
    await c.applied(leader.appliedIndex, [f]);
    const appliedBefore = c.get(f).appliedIndex;
    c.close(f);
    for (let i = 0; i < 10; i++) await (await leader.begin()).update([], `k${i}`, b(String(i))).commit();
    const back = c.open(f);
    // RdbState.apply asserts each entry follows the applied index: a replay or a gap would be fatal.
    assert.equal(back.appliedIndex, appliedBefore);
    await c.applied(leader.appliedIndex, [f]);
    assert.deepEqual(back.state.dump(), leader.state.dump());
  });
});

test('with lease-based reads the leader answers queries from its lease, still only with committed state', async () => {
  await withCluster({ raft: { electionTimeoutTicks: 15, heartbeatTicks: 3, readOnlyOption: ReadOnlyOption.LeaseBased, checkQuorum: true } }, async (c) => {
    c.create([1, 2, 3]);
    const leader = await c.leader();
    await (await leader.begin()).createRoot(KvsClass.Lexical).update([], 'x', b('1')).commit();
    const tx = await leader.begin();
    assert.equal(s(await tx.lookup([], 'x')), '1');
    assert.equal(s((await tx.fetch([], 'last')).value!), '1');
  });
});

test('a storage failure stops the replica: waiting commits fail with DER_SHUTDOWN and onFatal is told', async () => {
  const fatal: unknown[] = [];
  await withCluster({ onFatal: (e) => fatal.push(e) }, async (c) => {
    c.create([1, 2, 3]);
    const leader = await c.leader();
    await (await leader.begin()).createRoot(KvsClass.Generic).commit();
    leader.storage.persist = () => {
      throw new Error('disk on fire');
    };
    const tx = await leader.begin();
    await assert.rejects(tx.update([], 'k', b('v')).commit(), ShutdownError);
    assert.equal(fatal.length, 1);
    assert.match(String(fatal[0]), /disk on fire/);
    await assert.rejects(leader.begin(), ShutdownError);
    // The others elect a new leader and go on.
    const others = [1, 2, 3].filter((r) => c.get(r) !== leader);
    const next = await c.leader(5000, others);
    await (await next.begin()).update([], 'k', b('v')).commit();
  });
});

test('dictate: after losing a majority for good, one replica becomes the whole membership and serves its data', async () => {
  await withCluster({}, async (c) => {
    c.create([1, 2, 3]);
    const leader = await c.leader();
    await (await leader.begin()).createRoot(KvsClass.Generic).update([], 'kept', b('yes')).commit();
    await c.applied(leader.appliedIndex);
    const survivor = 2;
    for (const r of [1, 2, 3]) c.close(r);
    dictate(c.file(survivor), TestCluster.id(survivor));
    const alone = c.open(survivor);
    await waitFor('the survivor leads alone', () => alone.isLeader);
    assert.deepEqual(alone.members(), [TestCluster.id(survivor)]);
    assert.equal(s(await (await alone.begin()).lookup([], 'kept')), 'yes');
    await (await alone.begin()).update([], 'new', b('1')).commit();
    assert.throws(() => dictate(c.file(1), TestCluster.id(2)), /belongs to replica 1\.1/);
  });
});

test("the transport's restored signal reaches raft: a leader heartbeats every follower at once, a follower with a leader stays put", async () => {
  await withCluster({}, async (c) => {
    c.create([1, 2, 3]);
    const leader = await c.leader();
    await (await leader.begin()).createRoot(KvsClass.Generic).commit();
    const term = leader.status().hardState.term;
    const leaderRank = [1, 2, 3].find((r) => c.get(r) === leader)!;
    const before = c.net.sentMessages;
    c.net.restore(packReplicaId(TestCluster.id(leaderRank)));
    // Synchronous: the heartbeats left before restore() returned, not at the next heartbeat tick.
    assert.equal(c.net.sentMessages - before, 2);
    const follower = [1, 2, 3].find((r) => r !== leaderRank)!;
    c.net.restore(packReplicaId(TestCluster.id(follower)));
    await (await leader.begin()).update([], 'after', b('1')).commit();
    assert.ok(leader.isLeader);
    assert.equal(leader.status().hardState.term, term, 'no election');
  });
});

test('after every link was down for longer than an election timeout, restore() elects a leader that commits', async () => {
  await withCluster({}, async (c) => {
    c.create([1, 2, 3]);
    const leader = await c.leader();
    await (await leader.begin()).createRoot(KvsClass.Generic).commit();
    for (const r of [1, 2, 3]) c.net.isolate(packReplicaId(TestCluster.id(r)));
    // Check-quorum deposes the leader after one election timeout (15 ticks of 10 ms).
    await waitFor('the leader to step down', () => ![1, 2, 3].some((r) => c.get(r).isLeader), 5000);
    c.net.restore();
    const next = await c.leader(5000);
    await (await next.begin()).update([], 'after', b('1')).commit();
    assert.ok(next.status().hardState.term > 0);
  });
});
