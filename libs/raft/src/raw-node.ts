import { assert, type Rng } from '@daos-nats/base';
import type { RaftNode } from './api.js';
import { validateConfig, type Config } from './config.js';
import { campaignIfTransferPending, hup } from './election.js';
import { isLocal } from './message.js';
import { Raft, type TestingKnobs } from './raft.js';
import { maybeAutoLeave, propose, proposeConfChange, readIndex, transferLeadership } from './requests.js';
import { onCommit } from './leader.js';
import { bcastAppend, maybeCommit } from './replication.js';
import type { Storage } from './storage.js';
import { toConfState } from './tracker.js';
import {
  MessageType,
  ProgressState,
  StateRole,
  type ConfChange,
  type ConfState,
  type HardState,
  type LogIndex,
  type Message,
  type NodeId,
  type ProgressStatus,
  type Ready,
  type SoftState,
  type Status,
  type Term,
} from './types.js';

/**
 * The driver-facing node (etcd's RawNode): a synchronous state machine. Each ready() must be
 * followed by advance() before the next ready(); see Ready for the order of work in between.
 */
export class RawNode implements RaftNode {
  private readonly raft: Raft;
  private prevSoft: SoftState;
  private prevHard: HardState;
  /** The Ready handed out and not yet advanced. */
  private inFlight: Ready | undefined;

  constructor(config: Partial<Config> & { id: NodeId }, storage: Storage, rng: Rng, knobs?: TestingKnobs) {
    const cfg = validateConfig(config);
    this.raft = new Raft(cfg, storage, rng, knobs);
    this.prevSoft = this.softState();
    this.prevHard = this.hardState();
  }

  tick(): void {
    this.raft.tick();
  }

  /** The current term, cheaply (status() builds a progress map on a leader). */
  get term(): Term {
    return this.raft.term as Term;
  }

  step(m: Message): void {
    if (isLocal(m.type)) return; // local kinds never come from the network
    this.raft.step(m);
  }

  campaign(): void {
    hup(this.raft, 'pre-election');
  }

  propose(data: Uint8Array): void {
    propose(this.raft, data);
  }

  proposeConfChange(cc: ConfChange): void {
    proposeConfChange(this.raft, cc);
  }

  readIndex(context: Uint8Array): void {
    readIndex(this.raft, context);
  }

  transferLeadership(to: NodeId): void {
    transferLeadership(this.raft, to);
  }

  applyConfChange(cc: ConfChange): ConfState {
    return this.raft.applyConfChange(cc);
  }

  /** The transport reached the peers again after losing them (see Raft.transportRestored). */
  transportRestored(): void {
    this.raft.transportRestored();
  }

  reportUnreachable(id: NodeId): void {
    this.raft.step({
      type: MessageType.Unreachable,
      from: id,
      to: this.raft.id,
      term: 0 as Term,
      logTerm: 0 as Term,
      index: 0 as LogIndex,
      entries: [],
      commit: 0 as LogIndex,
      reject: false,
      rejectHint: 0 as LogIndex,
    });
  }

  private softState(): SoftState {
    return { lead: this.raft.lead, role: this.raft.role };
  }

  private hardState(): HardState {
    return { term: this.raft.term as Term, vote: this.raft.vote, commit: this.raft.log.committed as LogIndex };
  }

  hasReady(): boolean {
    if (this.inFlight) return false;
    const r = this.raft;
    if (r.appendPending) return true;
    const s = this.softState();
    const h = this.hardState();
    return (
      s.lead !== this.prevSoft.lead ||
      s.role !== this.prevSoft.role ||
      !sameHard(h, this.prevHard) ||
      r.log.unstable.entries.length > 0 ||
      r.log.unstable.snapshot !== undefined ||
      r.msgs.length > 0 ||
      r.msgsAfterPersist.length > 0 ||
      r.readStates.length > 0 ||
      r.log.hasNextCommittedEnts()
    );
  }

