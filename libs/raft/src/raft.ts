import { assert, type Rng } from '@daos-nats/base';
import { ConfigError, ReadOnlyOption, type Config } from './config.js';
import { applyChange } from './conf-change.js';
import { ProposalDroppedError } from './errors.js';
import { isLocal, isTransferCampaign, message, needsPersistBeforeSend } from './message.js';
import { ProgressTracker, fromConfState, toConfState, type TrackerConfig } from './tracker.js';
import { RaftLog } from './raft-log.js';
import { ReadOnly } from './read-only.js';
import { SnapshotAssembler } from './snapshot-assembler.js';
import { afterConfigChangeOnLeader, stepLeader } from './leader.js';
import { stepFollower } from './follower.js';
import { hup, handleVoteRequest, stepCandidate } from './election.js';
import { sendSnapshotChunk } from './replication.js';
import type { Storage } from './storage.js';
import {
  EntryType,
  MessageType,
  NONE,
  StateRole,
  type ConfChange,
  type ConfState,
  type LogIndex,
  type Message,
  type NodeId,
  type ReadState,
  type Term,
} from './types.js';

/**
 * Switches that deliberately break Raft, for the simulator's planted-bug test only (it proves the
 * invariant checker catches the bug). Never set them in a real deployment.
 */
export interface TestingKnobs {
  /** Count replicas of previous-term entries toward commit (the Figure 8 bug of the Raft paper). */
  readonly unsafeCommitPreviousTermEntries?: boolean;
}

export type CampaignKind = 'pre-election' | 'election' | 'transfer';

/**
 * The protocol: roles, terms, votes, and the per-role handling of messages. Replication and the
 * leader's message handling live in replication.ts and leader.ts; this class holds the state.
 */
export class Raft {
  readonly id: NodeId;
  term = 0;
  vote: NodeId = NONE;
  lead: NodeId = NONE;
  role = StateRole.Follower;
  readonly log: RaftLog;
  readonly trk: ProgressTracker;
  readonly readOnly = new ReadOnly();
  /** ReadIndex requests a new leader holds until it commits an entry of its own term. */
  pendingReadIndex: Uint8Array[] = [];
  readStates: ReadState[] = [];
  msgs: Message[] = [];
  msgsAfterPersist: Message[] = [];

  electionElapsed = 0;
  heartbeatElapsed = 0;
  /** Ticks since becoming leader; stamped on heartbeats to date the lease their acks grant. */
  leaderTicks = 0;
  /**
   * After a (re)start this node does not know whether it promised a lease to a leader before, so
   * with lease reads it refuses votes for one election timeout, as if it had just heard a leader.
   */
  startQuiet: boolean;
  randomizedElectionTimeout = 0;
  leadTransferee: NodeId = NONE;
  /** Index of the latest conf change entry in the log; none may be proposed until it is applied. */
  pendingConfIndex = 0;
  /** Proposals were appended since the last ready(): replicate them then, in one batch. */
  appendPending = false;
  /**
   * A TimeoutNow arrived while a committed conf change was not applied yet: campaign (as a
   * transfer) once it is, so the campaign runs in the configuration the leader handed over.
   */
  transferCampaignPending = false;
  /** Bytes of entry data proposed but not yet applied (leader only). */
  uncommittedBytes = 0;
  readonly snapshotAssembler: SnapshotAssembler;

  constructor(
    readonly cfg: Config,
    storage: Storage,
    private readonly rng: Rng,
    readonly knobs: TestingKnobs = {},
  ) {
    this.id = cfg.id;
    this.startQuiet = cfg.readOnlyOption === ReadOnlyOption.LeaseBased;
    this.log = new RaftLog(storage);
    this.snapshotAssembler = new SnapshotAssembler((meta, totalBytes) => storage.newSnapshotSink(meta, totalBytes));
    this.trk = new ProgressTracker(cfg.inflightMessagesMax, cfg.inflightBytesMax);
    const { hardState, confState } = storage.initialState();
    this.trk.setConfig(fromConfState(confState), this.log.lastIndex() + 1);
    if (hardState.commit < this.log.committed || hardState.commit > this.log.lastIndex())
      throw new ConfigError(`stored commit ${hardState.commit} is outside the log [${this.log.committed}, ${this.log.lastIndex()}]`);
    this.log.committed = hardState.commit;
    this.term = hardState.term;
    this.vote = hardState.vote;
    const snapIndex = this.log.firstIndex() - 1;
    if (cfg.appliedIndex < snapIndex)
      // The state machine would never receive the snapshot's state: entries after it are all
      // the core hands out. Restore the snapshot into the state machine before starting.
      throw new ConfigError(`appliedIndex ${cfg.appliedIndex} is below the storage's snapshot index ${snapIndex}: restore the snapshot first`);
    if (cfg.appliedIndex > 0) {
      if (cfg.appliedIndex > this.log.committed)
        throw new ConfigError(`appliedIndex ${cfg.appliedIndex} is beyond the stored commit ${this.log.committed}`);
      this.log.applied = Math.max(this.log.applied, cfg.appliedIndex);
    }
    this.becomeFollower(this.term, NONE);
  }

