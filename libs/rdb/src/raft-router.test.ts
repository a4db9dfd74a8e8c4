import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { rank, SeededRng } from '@daos-nats/base';
import { KvsClass } from './keys.js';
import { RaftRouter } from './raft-router.js';
import { packReplicaId, type ReplicaId } from './replica-id.js';
import { Replica } from './replica.js';
import { waitFor } from '../test/test-cluster.js';
import { tempDir } from '../test/test-util.js';

const b = (s: string) => new TextEncoder().encode(s);

test('two raft groups share three processes\' routers: protobuf envelopes on the wire, each group its own state', async () => {
  const tmp = tempDir();
  const routers = new Map<number, RaftRouter>();
  const malformed: unknown[] = [];
  for (const r of [1, 2, 3])
    routers.set(
      r,
      new RaftRouter(
        {
          publish: (_group, to, bytes) => {
            const dest = routers.get(to.rank);
            if (!dest) return false;
            const copy = bytes.slice(); // what crosses a real wire: the bytes only
            setImmediate(() => dest.deliver(copy));
            return true;
          },
        },
        (e) => malformed.push(e),
      ),
    );
  const replicas: Replica[] = [];
  try {
    const ids: ReplicaId[] = [1, 2, 3].map((r) => ({ rank: rank(r), gen: 1 }));
    for (const group of ['pool-a', 'pool-b'])
      for (const id of ids)
        replicas.push(
          Replica.create(
            {
              file: path.join(tmp.dir, `${group}-${id.rank}.db`),
              id,
              transport: routers.get(id.rank)!.transport(group, packReplicaId(id)),
              tickIntervalMs: 10,
              raft: { electionTimeoutTicks: 15, heartbeatTicks: 3 },
              rng: new SeededRng(id.rank + group.length),
            },
            ids,
          ),
        );
    const groupA = replicas.slice(0, 3);
    const groupB = replicas.slice(3);
    const leader = async (g: Replica[]) => {
      await waitFor('a leader', () => g.some((r) => r.isLeader));
      return g.find((r) => r.isLeader)!;
    };
    const la = await leader(groupA);
    const lb = await leader(groupB);
    await (await la.begin()).createRoot(KvsClass.Generic).update([], 'who', b('a')).commit();
    await (await lb.begin()).createRoot(KvsClass.Generic).update([], 'who', b('b')).commit();
    await waitFor('group a applied everywhere', () => groupA.every((r) => r.appliedIndex === la.appliedIndex));
    await waitFor('group b applied everywhere', () => groupB.every((r) => r.appliedIndex === lb.appliedIndex));
    for (const r of groupA) assert.equal(new TextDecoder().decode(r.state.tree.lookup([], 'who')), 'a');
    for (const r of groupB) assert.equal(new TextDecoder().decode(r.state.tree.lookup([], 'who')), 'b');
    // Garbage on the inbox is dropped and counted; the groups carry on.
    routers.get(1)!.deliver(new Uint8Array([0xff, 0x01, 0x02]));
    assert.equal(routers.get(1)!.stats.malformed, 1);
    assert.equal(malformed.length, 1);
    await (await la.begin()).update([], 'after', b('1')).commit();
    assert.ok([...routers.values()].every((r) => r.stats.delivered > 0));
  } finally {
    for (const r of replicas) r.close();
    tmp.cleanup();
  }
});

test('a link that sends nothing until flushed still elects and commits: the Ready loop flushes every batch it sends', async () => {
  const tmp = tempDir();
  const routers = new Map<number, RaftRouter>();
  const flushes = new Map<number, number>();
  for (const r of [1, 2, 3]) {
    // Like NATS: publish only buffers; the bytes leave on flush (here: and never otherwise).
    let pending: [number, Uint8Array][] = [];
    flushes.set(r, 0);
    routers.set(
      r,
      new RaftRouter({
        publish: (_group, to, bytes) => {
          pending.push([to.rank, bytes.slice()]);
          return true;
        },
        flush: () => {
          flushes.set(r, flushes.get(r)! + 1);
          const out = pending;
          pending = [];
          for (const [to, bytes] of out) setImmediate(() => routers.get(to)?.deliver(bytes));
        },
      }),
    );
  }
  const ids: ReplicaId[] = [1, 2, 3].map((r) => ({ rank: rank(r), gen: 1 }));
  const replicas = ids.map((id) =>
    Replica.create(
      {
        file: path.join(tmp.dir, `g-${id.rank}.db`),
        id,
        transport: routers.get(id.rank)!.transport('g', packReplicaId(id)),
        tickIntervalMs: 10,
        raft: { electionTimeoutTicks: 15, heartbeatTicks: 3 },
        rng: new SeededRng(id.rank),
      },
      ids,
    ),
  );
  try {
    await waitFor('a leader', () => replicas.some((r) => r.isLeader));
    const leader = replicas.find((r) => r.isLeader)!;
    await (await leader.begin()).createRoot(KvsClass.Generic).update([], 'k', b('v')).commit();
    await waitFor('applied everywhere', () => replicas.every((r) => r.appliedIndex === leader.appliedIndex));
    for (const r of replicas) assert.equal(new TextDecoder().decode(r.state.tree.lookup([], 'k')), 'v');
    assert.ok([...flushes.values()].every((n) => n > 0));
    // A closed transport's flush does not reach the link.
    const t = routers.get(1)!.transport('closed', packReplicaId(ids[0]!));
    t.close();
    const before = flushes.get(1)!;
    t.flush?.();
    assert.equal(flushes.get(1), before);
  } finally {
    for (const r of replicas) r.close();
    tmp.cleanup();
  }
});

test("the link's restored signal reaches the transport of every replica the router hosts, and none that closed", () => {
  let restored: (() => void) | undefined;
  const router = new RaftRouter({ publish: () => true, onRestored: (l) => (restored = l) });
  const id = (r: number) => packReplicaId({ rank: rank(r), gen: 1 });
  const calls: string[] = [];
  const a = router.transport('g1', id(1));
  const c = router.transport('g2', id(1));
  a.onRestored!(() => calls.push('g1'));
  c.onRestored!(() => calls.push('g2'));
  restored!();
  assert.deepEqual(calls.sort(), ['g1', 'g2']);
  c.close();
  restored!();
  assert.deepEqual(calls.sort(), ['g1', 'g1', 'g2']);
});
