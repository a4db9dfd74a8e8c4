import {
  assert,
  AssertionError,
  BusyError,
  daosError,
  DER,
  NotLeaderError,
  ShutdownError,
  type NodeId,
} from '@daos-nats/base';
import {
  ConfChangeCodecError,
  ConfChangeError,
  ConfChangeTransition,
  ConfChangeType,
  decodeConfChange,
  defaultConfig,
  ReadOnlyOption,
  MessageType,
  NONE,
  ProposalDroppedError,
  RawNode,
  StateRole,
  type ConfChange,
  type ConfState,
  type Entry,
  type LogIndex,
  type Message,
  type Ready,
  type Status,
  type Term,
} from '@daos-nats/raft';
import type { LeadershipListener } from './leadership-events.js';
import { Compactor } from './compactor.js';
import { removeSnapshotFiles } from './snapshot-file.js';
import { RaftPortGuard } from './raft-port-guard.js';
import { Leadership } from './leadership.js';
import { bootstrapReplicaFile, openReplicaFile, removeReplicaFile } from './replica-file.js';
import { RdbState, type ApplyResult } from './rdb-state.js';
import { replicaConfig, type ReplicaConfig, type ReplicaOptions } from './replica-config.js';
import { formatReplicaId, packReplicaId, unpackReplicaId, type ReplicaId } from './replica-id.js';
import type { SqliteDb } from './sqlite-file.js';
import { SqliteStorage } from './sqlite-storage.js';
import { Transaction, type TransactionHost, type TxOptions } from './transaction.js';
import type { KvsReader } from './kvs-tree.js';
import { encodeTx, type TxRecord } from './tx-codec.js';
import { ticksDue } from './ticks-due.js';
import { Waiters } from './waiters.js';

/**
 * One member of an rdb's raft group: its SQLite file, the raft node, the tick timer and the
 * Ready loop (send, persist in one SQLite transaction, send what needed the persist, apply in one
 * SQLite transaction with the applied index, advance), transactions bound to a term, compaction,
 * the space guard and membership changes.
 */
export class Replica implements TransactionHost {
  readonly nodeId: NodeId;
  private readonly node: RawNode;
  private readonly waiters: Waiters;
  private ticker: NodeJS.Timeout | undefined;
  private scheduled = false;
  private closed = false;
  private fatal: unknown;
  private readonly leadership: Leadership;
  private readonly compactor: Compactor;
  private readBatch: { id: number; done: Promise<void> } | undefined;
  private lastTickMs = 0;
  /** A Ready whose persist or apply hit a full disk, handled again at retryAtMs. */
  private stalled: { rd: Ready; retryAtMs: number } | undefined;
  private advancedReady = false;
  /** Times a Ready was put off because the disk was full. */
  diskFullStalls = 0;
  /** Drops forged or impossible raft messages before raft sees them (issue 10, item 3). */
  readonly portGuard: RaftPortGuard;
  readonly storage: SqliteStorage;
  readonly state: RdbState;

  private constructor(
    readonly cfg: ReplicaConfig,
    private readonly db: SqliteDb,
  ) {
    this.nodeId = packReplicaId(cfg.id);
    this.waiters = new Waiters(cfg.pendingRequestsMax);
    const state = new RdbState(db);
    this.state = state;
    this.storage = new SqliteStorage(db, {
      restoreState: (s) => state.restore(s, cfg.snapshotReadBytesMax),
      confState: () => state.confState,
      liveSnapshot: () => this.compactor.liveSnapshot(),
      entryCacheBytesMax: cfg.entryCacheBytesMax,
      snapshotFile: cfg.file,
    });
    this.compactor = new Compactor(cfg, db, this.storage, state, () => this.node.status().compactIndexMax);
    this.node = new RawNode({ ...cfg.raft, id: this.nodeId, appliedIndex: state.appliedIndex }, this.storage, cfg.rng);
    this.leadership = new Leadership(this.storage.hardState().term);
    this.portGuard = new RaftPortGuard(cfg.port, (line) => cfg.log(`rdb ${formatReplicaId(cfg.id)}: ${line}`), () => performance.now());
  }