  // ---- outgoing messages ------------------------------------------------------------------

  /** Queue a message; its term is ours unless given (votes and their answers must give it). */
  send(m: Partial<Message> & { type: MessageType; to: NodeId }): void {
    const explicit = m.type === MessageType.Vote || m.type === MessageType.PreVote || m.type === MessageType.VoteResp || m.type === MessageType.PreVoteResp;
    if (explicit && m.term === undefined) assert(false, `message ${m.type} needs an explicit term`);
    const full = message(m, this.id, m.term ?? this.term);
    if (needsPersistBeforeSend(full.type)) this.msgsAfterPersist.push(full);
    else this.msgs.push(full);
  }

  // ---- roles --------------------------------------------------------------------------------

  private reset(term: number): void {
    if (term < this.term) assert(false, `term must not decrease (${this.term} -> ${term})`);
    if (term !== this.term) {
      this.term = term;
      this.vote = NONE;
    }
    this.lead = NONE;
    this.electionElapsed = 0;
    this.heartbeatElapsed = 0;
    this.randomizedElectionTimeout = this.cfg.electionTimeoutTicks + this.rng.int(this.cfg.electionTimeoutTicks);
    this.leadTransferee = NONE;
    this.transferCampaignPending = false;
    this.trk.resetVotes();
    const cfg = this.trk.config;
    this.trk.progress.clear();
    this.trk.setConfig(cfg, this.log.lastIndex() + 1);
    const self = this.trk.progress.get(this.id);
    if (self) self.match = this.log.persistedIndex();
    this.pendingConfIndex = 0;
    this.uncommittedBytes = 0;
    this.appendPending = false;
    this.readOnly.reset();
    this.pendingReadIndex = [];
  }

  becomeFollower(term: number, lead: NodeId): void {
    this.reset(term);
    this.lead = lead;
    this.role = StateRole.Follower;
  }

  becomePreCandidate(): void {
    assert(this.role !== StateRole.Leader, 'a leader cannot become a pre-candidate');
    // Neither the term nor the vote changes: a pre-vote is a dry run that disturbs no one.
    this.trk.resetVotes();
    this.lead = NONE;
    this.role = StateRole.PreCandidate;
  }

  becomeCandidate(): void {
    assert(this.role !== StateRole.Leader, 'a leader cannot become a candidate');
    this.reset(this.term + 1);
    this.vote = this.id;
    this.role = StateRole.Candidate;
  }

  becomeLeader(): void {
    assert(this.role !== StateRole.Follower, 'a follower must campaign before leading');
    this.reset(this.term);
    this.lead = this.id;
    this.role = StateRole.Leader;
    this.leaderTicks = 0;
    const self = this.trk.progress.get(this.id);
    assert(self !== undefined, 'a leader is a member');
    self.becomeReplicate();
    self.match = this.log.persistedIndex();
    self.next = this.log.lastIndex() + 1;
    self.recentActive = true;
    // Conf changes already in the log but not yet applied count as pending.
    this.pendingConfIndex = this.log.lastIndex();
    // The no-op: committing an entry of its own term also commits everything before it (5.4.2).
    this.appendEntries([{ type: EntryType.Normal, data: new Uint8Array() }]);
  }

  // ---- time -------------------------------------------------------------------------------

  tick(): void {
    if (this.role === StateRole.Leader) this.tickHeartbeat();
    else this.tickElection();
  }

  private tickElection(): void {
    this.electionElapsed++;
    if (this.electionElapsed >= this.cfg.electionTimeoutTicks) this.startQuiet = false;
    if (this.promotable() && this.electionElapsed >= this.randomizedElectionTimeout) {
      this.electionElapsed = 0;
      hup(this, 'pre-election');
    }
  }

  private tickHeartbeat(): void {
    this.leaderTicks++;
    this.heartbeatElapsed++;
    this.electionElapsed++;
    if (this.electionElapsed >= this.cfg.electionTimeoutTicks) {
      this.electionElapsed = 0;
      if (this.cfg.checkQuorum) {
        stepLeader(this, message({ type: MessageType.CheckQuorum, from: this.id }));
        if (this.role !== StateRole.Leader) return;
      }
      if (this.leadTransferee !== NONE) this.leadTransferee = NONE; // the transfer timed out
    }
    for (const [id, pr] of this.trk.progress) {
      if (pr.snapshot === undefined) continue;
      if (++pr.snapshotIdleTicks >= this.cfg.snapshotResendTicks) sendSnapshotChunk(this, id, pr);
    }
    if (this.heartbeatElapsed >= this.cfg.heartbeatTicks) {
      this.heartbeatElapsed = 0;
      stepLeader(this, message({ type: MessageType.Beat, from: this.id }));
    }
  }

