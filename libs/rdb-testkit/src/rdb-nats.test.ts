// rdb over a real nats-server: three (or four) replica processes with real SQLite files, raft
// over RaftLink + RaftRouter, driven through each node's control subject. One cluster per group
// of scenarios; every wait is a waitFor with a named deadline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NonexistError, NoSpaceError, rank } from '@daos-nats/base';
import type { ReplicaId } from '@daos-nats/rdb';
import { ClusterWriter, isTransient, RdbCluster, rdbNodeOps, type RdbNodeTuning, type WriteOp } from './rdb-cluster.js';


/**
 * rdb's default timing (100 ms ticks, elections after 1-2 s): shorter timeouts make a loaded
 * 2-core machine elect needlessly. Steps that need one leader throughout retry when it moves.
 */
const TUNING: Partial<RdbNodeTuning> = { tickIntervalMs: 100, electionTimeoutTicks: 10, heartbeatTicks: 1, commitTimeoutMs: 5000 };
/** Compacts after 16 applied entries and keeps at most 32 for a lagging follower. */
const SMALL_LOG: Partial<RdbNodeTuning> = { ...TUNING, compactEntriesMin: 16, logEntriesMax: 32 };
/** Writes acknowledged (or ridden through) by a background writer before the next step. */
const PROGRESS_WRITES = 20;
const PROGRESS_TIMEOUT_MS = 30_000;
const CONVERGE_TIMEOUT_MS = 30_000;
const MEMBERSHIP_TIMEOUT_MS = 20_000;
/** How long a step is retried while leadership moves. */
const LEADER_RETRY_TIMEOUT_MS = 60_000;
/** Transactions committed while a replica is down, well past the 32-entry log. */
const LAG_TXS = 200;
/** Keys per read request. */
const READ_BATCH_KEYS = 256;

const id = (r: number): ReplicaId => ({ rank: rank(r), gen: 1 });
const put = (key: string, value: string) => ({ op: 'put', key, value }) as const;

/**
 * Run `fn` again while it fails with a transient error (the leader moved, a node is restarting),
 * until LEADER_RETRY_TIMEOUT_MS: for steps that need one leader from start to end.
 */
async function retryTransient<T>(fn: () => Promise<T>): Promise<T> {
  const deadline = performance.now() + LEADER_RETRY_TIMEOUT_MS;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (!isTransient(e) || performance.now() >= deadline) throw e;
    }
  }
}

/** Read every key of `expected` on the current leader and compare. */
async function assertAllFound(c: RdbCluster, expected: ReadonlyMap<string, string | null>): Promise<void> {
  const keys = [...expected.keys()];
  for (let i = 0; i < keys.length; i += READ_BATCH_KEYS) {
    const batch = keys.slice(i, i + READ_BATCH_KEYS);
    const [leader, got] = await retryTransient(async () => {
      const l = (await c.leader()).rank;
      return [l, await c.read(l, batch)] as const;
    });
    assert.deepEqual(got, batch.map((k) => expected.get(k)), `keys ${i}..${i + batch.length - 1} on rank ${leader}`);
  }
}