  /**
   * Create this replica of a new database with its founding `members`, or a replica joining an
   * existing one (`members` empty: it learns them from the leader), and start it.
   */
  static create(opts: ReplicaOptions, members: readonly ReplicaId[]): Replica {
    const cfg = replicaConfig(opts);
    bootstrapReplicaFile(cfg.file, cfg.id, members);
    return Replica.open(opts);
  }

  /** Open an existing replica's file and start it. */
  static open(opts: ReplicaOptions): Replica {
    const cfg = replicaConfig(opts);
    const db = openReplicaFile(cfg.file, cfg.id);
    // A snapshot being sent or received when the replica stopped is started over, from scratch.
    removeSnapshotFiles(cfg.file);
    try {
      const replica = new Replica(cfg, db);
      replica.start();
      return replica;
    } catch (e) {
      db.close();
      throw e;
    }
  }

  private start(): void {
    this.cfg.transport.onReceive((m) => this.receive(m));
    this.cfg.transport.onRestored?.(() => this.transportRestored());
    this.lastTickMs = performance.now();
    this.ticker = setInterval(() => this.onTick(), this.cfg.tickIntervalMs);
    this.ticker.unref();
    this.schedule();
  }

  /**
   * One timer beat. Everything here is inside try/catch: an exception from raft or storage in a
   * timer callback would otherwise be an uncaught exception far from its cause; here it is
   * fatal to this replica, loudly (onFatal and the log), and the process keeps serving others.
   */
  private onTick(): void {
    if (this.closed) return;
    try {
      const now = performance.now();
      const ticks = this.ticksDue(now);
      this.lastTickMs = now;
      for (let k = 0; k < ticks; k++) this.node.tick();
    } catch (e) {
      return this.fail(e);
    }
    this.drive();
  }

  /**
   * Usually 1. With lease reads, a stalled event loop must not stretch the lease: the ticks the
   * stall swallowed are delivered now (at most an election timeout's worth, enough to expire any
   * lease), so a leader cut off during the stall stops answering lease reads at once.
   */
  private ticksDue(now: number): number {
    if (this.cfg.raft?.readOnlyOption !== ReadOnlyOption.LeaseBased) return 1;
    return ticksDue(now - this.lastTickMs, this.cfg.tickIntervalMs, this.cfg.raft.electionTimeoutTicks ?? defaultConfig.electionTimeoutTicks);
  }

  /**
   * The peers are reachable again after an outage (a NATS reconnect): a leader heartbeats now, a
   * leaderless voter campaigns within restoredCampaignTicksMax ticks (raft's transportRestored).
   */
  private transportRestored(): void {
    if (this.closed) return;
    try {
      this.node.transportRestored();
    } catch (e) {
      return this.fail(e);
    }
    this.drive();
  }

  /** Stop ticking and talking, fail everything waiting with DER_SHUTDOWN, close the file. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.ticker);
    this.cfg.transport.close();
    const down = () => new ShutdownError(`replica ${formatReplicaId(this.cfg.id)} is closed`);
    this.waiters.failAll(down);
    this.leadership.stepDown(down());
    this.compactor.close();
    this.db.close();
  }

  /** Close and delete the file: this replica is gone for good. */
  destroy(): void {
    this.close();
    removeReplicaFile(this.cfg.file);
  }

  /** Delete the files of a replica that is not open (e.g. closed earlier, or never reopened after a restart). */
  static destroyClosed(file: string): void {
    removeReplicaFile(file);
  }

  /** Step-up (once the term's first entry is applied) and step-down events, in order. */
  onLeadership(
    listener: LeadershipListener,
    onListenerError: (e: unknown) => void = (e) => process.emitWarning(`rdb leadership listener failed: ${String(e)}`),
  ): void {
    this.leadership.listen(listener, onListenerError);
  }

