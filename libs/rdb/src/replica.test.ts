import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DER, NoSpaceError, NotLeaderError, type DaosError } from '@daos-nats/base';
import fs from 'node:fs';
import { MessageType, readAllSnapshotBytes, SnapshotTemporarilyUnavailableError, type Message, type Snapshot } from '@daos-nats/raft';
import { KvsClass } from './keys.js';
import type { LeadershipEvent } from './leadership-events.js';
import { TestCluster, waitFor } from '../test/test-cluster.js';

const b = (s: string) => new TextEncoder().encode(s);
const s = (u: Uint8Array) => new TextDecoder().decode(u);

async function withCluster(opts: ConstructorParameters<typeof TestCluster>[0], fn: (c: TestCluster) => Promise<void>): Promise<void> {
  const c = new TestCluster(opts);
  try {
    await fn(c);
  } finally {
    c.shutdown();
  }
}

test('three replicas: a committed transaction reads back on the leader and is applied identically everywhere', async () => {
  await withCluster({}, async (c) => {
    c.create([1, 2, 3]);
    const leader = await c.leader();
    const tx = await leader.begin();
    tx.createRoot(KvsClass.Generic).createKvs([], 'pools', KvsClass.Lexical).update(['pools'], 'tank', b('10 TB'));
    const res = await tx.commit();
    assert.ok(res && res.error === undefined);
    const rd = await leader.begin();
    assert.equal(s(await rd.lookup(['pools'], 'tank')), '10 TB');
    assert.deepEqual((await rd.iterate(['pools'])).map((it) => s(it.key)), ['tank']);
    // A query does not see its own transaction's pending updates.
    rd.update(['pools'], 'tank', b('20 TB'));
    assert.equal(s(await rd.lookup(['pools'], 'tank')), '10 TB');
    rd.discard();
    assert.throws(() => rd.update([], 'x', b('y')), /already committed or discarded/);
    const early = await leader.begin();
    assert.throws(() => early.update([], 'k', new Uint8Array()), (e: DaosError) => e.code === DER.INVAL);
    assert.throws(() => early.update(Array.from({ length: 33 }, () => 'p'), 'k', b('v')), /path depth 33/);
    early.discard();
    // A deterministic failure is the commit's error, and changes nothing.
    const bad = await leader.begin();
    bad.update(['pools'], 'pond', b('1 TB')).delete(['pools'], 'lake');
    await assert.rejects(bad.commit(), (e: DaosError) => e.code === DER.NONEXIST);
    await c.applied(leader.appliedIndex);
    const dumps = [1, 2, 3].map((r) => Buffer.from(c.get(r).state.dump()).toString('hex'));
    assert.equal(new Set(dumps).size, 1, 'every replica holds byte-identical state');
    const r2 = await leader.begin();
    await assert.rejects(r2.lookup(['pools'], 'pond'), (e: DaosError) => e.code === DER.NONEXIST);
  });
});

test('a follower refuses transactions with DER_NOTLEADER and a hint to the leader', async () => {
  await withCluster({}, async (c) => {
    c.create([1, 2, 3]);
    const leader = await c.leader();
    const follower = [...c.replicas.values()].find((r) => r !== leader)!;
    await waitFor('the follower knows the leader', () => follower.leaderId !== undefined);
    await assert.rejects(follower.begin(), (e: unknown) => e instanceof NotLeaderError && e.hint?.rank === leader.cfg.id.rank && e.hint.term === leader.currentTerm);
  });
});