test('three rdb replica processes over NATS: commit, deterministic errors, space guard, leader kill, restart of all', async (t) => {
  await using c = await RdbCluster.start({ tuning: TUNING, seed: 11 });
  await c.writeToLeader([{ op: 'createRoot', cls: 'lexical' }]);
  /** Everything the cluster acknowledged, checked again after the full restart at the end. */
  const expected = new Map<string, string | null>();

  await t.test('commit and read back: one transaction is one entry, and all replicas converge', async () => {
    const ops = [...Array.from({ length: 10 }, (_, i) => put(`k${i}`, `v${i}`)), { op: 'putCritical', key: 'k10', value: 'v10' } as const];
    const rep = await retryTransient(async () => {
      const leader = (await c.leader()).rank;
      const before = await c.status(leader);
      const r = await c.write(leader, ops);
      assert.equal(r.index, before.lastIndex + 1, 'eleven updates, one log entry');
      assert.deepEqual(await c.read(leader, ['k0', 'k10', 'nope']), ['v0', 'v10', null]);
      return r;
    });
    for (const o of ops) expected.set(o.key, o.value);

    const statuses = await c.converged({ timeoutMs: CONVERGE_TIMEOUT_MS });
    assert.equal(statuses.length, 3);
    for (const s of statuses) {
      assert.ok(s.applied >= rep.index, `rank ${s.id.rank} applied ${s.applied} >= ${rep.index}`);
      assert.deepEqual(s.members.map((m) => m.rank).sort(), [1, 2, 3]);
      assert.equal(s.router.malformed, 0);
    }
  });

  await t.test('a deterministic error is the same answer whichever replica leads, and changes nothing', async () => {
    // One valid update and one delete of a missing key: the entry commits, and every replica
    // rolls the whole transaction back with the same DER_NONEXIST.
    const ops: WriteOp[] = [put('det-new', 'x'), { op: 'delete', key: 'det-missing' }];
    const answers: string[] = [];
    for (const r of [1, 2, 3]) {
      // Retried only if rank r loses its leadership before it answers.
      const answer = await retryTransient(async () => {
        const { term } = await c.makeLeader(id(r));
        const before = await c.status(r);
        const e = await c.write(r, ops).then(() => undefined, (err: unknown) => err);
        if (isTransient(e)) throw e;
        assert.ok(e instanceof NonexistError, `rank ${r} answered ${String(e)}`);
        const after = await c.status(r);
        assert.equal(after.term, term, 'the same leadership throughout');
        assert.ok(after.applied > before.lastIndex, `the failed transaction was committed as an entry (applied ${after.applied}, was last ${before.lastIndex})`);
        return `${e.code} ${e.message}`;
      });
      answers.push(answer);
    }
    assert.deepEqual(await retryTransient(async () => c.read((await c.leader()).rank, ['det-new'])), [null], 'nothing of the failed transaction applied');
    assert.equal(answers.length, 3);
    assert.equal(new Set(answers).size, 1, `one answer: ${answers.join(' | ')}`);
    assert.match(answers[0]!, /^-1005 /, 'DER_NONEXIST');
    await c.converged({ timeoutMs: CONVERGE_TIMEOUT_MS });
  });

  await t.test('the space guard refuses ordinary writes when space is short; a critical delete passes', async () => {
    await c.writeToLeader([put('doomed', 'x')]);
    // Every replica reports no space, so the guard holds whichever of them leads.
    for (const r of c.ranks) await c.setFreeSpace(r, 0);
    await assert.rejects(c.writeToLeader([put('refused', 'y')]), NoSpaceError);
    await assert.rejects(c.writeToLeader([put('refused', 'y'), { op: 'createKvs', key: 'refused-kvs', cls: 'generic' }]), NoSpaceError);
    await c.writeToLeader([{ op: 'delete', key: 'doomed' }]);
    await c.writeToLeader([{ op: 'putCritical', key: 'marker', value: 'm' }]);
    expected.set('doomed', null).set('refused', null).set('marker', 'm');
    await assertAllFound(c, expected);

    for (const r of c.ranks) await c.setFreeSpace(r, null);
    await c.writeToLeader([put('after-space', 'z')]);
    expected.set('after-space', 'z');
    await assertAllFound(c, expected);
  });

  await t.test('kill -9 the leader while writing: a new leader takes over and every acknowledged write is there', async () => {
    const w = new ClusterWriter(c, { prefix: 'kill', inFlight: 4 }).start();
    try {
      await w.waitAcked(PROGRESS_WRITES, PROGRESS_TIMEOUT_MS);
      const old = await c.leader();
      await c.kill(old.rank);
      const ackedAtKill = w.acked.size;
      const next = await c.leader({ afterTerm: old.term });
      assert.notEqual(next.rank, old.rank);
      await w.waitAcked(ackedAtKill + PROGRESS_WRITES, PROGRESS_TIMEOUT_MS);
      await w.stop();
      assert.deepEqual(w.unexpected, []);
      for (const [k, v] of w.acked) expected.set(k, v);
      await assertAllFound(c, expected);

      await c.restart(id(old.rank));
      const statuses = await c.converged({ timeoutMs: CONVERGE_TIMEOUT_MS });
      assert.equal(statuses.length, 3, 'the killed replica is back and caught up');
    } finally {
      await w.stop();
    }
  });

  await t.test('restart all (kill -9 every replica): everything acknowledged is found', async () => {
    const before = await c.converged({ timeoutMs: CONVERGE_TIMEOUT_MS });
    for (const r of c.ranks) await c.kill(r);
    await Promise.all([1, 2, 3].map((r) => c.restart(id(r))));
    await c.leader();
    await assertAllFound(c, expected);
    const after = await c.converged({ timeoutMs: CONVERGE_TIMEOUT_MS });
    // Reading added no entry but the new leader's empty one; the state is the same.
    assert.equal(after[0]!.stateSha256, before[0]!.stateSha256, 'the state survived the restart byte for byte');
    assert.ok(after[0]!.applied > before[0]!.applied, 'the new term appended its first entry');
  });

  assert.deepEqual(c.unexpectedExits, []);
});