  /** Wait until every leadership event so far has been delivered. */
  leadershipIdle(): Promise<void> {
    return this.leadership.idle();
  }

  // ---- what callers see ----

  get isLeader(): boolean {
    return this.leadership.servingTerm !== 0;
  }
  get currentTerm(): Term {
    return this.leadership.term;
  }
  get appliedIndex(): LogIndex {
    return this.state.appliedIndex;
  }
  get leaderId(): ReplicaId | undefined {
    const lead = this.leadership.lead;
    return lead === NONE ? undefined : unpackReplicaId(lead);
  }

  /** Whether this replica is a voter of the membership it has applied (false once removed). */
  get isMember(): boolean {
    return this.state.confState.voters.includes(this.nodeId);
  }

  members(): ReplicaId[] {
    return this.state.confState.voters.map(unpackReplicaId);
  }

  status(): Status {
    return this.node.status();
  }

  notLeader(why?: string): NotLeaderError {
    const { lead, term } = this.leadership;
    const hint = lead !== NONE && lead !== this.nodeId ? { rank: unpackReplicaId(lead).rank, term } : undefined;
    return new NotLeaderError(hint, why && `${why}${hint ? `; try rank ${hint.rank} (term ${hint.term})` : ''}`);
  }

  /** A transaction bound to `term` (default: the current one); DER_NOTLEADER unless leading it. */
  async begin(term?: Term, opts?: TxOptions): Promise<Transaction> {
    const t = term ?? this.leadership.term;
    await this.leading(t);
    return new Transaction(this, t, opts);
  }

  /** Resolves once this replica leads `term` and has applied its first entry of it. */
  leading(term: number): Promise<void> {
    this.checkOpen();
    return this.leadership.serving(term, this.cfg.commitTimeoutMs, (why) => this.notLeader(why));
  }

  /**
   * The applied state, read without a ReadIndex round, for the leader of `term` only: once it
   * serves `term` it has applied its debut entry, hence every entry committed in earlier terms, and
   * no entry of a later term can commit through it. Good for what only this leader could have
   * written since (its own writes, e.g. rsvc's dedup table) or what earlier terms settled
   * (layout); NOT a linearizable read of what another leader may have written (use a
   * transaction). DER_NOTLEADER unless serving `term`; use the reader before the next await.
   */
  readLocal(term: number): KvsReader {
    this.checkOpen();
    if (this.leadership.servingTerm !== term) throw this.notLeader(`not serving term ${term}: no local read`);
    assert(
      this.state.appliedIndex >= this.leadership.debutIndex,
      `leader of term ${term} has applied ${this.state.appliedIndex}, before its debut entry ${this.leadership.debutIndex}`,
    );
    return this.state.tree;
  }

  /** Linearizable read point: leadership of `term` confirmed (ReadIndex or lease) and applied up to it. */
  async readBarrier(term: number): Promise<void> {
    await this.leading(term);
    // Reads arriving before the next drive share one ReadIndex request, issued there: it takes
    // the commit index after every one of them began, so each read stays linearizable.
    // A batch failed by a step-down before it was issued is not joined.
    if (!this.readBatch || !this.waiters.hasRead(this.readBatch.id)) {
      this.readBatch = this.waiters.read(this.cfg.commitTimeoutMs);
      this.schedule();
    }
    await this.readBatch.done;
    if (this.leadership.servingTerm !== term) throw this.notLeader(`lost leadership of term ${term} during the read`);
  }

  private issueReads(): void {
    const batch = this.readBatch;
    if (!batch) return;
    this.readBatch = undefined;
    if (!this.waiters.hasRead(batch.id)) return;
    const ctx = new Uint8Array(8);
    new DataView(ctx.buffer).setBigUint64(0, BigInt(batch.id), false);
    try {
      this.node.readIndex(ctx);
    } catch (e) {
      this.waiters.failRead(batch.id, this.dropped(e));
    }
  }

