import { applyChange } from './conf-change.js';
import { encodeConfChange } from './conf-change-codec.js';
import { ProposalDroppedError, type DropReason } from './errors.js';
import { sendTimeoutNow, serveReadIndex } from './leader.js';
import type { Raft } from './raft.js';
import { sendAppend } from './replication.js';
import { ConfChangeTransition, EntryType, NONE, StateRole, type ConfChange, type NodeId } from './types.js';

/**
 * What the application asks of the leader: proposals, membership changes, reads and leadership
 * transfer. Only the leader takes them; everyone else throws ProposalDroppedError('not-leader')
 * naming the leader it knows, so the client is redirected rather than forwarded.
 */

function drop(r: Raft, reason: DropReason, message?: string): never {
  throw new ProposalDroppedError(reason, r.lead, message);
}

function requireLeader(r: Raft): void {
  if (r.role !== StateRole.Leader) drop(r, 'not-leader', `not the leader (leader is ${r.lead === NONE ? 'unknown' : r.lead})`);
}

function requireAcceptingProposals(r: Raft): void {
  requireLeader(r);
  if (r.leadTransferee !== NONE) drop(r, 'leader-transferring', `leadership is being transferred to ${r.leadTransferee}`);
  if (!r.trk.isVoter(r.id)) drop(r, 'not-member', 'this leader is no longer a voter');
}

export function propose(r: Raft, data: Uint8Array): void {
  requireAcceptingProposals(r);
  r.appendEntries([{ type: EntryType.Normal, data }]);
  // Sent at the next ready(): every proposal until then shares one App per follower.
  r.appendPending = true;
}

export function proposeConfChange(r: Raft, cc: ConfChange): void {
  requireAcceptingProposals(r);
  // A new leader first commits an entry of its own term: otherwise a change could be decided
  // against a configuration an older leader's uncommitted change is about to replace.
  if (!r.committedEntryInCurrentTerm()) drop(r, 'no-commit-in-term', 'no entry of this term is committed yet');
  if (r.pendingConfIndex > r.log.applied)
    drop(r, 'conf-change-pending', `conf change at index ${r.pendingConfIndex} is not applied yet (applied ${r.log.applied})`);
  applyChange(r.trk.config, cc); // throws ConfChangeError if it cannot apply to the current config
  const last = r.appendEntries([{ type: EntryType.ConfChange, data: encodeConfChange(cc) }]);
  r.pendingConfIndex = last;
  // Sent at the next ready(): every proposal until then shares one App per follower.
  r.appendPending = true;
}

/** The leader proposes the empty change that leaves an auto-leave joint configuration. */
export function maybeAutoLeave(r: Raft): void {
  if (r.role !== StateRole.Leader || !r.trk.config.autoLeave || r.pendingConfIndex > r.log.applied) return;
  if (r.leadTransferee !== NONE) return; // retried after the transfer ends
  try {
    proposeConfChange(r, { transition: ConfChangeTransition.Auto, changes: [] });
  } catch (e) {
    if (!(e instanceof ProposalDroppedError)) throw e; // e.g. uncommitted budget: retried on the next advance
  }
}

export function readIndex(r: Raft, context: Uint8Array): void {
  requireLeader(r);
  if (r.readOnly.size + r.pendingReadIndex.length >= r.cfg.readIndexPendingMax)
    drop(r, 'read-index-pending-max', `${r.cfg.readIndexPendingMax} reads are already pending`);
  // Before its first commit a new leader does not know the commit index of the term: hold the read.
  if (!r.committedEntryInCurrentTerm()) {
    r.pendingReadIndex.push(context);
    return;
  }
  serveReadIndex(r, context);
}

export function transferLeadership(r: Raft, to: NodeId): void {
  requireLeader(r);
  if (to === r.id) return;
  if (!r.trk.isVoter(to)) drop(r, 'not-member', `node ${to} is not a voter`);
  if (r.leadTransferee === to) return;
  r.leadTransferee = to;
  // The transfer is aborted if it has not completed within an election timeout.
  r.electionElapsed = 0;
  const pr = r.trk.progress.get(to)!;
  if (pr.match === r.log.lastIndex()) sendTimeoutNow(r, to);
  else sendAppend(r, to);
}
