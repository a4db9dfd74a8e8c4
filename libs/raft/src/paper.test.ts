import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeededRng, nodeId } from '@daos-nats/base';
import { MemoryStorage, MessageType, RawNode, StateRole, type Message, type NodeId } from './index.js';
import { message } from './message.js';
import { InteractionEnv } from '../testing/interaction-env.js';
import { RandomCluster } from '../testing/random-cluster.js';

// Each test names the rule of the Raft paper (Ongaro & Ousterhout, "In Search of an
// Understandable Consensus Algorithm", extended version) that it pins.

const members = (n: number) => {
  const ids = Array.from({ length: n }, (_, i) => nodeId(i + 1));
  return { voters: ids, learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };
};

test('Reference: Raft paper Figure 3 (Election Safety, Leader Append-Only, Log Matching, Leader Completeness, State Machine Safety) under loss, reordering, duplication, crashes and compaction', () => {
  let leadersSeen = 0;
  let committed = 0;
  let snapshots = 0;
  for (let seed = 1; seed <= 40; seed++) {
    const c = new RandomCluster(seed, seed % 2 === 0 ? 3 : 5, { electionTimeoutTicks: 5, snapshotChunkBytesMax: 7, snapshotResendTicks: 3 });
    for (let i = 0; i < 1500; i++) c.step(); // check() after every step throws on a violation
    c.settle();
    leadersSeen += c.leaders.size;
    committed += c.committed.size;
    snapshots += c.snapshotsInstalled;
  }
  // The runs did exercise elections and commits, or the properties above would be vacuous.
  assert.ok(leadersSeen > 40, `only ${leadersSeen} leaders over 40 seeds`);
  assert.ok(committed > 200, `only ${committed} committed entries over 40 seeds`);
  assert.ok(snapshots > 10, `only ${snapshots} snapshots installed over 40 seeds`);
});

test('Reference: Raft paper section 5.2 - election timeouts are randomized in [T, 2T)', () => {
  const seen = new Set<number>();
  for (let seed = 1; seed <= 200; seed++) {
    const n = new RawNode({ id: nodeId(1), electionTimeoutTicks: 10, preVote: false }, MemoryStorage.withMembers(members(3)), new SeededRng(seed));
    let ticks = 0;
    while (n.status().softState.role === StateRole.Follower) {
      n.tick();
      ticks++;
      assert.ok(ticks < 100, 'a follower must time out');
    }
    assert.ok(ticks >= 10 && ticks < 20, `timeout ${ticks} outside [10, 20)`);
    seen.add(ticks);
  }
  assert.ok(seen.size >= 8, `timeouts barely vary: ${[...seen]}`);
});

function voteFor(candidateLastTerm: number, candidateLastIndex: number): Message[] {
  // The voter holds entries 1/1 and 2/2 (log of terms 1 and 2).
  const s = MemoryStorage.withMembers(members(3));
  s.append([
    { term: 1 as never, index: 1 as never, type: 0, data: new Uint8Array() },
    { term: 2 as never, index: 2 as never, type: 0, data: new Uint8Array() },
  ]);
  s.setHardState({ term: 2 as never, vote: 0 as NodeId, commit: 0 as never });
  const voter = new RawNode({ id: nodeId(2) }, s, new SeededRng(1));
  voter.step(message({ type: MessageType.Vote, from: nodeId(3), to: nodeId(2), term: 3 as never, logTerm: candidateLastTerm as never, index: candidateLastIndex as never }));
  const rd = voter.ready();
  voter.advance();
  return [...rd.messages, ...rd.messagesAfterPersist].filter((m) => m.type === MessageType.VoteResp);
}

test('Reference: Raft paper section 5.4.1 - the election restriction: votes go only to candidates at least as up to date', () => {
  assert.equal(voteFor(1, 5)[0]!.reject, true, 'lower last term loses even with a longer log');
  assert.equal(voteFor(2, 1)[0]!.reject, true, 'same last term, shorter log loses');
  assert.equal(voteFor(2, 2)[0]!.reject, false, 'same last term and index wins');
  assert.equal(voteFor(3, 1)[0]!.reject, false, 'higher last term wins even with a shorter log');
});

test('Reference: Raft paper section 5.2 - each node votes for at most one candidate per term', () => {
  const s = MemoryStorage.withMembers(members(3));
  const voter = new RawNode({ id: nodeId(1) }, s, new SeededRng(1));
  const vote = (from: number) => {
    voter.step(message({ type: MessageType.Vote, from: nodeId(from), to: nodeId(1), term: 1 as never }));
    const rd = voter.ready();
    voter.advance();
    return rd.messagesAfterPersist.find((m) => m.type === MessageType.VoteResp)!;
  };
  assert.equal(vote(2).reject, false);
  assert.equal(vote(3).reject, true, 'a second candidate of the same term is refused');
  assert.equal(vote(2).reject, false, 'the same candidate asking again is granted again');
});

test('Reference: Raft paper section 5.1 - a message from a stale term is refused and answered with the current term', () => {
  const s = MemoryStorage.withMembers(members(3));
  s.setHardState({ term: 5 as never, vote: 0 as NodeId, commit: 0 as never });
  const n = new RawNode({ id: nodeId(1) }, s, new SeededRng(1));
  n.step(message({ type: MessageType.App, from: nodeId(2), to: nodeId(1), term: 3 as never, entries: [{ term: 3 as never, index: 1 as never, type: 0, data: new Uint8Array() }] }));
  const rd = n.ready();
  n.advance();
  assert.equal(rd.entries.length, 0, 'nothing from a stale leader is appended');
  const resp = [...rd.messages, ...rd.messagesAfterPersist].find((m) => m.type === MessageType.AppResp)!;
  assert.equal(resp.term, 5, 'the stale leader learns the current term');
});

