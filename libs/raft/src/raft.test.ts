import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AssertionError, SeededRng, nodeId } from '@daos-nats/base';
import { ConfigError } from './config.js';
import { encodeConfChange } from './conf-change-codec.js';
import { ProposalDroppedError } from './errors.js';
import { MemoryStorage } from './memory-storage.js';
import { message } from './message.js';
import { RawNode } from './raw-node.js';
import type { SnapshotSource } from './snapshot-data.js';
import { SnapshotTemporarilyUnavailableError } from './storage.js';
import { EntryType, MessageType, NONE, ProgressState, StateRole, type ConfState, type NodeId, type Ready, type Snapshot } from './types.js';

const members = (voters: number[], learners: number[] = []): ConfState => ({
  voters: voters as NodeId[],
  learners: learners as NodeId[],
  votersOutgoing: [],
  learnersNext: [],
  autoLeave: false,
});

/** Persist a Ready into storage the way a driver does, and advance. */
function handle(n: RawNode, s: MemoryStorage): Ready {
  const rd = n.ready();
  if (rd.snapshot) s.applySnapshot(rd.snapshot);
  s.append(rd.entries);
  if (rd.hardState) s.setHardState(rd.hardState);
  n.advance();
  return rd;
}

test('a single voter elects itself and commits once its own write is persisted', () => {
  const s = MemoryStorage.withMembers(members([1]));
  const n = new RawNode({ id: nodeId(1) }, s, new SeededRng(1));
  n.campaign();
  assert.equal(n.status().softState.role, StateRole.Leader);
  let rd = handle(n, s);
  assert.equal(rd.committedEntries.length, 0, 'the no-op is not committed before it is persisted');
  rd = handle(n, s);
  assert.deepEqual(rd.committedEntries.map((e) => e.index), [1]);
  n.propose(Uint8Array.from([7]));
  handle(n, s);
  rd = handle(n, s);
  assert.deepEqual(rd.committedEntries.map((e) => [...e.data]), [[7]]);
  // A single-voter Safe read needs no heartbeat round.
  n.readIndex(Uint8Array.from([1]));
  rd = handle(n, s);
  assert.equal(rd.readStates.length, 1);
  assert.equal(rd.readStates[0]!.index, 2);
  assert.equal(n.hasReady(), false);
});

test('votes from nodes outside the configuration do not count', () => {
  const s = MemoryStorage.withMembers(members([1, 2, 3]));
  const n = new RawNode({ id: nodeId(1), preVote: false }, s, new SeededRng(1));
  n.campaign();
  for (const from of [7, 8, 9]) n.step(message({ type: MessageType.VoteResp, from: nodeId(from), to: nodeId(1), term: 1 as never }));
  assert.equal(n.status().softState.role, StateRole.Candidate);
  n.step(message({ type: MessageType.VoteResp, from: nodeId(2), to: nodeId(1), term: 1 as never }));
  assert.equal(n.status().softState.role, StateRole.Leader);
});

test('a candidate that a majority rejects returns to follower', () => {
  const n = new RawNode({ id: nodeId(1), preVote: false }, MemoryStorage.withMembers(members([1, 2, 3])), new SeededRng(1));
  n.campaign();
  n.step(message({ type: MessageType.VoteResp, from: nodeId(2), to: nodeId(1), term: 1 as never, reject: true }));
  n.step(message({ type: MessageType.VoteResp, from: nodeId(3), to: nodeId(1), term: 1 as never, reject: true }));
  assert.equal(n.status().softState.role, StateRole.Follower);
});

test('no campaign while committed conf changes are not applied yet', () => {
  const s = MemoryStorage.withMembers(members([1, 2, 3]));
  const cc = encodeConfChange({ transition: 0, changes: [{ type: 0, nodeId: nodeId(4) }] });
  s.append([{ term: 1 as never, index: 1 as never, type: EntryType.ConfChange, data: cc }]);
  s.setHardState({ term: 1 as never, vote: nodeId(1), commit: 1 as never });
  const n = new RawNode({ id: nodeId(1), preVote: false }, s, new SeededRng(1));
  n.campaign();
  assert.equal(n.status().softState.role, StateRole.Follower);
  const rd = handle(n, s);
  assert.equal(rd.committedEntries.length, 1);
  n.applyConfChange({ transition: 0, changes: [{ type: 0, nodeId: nodeId(4) }] });
  n.campaign();
  assert.equal(n.status().softState.role, StateRole.Candidate);
});

