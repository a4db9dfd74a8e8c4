import { VoteResult } from './quorum.js';
import { stepFollower } from './follower.js';
import { CAMPAIGN_TRANSFER, isTransferCampaign } from './message.js';
import type { CampaignKind, Raft } from './raft.js';
import { bcastAppend } from './replication.js';
import { EntryType, MessageType, NONE, StateRole, type LogIndex, type Message, type Term } from './types.js';

/**
 * Elections: starting a campaign (pre-vote first when enabled), answering (pre-)vote requests
 * with the election restriction of the paper (5.4.1), and counting votes as a candidate.
 */

export function hup(r: Raft, kind: CampaignKind): void {
  if (r.role === StateRole.Leader || !r.promotable()) return;
  if (hasUnappliedConfChanges(r)) return; // campaign once the membership is known
  if (kind === 'pre-election' && !r.cfg.preVote) kind = 'election';
  campaign(r, kind);
}

/** The campaign a TimeoutNow asked for, once every committed conf change is applied. */
export function campaignIfTransferPending(r: Raft): void {
  if (!r.transferCampaignPending || r.role !== StateRole.Follower || hasUnappliedConfChanges(r)) return;
  r.transferCampaignPending = false;
  hup(r, 'transfer');
}

function hasUnappliedConfChanges(r: Raft): boolean {
  if (r.log.applied >= r.log.committed) return false;
  const ents = r.log.slice(Math.max(r.log.applied + 1, r.log.firstIndex()), r.log.committed + 1, Infinity);
  return ents.some((e) => e.type === EntryType.ConfChange);
}

export function campaign(r: Raft, kind: CampaignKind): void {
  let voteType: MessageType;
  let term: number;
  if (kind === 'pre-election') {
    r.becomePreCandidate();
    voteType = MessageType.PreVote;
    term = r.term + 1; // the term we would campaign in; ours does not change yet
  } else {
    r.becomeCandidate();
    voteType = MessageType.Vote;
    term = r.term;
  }
  r.trk.recordVote(r.id, true);
  if (r.trk.voteResult() === VoteResult.Won) {
    // A single-voter group wins at once.
    if (kind === 'pre-election') campaign(r, 'election');
    else r.becomeLeader();
    return;
  }
  for (const id of r.trk.voterIds()) {
    if (id === r.id) continue;
    r.send({
      type: voteType,
      to: id,
      term: term as Term,
      index: r.log.lastIndex() as LogIndex,
      logTerm: r.log.lastTerm() as Term,
      ...(kind === 'transfer' ? { context: CAMPAIGN_TRANSFER } : {}),
    });
  }
}

export function handleVoteRequest(r: Raft, m: Message): void {
  const canVote =
    r.vote === m.from ||
    (r.vote === NONE && r.lead === NONE) ||
    (m.type === MessageType.PreVote && m.term > r.term);
  // A candidate absent from our configuration still gets an answer: it may be a voter added by a
  // change we hold but have not applied yet, and refusing it could deadlock the group. Removed
  // nodes are kept out by the lease check in step() and by candidates counting only voters.
  const respType = m.type === MessageType.Vote ? MessageType.VoteResp : MessageType.PreVoteResp;
  if (canVote && r.log.isUpToDate(m.index, m.logTerm)) {
    r.send({ type: respType, to: m.from, term: m.term });
    if (m.type === MessageType.Vote) {
      r.electionElapsed = 0;
      r.vote = m.from;
    }
  } else {
    r.send({ type: respType, to: m.from, term: r.term as Term, reject: true });
  }
}

export function stepCandidate(r: Raft, m: Message): void {
  const myResp = r.role === StateRole.PreCandidate ? MessageType.PreVoteResp : MessageType.VoteResp;
  switch (m.type) {
    case MessageType.Hup:
      hup(r, isTransferCampaign(m) ? 'transfer' : 'pre-election');
      return;
    case MessageType.App:
    case MessageType.Heartbeat:
    case MessageType.Snap:
      r.becomeFollower(m.term, m.from); // a leader of our term exists
      stepFollower(r, m);
      return;
    case myResp: {
      r.trk.recordVote(m.from, !m.reject);
      const result = r.trk.voteResult();
      if (result === VoteResult.Won) {
        if (r.role === StateRole.PreCandidate) campaign(r, 'election');
        else {
          r.becomeLeader();
          bcastAppend(r);
        }
      } else if (result === VoteResult.Lost) {
        r.becomeFollower(r.term, NONE);
      }
      return;
    }
    default:
      return; // TimeoutNow, responses of other kinds: stale for a candidate
  }
}
