/**
 * Quorum arithmetic over a set of voters: the index a majority has reached, and the outcome of a
 * vote. A joint configuration needs a majority of each half. An empty half agrees with anything,
 * so a joint configuration with no outgoing voters behaves as its incoming half.
 */
import type { NodeId } from './types.js';

export enum VoteResult {
  Pending = 'Pending',
  Lost = 'Lost',
  Won = 'Won',
}

/** The largest index acknowledged by a majority of `voters` (Infinity for an empty set). */
export function majorityCommitted(voters: ReadonlySet<NodeId>, acked: (id: NodeId) => number | undefined): number {
  if (voters.size === 0) return Infinity;
  const matches: number[] = [];
  for (const id of voters) matches.push(acked(id) ?? 0);
  matches.sort((a, b) => b - a);
  return matches[Math.floor(voters.size / 2)]!;
}

export function majorityVote(voters: ReadonlySet<NodeId>, votes: ReadonlyMap<NodeId, boolean>): VoteResult {
  if (voters.size === 0) return VoteResult.Won;
  let granted = 0;
  let missing = 0;
  for (const id of voters) {
    const v = votes.get(id);
    if (v === undefined) missing++;
    else if (v) granted++;
  }
  const q = Math.floor(voters.size / 2) + 1;
  if (granted >= q) return VoteResult.Won;
  if (granted + missing >= q) return VoteResult.Pending;
  return VoteResult.Lost;
}

export interface JointVoters {
  readonly incoming: ReadonlySet<NodeId>;
  readonly outgoing: ReadonlySet<NodeId>;
}

export function jointCommitted(v: JointVoters, acked: (id: NodeId) => number | undefined): number {
  return Math.min(majorityCommitted(v.incoming, acked), majorityCommitted(v.outgoing, acked));
}

export function jointVote(v: JointVoters, votes: ReadonlyMap<NodeId, boolean>): VoteResult {
  const a = majorityVote(v.incoming, votes);
  const b = majorityVote(v.outgoing, votes);
  if (a === b) return a;
  if (a === VoteResult.Lost || b === VoteResult.Lost) return VoteResult.Lost;
  return VoteResult.Pending;
}