test('leader loss: a transaction of the old term fails with DER_NOTLEADER; the new leader serves', async () => {
  await withCluster({}, async (c) => {
    c.create([1, 2, 3]);
    const old = await c.leader();
    const tx0 = await old.begin();
    await tx0.createRoot(KvsClass.Generic).update([], 'k', b('v1')).commit();
    const oldTerm = old.currentTerm;
    const tx = await old.begin(oldTerm);
    tx.update([], 'k', b('lost'));
    c.net.isolate(old.nodeId);
    const others = [...c.replicas.entries()].filter(([, r]) => r !== old).map(([k]) => k);
    const next = await c.leader(5000, others);
    assert.ok(next.currentTerm > oldTerm);
    // The deposed leader's commit cannot succeed: it times out of leadership (check-quorum) or is told.
    await assert.rejects(tx.commit(), (e: unknown) => e instanceof NotLeaderError);
    await assert.rejects(next.begin(oldTerm), NotLeaderError, 'a transaction bound to the old term fails on the new leader too');
    const rd = await next.begin();
    assert.equal(s(await rd.lookup([], 'k')), 'v1', 'the uncommitted update of the old term is gone');
    c.net.heal();
    await waitFor('the old leader follows', () => !old.isLeader && old.currentTerm === next.currentTerm);
    await assert.rejects(old.begin(oldTerm), NotLeaderError);
  });
});

test('leadership events arrive in order: step-up after the debut entry, step-down on loss', async () => {
  await withCluster({}, async (c) => {
    c.create([1, 2, 3]);
    const leader = await c.leader();
    const seen: LeadershipEvent[] = [];
    leader.onLeadership((e) => void seen.push(e));
    const term = leader.currentTerm;
    c.net.isolate(leader.nodeId);
    await waitFor('the isolated leader steps down', () => !leader.isLeader);
    await leader.leadershipIdle();
    assert.deepEqual(seen, [
      { kind: 'step-up', term },
      { kind: 'step-down', term },
    ]);
  });
});

test('a lagging replica catches up by snapshot once the leader compacted past it', async () => {
  await withCluster({ compactEntriesMin: 8, logEntriesMax: 16 }, async (c) => {
    c.create([1, 2, 3]);
    const leader = await c.leader();
    const lagging = [...c.replicas.values()].find((r) => r !== leader)!;
    await (await leader.begin()).createRoot(KvsClass.Integer).commit();
    c.net.isolate(lagging.nodeId);
    for (let i = 0; i < 40; i++) await (await leader.begin()).update([], BigInt(i), b(`v${i}`)).commit();
    assert.ok(leader.storage.firstIndex() > lagging.appliedIndex + 1, 'the leader no longer holds what the follower needs');
    let snaps = 0;
    const handler = (m: Message) => m.type === MessageType.Snap && snaps++;
    const origSend = c.net['deliver'].bind(c.net);
    c.net['deliver'] = (to: Message['to'], m: Message) => (handler(m), origSend(to, m));
    c.net.heal();
    await c.applied(leader.appliedIndex, [1, 2, 3], 10000);
    assert.ok(snaps > 0, 'the catch-up used a snapshot');
    assert.deepEqual(lagging.state.dump(), leader.state.dump());
    assert.ok(lagging.storage.firstIndex() > 1);
    const stored = lagging.storage.db.prepare('SELECT length(data) FROM snapshot WHERE id = 0').pluck().get();
    assert.equal(stored, 0, 'the state tables are the snapshot: its bytes are not kept as one BLOB besides');
    // And it keeps following with ordinary appends afterwards.
    await (await leader.begin()).update([], 1000n, b('after')).commit();
    await c.applied(leader.appliedIndex, [1, 2, 3]);
    assert.deepEqual(lagging.state.dump(), leader.state.dump());
  });
});

test('add a replica online, then remove one; membership is stored and survives restart', async () => {
  await withCluster({}, async (c) => {
    c.create([1, 2, 3]);
    const leader = await c.leader();
    await (await leader.begin()).createRoot(KvsClass.Generic).update([], 'a', b('1')).commit();
    c.create([4], []); // a new, empty replica: it learns everything from the leader
    await leader.addReplica(TestCluster.id(4));
    assert.deepEqual(leader.members().map((m) => m.rank).sort(), [1, 2, 3, 4]);
    await c.applied(leader.appliedIndex, [4]);
    assert.deepEqual(c.get(4).state.confState, leader.state.confState);
    assert.deepEqual(c.get(4).state.dump(), leader.state.dump());
    assert.deepEqual(c.get(4).members().map((m) => m.rank).sort(), [1, 2, 3, 4]);
    const victim = [1, 2, 3].find((r) => c.get(r) !== leader)!;
    await leader.removeReplica(TestCluster.id(victim));
    assert.deepEqual(leader.members().map((m) => m.rank).sort(), [1, 2, 3, 4].filter((r) => r !== victim));
    assert.equal(leader.isMember, true);
    c.get(victim).destroy();
    c.replicas.delete(victim);
    await (await leader.begin()).update([], 'b', b('2')).commit();
    await c.applied(leader.appliedIndex);
    // Restart every replica: membership and state come back from the files.
    const ranks = [...c.replicas.keys()];
    for (const r of ranks) c.close(r);
    for (const r of ranks) c.open(r);
    const again = await c.leader();
    assert.deepEqual(again.members().map((m) => m.rank).sort(), ranks.sort());
    assert.equal(s(await (await again.begin()).lookup([], 'b')), '2');
  });
});