test('restart: applied index and stored state are validated', () => {
  const s = MemoryStorage.withMembers(members([1, 2, 3]));
  s.append([{ term: 1 as never, index: 1 as never, type: EntryType.Normal, data: new Uint8Array() }]);
  s.setHardState({ term: 1 as never, vote: nodeId(1), commit: 1 as never });
  const n = new RawNode({ id: nodeId(1), appliedIndex: 1 as never }, s, new SeededRng(1));
  assert.equal(n.status().applied, 1);
  assert.equal(n.hasReady(), false, 'nothing to re-apply');
  assert.throws(() => new RawNode({ id: nodeId(1), appliedIndex: 2 as never }, s, new SeededRng(1)), ConfigError);
  s.setHardState({ term: 1 as never, vote: nodeId(1), commit: 5 as never });
  assert.throws(() => new RawNode({ id: nodeId(1) }, s, new SeededRng(1)), /outside the log/);
  assert.throws(() => new RawNode({ id: nodeId(1), heartbeatTicks: 10 }, s, new SeededRng(1)), ConfigError);
});

test('restart: an applied index below the storage snapshot is rejected (the snapshot would never reach the state machine)', () => {
  const s = MemoryStorage.withMembers(members([1, 2, 3]));
  const ents = [1, 2, 3, 4, 5].map((i) => ({ term: 1 as never, index: i as never, type: EntryType.Normal, data: new Uint8Array() }));
  s.append(ents);
  s.setHardState({ term: 1 as never, vote: nodeId(1), commit: 5 as never });
  s.createSnapshot(4 as never, members([1, 2, 3]), new Uint8Array([1]));
  s.compact(4 as never);
  for (const appliedIndex of [0, 3]) {
    assert.throws(
      () => new RawNode({ id: nodeId(1), appliedIndex: appliedIndex as never }, s, new SeededRng(1)),
      (e: unknown) => e instanceof ConfigError && e.message === `appliedIndex ${appliedIndex} is below the storage's snapshot index 4: restore the snapshot first`,
    );
  }
  const n = new RawNode({ id: nodeId(1), appliedIndex: 4 as never }, s, new SeededRng(1));
  assert.equal(n.status().applied, 4);
  assert.deepEqual(n.ready().committedEntries.map((e) => e.index), [5], 'only what follows the applied index is handed out');
});

test('ready/advance misuse and misrouted messages', () => {
  const s = MemoryStorage.withMembers(members([1, 2, 3]));
  const n = new RawNode({ id: nodeId(1) }, s, new SeededRng(1));
  assert.throws(() => n.advance(), AssertionError);
  n.campaign();
  n.ready();
  assert.equal(n.hasReady(), false, 'nothing new until advance');
  assert.throws(() => n.ready(), AssertionError);
  n.advance();
  // Messages for another node, from itself, or local kinds from the network change nothing.
  const before = n.status();
  n.step(message({ type: MessageType.App, from: nodeId(2), to: nodeId(3), term: 9 as never }));
  n.step(message({ type: MessageType.App, from: nodeId(1), to: nodeId(1), term: 9 as never }));
  n.step(message({ type: MessageType.Hup, from: nodeId(2), to: nodeId(1) }));
  assert.deepEqual(n.status().hardState, before.hardState);
});

test('followers refuse every request with the leader they know', () => {
  const s = MemoryStorage.withMembers(members([1, 2, 3]));
  const n = new RawNode({ id: nodeId(2) }, s, new SeededRng(1));
  n.step(message({ type: MessageType.Heartbeat, from: nodeId(1), to: nodeId(2), term: 1 as never }));
  for (const f of [
    () => n.propose(new Uint8Array()),
    () => n.proposeConfChange({ transition: 0, changes: [] }),
    () => n.readIndex(new Uint8Array()),
    () => n.transferLeadership(nodeId(3)),
  ]) {
    assert.throws(f, (e: unknown) => e instanceof ProposalDroppedError && e.reason === 'not-leader' && e.lead === 1);
  }
});