  /** Propose one transaction in `term` and wait for its apply result. */
  async commitTx(term: number, tx: TxRecord): Promise<ApplyResult> {
    await this.leading(term);
    if (!tx.critical) this.compactor.spaceGuard();
    const data = encodeTx(tx);
    // Refused before it is proposed: an entry too big for one message would be resent forever.
    if (data.byteLength > this.cfg.txBytesMax)
      throw daosError(DER.REC2BIG, `transaction is ${data.byteLength} bytes, over txBytesMax ${this.cfg.txBytesMax} (one raft message of at most messageBytesMax ${this.cfg.messageBytesMax})`);
    return this.proposeAndWait(term, () => this.node.propose(data));
  }

  private proposeAndWait(term: number, propose: () => void): Promise<ApplyResult> {
    if (this.leadership.servingTerm !== term) return Promise.reject(this.notLeader(`not leader of term ${term}`));
    try {
      propose();
    } catch (e) {
      return Promise.reject(this.dropped(e));
    }
    // Synchronous since servingTerm was checked: the entry just appended is the last one.
    const index = this.node.status().lastIndex;
    const p = this.waiters.commit(index, term as Term, this.cfg.commitTimeoutMs);
    this.schedule();
    return p;
  }

  private dropped(e: unknown): Error {
    if (!(e instanceof ProposalDroppedError)) return e as Error;
    if (e.reason === 'not-leader' || e.reason === 'leader-transferring' || e.reason === 'not-member')
      return this.notLeader(e.message);
    return new BusyError(e.message, { cause: e });
  }

  // ---- membership ----

  /** Add a voting replica (it must have been created with no members, and be reachable). */
  addReplica(id: ReplicaId): Promise<void> {
    return this.changeMembership({ type: ConfChangeType.AddVoter, nodeId: packReplicaId(id) });
  }

  removeReplica(id: ReplicaId): Promise<void> {
    return this.changeMembership({ type: ConfChangeType.RemoveNode, nodeId: packReplicaId(id) });
  }

  private async changeMembership(change: ConfChange['changes'][number]): Promise<void> {
    const term = this.leadership.term;
    await this.leading(term);
    const cc: ConfChange = { transition: ConfChangeTransition.Auto, changes: [change] };
    await this.proposeAndWait(term, () => this.node.proposeConfChange(cc));
  }

  /** Hand leadership to another replica (e.g. before removing this one). */
  transferLeadership(to: ReplicaId): void {
    this.checkOpen();
    try {
      this.node.transferLeadership(packReplicaId(to));
    } catch (e) {
      throw this.dropped(e);
    }
    this.schedule();
  }

  /**
   * Give up leadership of `term` (DAOS rdb_resign): hand it to the most caught-up other voter.
   * Nothing happens if this replica does not lead `term` or is the only voter.
   */
  resign(term: Term): void {
    this.checkOpen();
    if (this.leadership.role !== StateRole.Leader || this.leadership.term !== term) return;
    let best: NodeId | undefined;
    let bestMatch = -1;
    for (const [id, pr] of this.node.status().progress ?? new Map()) {
      if (id === this.nodeId || pr.isLearner || !this.state.confState.voters.includes(id)) continue;
      if (pr.match > bestMatch) [best, bestMatch] = [id, pr.match];
    }
    if (best !== undefined) this.transferLeadership(unpackReplicaId(best));
  }

  /** Start an election now (tests, operators). */
  campaign(): void {
    this.checkOpen();
    this.node.campaign();
    this.schedule();
  }

  // ---- the Ready loop ----

