import { ReadOnlyOption } from './config.js';
import { jointVote, VoteResult } from './quorum.js';
import type { Raft } from './raft.js';
import { bcastAppend, bcastHeartbeat, maybeCommit, sendAppend, sendAppendsWhileOpen, sendSnapshotChunk } from './replication.js';
import { MessageType, NONE, ProgressState, StateRole, type LogIndex, type Message, type NodeId } from './types.js';

/** How the leader handles each message (local and from followers). */
export function stepLeader(r: Raft, m: Message): void {
  switch (m.type) {
    case MessageType.Beat:
      bcastHeartbeat(r);
      return;
    case MessageType.CheckQuorum:
      // A removed leader waiting to hand over does not step down (see handOverIfRemoved).
      if (!r.trk.quorumActive(r.id) && r.trk.isVoter(r.id)) {
        // Not heard from a quorum within an election timeout: a newer leader may exist; step down
        // so clients go looking for it and lease reads stop.
        r.becomeFollower(r.term, NONE);
        return;
      }
      for (const [id, pr] of r.trk.progress) if (id !== r.id) pr.recentActive = false;
      return;
    case MessageType.Hup:
      return;
    default:
      break;
  }

  const pr = r.trk.progress.get(m.from);
  if (!pr) return; // not a member (any more): nothing it says counts
  switch (m.type) {
    case MessageType.AppResp:
      // An ack beyond our log cannot come from this term's replication: bad input, ignore it.
      if (m.index > r.log.lastIndex()) return;
      pr.recentActive = true;
      if (m.reject) {
        handleReject(r, m.from, m);
        return;
      }
      handleAck(r, m.from, m);
      return;
    case MessageType.HeartbeatResp:
      pr.recentActive = true;
      // Only an answer to a heartbeat sent after the probe says the probe may be lost. Answers to
      // older heartbeats (a resumed follower's backlog, duplicates) would each resend the probe,
      // up to appendBytesMax of entries apiece: they are coalesced into the one probe in flight.
      if (pr.state !== ProgressState.Probe || (m.index > pr.probeSentTick && m.index <= r.leaderTicks)) pr.probeSent = false;
      if (m.index <= r.leaderTicks) pr.leaseAckTick = Math.max(pr.leaseAckTick, m.index);
      // The follower is alive: make room for at least one App if the window was full.
      if (pr.state === ProgressState.Replicate && pr.inflights.full()) pr.inflights.freeFirstOne();
      // Behind: probe, or in Replicate send an App from next (empty if everything was sent),
      // which is how a lost App is noticed: the follower rejects it and probing starts.
      if (pr.match < r.log.lastIndex()) sendAppend(r, m.from);
      if (m.context && m.context.byteLength > 0) confirmReads(r, m.from, m.context);
      return;
    case MessageType.SnapResp:
      pr.recentActive = true;
      handleSnapAck(r, m.from, m);
      return;
    case MessageType.Unreachable:
      if (pr.state === ProgressState.Replicate) pr.becomeProbe();
      return;
    default:
      return; // votes for a finished election, TimeoutNow, and the like
  }
}

function handleReject(r: Raft, from: NodeId, m: Message): void {
  const pr = r.trk.progress.get(from)!;
  // The follower's hint names its last entry with a term <= the probed term; find our last entry
  // of a term <= that hint's term to skip a whole conflicting term per round trip.
  let next = m.rejectHint as number;
  if (m.logTerm > 0) next = r.log.findConflictByTerm(m.rejectHint, m.logTerm).index;
  if (pr.maybeDecrTo(m.index, next)) {
    if (pr.state === ProgressState.Replicate) pr.becomeProbe();
    sendAppend(r, from);
  }
}

function handleAck(r: Raft, from: NodeId, m: Message): void {
  const pr = r.trk.progress.get(from)!;
  const wasPaused = pr.isPaused();
  if (!pr.maybeUpdate(m.index)) return;
  switch (pr.state) {
    case ProgressState.Probe:
      pr.becomeReplicate();
      break;
    case ProgressState.Snapshot:
      // Installed (or no longer needed): resume replication right after it.
      if (pr.match >= pr.pendingSnapshot || pr.match + 1 >= r.log.firstIndex()) {
        pr.becomeProbe();
        pr.becomeReplicate();
      }
      break;
    case ProgressState.Replicate:
      pr.inflights.freeLE(m.index);
      break;
  }
  if (maybeCommit(r)) {
    onCommit(r);
    // Followers learn the new commit at the next ready(): one App each for all acks until then.
    r.appendPending = true;
  } else if (wasPaused) {
    sendAppend(r, from);
  }
  sendAppendsWhileOpen(r, from);
  if (from === r.leadTransferee && pr.match === r.log.lastIndex()) sendTimeoutNow(r, from);
  handOverIfRemoved(r);
}

function handleSnapAck(r: Raft, from: NodeId, m: Message): void {
  const pr = r.trk.progress.get(from)!;
  const c = m.snapshot;
  if (pr.state !== ProgressState.Snapshot || !c || !pr.snapshot || c.meta.index !== pr.pendingSnapshot) return;
  const held = c.offsetBytes;
  if (!Number.isSafeInteger(held) || held < 0 || held > pr.snapshot.data.totalBytes) return;
  // An ack of what we already knew, with a later chunk already out: the resend timer covers loss.
  if (held === pr.snapshotAckedBytes && pr.snapshotSentBytes > held) return;
  // held < acked means the follower lost its buffer (restart): resend from what it holds.
  pr.snapshotAckedBytes = held;
  pr.snapshotIdleTicks = 0;
  if (held < pr.snapshot.data.totalBytes) sendSnapshotChunk(r, from, pr);
}