test('space guard: below the floor the leader refuses non-critical transactions with DER_NOSPACE; critical ones pass', async () => {
  let free = 1 << 30;
  await withCluster({ freeSpaceBytes: () => free, freeSpaceFloorBytes: 1 << 20 }, async (c) => {
    c.create([1, 2, 3]);
    const leader = await c.leader();
    await (await leader.begin()).createRoot(KvsClass.Generic).update([], 'junk', b('x')).commit();
    const before = leader.appliedIndex;
    free = 1000;
    await assert.rejects((await leader.begin()).update([], 'more', b('y')).commit(), NoSpaceError);
    assert.equal(leader.status().lastIndex, before, 'nothing was appended');
    assert.ok(leader.storage.firstIndex() > 1, 'the refusal triggered compaction');
    await (await leader.begin()).delete([], 'junk').commit();
    free = 1 << 30;
    await (await leader.begin()).update([], 'more', b('y')).commit();
  });
});

test('a replica added after compaction joins by snapshot', async () => {
  await withCluster({ compactEntriesMin: 8, logEntriesMax: 16 }, async (c) => {
    c.create([1, 2, 3]);
    const leader = await c.leader();
    await (await leader.begin()).createRoot(KvsClass.Integer).commit();
    for (let i = 0; i < 30; i++) await (await leader.begin()).update([], BigInt(i), b(`v${i}`)).commit();
    await c.applied(leader.appliedIndex);
    assert.ok(leader.storage.firstIndex() > 8, 'the founding entries are compacted away');
    c.create([4], []);
    await leader.addReplica(TestCluster.id(4));
    await c.applied(leader.appliedIndex, [4], 10_000);
    assert.deepEqual(c.get(4).state.dump(), leader.state.dump());
    assert.deepEqual(c.get(4).members().map((m) => m.rank).sort(), [1, 2, 3, 4]);
    assert.ok(c.get(4).storage.firstIndex() > 8, 'replica 4 started from a snapshot, not from index 1');
  });
});

test('the snapshot is prepared in the background (raft retries meanwhile), then served from its file, also mid-apply', async () => {
  await withCluster({}, async (c) => {
    c.create([1, 2, 3]);
    const leader = await c.leader();
    await (await leader.begin()).createRoot(KvsClass.Generic).commit();
    const db = (leader as unknown as { db: import('./sqlite-file.js').SqliteDb }).db;
    assert.throws(() => leader.storage.snapshot(), SnapshotTemporarilyUnavailableError, 'the first ask starts the preparation');
    const applied = leader.appliedIndex;
    const dumpAtAsk = leader.state.dump();
    let snap: Snapshot | undefined;
    for (const deadline = Date.now() + 5000; snap === undefined && Date.now() < deadline; await new Promise((r) => setTimeout(r, 5))) {
      try {
        snap = leader.storage.snapshot();
      } catch (e) {
        if (!(e instanceof SnapshotTemporarilyUnavailableError)) throw e;
      }
    }
    assert.ok(snap, 'prepared within 5 s');
    assert.equal(snap.meta.index, applied);
    assert.deepEqual(readAllSnapshotBytes(snap.data), dumpAtAsk, 'the state at one applied index, encoded as dump() encodes it');
    assert.ok(fs.existsSync(leader.cfg.file + '.snap-out'), 'served from <file>.snap-out');
    assert.ok(!fs.existsSync(leader.cfg.file + '.snap-copy'), 'the consistent copy is gone once encoded');
    // Once prepared, the same (consistent) snapshot may be handed out anywhere, even mid-apply.
    assert.equal(db.transaction(() => leader.storage.snapshot())(), snap);
  });
});

