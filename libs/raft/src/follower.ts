import { assert } from '@daos-nats/base';
import { campaignIfTransferPending, hup } from './election.js';
import { isTransferCampaign } from './message.js';
import type { Raft } from './raft.js';
import { fromConfState } from './tracker.js';
import { MessageType, StateRole, type LogIndex, type Message, type Snapshot, type Term } from './types.js';

/** How a follower handles the leader's messages: appends, heartbeats, snapshot chunks, TimeoutNow. */

export function stepFollower(r: Raft, m: Message): void {
  switch (m.type) {
    case MessageType.Hup:
      hup(r, isTransferCampaign(m) ? 'transfer' : 'pre-election');
      return;
    case MessageType.App:
      r.electionElapsed = 0;
      r.lead = m.from;
      handleAppend(r, m);
      return;
    case MessageType.Heartbeat:
      r.electionElapsed = 0;
      r.lead = m.from;
      r.log.commitTo(Math.min(m.commit, r.log.lastIndex()));
      // Echo the leader's tick stamp (index): the ack dates the lease this node now grants.
      r.send({ type: MessageType.HeartbeatResp, to: m.from, index: m.index, ...(m.context ? { context: m.context } : {}) });
      return;
    case MessageType.Snap:
      r.electionElapsed = 0;
      r.lead = m.from;
      handleSnapChunk(r, m);
      return;
    case MessageType.TimeoutNow:
      // The leader hands over: campaign now, skipping pre-vote and the lease check of voters.
      // Its commit first (it is within what we hold): a conf change it commits must be applied
      // before we campaign, so the campaign runs once the application has applied it.
      r.log.commitTo(Math.min(m.commit, r.log.lastIndex()));
      r.transferCampaignPending = true;
      campaignIfTransferPending(r);
      return;
    default:
      return;
  }
}

function handleAppend(r: Raft, m: Message): void {
  if (r.role === StateRole.Leader) assert(false, `leader ${r.id} got an App of its own term ${m.term} from ${m.from}: two leaders in one term`);
  if (!wellFormedAppend(m)) return; // bad wire input: ignore it rather than corrupt the log
  if (m.index < r.log.committed) {
    r.send({ type: MessageType.AppResp, to: m.from, index: r.log.committed as LogIndex });
    return;
  }
  const lastNew = r.log.maybeAppend(m.index, m.logTerm, m.commit, m.entries);
  if (lastNew !== undefined) {
    r.send({ type: MessageType.AppResp, to: m.from, index: lastNew as LogIndex });
    return;
  }
  // Fast backtracking: point the leader at the last entry whose term is <= the term it probed
  // with, so one round trip skips a whole mismatching term.
  const hint = r.log.findConflictByTerm(Math.min(m.index, r.log.lastIndex()), m.logTerm);
  r.send({
    type: MessageType.AppResp,
    to: m.from,
    index: m.index,
    reject: true,
    rejectHint: hint.index as LogIndex,
    logTerm: hint.term as Term,
  });
}

function handleSnapChunk(r: Raft, m: Message): void {
  const c = m.snapshot;
  if (!c) return;
  if (c.meta.index <= r.log.committed) {
    // Already have everything it holds: answer as after an append so the leader moves on.
    r.snapshotAssembler.clear();
    r.send({ type: MessageType.AppResp, to: m.from, index: r.log.committed as LogIndex });
    return;
  }
  const got = r.snapshotAssembler.accept(m.from, m.term, c);
  if (got.complete) {
    // After a restore the log ends at the snapshot; otherwise only the committed prefix is
    // known to match the leader's (entries past it may conflict).
    const index = restore(r, got.complete) ? r.log.lastIndex() : r.log.committed;
    r.send({ type: MessageType.AppResp, to: m.from, index: index as LogIndex });
  } else {
    r.send({
      type: MessageType.SnapResp,
      to: m.from,
      index: got.heldBytes as LogIndex,
      snapshot: { meta: c.meta, offsetBytes: got.heldBytes, totalBytes: c.totalBytes, data: new Uint8Array() },
    });
  }
}

/** Entries follow m.index one by one, with terms that never decrease and never pass m.term. */
function wellFormedAppend(m: Message): boolean {
  let prevTerm = m.logTerm;
  for (let i = 0; i < m.entries.length; i++) {
    const e = m.entries[i]!;
    if (e.index !== m.index + 1 + i || e.term < prevTerm || e.term > m.term) return false;
    prevTerm = e.term;
  }
  return m.logTerm <= m.term && m.index >= 0 && m.commit >= 0;
}

/** Install a snapshot from the leader; false if it brings nothing new. */
function restore(r: Raft, s: Snapshot): boolean {
  if (s.meta.index <= r.log.committed) return false;
  if (r.log.matchTerm(s.meta.index, s.meta.term)) {
    // Our log already holds the snapshot's last entry: just commit up to it.
    r.log.commitTo(s.meta.index);
    return false;
  }
  r.log.restore(s);
  r.trk.progress.clear();
  r.trk.setConfig(fromConfState(s.meta.confState), r.log.lastIndex() + 1);
  return true;
}