/** The first commit of a term releases the reads a new leader had to hold back. */
export function onCommit(r: Raft): void {
  if (r.pendingReadIndex.length === 0 || !r.committedEntryInCurrentTerm()) return;
  const held = r.pendingReadIndex;
  r.pendingReadIndex = [];
  for (const ctx of held) serveReadIndex(r, ctx);
}

/**
 * Answer a read once a heartbeat round confirms leadership (Safe), or at once while the lease
 * holds (LeaseBased; without a valid lease it takes the Safe path).
 */
export function serveReadIndex(r: Raft, context: Uint8Array): void {
  if (r.cfg.readOnlyOption === ReadOnlyOption.LeaseBased && leaseValid(r)) {
    r.addReadState(r.log.committed, context);
    return;
  }
  r.readOnly.add(r.log.committed, context, r.id);
  if (!confirmReads(r, r.id, context)) bcastHeartbeat(r, context);
}

/** Record an ack for a read round; when a quorum acked, release it and every earlier read. */
function confirmReads(r: Raft, from: NodeId, context: Uint8Array): boolean {
  const acks = r.readOnly.recvAck(from, context);
  if (!acks) return false;
  const votes = new Map<NodeId, boolean>();
  for (const id of acks) votes.set(id, true);
  if (jointVote(r.trk.config, votes) !== VoteResult.Won) return false;
  for (const req of r.readOnly.advance(context)) r.addReadState(req.index, req.context);
  return true;
}

/**
 * Whether a quorum acknowledged a heartbeat sent less than (election timeout - margin) ticks ago:
 * those voters refuse other candidates until a full election timeout after receiving it, so no
 * other leader can exist yet. A transfer in progress voids the lease (TimeoutNow bypasses it).
 */
export function leaseValid(r: Raft): boolean {
  if (r.leadTransferee !== NONE) return false;
  const window = r.cfg.electionTimeoutTicks - r.cfg.leaseMarginTicks;
  const votes = new Map<NodeId, boolean>();
  for (const id of r.trk.voterIds()) {
    const pr = r.trk.progress.get(id)!;
    votes.set(id, id === r.id || r.leaderTicks - pr.leaseAckTick < window);
  }
  return jointVote(r.trk.config, votes) === VoteResult.Won;
}

/**
 * Tell `to` to campaign at once. It carries the commit index (bounded by what `to` is known to
 * hold, so its log matches ours up to it): a target that missed the commit of a conf change then
 * applies it before campaigning, and campaigns in the configuration the leader is in.
 */
export function sendTimeoutNow(r: Raft, to: NodeId): void {
  const match = r.trk.progress.get(to)?.match ?? 0;
  r.send({ type: MessageType.TimeoutNow, to, commit: Math.min(match, r.log.committed) as LogIndex });
}

/**
 * A leader that its own configuration removed (or demoted to learner) must not stay leader, but
 * it must not abandon the group either: it may be the only node that knows the configuration is
 * committed and holds the entries after it. If the voters missed them (a lost App), they may
 * still be in the old (joint) configuration, needing votes of removed nodes whose longer logs make
 * them refuse, while removed nodes never campaign: no leader, ever. So it keeps replicating
 * (taking no proposals) until a voter holds its whole log, then hands over with TimeoutNow (which
 * carries the commit) and steps down; a voter with the whole log wins an election in any
 * configuration it may be in, since no log is more up to date than the leader's.
 *
 * There is no timer: stepping down before a voter caught up (a partition, or check-quorum failing
 * during one) would recreate the stall after the network heals. It stops earlier only on seeing a
 * higher term (a leader elected without it). Staying is safe: it counts no vote of its own, so it
 * commits and confirms reads only with quorums of the configuration that removed it.
 */
export function handOverIfRemoved(r: Raft): void {
  if (r.role !== StateRole.Leader || r.trk.isVoter(r.id)) return;
  for (const id of r.trk.voterIds()) {
    if (r.trk.progress.get(id)!.match !== r.log.lastIndex()) continue;
    sendTimeoutNow(r, id);
    r.becomeFollower(r.term, NONE);
    return;
  }
}

/** After a membership change on the leader: commit with the new quorum, reach new members. */
export function afterConfigChangeOnLeader(r: Raft): void {
  if (maybeCommit(r)) {
    onCommit(r);
    bcastAppend(r);
  } else {
    // Probe new members (and any follower being probed) at once rather than at the next heartbeat.
    for (const id of r.trk.memberIds()) {
      if (id === r.id) continue;
      if (r.trk.progress.get(id)!.state === ProgressState.Probe) sendAppend(r, id);
      else sendAppendsWhileOpen(r, id);
    }
  }
  if (r.leadTransferee !== NONE && !r.trk.isVoter(r.leadTransferee)) r.leadTransferee = NONE;
  handOverIfRemoved(r);
}
