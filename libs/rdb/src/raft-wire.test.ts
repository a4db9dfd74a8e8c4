import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProtoError, SeededRng } from '@daos-nats/base';
import { daos } from '@daos-nats/proto';
import { EntryType, MessageType, type LogIndex, type Message, type NodeId, type Term } from '@daos-nats/raft';
import { decodeRaftEnvelope, encodeRaftEnvelope, RaftWireError } from './raft-wire.js';

const base: Message = {
  type: MessageType.App,
  from: 1048577 as NodeId,
  to: 2097153 as NodeId,
  term: 7 as Term,
  logTerm: 6 as Term,
  index: 41 as LogIndex,
  entries: [
    { term: 7 as Term, index: 42 as LogIndex, type: EntryType.Normal, data: new Uint8Array([1, 2, 3]) },
    { term: 7 as Term, index: 43 as LogIndex, type: EntryType.ConfChange, data: new Uint8Array([9]) },
    { term: 7 as Term, index: 44 as LogIndex, type: EntryType.Normal, data: new Uint8Array() },
  ],
  commit: 40 as LogIndex,
  reject: false,
  rejectHint: 0 as LogIndex,
};

test('every network message type round-trips through the RaftEnvelope, entries, snapshot chunk and context included', () => {
  const variants: Message[] = [
    base,
    { ...base, type: MessageType.AppResp, entries: [], reject: true, rejectHint: 30 as LogIndex },
    { ...base, type: MessageType.Vote, entries: [], context: new Uint8Array([1]) },
    { ...base, type: MessageType.VoteResp, entries: [] },
    { ...base, type: MessageType.PreVote, entries: [] },
    { ...base, type: MessageType.PreVoteResp, entries: [], reject: true },
    { ...base, type: MessageType.Heartbeat, entries: [], context: new Uint8Array([0, 0, 0, 0, 0, 0, 0, 5]) },
    { ...base, type: MessageType.HeartbeatResp, entries: [] },
    {
      ...base,
      type: MessageType.Snap,
      entries: [],
      snapshot: {
        meta: { index: 100 as LogIndex, term: 6 as Term, confState: { voters: [1, 2, 3] as NodeId[], learners: [4] as NodeId[], votersOutgoing: [1, 2] as NodeId[], learnersNext: [] as NodeId[], autoLeave: true } },
        offsetBytes: 4096,
        totalBytes: 9000,
        data: new Uint8Array(100).fill(7),
      },
    },
    { ...base, type: MessageType.SnapResp, entries: [], index: 8192 as LogIndex },
    { ...base, type: MessageType.TransferLeader, entries: [] },
    { ...base, type: MessageType.TimeoutNow, entries: [] },
    { ...base, type: MessageType.ReadIndex, entries: [], context: new Uint8Array([5]) },
    { ...base, type: MessageType.ReadIndexResp, entries: [], context: new Uint8Array([5]) },
  ];
  for (const m of variants) {
    const { group, message } = decodeRaftEnvelope(encodeRaftEnvelope('pool-7d3c', m));
    assert.equal(group, 'pool-7d3c');
    assert.deepEqual(message, m, m.type);
  }
  assert.throws(() => encodeRaftEnvelope('g', { ...base, type: MessageType.Hup }), RaftWireError);
});