test('concurrent queries share ReadIndex rounds, and a query begun after a commit resolved sees it', async () => {
  await withCluster({}, async (c) => {
    c.create([1, 2, 3]);
    const leader = await c.leader();
    await (await leader.begin()).createRoot(KvsClass.Integer).commit();
    let readIndexBeats = 0;
    const origSend = c.net['deliver'].bind(c.net);
    c.net['deliver'] = (to: Message['to'], m: Message) => {
      if (m.type === MessageType.Heartbeat && m.context && m.context.byteLength > 0) readIndexBeats++;
      return origSend(to, m);
    };
    const writes = Array.from({ length: 20 }, async (_, i) => {
      await (await leader.begin()).update([], BigInt(i), b(`v${i}`)).commit();
      // Linearizable: this read starts after the write was acknowledged, so it must see it.
      assert.equal(s(await (await leader.begin()).lookup([], BigInt(i))), `v${i}`);
    });
    await Promise.all(writes);
    const before = readIndexBeats;
    const tx = await leader.begin();
    const reads = await Promise.all(Array.from({ length: 50 }, (_, i) => tx.lookup([], BigInt(i % 20))));
    assert.equal(reads.length, 50);
    // One batch of 50 reads: one ReadIndex round, i.e. one heartbeat per follower.
    assert.ok(readIndexBeats - before >= 1, 'reads confirm leadership through ReadIndex heartbeats');
    assert.ok(readIndexBeats - before <= 4, `50 concurrent reads cost ${readIndexBeats - before} ReadIndex heartbeats`);
  });
});

test('resign hands leadership of the term to another replica; a transaction of that term then fails', async () => {
  await withCluster({}, async (c) => {
    c.create([1, 2, 3]);
    const leader = await c.leader();
    await (await leader.begin()).createRoot(KvsClass.Generic).commit();
    const term = leader.currentTerm;
    const tx = await leader.begin(term);
    leader.resign(term);
    await waitFor('another replica leads', () => [...c.replicas.values()].some((r) => r !== leader && r.isLeader));
    await assert.rejects(tx.update([], 'k', b('v')).commit(), NotLeaderError);
    const next = await c.leader();
    assert.ok(next.currentTerm > term);
    leader.resign(term); // not leading it any more: nothing happens
  });
});

test('the leader removes itself: the change commits, leadership moves on, the old leader knows it is out', async () => {
  await withCluster({}, async (c) => {
    c.create([1, 2, 3]);
    const leader = await c.leader();
    await (await leader.begin()).createRoot(KvsClass.Generic).commit();
    await leader.removeReplica(leader.cfg.id);
    assert.equal(leader.isMember, false);
    const others = [1, 2, 3].filter((r) => c.get(r) !== leader);
    const next = await c.leader(5000, others);
    assert.deepEqual(next.members().map((m) => m.rank).sort(), others);
    await (await next.begin()).update([], 'k', b('v')).commit();
    await waitFor('the removed replica no longer serves', () => !leader.isLeader);
  });
});

test('readLocal: the serving leader reads its applied state without a round; a follower or a past term gets DER_NOTLEADER', async () => {
  await withCluster({}, async (c) => {
    c.create([1, 2, 3]);
    const leader = await c.leader();
    const term = leader.currentTerm;
    await (await leader.begin(term)).createRoot(KvsClass.Generic).update([], 'k', b('v1')).commit();
    await leader.leading(term);
    assert.deepEqual(leader.readLocal(term).lookup([], 'k'), b('v1'), 'its own commit is visible at once');
    const follower = [...c.replicas.values()].find((r) => r !== leader)!;
    assert.throws(() => follower.readLocal(term), NotLeaderError);
    leader.resign(term);
    await waitFor('another replica leads', () => [...c.replicas.values()].some((r) => r !== leader && r.isLeader));
    assert.throws(() => leader.readLocal(term), NotLeaderError, 'a deposed leader reads nothing locally');
  });
});