  private receive(m: Message): void {
    if (this.closed || m.to !== this.nodeId) return;
    if (m.from !== this.nodeId && !this.portGuard.admit(m, { self: this.nodeId, term: this.node.term, conf: this.state.confState, lead: this.leadership.lead }))
      return;
    try {
      this.node.step(m);
    } catch (e) {
      if (e instanceof AssertionError) return this.fail(e);
      return; // a message the core refuses is dropped, as a lost one would be
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.closed) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.drive();
    });
  }

  private drive(): void {
    if (this.closed) return;
    try {
      this.issueReads();
      const stalled = this.stalled;
      if (stalled) {
        if (performance.now() < stalled.retryAtMs) return;
        this.stalled = undefined;
        this.handleOrStall(stalled.rd);
      }
      while (!this.closed && !this.stalled && this.node.hasReady()) this.handleOrStall(this.node.ready());
    } catch (e) {
      this.fail(e);
    }
  }

  /**
   * A full disk is not fatal: the Ready is kept (not advanced) and handled again after
   * diskFullRetryMs, from the start: its sends are repeats raft tolerates, its persist and apply
   * are transactions that rolled back. Meanwhile the replica lags (a follower stops acking, so
   * the leader's flow control bounds what it is sent) and says why; any other failure is fatal.
   */
  private handleOrStall(rd: Ready): void {
    try {
      this.handle(rd);
    } catch (e) {
      if (!isDiskFull(e) || this.advancedReady) throw e;
      this.stalled = { rd, retryAtMs: performance.now() + this.cfg.diskFullRetryMs };
      this.diskFullStalls++;
      if (this.diskFullStalls === 1 || this.diskFullStalls % 100 === 0)
        this.cfg.log(`rdb ${formatReplicaId(this.cfg.id)}: disk full (${(e as Error).message}); lagging, retry every ${this.cfg.diskFullRetryMs} ms (${this.diskFullStalls} stalls)`);
      setTimeout(() => this.schedule(), this.cfg.diskFullRetryMs).unref();
    }
  }

  private handle(rd: Ready): void {
    this.advancedReady = false;
    const l = this.leadership;
    if (rd.softState || (rd.hardState && rd.hardState.term !== l.term)) {
      const soft = rd.softState ?? { role: l.role, lead: l.lead };
      const lost = l.update(soft.role, soft.lead, rd.hardState?.term ?? l.term, (t) => this.notLeader(`stepped down from term ${t}`));
      if (lost) this.waiters.failAll(() => this.notLeader(`stepped down from term ${lost}`));
    }
    for (const m of rd.messages) this.send(m);
    // These were always sent before the persist; flushing them now puts them on the wire before
    // the fsync instead of after it, so the followers persist while this replica does (raft
    // thesis 10.2.1). Nothing commits through this replica earlier: it applies only below, after
    // its own persist, and acks (messagesAfterPersist) still leave after it.
    if (rd.messages.length > 0) this.cfg.transport.flush?.();
    // Throws: fatal, nothing below may happen. A commit-index-only change needs no fsync of its
    // own (raft can recompute commit); the WAL's prefix order keeps it before any later apply.
    if (rd.mustSync) this.storage.persist(rd);
    else this.unsynced(() => this.storage.persist(rd));
    for (const m of rd.messagesAfterPersist) {
      this.checkPersisted(m);
      this.send(m);
    }
    // A follower's acks leave before it applies: the leader's commit does not wait for our apply.
    if (rd.messagesAfterPersist.length > 0) this.cfg.transport.flush?.();
    if (rd.snapshot) this.waiters.skippedTo(rd.snapshot.meta.index, () => this.notLeader('a snapshot replaced the log'));
    const results = this.applyCommitted(rd.committedEntries);
    this.waiters.applied(results, this.state.appliedIndex, () => this.notLeader('the entry was overwritten by another leader'));
    for (const rs of rd.readStates) {
      const id = Number(new DataView(rs.context.buffer, rs.context.byteOffset, 8).getBigUint64(0, false));
      this.waiters.readIndexKnown(id, rs.index, this.state.appliedIndex);
    }
    l.applied(rd.committedEntries, (t) => this.notLeader(`leading term ${l.servingTerm}, not ${t}`));
    this.advancedReady = true;
    this.node.advance();
    this.compactor.compact(false, this.leadership.role === StateRole.Leader);
  }

  private send(m: Message): void {
    if (m.to === this.nodeId) return void setImmediate(() => this.receive(m));
    if (!this.cfg.transport.send(m.to, m)) this.node.reportUnreachable(m.to);
  }

  /**
   * Apply without an fsync of its own: the apply transaction is atomic (WAL), and the next
   * persist's fsync makes it durable, since the WAL is synced as a prefix. Losing it to a power
   * failure means re-applying committed entries from the durable log after restart: never a gap,
   * never a double apply (state and applied index are lost together). Saves one fsync per Ready.
   */
  private applyCommitted(entries: readonly Entry[]): ApplyResult[] {
    if (entries.length === 0) return [];
    const startMs = Date.now();
    const results = this.unsynced(() => this.state.apply(entries, (e) => this.applyConfChange(e)));
    this.cfg.onApplied?.({ results, startMs, endMs: Date.now() });
    return results;
  }

  /**
   * Run `fn`'s SQLite transactions without an fsync at commit (synchronous=NORMAL in WAL). Through
   * db.exec, not db.pragma (which builds a Statement and reads its rows: ~6× the cost, and it
   * showed in the put path's CPU profile, twice per Ready). A PRAGMA cannot be prepared once and
   * re-run: SQLite applies `synchronous` when the statement is prepared, not when it runs.
   */
  private unsynced<T>(fn: () => T): T {
    this.db.exec('PRAGMA synchronous = NORMAL');
    try {
      return fn();
    } finally {
      this.db.exec('PRAGMA synchronous = FULL');
    }
  }

  /** A message that promises durable state may leave only once that state is on disk. */
  private checkPersisted(m: Message): void {
    if (m.reject) return;
    if (m.type === MessageType.AppResp)
      assert(this.storage.lastIndex() >= m.index, `AppResp for index ${m.index} sent with only ${this.storage.lastIndex()} persisted`);
    if (m.type === MessageType.VoteResp) {
      // One Ready may grant a vote in term t and then move to a later term (a message of term
      // t+1 stepped before ready()): the persisted term is then past t, and no restart can vote
      // in t again, so the grant is safe. Only a grant in the persisted term must match its vote.
      const h = this.storage.hardState();
      assert(h.term > m.term || (h.term === m.term && h.vote === m.to), `vote for ${m.to} in term ${m.term} sent before it was persisted (persisted: term ${h.term}, vote ${h.vote})`);
    }
  }

  /**
   * A committed conf change that does not decode or apply (only a forged or buggy leader could
   * have appended one: propose checks both) is applied as a no-op with an error log, on every
   * replica alike since the bytes and the configuration are the same. Crashing instead would
   * crash again at every restart, since the entry stays committed.
   */
  private applyConfChange(e: Entry): ConfState {
    let cc: ConfChange;
    try {
      cc = decodeConfChange(e.data);
      return this.node.applyConfChange(cc);
    } catch (err) {
      if (!(err instanceof ConfChangeCodecError) && !(err instanceof ConfChangeError)) throw err;
      this.cfg.log(`rdb ${formatReplicaId(this.cfg.id)}: committed conf change at index ${e.index} ignored (no-op): ${(err as Error).message}`);
      return this.state.confState;
    }
  }





  private checkOpen(): void {
    if (this.closed) throw new ShutdownError(`replica ${formatReplicaId(this.cfg.id)} is closed`, { cause: this.fatal });
  }

  /** Storage or an invariant failed: the replica must not go on (its memory may be ahead of disk). */
  private fail(e: unknown): void {
    this.fatal = e;
    this.cfg.onFatal?.(e);
    this.close();
  }
}

/** SQLite's "database or disk is full" (also what max_page_count produces). */
function isDiskFull(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'SQLITE_FULL';
}