test('a snapshot whose last entry the follower already holds only commits', () => {
  const s = MemoryStorage.withMembers(members([1, 2]));
  s.append([
    { term: 1 as never, index: 1 as never, type: EntryType.Normal, data: new Uint8Array() },
    { term: 1 as never, index: 2 as never, type: EntryType.Normal, data: new Uint8Array() },
  ]);
  s.setHardState({ term: 1 as never, vote: nodeId(1), commit: 0 as never });
  const n = new RawNode({ id: nodeId(2) }, s, new SeededRng(1));
  n.step(
    message({
      type: MessageType.Snap,
      from: nodeId(1),
      to: nodeId(2),
      term: 1 as never,
      snapshot: { meta: { index: 1 as never, term: 1 as never, confState: members([1, 2]) }, offsetBytes: 0, totalBytes: 1, data: Uint8Array.from([5]) },
    }),
  );
  const rd = handle(n, s);
  assert.equal(rd.snapshot, undefined, 'no snapshot to install');
  assert.equal(n.status().hardState.commit, 1);
  const resp = rd.messagesAfterPersist.find((m) => m.type === MessageType.AppResp)!;
  assert.equal(resp.index, 1, 'answers with the committed prefix, not its unverified tail');
});

test('malformed wire input is ignored, not applied', () => {
  const s = MemoryStorage.withMembers(members([1, 2]));
  const n = new RawNode({ id: nodeId(2) }, s, new SeededRng(1));
  const ent = (term: number, index: number) => ({ term: term as never, index: index as never, type: EntryType.Normal, data: new Uint8Array() });
  const app = (entries: ReturnType<typeof ent>[], logTerm = 0) =>
    message({ type: MessageType.App, from: nodeId(1), to: nodeId(2), term: 2 as never, logTerm: logTerm as never, index: 0 as never, entries });
  n.step(app([ent(1, 2)])); // gap: index 2 after 0
  n.step(app([ent(3, 1)])); // entry term beyond the message term
  n.step(app([ent(2, 1), ent(1, 2)])); // terms going down
  assert.equal(n.status().lastIndex, 0);
  n.step(app([ent(1, 1), ent(2, 2)]));
  assert.equal(n.status().lastIndex, 2, 'a well-formed append is taken');

  // A leader ignores an ack beyond its log.
  const l = new RawNode({ id: nodeId(1) }, MemoryStorage.withMembers(members([1])), new SeededRng(1));
  l.campaign();
  l.step(message({ type: MessageType.AppResp, from: nodeId(1), to: nodeId(1), term: 1 as never, index: 99 as never }));
  assert.equal(l.status().hardState.commit, 0);
  // Local message kinds never come from the network.
  l.step(message({ type: MessageType.Unreachable, from: nodeId(1), to: nodeId(1) }));
});

test('a restart takes the membership as of the applied index from storage', () => {
  const s = MemoryStorage.withMembers(members([1, 2, 3]));
  s.setConfState(members([1, 2, 3, 4]));
  const n = new RawNode({ id: nodeId(1) }, s, new SeededRng(1));
  assert.deepEqual(n.status().confState.voters, [1, 2, 3, 4]);
});

test('a burst of answers to heartbeats older than the probe in flight is coalesced: no resend per answer', () => {
  const s = MemoryStorage.withMembers(members([1, 2]));
  const n = new RawNode({ id: nodeId(1), preVote: false, electionTimeoutTicks: 10, heartbeatTicks: 1 }, s, new SeededRng(1));
  n.campaign();
  handle(n, s);
  n.step(message({ type: MessageType.VoteResp, from: nodeId(2), to: nodeId(1), term: 1 as never }));
  assert.equal(n.status().softState.role, StateRole.Leader);
  const apps = (rd: Ready) => [...rd.messages, ...rd.messagesAfterPersist].filter((m) => m.type === MessageType.App && m.to === 2).length;
  assert.equal(apps(handle(n, s)), 1, 'the first probe (with the no-op) goes out at tick 0');
  for (let t = 0; t < 3; t++) {
    n.tick();
    handle(n, s);
  }
  const hbResp = (index: number) => message({ type: MessageType.HeartbeatResp, from: nodeId(2), to: nodeId(1), term: 1 as never, index: index as never });
  for (let k = 0; k < 50; k++) n.step(hbResp(0));
  assert.equal(n.hasReady() ? apps(handle(n, s)) : 0, 0, 'answers to the tick-0 heartbeat say nothing about the probe sent then');
  n.step(hbResp(2));
  n.step(hbResp(2));
  assert.equal(apps(handle(n, s)), 1, 'an answer to a later heartbeat resends the probe once');
});