  /**
   * The transport to the peers is back after an outage. A leader heartbeats at once, so the
   * followers that kept it need not wait for the next beat. A voter without a live leader brings
   * its campaign forward to within restoredCampaignTicksMax ticks: an outage longer than an
   * election timeout leaves every node leaderless, its campaigns lost, and the next one up to a
   * whole randomized timeout away. Pre-vote and the voters' lease keep an early campaign from
   * disturbing a group that still has a leader.
   */
  transportRestored(): void {
    if (this.role === StateRole.Leader) {
      this.heartbeatElapsed = 0;
      stepLeader(this, message({ type: MessageType.Beat, from: this.id }));
      return;
    }
    const leaderless = this.lead === NONE || this.electionElapsed >= this.cfg.electionTimeoutTicks;
    if (!leaderless || !this.promotable()) return;
    const dueInTicks = 1 + this.rng.int(this.cfg.restoredCampaignTicksMax);
    this.electionElapsed = Math.max(this.electionElapsed, this.randomizedElectionTimeout - dueInTicks);
  }

  /** A voter of the current configuration with no snapshot pending may campaign. */
  promotable(): boolean {
    const pr = this.trk.progress.get(this.id);
    return pr !== undefined && this.trk.isVoter(this.id) && this.log.unstable.snapshot === undefined;
  }

  // ---- messages -----------------------------------------------------------------------------

  step(m: Message): void {
    if (isLocal(m.type)) {
      this.stepByRole(m);
      return;
    }
    if (m.to !== this.id || m.from === this.id || m.from === NONE) return; // misrouted: not ours
    if (m.term > this.term) {
      if (m.type === MessageType.Vote || m.type === MessageType.PreVote) {
        // Within the minimum election timeout of hearing from a live leader, refuse to be disrupted
        // (a partitioned or removed node campaigning), unless the leader itself asked for it.
        const inLease =
          this.cfg.checkQuorum && (this.lead !== NONE || this.startQuiet) && this.electionElapsed < this.cfg.electionTimeoutTicks;
        if (inLease && !isTransferCampaign(m)) return;
      }
      if (m.type === MessageType.PreVote) {
        // A pre-vote never changes our term.
      } else if (m.type === MessageType.PreVoteResp && !m.reject) {
        // Granted pre-votes carry the future term; the real election will raise ours.
      } else if (m.type === MessageType.App || m.type === MessageType.Heartbeat || m.type === MessageType.Snap) {
        this.becomeFollower(m.term, m.from);
      } else {
        this.becomeFollower(m.term, NONE);
      }
    } else if (m.term < this.term) {
      if ((this.cfg.checkQuorum || this.cfg.preVote) && (m.type === MessageType.Heartbeat || m.type === MessageType.App)) {
        // A stale leader cut off by a partition: tell it our term so it steps down. Without this a
        // node with check-quorum or pre-vote could be stuck, since it never raises its term first.
        this.send({ type: MessageType.AppResp, to: m.from });
      } else if (m.type === MessageType.PreVote) {
        this.send({ type: MessageType.PreVoteResp, to: m.from, term: this.term as Term, reject: true });
      }
      return;
    }

    if (m.type === MessageType.Vote || m.type === MessageType.PreVote) {
      handleVoteRequest(this, m);
      return;
    }
    this.stepByRole(m);
  }

  private stepByRole(m: Message): void {
    switch (this.role) {
      case StateRole.Leader:
        stepLeader(this, m);
        return;
      case StateRole.Candidate:
      case StateRole.PreCandidate:
        stepCandidate(this, m);
        return;
      case StateRole.Follower:
        stepFollower(this, m);
        return;
    }
  }

  // ---- leader helpers used by leader.ts and the API ---------------------------------------

  /** Append entries at the end of the leader's log; throws if the uncommitted budget is spent. */
  appendEntries(ents: { type: EntryType; data: Uint8Array }[]): number {
    let bytes = 0;
    for (const e of ents) bytes += e.data.byteLength;
    const max = this.cfg.uncommittedBytesMax;
    // An empty budget always takes one proposal, so a huge entry is not refused forever.
    if (max > 0 && this.uncommittedBytes > 0 && this.uncommittedBytes + bytes > max)
      throw new ProposalDroppedError('uncommitted-bytes-max', this.lead, `uncommitted bytes ${this.uncommittedBytes} + ${bytes} would exceed uncommittedBytesMax ${max}`);
    this.uncommittedBytes += bytes;
    let index = this.log.lastIndex();
    const full = ents.map((e) => ({ term: this.term as Term, index: ++index as LogIndex, type: e.type, data: e.data }));
    return this.log.append(full);
  }

  committedEntryInCurrentTerm(): boolean {
    return this.log.term(this.log.committed) === this.term;
  }

  /** Apply a committed membership change; a leader that is no longer a voter hands over. */
  applyConfChange(cc: ConfChange): ConfState {
    const cfg = applyChange(this.trk.config, cc);
    this.switchToConfig(cfg);
    return toConfState(cfg);
  }

  switchToConfig(cfg: TrackerConfig): void {
    this.trk.setConfig(cfg, this.log.lastIndex() + 1);
    if (this.role !== StateRole.Leader) return;
    afterConfigChangeOnLeader(this);
  }

  addReadState(index: number, context: Uint8Array): void {
    this.readStates.push({ index: index as LogIndex, context });
  }
}

