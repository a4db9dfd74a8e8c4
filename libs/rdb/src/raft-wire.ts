import { ProtoError } from '@daos-nats/base';
import { daos } from '@daos-nats/proto';
import {
  EntryType,
  MessageType,
  type ConfState,
  type Entry,
  type LogIndex,
  type Message,
  type NodeId,
  type SnapshotChunk,
  type SnapshotMeta,
  type Term,
} from '@daos-nats/raft';
import { REPLICA_GEN_BITS } from './replica-id.js';

const pb = daos.raft.v1;

/** A raft envelope from the wire that does not decode or does not make sense: DER_PROTO. */
export class RaftWireError extends ProtoError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RaftWireError';
  }
}

/** Longest raft group name (it is also a NATS subject token). */
export const RAFT_GROUP_CHARS_MAX = 128;

/** Network message types and their wire numbers; local types (Hup...CheckQuorum) never travel. */
const TO_WIRE: ReadonlyMap<MessageType, number> = new Map([
  [MessageType.App, pb.MessageType.MESSAGE_TYPE_APP],
  [MessageType.AppResp, pb.MessageType.MESSAGE_TYPE_APP_RESP],
  [MessageType.Vote, pb.MessageType.MESSAGE_TYPE_VOTE],
  [MessageType.VoteResp, pb.MessageType.MESSAGE_TYPE_VOTE_RESP],
  [MessageType.PreVote, pb.MessageType.MESSAGE_TYPE_PRE_VOTE],
  [MessageType.PreVoteResp, pb.MessageType.MESSAGE_TYPE_PRE_VOTE_RESP],
  [MessageType.Heartbeat, pb.MessageType.MESSAGE_TYPE_HEARTBEAT],
  [MessageType.HeartbeatResp, pb.MessageType.MESSAGE_TYPE_HEARTBEAT_RESP],
  [MessageType.Snap, pb.MessageType.MESSAGE_TYPE_SNAP],
  [MessageType.SnapResp, pb.MessageType.MESSAGE_TYPE_SNAP_RESP],
  [MessageType.TransferLeader, pb.MessageType.MESSAGE_TYPE_TRANSFER_LEADER],
  [MessageType.TimeoutNow, pb.MessageType.MESSAGE_TYPE_TIMEOUT_NOW],
  [MessageType.ReadIndex, pb.MessageType.MESSAGE_TYPE_READ_INDEX],
  [MessageType.ReadIndexResp, pb.MessageType.MESSAGE_TYPE_READ_INDEX_RESP],
]);
const FROM_WIRE: ReadonlyMap<number, MessageType> = new Map([...TO_WIRE].map(([t, n]) => [n, t]));

/** Encode a raft message for `group` (the multi-raft address travels with it). */
export function encodeRaftEnvelope(group: string, m: Message): Uint8Array {
  const type = TO_WIRE.get(m.type);
  if (type === undefined) throw new RaftWireError(`raft message type ${m.type} is local and never sent`);
  return pb.RaftEnvelope.encode({
    group,
    from: m.from,
    to: m.to,
    message: {
      type,
      from: m.from,
      to: m.to,
      term: m.term,
      logTerm: m.logTerm,
      index: m.index,
      entries: m.entries.map((e) => ({ term: e.term, index: e.index, type: e.type as number as daos.raft.v1.EntryType, data: e.data })),
      commit: m.commit,
      reject: m.reject,
      rejectHint: m.rejectHint,
      ...(m.snapshot ? { snapshot: { meta: metaToWire(m.snapshot.meta), offsetBytes: m.snapshot.offsetBytes, totalBytes: m.snapshot.totalBytes, data: m.snapshot.data } } : {}),
      ...(m.context ? { context: m.context } : {}),
    },
  }).finish();
}

function metaToWire(meta: SnapshotMeta) {
  const c = meta.confState;
  return {
    index: meta.index,
    term: meta.term,
    confState: { voters: [...c.voters], learners: [...c.learners], votersOutgoing: [...c.votersOutgoing], learnersNext: [...c.learnersNext], autoLeave: c.autoLeave },
  };
}