test('a leader reads snapshot chunks from the storage source by offset; a retired source starts the follower over with the new snapshot', () => {
  const s = MemoryStorage.withMembers(members([1, 2]));
  s.append([1, 2, 3, 4, 5].map((i) => ({ term: 1 as never, index: i as never, type: EntryType.Normal, data: new Uint8Array() })));
  s.setHardState({ term: 1 as never, vote: NONE, commit: 5 as never });
  s.createSnapshot(4 as never, members([1, 2]), new Uint8Array());
  s.compact(4 as never);
  const meta = s.snapshot().meta;
  const reads: number[] = [];
  const source = (bytes: number[], retired: { now: boolean }): SnapshotSource => ({
    totalBytes: bytes.length,
    read(off, max) {
      if (retired.now) throw new SnapshotTemporarilyUnavailableError('retired');
      reads.push(off);
      return Uint8Array.from(bytes.slice(off, off + max));
    },
  });
  const old = { now: false };
  let current: Snapshot = { meta, data: source([1, 2, 3, 4, 5, 6], old) };
  s.snapshot = () => current;
  const n = new RawNode({ id: nodeId(1), appliedIndex: 4 as never, snapshotChunkBytesMax: 2 }, s, new SeededRng(1));
  n.campaign();
  handle(n, s);
  if (n.status().softState.role === StateRole.PreCandidate) {
    n.step(message({ type: MessageType.PreVoteResp, from: nodeId(2), to: nodeId(1), term: 2 as never }));
    handle(n, s);
  }
  n.step(message({ type: MessageType.VoteResp, from: nodeId(2), to: nodeId(1), term: 2 as never }));
  assert.equal(n.status().softState.role, StateRole.Leader);
  handle(n, s);
  const snaps = () => handle(n, s).messages.filter((m) => m.type === MessageType.Snap).map((m) => [m.snapshot!.offsetBytes, [...m.snapshot!.data]]);
  n.step(message({ type: MessageType.AppResp, from: nodeId(2), to: nodeId(1), term: 2 as never, index: 5 as never, reject: true, rejectHint: 0 as never }));
  assert.deepEqual(snaps(), [[0, [1, 2]]], 'the first chunk, read at offset 0');
  const ack = (held: number, total = 6) =>
    n.step(message({ type: MessageType.SnapResp, from: nodeId(2), to: nodeId(1), term: 2 as never, index: held as never, snapshot: { meta, offsetBytes: held, totalBytes: total, data: new Uint8Array() } }));
  ack(2);
  assert.deepEqual(snaps(), [[2, [3, 4]]], 'the next chunk from the acknowledged offset');
  ack(0);
  assert.deepEqual(snaps(), [[0, [1, 2]]], 'a follower that lost its sink (restart) is resent from offset 0');
  old.now = true;
  current = { meta, data: source([9, 9, 9], { now: false }) };
  ack(2);
  assert.deepEqual(snaps(), [], 'nothing from a retired source');
  assert.equal(n.status().progress!.get(nodeId(2))!.state, ProgressState.Probe, 'the follower is probed again');
  n.step(message({ type: MessageType.HeartbeatResp, from: nodeId(2), to: nodeId(1), term: 2 as never }));
  assert.deepEqual(snaps(), [[0, [9, 9]]], 'and starts over with the storage\'s new snapshot');
  assert.deepEqual(reads, [0, 2, 0, 0]);
});
