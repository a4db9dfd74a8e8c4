import type { SeededRng } from '@daos-nats/base';
import {
  EntryType,
  MemoryStorage,
  ProposalDroppedError,
  StateRole,
  type ConfChange,
  type Config,
  type Message,
  type NodeId,
  type RaftNode,
  type ReadState,
  type Ready,
  readAllSnapshotBytes,
} from '../src/index.js';
import { InvariantChecker, Violation } from './checker.js';
import { createRaftNode, decodeConfChange, type CoreKnobs } from './core.js';
import { entryKey } from './entry-key.js';
import { readyView, storageView } from './log-view.js';
import { SimStateMachine } from './state-machine.js';
import type { Trace } from './trace.js';

/** Where a crash strikes inside the processing of one Ready (the driver contract's steps). */
export type ReadyCrashPoint = 'after-messages' | 'after-persist' | 'after-persist-messages' | 'mid-apply';
const crashPoints: readonly ReadyCrashPoint[] = ['after-messages', 'after-persist', 'after-persist-messages', 'mid-apply'];

/** What a node host needs from the world around it. */
export interface NodeWorld {
  readonly checker: InvariantChecker;
  readonly trace: Trace;
  readonly rng: SeededRng;
  readonly knobs: CoreKnobs;
  readonly config: Omit<Partial<Config>, 'id' | 'appliedIndex'>;
  now(): number;
  /** Send `m`; returns false if the destination is known unreachable (down or cut off). */
  send(m: Message): boolean;
  /** Chance that a Ready is interrupted by a crash (0 once the faults are healed). */
  crashInReadyChance(): number;
  /** Chance that a leader whose commit index advances crashes inside that Ready. */
  crashLeaderOnCommitChance(): number;
  /** Chance that an unreachable destination is reported back to the sender. */
  reportUnreachableChance(): number;
  applied(node: NodeId, key: string): void;
  /** `node` just became leader (of `term`). */
  elected(node: NodeId, term: number): void;
  readAnswered(node: NodeId, rs: ReadState): void;
}

/**
 * One server: a RawNode (absent while crashed) over its durable MemoryStorage and durable state
 * machine, driven exactly by the Ready contract. A crash drops the RawNode and whatever the
 * current Ready had not yet persisted; a restart builds a new RawNode from what is durable.
 */
export class SimNode {
  raft: RaftNode | undefined;
  readonly storage: MemoryStorage;
  sm: SimStateMachine;
  role: StateRole = StateRole.Follower;
  term = 0;
  /** Tick at which a crashed node comes back. */
  downUntilTick = 0;
  /** Sub-tick step at which this node's clock ticks (nodes tick out of phase). */
  readonly phase: number;
  private unreachable: NodeId[] = [];
  /** Crashes that struck inside a Ready (counted for the run's statistics). */
  readyCrashes = 0;
  /**
   * Times this node, as leader, advanced its commit index to an entry of an earlier term. Always 0
   * with a correct core (paper 5.4.2); counted, not asserted, so that the planted bug is caught by
   * its consequences (a later leader missing a committed entry), not by peeking at the rule.
   */
  earlierTermCommits = 0;
  /** The commit index this incarnation last announced. */
  private lastCommit = 0;

  constructor(
    readonly id: NodeId,
    storage: MemoryStorage,
    private readonly world: NodeWorld,
    phase: number,
  ) {
    this.storage = storage;
    this.sm = new SimStateMachine(storage.initialState().confState);
    this.phase = phase;
  }

  get up(): boolean {
    return this.raft !== undefined;
  }

  /** Build a RawNode over the durable state. `fromSnapshot`: the state machine is rebuilt from the storage snapshot. */
  start(fromSnapshot: boolean): void {
    const snap = this.storage.snapshot();
    // A crash between persisting a received snapshot and restoring it leaves the storage ahead of
    // the state machine; the snapshot then is the state (rdb installs both in one transaction).
    if (fromSnapshot || snap.meta.index > this.sm.applied) {
      fromSnapshot = true;
      this.sm = SimStateMachine.deserialize(readAllSnapshotBytes(snap.data), snap.meta.index, snap.meta.confState);
      // The membership to restart from is the one as of the index the state machine resumes at.
      this.storage.setConfState(snap.meta.confState);
    }
    this.role = StateRole.Follower;
    this.term = this.storage.hardState().term;
    this.guard('restart', () => {
      this.raft = createRaftNode({ ...this.world.config, id: this.id, appliedIndex: this.sm.applied }, this.storage, this.world.rng.fork(), this.world.knobs);
      this.lastCommit = this.raft.status().hardState.commit;
      this.world.checker.restarted(this.id, this.lastCommit);
    });
    this.world.trace.note(this.world.now(), this.id, `started (applied ${this.sm.applied}${fromSnapshot ? ' from snapshot' : ''}, ${this.describeDisk()})`);
    this.drain();
  }