/** Decode and check an envelope; anything malformed throws RaftWireError naming the problem. */
export function decodeRaftEnvelope(bytes: Uint8Array): { group: string; message: Message } {
  let env: daos.raft.v1.RaftEnvelope;
  try {
    env = pb.RaftEnvelope.decode(bytes);
  } catch (e) {
    throw new RaftWireError(`raft envelope does not decode: ${(e as Error).message}`, { cause: e });
  }
  const fail = (why: string) => new RaftWireError(`raft envelope for group ${JSON.stringify(env.group)}: ${why}`);
  if (env.group.length === 0 || env.group.length > RAFT_GROUP_CHARS_MAX) throw fail(`group name must be 1..${RAFT_GROUP_CHARS_MAX} characters`);
  const w = env.message;
  if (!w) throw fail('no message');
  const type = FROM_WIRE.get(w.type ?? 0);
  if (type === undefined) throw fail(`message type ${w.type} is not a network message type`);
  const from = w.from ?? 0;
  const to = w.to ?? 0;
  const index = w.index ?? 0;
  if (!isReplicaNodeId(from) || !isReplicaNodeId(to)) throw fail(`from ${from} and to ${to} must be packed replica ids (non-zero generation)`);
  if (from !== env.from || to !== env.to) throw fail(`envelope ${env.from}->${env.to} differs from message ${w.from}->${w.to}`);
  const entries = (w.entries ?? []).map((e, k): Entry => {
    const t = (e.type ?? 0) as number;
    if (t !== EntryType.Normal && t !== EntryType.ConfChange) throw fail(`entry ${k} has unknown type ${t}`);
    return { term: (e.term ?? 0) as Term, index: (e.index ?? 0) as LogIndex, type: t, data: view(e.data) };
  });
  if (type === MessageType.App)
    entries.forEach((e, k) => {
      if (e.index !== index + 1 + k) throw fail(`App entry ${k} has index ${e.index}, expected ${index + 1 + k}`);
    });
  let snapshot: SnapshotChunk | undefined;
  if (w.snapshot) {
    const s = w.snapshot;
    if (!s.meta) throw fail('snapshot chunk without metadata');
    const data = view(s.data);
    const offsetBytes = s.offsetBytes ?? 0;
    const totalBytes = s.totalBytes ?? 0;
    if (offsetBytes + data.byteLength > totalBytes) throw fail(`snapshot chunk [${offsetBytes}, +${data.byteLength}) exceeds its total ${totalBytes}`);
    snapshot = { meta: { index: (s.meta.index ?? 0) as LogIndex, term: (s.meta.term ?? 0) as Term, confState: confState(s.meta.confState) }, offsetBytes, totalBytes, data };
  }
  if (type === MessageType.Snap && !snapshot) throw fail('Snap message without a chunk');
  const message: Message = {
    type,
    from: from as NodeId,
    to: to as NodeId,
    term: (w.term ?? 0) as Term,
    logTerm: (w.logTerm ?? 0) as Term,
    index: index as LogIndex,
    entries,
    commit: (w.commit ?? 0) as LogIndex,
    reject: w.reject ?? false,
    rejectHint: (w.rejectHint ?? 0) as LogIndex,
    ...(snapshot ? { snapshot } : {}),
    ...(w.context != null ? { context: view(w.context) } : {}),
  };
  return { group: env.group, message };
}

/** A packed replica id: positive, exact, generation (its low REPLICA_GEN_BITS) not 0. */
function isReplicaNodeId(n: number): boolean {
  return Number.isSafeInteger(n) && n > 0 && n % 2 ** REPLICA_GEN_BITS !== 0;
}

function confState(c: daos.raft.v1.ConfState.$Properties | null | undefined): ConfState {
  const ids = (a: readonly number[] | null | undefined) => {
    const out = (a ?? []).slice() as NodeId[];
    for (const id of out) if (!isReplicaNodeId(id)) throw new RaftWireError(`snapshot membership names ${id}, not a packed replica id`);
    return out;
  };
  return {
    voters: ids(c?.voters),
    learners: ids(c?.learners),
    votersOutgoing: ids(c?.votersOutgoing),
    learnersNext: ids(c?.learnersNext),
    autoLeave: c?.autoLeave ?? false,
  };
}

/** protobufjs hands out Buffers in Node; the raft contract speaks plain Uint8Array. */
function view(b: Uint8Array | null | undefined): Uint8Array {
  return b ? new Uint8Array(b.buffer, b.byteOffset, b.byteLength) : new Uint8Array();
}