test('malformed envelopes are refused with RaftWireError (DER_PROTO) saying why', () => {
  const enc = (e: daos.raft.v1.RaftEnvelope.$Properties) => daos.raft.v1.RaftEnvelope.encode(e).finish();
  const ok = { type: daos.raft.v1.MessageType.MESSAGE_TYPE_HEARTBEAT, from: 1, to: 2, term: 1 };
  const bad: [daos.raft.v1.RaftEnvelope.$Properties, RegExp][] = [
    [{ group: '', from: 1, to: 2, message: ok }, /group name/],
    [{ group: 'g', from: 1, to: 2 }, /no message/],
    [{ group: 'g', from: 1, to: 2, message: { ...ok, type: daos.raft.v1.MessageType.MESSAGE_TYPE_HUP } }, /not a network message type/],
    [{ group: 'g', from: 1, to: 2, message: { ...ok, type: 0 } }, /not a network message type/],
    [{ group: 'g', from: 1, to: 3, message: ok }, /differs from message/],
    [{ group: 'g', from: 0, to: 2, message: { ...ok, from: 0 } }, /non-zero/],
    [{ group: 'g', from: 1, to: 2, message: { ...ok, type: daos.raft.v1.MessageType.MESSAGE_TYPE_SNAP } }, /Snap message without a chunk/],
    [{ group: 'g', from: 1, to: 2, message: { ...ok, type: daos.raft.v1.MessageType.MESSAGE_TYPE_APP, index: 5, entries: [{ index: 7, term: 1 }] } }, /expected 6/],
    [{ group: 'g', from: 1, to: 2, message: { ...ok, entries: [{ index: 1, term: 1, type: 5 as daos.raft.v1.EntryType }] } }, /unknown type 5/],
    [{ group: 'g', from: 1, to: 2, message: { ...ok, snapshot: { meta: { index: 1 }, offsetBytes: 10, totalBytes: 11, data: new Uint8Array(2) } } }, /exceeds its total/],
  ];
  for (const [env, why] of bad) assert.throws(() => decodeRaftEnvelope(enc(env)), (e: unknown) => e instanceof RaftWireError && e instanceof ProtoError && why.test(e.message), String(why));
  const good = encodeRaftEnvelope('g', base);
  for (let n = 1; n < good.length; n++) {
    try {
      decodeRaftEnvelope(good.subarray(0, n));
      assert.fail(`a truncation to ${n} bytes decoded`);
    } catch (e) {
      assert.ok(e instanceof RaftWireError, `truncated to ${n}: ${String(e)}`);
    }
  }
  const rng = new SeededRng(3);
  for (let i = 0; i < 2000; i++) {
    const junk = Uint8Array.from({ length: 1 + rng.int(64) }, () => rng.int(256));
    try {
      decodeRaftEnvelope(junk);
    } catch (e) {
      assert.ok(e instanceof RaftWireError, String(e));
    }
  }
});

test('a sender or receiver of generation 0, a term beyond 2^53-1 and a snapshot member of generation 0 do not decode', () => {
  const enc = (e: daos.raft.v1.RaftEnvelope.$Properties) => daos.raft.v1.RaftEnvelope.encode(e).finish();
  const hb = (from: number, to: number) => ({ type: daos.raft.v1.MessageType.MESSAGE_TYPE_HEARTBEAT, from, to, term: 1 });
  const gen0 = 2 ** 20; // rank 1, generation 0
  assert.throws(() => decodeRaftEnvelope(enc({ group: 'g', from: gen0, to: 1, message: hb(gen0, 1) })), /generation/);
  assert.throws(() => decodeRaftEnvelope(enc({ group: 'g', from: 1, to: gen0, message: hb(1, gen0) })), /generation/);
  const snap = { meta: { index: 1, term: 1, confState: { voters: [1, gen0] } }, offsetBytes: 0, totalBytes: 0, data: new Uint8Array() };
  const snapMsg = { ...hb(1, 2), type: daos.raft.v1.MessageType.MESSAGE_TYPE_SNAP, snapshot: snap };
  assert.throws(() => decodeRaftEnvelope(enc({ group: 'g', from: 1, to: 2, message: snapMsg })), /not a packed replica id/);
  // A term of 2^56-1: protobufjs would round it; the wire refuses it on decode, not only on encode.
  const bytes = encodeRaftEnvelope('g', { ...base, entries: [], term: Number.MAX_SAFE_INTEGER as Term });
  const at = Buffer.from(bytes).indexOf(Buffer.from([0x20, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f]));
  assert.ok(at > 0, 'the term varint of 2^53-1 is in the envelope');
  assert.equal(decodeRaftEnvelope(bytes).message.term, Number.MAX_SAFE_INTEGER, 'the largest exact term decodes');
  const forged = Uint8Array.from(bytes);
  forged[at + 8] = 0x7f;
  assert.throws(() => decodeRaftEnvelope(forged), (e: unknown) => e instanceof RaftWireError && /beyond 2\^53-1/.test(e.message));
});