  crash(why: string): void {
    if (this.raft === undefined) return;
    this.raft = undefined;
    this.role = StateRole.Follower;
    this.unreachable = [];
    this.storage.snapshotUnavailable = false; // the snapshot being produced died with the process
    this.world.trace.note(this.world.now(), this.id, `CRASH ${why} (${this.describeDisk()})`);
  }

  tick(): void {
    this.guard('tick', () => this.raft!.tick());
    this.drain();
  }

  step(m: Message): void {
    this.world.trace.recv(this.world.now(), m);
    this.guard(`step ${m.type}`, () => this.raft!.step(m));
    this.drain();
  }

  /** Its links are back (a partition healed, a lull): tell the core, as a NATS reconnect does. */
  transportRestored(): void {
    if (this.raft === undefined) return;
    this.world.trace.note(this.world.now(), this.id, 'transport restored');
    this.guard('transportRestored', () => this.raft!.transportRestored());
    this.drain();
  }

  /** Run a request the core may refuse (ProposalDroppedError); returns whether it was taken. */
  request(what: string, op: (raft: RaftNode) => void): boolean {
    if (this.raft === undefined) return false; // crashed meanwhile (e.g. inside an earlier request's Ready)
    let taken = true;
    this.guard(what, () => {
      try {
        op(this.raft!);
      } catch (e) {
        if (!(e instanceof ProposalDroppedError)) throw e;
        taken = false;
        this.world.trace.note(this.world.now(), this.id, `${what} dropped: ${e.reason}`);
      }
    });
    if (taken) this.world.trace.note(this.world.now(), this.id, what);
    this.drain();
    return taken;
  }

  /** Snapshot the state machine at its applied index and drop the log up to `keepFrom` - 1 of it. */
  compact(keepEntries: number): void {
    const applied = this.sm.applied;
    if (applied <= this.storage.firstIndex() - 1) return;
    this.storage.createSnapshot(applied, this.sm.confState, this.sm.serialize());
    const upTo = Math.max(this.storage.firstIndex() - 1, applied - keepEntries);
    this.storage.compact(upTo as typeof applied);
    this.world.trace.note(this.world.now(), this.id, `compacted to ${upTo} (snapshot at ${applied})`);
  }

  describeDisk(): string {
    const hs = this.storage.hardState();
    return `disk: term ${hs.term} vote ${hs.vote} commit ${hs.commit} log ${this.storage.firstIndex() - 1}..${this.storage.lastIndex()}`;
  }

  private drain(): void {
    while (this.raft !== undefined && this.raft.hasReady()) {
      const raft = this.raft;
      const rd = this.guard('ready', () => raft.ready());
      this.handleReady(raft, rd);
    }
  }

