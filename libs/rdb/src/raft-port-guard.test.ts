import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EntryType, MessageType, NONE, type ConfState, type LogIndex, type Message, type NodeId, type Term } from '@daos-nats/raft';
import { encodeConfChange, ConfChangeTransition, ConfChangeType } from '@daos-nats/raft';
import { KvsClass } from './keys.js';
import { RaftPortGuard, raftPortDefaults } from './raft-port-guard.js';
import { packReplicaId } from './replica-id.js';
import { TestCluster, waitFor } from '../test/test-cluster.js';

const id = (rank: number) => packReplicaId(TestCluster.id(rank));
const conf = (...ranks: number[]): ConfState => ({ voters: ranks.map(id), learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false });

function msg(p: Partial<Message> & { type: MessageType; from: NodeId; to: NodeId }): Message {
  return { term: 1 as Term, logTerm: 0 as Term, index: 0 as LogIndex, entries: [], commit: 0 as LogIndex, reject: false, rejectHint: 0 as LogIndex, ...p };
}

test('the port guard drops strangers, impossible terms and oversized snapshots, and logs at most once per interval', () => {
  const lines: string[] = [];
  let now = 0;
  const g = new RaftPortGuard({ ...raftPortDefaults, termJumpMax: 100, snapshotBytesMax: 1000 }, (l) => lines.push(l), () => now);
  const view = { self: id(1), term: 5, conf: conf(1, 2, 3), lead: id(2) };
  const hb = (from: NodeId, term: number) => msg({ type: MessageType.Heartbeat, from, to: id(1), term: term as Term });
  assert.equal(g.admit(hb(id(2), 6), view), true, 'a member one term ahead');
  assert.equal(g.admit(hb(id(2), 105), view), true, 'exactly termJumpMax ahead');
  assert.equal(g.admit(hb(id(2), 106), view), false, 'beyond termJumpMax');
  assert.equal(g.admit(hb(id(2), Number.MAX_SAFE_INTEGER), { ...view, term: Number.MAX_SAFE_INTEGER - 1 }), false, 'a term whose successor is not exact');
  assert.equal(g.admit(hb(id(9), 5), view), false, 'a stranger while following a leader');
  assert.equal(g.admit(msg({ type: MessageType.Vote, from: id(9), to: id(1), term: 6 as Term }), { ...view, lead: NONE }), false, 'a stranger campaigning');
  assert.equal(g.admit(hb(id(9), 6), { ...view, lead: NONE }), true, 'a leaderless replica learns a new leader it has not applied yet');
  assert.equal(g.admit(hb(id(9), 6), { ...view, conf: conf() }), true, 'a joining replica (no membership yet) learns from anyone');
  const meta = { index: 10 as LogIndex, term: 5 as Term, confState: conf(1, 2, 3) };
  const snap = (totalBytes: number) => msg({ type: MessageType.Snap, from: id(2), to: id(1), term: 5 as Term, snapshot: { meta, offsetBytes: 0, totalBytes, data: new Uint8Array() } });
  assert.equal(g.admit(snap(1000), view), true);
  assert.equal(g.admit(snap(1001), view), false, 'beyond snapshotBytesMax');
  assert.deepEqual(g.stats, { dropped: 5, stranger: 2, term: 2, snapshotSize: 1 });
  assert.equal(lines.length, 1, 'one line per interval');
  now += raftPortDefaults.dropLogIntervalMs;
  g.admit(hb(id(9), 5), view);
  assert.equal(lines.length, 2);
  assert.match(lines[1]!, /not a member \(4 more dropped since the last line\)/);
});

test('forged raft messages (term 2^53-1, a stranger, a huge snapshot) are ignored and the group keeps serving', async () => {
  const lines: string[] = [];
  const c = new TestCluster({ log: (l) => lines.push(l) });
  try {
    c.create([1, 2, 3]);
    const leader = await c.leader();
    const termBefore = leader.currentTerm;
    const victims = [...c.replicas.values()];
    const forge = (from: number, m: Partial<Message> & { type: MessageType }) => {
      const t = c.net.transport(id(from)); // send-only: onReceive is never called, no handler is replaced
      for (const v of victims) t.send(v.nodeId, msg({ ...m, from: id(from), to: v.nodeId }));
    };
    const member = leader.cfg.id.rank === 1 ? 2 : 1;
    forge(member, { type: MessageType.Heartbeat, term: Number.MAX_SAFE_INTEGER as Term });
    forge(member, { type: MessageType.Heartbeat, term: (termBefore + 10_000_000) as Term });
    forge(77, { type: MessageType.Heartbeat, term: (termBefore + 1) as Term });
    forge(77, { type: MessageType.Vote, term: (termBefore + 1) as Term, index: 1_000_000 as LogIndex, logTerm: 1_000_000 as Term });
    const meta = { index: 1_000_000 as LogIndex, term: termBefore as Term, confState: conf(1, 2, 3) };
    forge(member, { type: MessageType.Snap, term: termBefore as Term, snapshot: { meta, offsetBytes: 0, totalBytes: 2 ** 50, data: new Uint8Array(8) } });
    await waitFor('every forgery was seen and dropped', () => victims.reduce((n, v) => n + v.portGuard.stats.dropped, 0) >= 12);
    const tx = await leader.begin();
    tx.createRoot(KvsClass.Generic).update([], 'k', new Uint8Array([1]));
    await tx.commit();
    for (const v of victims) assert.ok(v.currentTerm < termBefore + 1_000, `replica ${v.cfg.id.rank} kept a sane term (${v.currentTerm})`);
    assert.equal(leader.isLeader, true, 'the leader was not deposed by a forgery');
    assert.equal(leader.currentTerm, termBefore);
    assert.ok(lines.some((l) => /dropped/.test(l)), 'the drops were logged');
  } finally {
    c.shutdown();
  }
});

test('a committed conf change that does not decode is applied as a no-op on every replica, also after a restart', async () => {
  const lines: string[] = [];
  const c = new TestCluster({ log: (l) => lines.push(l) });
  try {
    c.create([1, 2, 3]);
    const leader = await c.leader();
    // Only a forged or buggy leader could append this; reach under the API to be that leader.
    const node = (leader as unknown as { node: { raft: { appendEntries(e: { type: EntryType; data: Uint8Array }[]): number } } }).node;
    const garbage = Uint8Array.from([...encodeConfChange({ transition: ConfChangeTransition.Auto, changes: [{ type: ConfChangeType.AddVoter, nodeId: id(4) }] }), 0xee]);
    const index = node.raft.appendEntries([{ type: EntryType.ConfChange, data: garbage }]);
    (leader as unknown as { schedule(): void }).schedule();
    await c.applied(index);
    for (const r of [1, 2, 3]) assert.deepEqual(c.get(r).members().map((m) => m.rank).sort(), [1, 2, 3]);
    assert.ok(lines.some((l) => l.includes(`conf change at index ${index} ignored`)));
    const tx = await (await c.leader()).begin();
    tx.createRoot(KvsClass.Generic);
    await tx.commit();
    for (const r of [1, 2, 3]) c.close(r);
    for (const r of [1, 2, 3]) c.open(r);
    const again = await c.leader();
    await c.applied(again.appliedIndex);
    assert.deepEqual(again.members().map((m) => m.rank).sort(), [1, 2, 3]);
  } finally {
    c.shutdown();
  }
});
