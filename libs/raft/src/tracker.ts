import { assert } from '@daos-nats/base';
import { Progress } from './progress.js';
import { VoteResult, jointCommitted, jointVote } from './quorum.js';
import type { ConfState, NodeId } from './types.js';

/** Membership as the core tracks it (mutable sets; ConfState is its wire/storage form). */
export interface TrackerConfig {
  incoming: Set<NodeId>;
  /** Non-empty only in a joint configuration. */
  outgoing: Set<NodeId>;
  learners: Set<NodeId>;
  /** Outgoing voters that become learners when the joint configuration is left. */
  learnersNext: Set<NodeId>;
  autoLeave: boolean;
}

export function emptyTrackerConfig(): TrackerConfig {
  return { incoming: new Set(), outgoing: new Set(), learners: new Set(), learnersNext: new Set(), autoLeave: false };
}

export function cloneConfig(c: TrackerConfig): TrackerConfig {
  return {
    incoming: new Set(c.incoming),
    outgoing: new Set(c.outgoing),
    learners: new Set(c.learners),
    learnersNext: new Set(c.learnersNext),
    autoLeave: c.autoLeave,
  };
}

const sorted = (s: Set<NodeId>): NodeId[] => [...s].sort((a, b) => a - b);

export function toConfState(c: TrackerConfig): ConfState {
  return {
    voters: sorted(c.incoming),
    learners: sorted(c.learners),
    votersOutgoing: sorted(c.outgoing),
    learnersNext: sorted(c.learnersNext),
    autoLeave: c.autoLeave,
  };
}

export function fromConfState(cs: ConfState): TrackerConfig {
  return {
    incoming: new Set(cs.voters),
    outgoing: new Set(cs.votersOutgoing),
    learners: new Set(cs.learners),
    learnersNext: new Set(cs.learnersNext),
    autoLeave: cs.autoLeave,
  };
}

export function isJoint(c: TrackerConfig): boolean {
  return c.outgoing.size > 0;
}

/** The configuration invariants of joint consensus (etcd confchange.checkInvariants). */
export function checkConfig(c: TrackerConfig): string | undefined {
  for (const id of c.learners) {
    if (c.incoming.has(id)) return `node ${id} is both a voter and a learner`;
    if (c.outgoing.has(id)) return `node ${id} is an outgoing voter and a learner (it belongs in learnersNext)`;
  }
  for (const id of c.learnersNext) {
    if (!c.outgoing.has(id)) return `node ${id} is in learnersNext but not an outgoing voter`;
    if (c.learners.has(id)) return `node ${id} is in learnersNext and already a learner`;
  }
  if (!isJoint(c)) {
    if (c.learnersNext.size > 0) return 'learnersNext is set outside a joint configuration';
    if (c.autoLeave) return 'autoLeave is set outside a joint configuration';
  }
  return undefined;
}

/** Membership plus the leader's view of every member's log, plus the votes of an election. */
export class ProgressTracker {
  config: TrackerConfig = emptyTrackerConfig();
  progress = new Map<NodeId, Progress>();
  votes = new Map<NodeId, boolean>();

  constructor(
    readonly inflightMessagesMax: number,
    readonly inflightBytesMax: number,
  ) {}

  isVoter(id: NodeId): boolean {
    return this.config.incoming.has(id) || this.config.outgoing.has(id);
  }

  isMember(id: NodeId): boolean {
    return this.isVoter(id) || this.config.learners.has(id);
  }

  voterIds(): NodeId[] {
    return sorted(new Set([...this.config.incoming, ...this.config.outgoing]));
  }

  /** Every member id, sorted, so that message order is deterministic. */
  memberIds(): NodeId[] {
    return [...this.progress.keys()].sort((a, b) => a - b);
  }

  /** Install `cfg` and make progress match it: keep known members, add new ones at `nextIndex`. */
  setConfig(cfg: TrackerConfig, nextIndex: number): void {
    const why = checkConfig(cfg);
    assert(why === undefined, `invalid configuration: ${why}`);
    this.config = cfg;
    const members = new Set([...cfg.incoming, ...cfg.outgoing, ...cfg.learners]);
    for (const id of [...this.progress.keys()]) if (!members.has(id)) this.progress.delete(id);
    for (const id of members) {
      const learner = cfg.learners.has(id);
      const pr = this.progress.get(id);
      if (pr) pr.isLearner = learner;
      else this.progress.set(id, new Progress(nextIndex, this.inflightMessagesMax, this.inflightBytesMax, learner));
    }
  }

  committed(): number {
    return jointCommitted(this.config, (id) => this.progress.get(id)?.match);
  }

  resetVotes(): void {
    this.votes.clear();
  }

  recordVote(id: NodeId, granted: boolean): void {
    if (!this.votes.has(id)) this.votes.set(id, granted);
  }

  /** Only voters count: votes from non-members and learners never decide an election. */
  voteResult(): VoteResult {
    return jointVote(this.config, this.votes);
  }

  /** Whether a quorum was recently active (the leader `self` always counts as active). */
  quorumActive(self: NodeId): boolean {
    const active = new Map<NodeId, boolean>();
    for (const [id, pr] of this.progress) if (!pr.isLearner) active.set(id, id === self || pr.recentActive);
    return jointVote(this.config, active) === VoteResult.Won;
  }
}