  /** The driver contract of Ready, step by step, with a crash possible between the steps. */
  private handleReady(raft: RaftNode, rd: Ready): void {
    const w = this.world;
    let crashAt = w.rng.chance(w.crashInReadyChance()) ? crashPoints[w.rng.int(crashPoints.length)]! : undefined;
    // Leaders die right after committing, the moment a client is left without its answer.
    if (crashAt === undefined && this.role === StateRole.Leader && rd.hardState !== undefined && rd.hardState.commit > this.lastCommit && w.rng.chance(w.crashLeaderOnCommitChance()))
      crashAt = crashPoints[w.rng.int(crashPoints.length)]!;
    if (crashAt !== undefined) this.readyCrashes++;

    // What the node now believes is a fact of the cluster, whether or not it survives to persist it.
    const view = readyView(this.storage, rd);
    if (rd.hardState !== undefined) this.term = rd.hardState.term;
    if (rd.softState !== undefined) {
      const was = this.role;
      this.role = rd.softState.role;
      if (this.role !== was) w.trace.note(w.now(), this.id, `became ${this.role} (lead ${rd.softState.lead})`);
      if (this.role === StateRole.Leader && was !== StateRole.Leader) {
        this.term = this.guard('status', () => raft.status().hardState.term);
        w.checker.leaderElected(this.id, this.term, view);
        w.elected(this.id, this.term);
      }
    }
    if (rd.hardState !== undefined) {
      if (this.role === StateRole.Leader && rd.hardState.commit > this.lastCommit && (view.termAt(rd.hardState.commit) ?? 0) < this.term) this.earlierTermCommits++;
      this.lastCommit = rd.hardState.commit;
      w.checker.commitAnnounced(this.id, rd.hardState.commit, view);
    }

    // 1. Messages that do not wait for persistence.
    for (const m of rd.messages) this.send(m);
    if (crashAt === 'after-messages') return this.crash('before persisting its Ready (unsynced state lost)');

    // 2. Persist snapshot, entries, hard state.
    this.guard('persist', () => {
      if (rd.snapshot !== undefined) {
        w.checker.snapshotInstalled(this.id, rd.snapshot.meta);
        this.storage.applySnapshot(rd.snapshot);
      }
      if (rd.entries.length > 0) {
        this.storage.append(rd.entries);
        w.checker.entriesPersisted(this.id, rd.entries, storageView(this.storage));
      }
      if (rd.hardState !== undefined) {
        this.storage.setHardState(rd.hardState);
        w.checker.commitPersisted(this.id, rd.hardState.commit);
      }
    });
    if (crashAt === 'after-persist') return this.crash('after persisting, before acknowledging');

    // 3. Messages that promise persisted state.
    for (const m of rd.messagesAfterPersist) this.send(m);
    if (crashAt === 'after-persist-messages') return this.crash('after persisting and acknowledging, before applying');

    // 4. Apply the snapshot, then committed entries.
    if (rd.snapshot !== undefined) this.restore(rd);
    const stopAt = crashAt === 'mid-apply' ? w.rng.int(rd.committedEntries.length + 1) : -1;
    for (let k = 0; k < rd.committedEntries.length; k++) {
      if (k === stopAt) return this.crash(`while applying (applied ${this.sm.applied})`);
      const e = rd.committedEntries[k]!;
      if (e.index !== this.sm.applied + 1)
        throw new Violation('state-machine-safety', `n${this.id} was handed committed entry ${e.index} after applying ${this.sm.applied}`);
      const key = entryKey(e);
      if (e.type === EntryType.ConfChange) {
        const cc: ConfChange = this.guard('decode conf change', () => decodeConfChange(e.data));
        this.sm.confState = this.guard('applyConfChange', () => raft.applyConfChange(cc));
        this.sm.apply(e.index, key);
        // The membership is durable with the apply (rdb keeps it with the applied index), so a
        // restart that resumes after this index starts from it.
        this.storage.setConfState(this.sm.confState);
        w.trace.note(w.now(), this.id, `applied conf change at ${e.index}: voters [${this.sm.confState.voters}] learners [${this.sm.confState.learners}] outgoing [${this.sm.confState.votersOutgoing}]`);
      } else {
        this.sm.apply(e.index, key);
      }
      w.checker.applied(this.id, e.index, key);
      w.applied(this.id, key);
    }
    if (crashAt === 'mid-apply') return this.crash(`while applying (applied ${this.sm.applied})`);

    for (const rs of rd.readStates) w.readAnswered(this.id, rs);
    this.guard('advance', () => raft.advance());

    const unreachable = this.unreachable;
    this.unreachable = [];
    for (const to of unreachable) this.guard('reportUnreachable', () => raft.reportUnreachable(to));
  }

  private restore(rd: Ready): void {
    const snap = rd.snapshot!;
    if (snap.meta.index <= this.sm.applied)
      throw new Violation('state-machine-safety', `n${this.id} was handed snapshot ${snap.meta.index} though it applied ${this.sm.applied}`);
    this.sm = this.guard('restore', () => SimStateMachine.deserialize(readAllSnapshotBytes(snap.data), snap.meta.index, snap.meta.confState));
    this.world.checker.restoredState(this.id, (i) => this.sm.keyAt(i), snap.meta.index);
    this.world.trace.note(this.world.now(), this.id, `restored snapshot ${snap.meta.index}/${snap.meta.term}`);
  }

  private send(m: Message): void {
    const reachable = this.world.send(m);
    if (!reachable && this.world.rng.chance(this.world.reportUnreachableChance())) this.unreachable.push(m.to);
  }

  /** Anything the core (or a storage call on its behalf) throws, other than a Violation, is a core error. */
  private guard<T>(what: string, f: () => T): T {
    try {
      return f();
    } catch (e) {
      if (e instanceof Violation) throw e;
      throw new Violation('core-error', `n${this.id} ${what} threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`, { cause: e });
    }
  }
}