/**
 * Figure 8: an entry of an earlier term replicated on a majority is not committed by counting
 * replicas; only an entry of the leader's current term commits (and with it everything before).
 * Returns the nodes that applied X (term 1, index 2) and what the final leader holds at index 2.
 */
function figure8(unsafe: boolean): { appliedX: number[]; final2: string; finalCommit: number } {
  const env = new InteractionEnv();
  const run = (...lines: string[]) => {
    for (const l of lines) {
      const o = env.handle(l);
      if (process.env['DEBUG_FIG8']) console.log(`### ${l}\n${o}`);
    }
  };
  run(
    `add-nodes 5 voters=(1,2,3,4,5) checkquorum=false prevote=false append-bytes=1${unsafe ? ' unsafe-commit=true' : ''}`,
    'campaign 1',
    'settle',
    // (a) S1 leads term 1 and replicates X (index 2) to S2 only.
    'partition 1 2 / 3 / 4 / 5',
    'propose 1 X',
    'settle 1 2',
    // (b) S5 wins term 2 with S3 and S4, but its no-op (index 2, term 2) stays on S5.
    'partition 1 / 2 / 3 4 5',
    'campaign 5',
    'process-ready 5',
    'deliver-msgs',
    'process-ready 3 4',
    'deliver-msgs',
    'partition 1 / 2 / 3 / 4 / 5',
    'settle 5',
    // (c) S1 restarts and leads term 3 with S2, S3 and S4 (two campaigns: S3 and S4 voted in
    // term 2 already).
    'restart 1',
    'partition 1 2 3 4 / 5',
    'campaign 1',
    'settle 1 2 3 4',
    'campaign 1',
    'process-ready 1',
    'deliver-msgs',
    'process-ready 2 3 4',
    'deliver-msgs',
    // S1 sends its no-op (index 3; one entry per App). S2, which has X, takes it; S3 rejects, is
    // backed up to index 2, gets X alone and acknowledges it: S1, S2 and S3 (a majority) hold X,
    // while S1's own-term no-op is only on S1 and S2.
    'process-ready 1',
    'drop-msgs to=4',
    'deliver-msgs 2 3',
    'process-ready 2 3',
    'deliver-msgs 1',
    'process-ready 1',
    'drop-msgs to=2',
    'deliver-msgs 3',
    'process-ready 3',
    'deliver-msgs 1',
    'process-ready 1',
    'drop-msgs',
  );
  const appliedX = [...env.nodes.values()].filter((n) => n.applied.some((a) => a.data === 'X' && a.index === 2)).map((n) => n.id);
  // (d) S1 crashes, S5 restarts; S5 (last term 2 > X's term 1) wins term 4 with S3 and S4 and replaces
  // index 2 with its own entry everywhere it reaches.
  run('restart 5', 'partition 1 / 2 3 4 5', 'campaign 5', 'settle 2 3 4 5', 'campaign 5', 'settle 2 3 4 5', 'propose 5 Z', 'settle 2 3 4 5');
  const s5 = env.nodes.get(5)!;
  const e2 = s5.storage.entries(2 as never, 3 as never, Infinity)[0]!;
  return { appliedX, final2: `${e2.term}/${e2.index}`, finalCommit: s5.node.status().hardState.commit };
}

test('Reference: Raft paper section 5.4.2 and Figure 8 - only entries of the current term are committed by counting replicas', () => {
  const safe = figure8(false);
  assert.deepEqual(safe.appliedX, [], 'X (an older term) is not committed while only its replicas count');
  assert.equal(safe.final2, '2/2', 'the later leader legitimately replaces the uncommitted X');
  assert.ok(safe.finalCommit >= 3, 'and commits past it');

  // The planted bug (TestingKnobs.unsafeCommitPreviousTermEntries) commits X by counting its
  // replicas; the later leader still replaces it: a committed entry lost, which shows the
  // scenario really reaches Figure 8's dangerous state.
  const unsafe = figure8(true);
  assert.deepEqual(unsafe.appliedX, [1], 'with the bug, S1 applies X at index 2');
  assert.equal(unsafe.final2, '2/2', 'with the bug, index 2 is overwritten after X was applied');
});

test('Reference: Raft paper section 5.3 - a follower rejects an append whose previous entry does not match, and the leader backs up', () => {
  const env = new InteractionEnv();
  for (const l of ['add-nodes 2 voters=(1,2)', 'campaign 1', 'settle', 'propose 1 a', 'settle']) env.handle(l);
  const n2 = env.nodes.get(2)!.node;
  n2.step(message({ type: MessageType.App, from: nodeId(1), to: nodeId(2), term: 1 as never, logTerm: 1 as never, index: 7 as never }));
  const rd = n2.ready();
  n2.advance();
  const resp = rd.messagesAfterPersist.find((m) => m.type === MessageType.AppResp)!;
  assert.equal(resp.reject, true);
  assert.equal(resp.rejectHint, 2, 'the hint is the follower last index');
});

test('Reference: Raft paper section 8 - a new leader commits a no-op of its term at once', () => {
  const env = new InteractionEnv();
  for (const l of ['add-nodes 3 voters=(1,2,3)', 'campaign 2', 'settle']) env.handle(l);
  const s = env.nodes.get(2)!.node.status();
  assert.equal(s.softState.role, StateRole.Leader);
  assert.equal(s.hardState.commit, 1);
  const log = env.handle('raft-log 3');
  assert.equal(log, '1/1 EntryNormal ""');
});