test('rdb over NATS with a short log: snapshot catch-up, adding and removing a replica while writing', async (t) => {
  await using c = await RdbCluster.start({ tuning: SMALL_LOG, seed: 23 });
  await c.writeToLeader([{ op: 'createRoot', cls: 'generic' }]);

  await t.test('a replica stopped long enough to be compacted past catches up by snapshot', async () => {
    const leader = (await c.leader()).rank;
    const f = c.ranks.find((r) => r !== leader)!;
    const atStop = await c.status(f);
    await c.kill(f);
    // Each run stops at its first failure (a leader change): run again until LAG_TXS committed.
    let committed = 0;
    await retryTransient(async () => {
      while (committed < LAG_TXS) {
        const req = { count: LAG_TXS - committed, inFlight: 8, keyBytes: 16, valueBytes: 128 };
        const run = await c.call((await c.leader()).rank, rdbNodeOps.workload, req, PROGRESS_TIMEOUT_MS);
        committed += run.committed;
        if (run.failed) assert.match(run.firstError ?? '', /^NotLeaderError/, 'only a leader change may stop the workload');
      }
    });
    const l = await c.status((await c.leader()).rank);
    assert.ok(l.firstIndex > atStop.applied + 1, `the leader compacted past the stopped replica (log from ${l.firstIndex}, it applied ${atStop.applied})`);

    await c.restart(id(f));
    const statuses = await c.converged({ timeoutMs: CONVERGE_TIMEOUT_MS });
    const back = statuses.find((s) => s.id.rank === f)!;
    assert.ok(back.snapshotChunksReceived > 0, 'it was caught up by a snapshot');
    assert.ok(back.applied >= l.applied);
  });

  await t.test('add a fourth replica and remove a founder while writing', async () => {
    const w = new ClusterWriter(c, { prefix: 'member', inFlight: 4 }).start();
    try {
      await w.waitAcked(PROGRESS_WRITES, PROGRESS_TIMEOUT_MS);
      await c.startNode(id(4), { create: true, members: [] });
      // Adding a voter twice, or removing one twice, changes nothing: safe to retry.
      const added = await retryTransient(async () => c.call((await c.leader()).rank, rdbNodeOps.addReplica, { id: id(4) }, MEMBERSHIP_TIMEOUT_MS));
      assert.deepEqual(added.members.map((m) => m.rank).sort(), [1, 2, 3, 4]);
      await w.waitAcked(w.acked.size + PROGRESS_WRITES, PROGRESS_TIMEOUT_MS);

      const leader = (await c.leader()).rank;
      const victim = [1, 2, 3].find((r) => r !== leader)!;
      const removed = await retryTransient(async () => c.call((await c.leader()).rank, rdbNodeOps.removeReplica, { id: id(victim) }, MEMBERSHIP_TIMEOUT_MS));
      const remaining = [1, 2, 3, 4].filter((r) => r !== victim);
      assert.deepEqual(removed.members.map((m) => m.rank).sort(), remaining);
      await w.waitAcked(w.acked.size + PROGRESS_WRITES, PROGRESS_TIMEOUT_MS);
      await w.stop();
      assert.deepEqual(w.unexpected, []);

      await c.stop(victim);
      const statuses = await c.converged({ ranks: remaining, timeoutMs: CONVERGE_TIMEOUT_MS });
      for (const s of statuses) {
        assert.deepEqual(s.members.map((m) => m.rank).sort(), remaining, `membership seen by rank ${s.id.rank}`);
        assert.ok(s.isMember);
      }
      const joiner = statuses.find((s) => s.id.rank === 4)!;
      assert.ok(joiner.snapshotChunksReceived > 0, 'the log was compacted, so the new replica started from a snapshot');
      await assertAllFound(c, w.acked);
    } finally {
      await w.stop();
    }
  });

  assert.deepEqual(c.unexpectedExits, []);
});
