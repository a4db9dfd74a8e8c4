import { MessageType, NONE, type ConfState, type Message, type NodeId } from '@daos-nats/raft';

/** The limits of what a replica accepts from its raft port, with their units last. */
export interface RaftPortLimits {
  /**
   * A message whose term is more than this above ours is dropped. With pre-vote a term rises by
   * one per real election, so a peer this far ahead is a forgery, not a peer we missed.
   */
  readonly termJumpMax: number;
  /** A snapshot whose announced total exceeds this is dropped before any byte is buffered. */
  readonly snapshotBytesMax: number;
  /** At most one log line per this interval; the lines in between are counted in it. */
  readonly dropLogIntervalMs: number;
}

export const raftPortDefaults: RaftPortLimits = {
  termJumpMax: 1_000_000,
  snapshotBytesMax: 4 * 1024 * 1024 * 1024,
  dropLogIntervalMs: 10_000,
};

/** No term at or above this is ever taken, so that term + 1 stays an exact integer. */
export const RAFT_TERM_ACCEPT_MAX = Number.MAX_SAFE_INTEGER - 1;

export type RaftPortDropReason = 'stranger' | 'term' | 'snapshot-size';

export interface RaftPortStats {
  dropped: number;
  stranger: number;
  term: number;
  snapshotSize: number;
}

/** What the guard needs to know about the replica at the time a message arrives. */
export interface RaftPortView {
  readonly self: NodeId;
  readonly term: number;
  /** The membership the replica has applied. Empty: the replica is joining, anyone may teach it. */
  readonly conf: ConfState;
  /** The leader it follows (NONE when it knows of none, itself when it leads). */
  readonly lead: NodeId;
}

/**
 * Checks a decoded raft message against the group before raft sees it (issue 10, item 3):
 * senders outside the membership, terms beyond a safe jump and oversized snapshots are dropped,
 * as a lost message would be, with a rate-limited log line. Decoding (raft-wire) has already
 * refused generation 0, non-integers and terms beyond 2^53-1.
 *
 * One exception keeps a lagging replica live: a replica that has not applied the change adding
 * a new member may find that member elected; while it knows no leader it accepts leader
 * messages (App, Heartbeat, Snap) from a stranger, which is how it learns the change. A replica
 * that follows a known leader, or leads, ignores every stranger.
 */
export class RaftPortGuard {
  readonly stats: RaftPortStats = { dropped: 0, stranger: 0, term: 0, snapshotSize: 0 };
  private lastLogMs = -Infinity;
  private unlogged = 0;

  constructor(
    private readonly limits: RaftPortLimits,
    private readonly log: (line: string) => void,
    private readonly nowMs: () => number,
  ) {}

  /** True when `m` may go to raft; otherwise it was counted and (rate-limited) logged. */
  admit(m: Message, v: RaftPortView): boolean {
    const why = this.reason(m, v);
    if (why === undefined) return true;
    this.stats.dropped++;
    if (why === 'stranger') this.stats.stranger++;
    else if (why === 'term') this.stats.term++;
    else this.stats.snapshotSize++;
    this.logDrop(m, why);
    return false;
  }

  reason(m: Message, v: RaftPortView): RaftPortDropReason | undefined {
    if (m.term > RAFT_TERM_ACCEPT_MAX || m.term > v.term + this.limits.termJumpMax) return 'term';
    if (!knows(v.conf, m.from) && !mayTeach(m, v)) return 'stranger';
    if (m.snapshot && m.snapshot.totalBytes > this.limits.snapshotBytesMax) return 'snapshot-size';
    return undefined;
  }

  private logDrop(m: Message, why: RaftPortDropReason): void {
    const now = this.nowMs();
    if (now - this.lastLogMs < this.limits.dropLogIntervalMs) {
      this.unlogged++;
      return;
    }
    const more = this.unlogged > 0 ? ` (${this.unlogged} more dropped since the last line)` : '';
    this.lastLogMs = now;
    this.unlogged = 0;
    const detail = why === 'snapshot-size' ? `snapshot of ${m.snapshot!.totalBytes} bytes > snapshotBytesMax ${this.limits.snapshotBytesMax}` : why === 'term' ? `term ${m.term} beyond termJumpMax ${this.limits.termJumpMax} above ours` : 'sender is not a member';
    this.log(`raft message ${m.type} from ${m.from} to ${m.to} dropped: ${detail}${more}`);
  }
}

function mayTeach(m: Message, v: RaftPortView): boolean {
  const leaderMessage = m.type === MessageType.App || m.type === MessageType.Heartbeat || m.type === MessageType.Snap;
  return leaderMessage && v.lead === NONE;
}

function knows(c: ConfState, id: NodeId): boolean {
  const empty = c.voters.length + c.learners.length + c.votersOutgoing.length + c.learnersNext.length === 0;
  return empty || c.voters.includes(id) || c.learners.includes(id) || c.votersOutgoing.includes(id) || c.learnersNext.includes(id);
}