  ready(): Ready {
    assert(this.inFlight === undefined, 'ready() called again before advance()');
    const r = this.raft;
    if (r.appendPending) {
      r.appendPending = false;
      if (r.role === StateRole.Leader) bcastAppend(r);
    }
    const s = this.softState();
    const h = this.hardState();
    const softChanged = s.lead !== this.prevSoft.lead || s.role !== this.prevSoft.role;
    const hardChanged = !sameHard(h, this.prevHard);
    const entries = r.log.unstableEntries();
    const snapshot = r.log.unstable.snapshot;
    const rd: { -readonly [K in keyof Ready]: Ready[K] } = {
      entries,
      committedEntries: r.log.nextCommittedEnts(r.cfg.applyBytesMax),
      messages: r.msgs,
      messagesAfterPersist: r.msgsAfterPersist,
      readStates: r.readStates,
      mustSync: entries.length > 0 || snapshot !== undefined || h.term !== this.prevHard.term || h.vote !== this.prevHard.vote,
    };
    if (softChanged) rd.softState = s;
    if (hardChanged) rd.hardState = h;
    if (snapshot) rd.snapshot = snapshot;
    r.msgs = [];
    r.msgsAfterPersist = [];
    r.readStates = [];
    if (softChanged) this.prevSoft = s;
    this.inFlight = rd;
    return rd;
  }

  advance(): void {
    const rd = this.inFlight;
    assert(rd !== undefined, 'advance() without a ready()');
    this.inFlight = undefined;
    const r = this.raft;
    if (rd.hardState) this.prevHard = rd.hardState;
    if (rd.entries.length > 0) {
      const last = rd.entries[rd.entries.length - 1]!;
      r.log.stableTo(last.index, last.term);
    }
    if (rd.snapshot) {
      r.log.stableSnapTo(rd.snapshot.meta.index);
      r.log.applied = Math.max(r.log.applied, rd.snapshot.meta.index);
    }
    if (rd.committedEntries.length > 0) {
      const last = rd.committedEntries[rd.committedEntries.length - 1]!;
      r.log.appliedTo(last.index);
      if (r.role === StateRole.Leader) {
        let bytes = 0;
        for (const e of rd.committedEntries) bytes += e.data.byteLength;
        r.uncommittedBytes = Math.max(0, r.uncommittedBytes - bytes);
      }
    }
    if (r.role === StateRole.Leader) {
      // The leader's own ack: only persisted entries count toward its quorum.
      const self = r.trk.progress.get(r.id);
      if (self && self.maybeUpdate(r.log.persistedIndex()) && maybeCommit(r)) {
        onCommit(r);
        bcastAppend(r);
      }
      maybeAutoLeave(r);
    }
    campaignIfTransferPending(r);
  }

  status(): Status {
    const r = this.raft;
    const st: Status = {
      id: r.id,
      hardState: this.hardState(),
      softState: this.softState(),
      applied: r.log.applied as LogIndex,
      lastIndex: r.log.lastIndex() as LogIndex,
      confState: toConfState(r.trk.config),
      leadTransferee: r.leadTransferee,
    };
    if (r.role !== StateRole.Leader) return st;
    const progress = new Map<NodeId, ProgressStatus>();
    let minMatch = Infinity;
    for (const id of r.trk.memberIds()) {
      const pr = r.trk.progress.get(id)!;
      progress.set(id, pr.status());
      if (id === r.id) continue;
      // A follower being sent snapshot S resumes from S+1: compacting past S would make it need
      // another snapshot at once, and under steady writes it would never catch up.
      minMatch = Math.min(minMatch, pr.state === ProgressState.Snapshot ? pr.pendingSnapshot : pr.match);
    }
    const compactIndexMax = Math.min(r.log.applied, Number.isFinite(minMatch) ? minMatch : r.log.applied);
    return { ...st, progress, compactIndexMax: compactIndexMax as LogIndex };
  }
}

function sameHard(a: HardState, b: HardState): boolean {
  return a.term === b.term && a.vote === b.vote && a.commit === b.commit;
}
