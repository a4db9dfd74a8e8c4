import fs from 'node:fs';
import {
  assert,
  AssertionError,
  BusyError,
  ExistError,
  InvalidError,
  MismatchError,
  NoSpaceError,
  NonexistError,
  NotLeaderError,
  ShutdownError,
  type NodeId,
} from '@daos-nats/base';
import {
  ConfChangeTransition,
  ConfChangeType,
  decodeConfChange,
  encodeConfChange,
  EntryType,
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
  type Snapshot,
  type Status,
  type Term,
} from '@daos-nats/raft';
import { LeadershipEvents, type LeadershipListener } from './leadership-events.js';
import { RdbState, type ApplyResult } from './rdb-state.js';
import { replicaConfig, type ReplicaConfig, type ReplicaOptions } from './replica-config.js';
import { formatReplicaId, packReplicaId, unpackReplicaId, type ReplicaId } from './replica-id.js';
import { openSqlite, type SqliteDb } from './sqlite-file.js';
import { SqliteStorage } from './sqlite-storage.js';
import { Transaction, type TxOptions } from './transaction.js';
import { encodeTx, type TxRecord } from './tx-codec.js';
import { Waiters } from './waiters.js';

/**
 * One member of an rdb's raft group: its SQLite file, the raft node, the tick timer and the
 * Ready loop (send, persist in one SQLite transaction, send what needed the persist, apply in one
 * SQLite transaction with the applied index, advance), transactions bound to a term, compaction,
 * the space guard and membership changes.
 */
export class Replica {
  readonly nodeId: NodeId;
  private readonly node: RawNode;
  private readonly waiters: Waiters;
  private events: LeadershipEvents | undefined;
  private ticker: NodeJS.Timeout | undefined;
  private scheduled = false;
  private closed = false;
  private fatal: unknown;
  private role: StateRole = StateRole.Follower;
  private lead: NodeId = NONE;
  private term = 0 as Term;
  /** The term this replica leads, once it has applied an entry of it (its debut); 0 otherwise. */
  private servingTerm = 0;
  private leaderTerm = 0;
  private debutWaiters: { term: number; resolve: () => void; reject: (e: Error) => void; timer: NodeJS.Timeout }[] = [];
  private snapCache: Snapshot | undefined;

  private constructor(
    readonly cfg: ReplicaConfig,
    private readonly db: SqliteDb,
    readonly storage: SqliteStorage,
    readonly state: RdbState,
  ) {
    this.nodeId = packReplicaId(cfg.id);
    this.waiters = new Waiters(cfg.pendingRequestsMax);
    this.node = new RawNode({ ...cfg.raft, id: this.nodeId, appliedIndex: state.appliedIndex }, storage, cfg.rng);
    this.term = storage.hardState().term;
  }

  /**
   * Create this replica of a new database (or a new replica joining one: `members` empty, it
   * learns the membership from the leader). Refuses a file that already holds a replica.
   */
  static create(opts: ReplicaOptions, members: readonly ReplicaId[]): Replica {
    const cfg = replicaConfig(opts);
    if (fs.existsSync(cfg.file)) throw new ExistError(`rdb file ${cfg.file} already exists`);
    const db = openSqlite(cfg.file);
    try {
      db.transaction(() => {
        db.prepare(`INSERT INTO meta (name, value) VALUES ('replica_id', ?)`).run(formatReplicaId(cfg.id));
        // The founding membership goes into the log as committed conf changes, one voter each,
        // identical on every founder: a replica added later replays them like any other entry.
        const entries: Entry[] = members.map((m, k) => ({
          index: (k + 1) as LogIndex,
          term: 1 as Term,
          type: EntryType.ConfChange,
          data: encodeConfChange({ transition: ConfChangeTransition.Auto, changes: [{ type: ConfChangeType.AddVoter, nodeId: packReplicaId(m) }] }),
        }));
        const hardState = { term: (members.length > 0 ? 1 : 0) as Term, vote: NONE, commit: members.length as LogIndex };
        new SqliteStorage(db).persist({ hardState, entries });
      })();
    } finally {
      db.close();
    }
    return Replica.open(opts);
  }

  /** Open an existing replica's file and start it. */
  static open(opts: ReplicaOptions): Replica {
    const cfg = replicaConfig(opts);
    if (!fs.existsSync(cfg.file)) throw new NonexistError(`rdb file ${cfg.file} does not exist`);
    const db = openSqlite(cfg.file);
    try {
      const stored = db.prepare(`SELECT value FROM meta WHERE name = 'replica_id'`).pluck().get();
      if (stored !== formatReplicaId(cfg.id))
        throw new MismatchError(`rdb file ${cfg.file} belongs to replica ${String(stored)}, not ${formatReplicaId(cfg.id)}`);
      const state = new RdbState(db);
      let replica: Replica | undefined = undefined;
      const storage = new SqliteStorage(db, {
        restoreState: (s) => state.restore(s),
        confState: () => state.confState,
        liveSnapshot: () => replica!.liveSnapshot(),
      });
      replica = new Replica(cfg, db, storage, state);
      replica.start();
      return replica;
    } catch (e) {
      db.close();
      throw e;
    }
  }

  private start(): void {
    this.cfg.transport.onReceive((m) => this.receive(m));
    this.ticker = setInterval(() => {
      if (this.closed) return;
      this.node.tick();
      this.drive();
    }, this.cfg.tickIntervalMs);
    this.ticker.unref();
    this.schedule();
  }

  /** Stop ticking and talking, fail everything waiting with DER_SHUTDOWN, close the file. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.ticker);
    this.cfg.transport.close();
    const down = () => new ShutdownError(`replica ${formatReplicaId(this.cfg.id)} is closed`);
    this.waiters.failAll(down);
    for (const w of this.debutWaiters.splice(0)) {
      clearTimeout(w.timer);
      w.reject(down());
    }
    if (this.servingTerm) this.events?.push({ kind: 'step-down', term: this.servingTerm as Term });
    this.servingTerm = 0;
    this.db.close();
  }

  /** Close and delete the file: this replica is gone for good. */
  destroy(): void {
    this.close();
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(this.cfg.file + suffix, { force: true });
  }

  /** Step-up (once the term's first entry is applied) and step-down events, in order. */
  onLeadership(listener: LeadershipListener, onListenerError: (e: unknown) => void = () => undefined): void {
    this.events = new LeadershipEvents(listener, onListenerError);
    if (this.servingTerm) this.events.push({ kind: 'step-up', term: this.servingTerm as Term });
  }

  /** Wait until every leadership event so far has been delivered. */
  leadershipIdle(): Promise<void> {
    return this.events?.idle() ?? Promise.resolve();
  }

  // ---- what callers see ----

  get isLeader(): boolean {
    return this.servingTerm !== 0;
  }
  get currentTerm(): Term {
    return this.term;
  }
  get appliedIndex(): LogIndex {
    return this.state.appliedIndex;
  }
  get leaderId(): ReplicaId | undefined {
    return this.lead === NONE ? undefined : unpackReplicaId(this.lead);
  }

  members(): ReplicaId[] {
    return this.state.confState.voters.map(unpackReplicaId);
  }

  status(): Status {
    return this.node.status();
  }

  notLeader(why?: string): NotLeaderError {
    const hint = this.lead !== NONE && this.lead !== this.nodeId ? { rank: unpackReplicaId(this.lead).rank, term: this.term } : undefined;
    return new NotLeaderError(hint, why && `${why}${hint ? `; try rank ${hint.rank} (term ${hint.term})` : ''}`);
  }

  /** A transaction bound to `term` (default: the current one); DER_NOTLEADER unless leading it. */
  async begin(term?: Term, opts?: TxOptions): Promise<Transaction> {
    const t = term ?? this.term;
    await this.leading(t);
    return new Transaction(this, t, opts);
  }

  /** Resolves once this replica leads `term` and has applied its first entry of it. */
  leading(term: number): Promise<void> {
    this.checkOpen();
    if (this.servingTerm === term) return Promise.resolve();
    if (this.leaderTerm !== term || this.role !== StateRole.Leader)
      return Promise.reject(this.notLeader(`not leader of term ${term} (term is ${this.term})`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.debutWaiters = this.debutWaiters.filter((w) => w.timer !== timer);
        reject(this.notLeader(`term ${term}'s first entry not applied within ${this.cfg.commitTimeoutMs} ms`));
      }, this.cfg.commitTimeoutMs);
      this.debutWaiters.push({ term, resolve, reject, timer });
    });
  }

  /** Linearizable read point: leadership of `term` confirmed (ReadIndex or lease) and applied up to it. */
  async readBarrier(term: number): Promise<void> {
    await this.leading(term);
    const { id, done } = this.waiters.read(this.cfg.commitTimeoutMs);
    const ctx = new Uint8Array(8);
    new DataView(ctx.buffer).setBigUint64(0, BigInt(id), false);
    try {
      this.node.readIndex(ctx);
    } catch (e) {
      this.waiters.cancelRead(id);
      throw this.dropped(e);
    }
    this.schedule();
    await done;
    if (this.servingTerm !== term) throw this.notLeader(`lost leadership of term ${term} during the read`);
  }

  /** Propose one transaction in `term` and wait for its apply result. */
  async commitTx(term: number, tx: TxRecord): Promise<ApplyResult> {
    await this.leading(term);
    if (!tx.critical) this.spaceGuard();
    const data = encodeTx(tx);
    if (data.byteLength > this.cfg.txBytesMax)
      throw new InvalidError(`transaction is ${data.byteLength} bytes, limit txBytesMax ${this.cfg.txBytesMax}`);
    return this.proposeAndWait(term, () => this.node.propose(data));
  }

  private proposeAndWait(term: number, propose: () => void): Promise<ApplyResult> {
    if (this.servingTerm !== term) return Promise.reject(this.notLeader(`not leader of term ${term}`));
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

  /**
   * Non-critical transactions need `freeSpaceFloorBytes` free: below it, compact first (critical
   * transactions, which delete, still pass so a full system can be cleaned up).
   */
  private spaceGuard(): void {
    if (this.cfg.freeSpaceBytes() >= this.cfg.freeSpaceFloorBytes) return;
    this.compact(true);
    const free = this.cfg.freeSpaceBytes();
    if (free < this.cfg.freeSpaceFloorBytes)
      throw new NoSpaceError(`${free} bytes free, below freeSpaceFloorBytes ${this.cfg.freeSpaceFloorBytes}; only critical transactions are taken`);
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
    const term = this.term;
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

  /** Start an election now (tests, operators). */
  campaign(): void {
    this.checkOpen();
    this.node.campaign();
    this.schedule();
  }

  // ---- the Ready loop ----

  private receive(m: Message): void {
    if (this.closed || m.to !== this.nodeId) return;
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
      while (!this.closed && this.node.hasReady()) this.handle(this.node.ready());
    } catch (e) {
      this.fail(e);
    }
  }

  private handle(rd: Ready): void {
    if (rd.hardState) this.term = rd.hardState.term;
    if (rd.softState) {
      this.role = rd.softState.role;
      this.lead = rd.softState.lead;
    }
    this.leadershipChanged();
    for (const m of rd.messages) this.send(m);
    this.storage.persist(rd); // throws: fatal; nothing below may happen
    for (const m of rd.messagesAfterPersist) {
      this.checkPersisted(m);
      this.send(m);
    }
    if (rd.snapshot) this.waiters.skippedTo(rd.snapshot.meta.index, () => this.notLeader('a snapshot replaced the log'));
    const results = this.state.apply(rd.committedEntries, (e) => this.applyConfChange(e));
    this.waiters.applied(results, this.state.appliedIndex, () => this.notLeader('the entry was overwritten by another leader'));
    for (const rs of rd.readStates) {
      const id = Number(new DataView(rs.context.buffer, rs.context.byteOffset, 8).getBigUint64(0, false));
      this.waiters.readIndexKnown(id, rs.index, this.state.appliedIndex);
    }
    if (this.leaderTerm && !this.servingTerm && rd.committedEntries.some((e) => e.term === this.leaderTerm)) this.debut();
    this.node.advance();
    this.compact(false);
  }

  private send(m: Message): void {
    if (m.to === this.nodeId) return void setImmediate(() => this.receive(m));
    if (!this.cfg.transport.send(m.to, m)) this.node.reportUnreachable(m.to);
  }

  /** A message that promises durable state may leave only once that state is on disk. */
  private checkPersisted(m: Message): void {
    if (m.reject) return;
    if (m.type === MessageType.AppResp)
      assert(this.storage.lastIndex() >= m.index, `AppResp for index ${m.index} sent with only ${this.storage.lastIndex()} persisted`);
    if (m.type === MessageType.VoteResp) {
      const h = this.storage.hardState();
      assert(h.vote === m.to && h.term === m.term, `vote for ${m.to} in term ${m.term} sent before it was persisted`);
    }
  }

  private applyConfChange(e: Entry): ConfState {
    return this.node.applyConfChange(decodeConfChange(e.data));
  }

  /** React to role/term changes: step down from a served term, note a new leader term. */
  private leadershipChanged(): void {
    const leading = this.role === StateRole.Leader ? this.term : 0;
    if (this.leaderTerm && this.leaderTerm !== leading) {
      const lost = this.leaderTerm;
      this.leaderTerm = 0;
      const err = () => this.notLeader(`stepped down from term ${lost}`);
      this.waiters.failAll(err);
      for (const w of this.debutWaiters.splice(0)) {
        clearTimeout(w.timer);
        w.reject(err());
      }
      if (this.servingTerm) this.events?.push({ kind: 'step-down', term: this.servingTerm as Term });
      this.servingTerm = 0;
    }
    if (leading && !this.leaderTerm) this.leaderTerm = leading;
  }

  /** The leader applied an entry of its own term: it knows the commit index, it may serve. */
  private debut(): void {
    this.servingTerm = this.leaderTerm;
    this.events?.push({ kind: 'step-up', term: this.servingTerm as Term });
    for (const w of this.debutWaiters.splice(0)) {
      clearTimeout(w.timer);
      if (w.term === this.servingTerm) w.resolve();
      else w.reject(this.notLeader(`leading term ${this.servingTerm}, not ${w.term}`));
    }
  }

  /**
   * Drop applied entries from the log once compactEntriesMin of them pile up. A leader keeps
   * what a lagging follower still needs (raft's compactIndexMax), unless the log would exceed
   * logEntriesMax or space is short (`force`): that follower then gets a snapshot.
   */
  private compact(force: boolean): void {
    const applied = this.state.appliedIndex;
    const base = this.storage.firstIndex() - 1;
    if (applied - base < (force ? 1 : this.cfg.compactEntriesMin)) return;
    let target: number = applied;
    if (!force && this.role === StateRole.Leader && this.storage.lastIndex() - base < this.cfg.logEntriesMax)
      target = Math.min(applied, this.node.status().compactIndexMax ?? applied);
    if (target <= base) return;
    this.storage.compact(target as LogIndex);
    if (force) this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /** The state at the applied index, sent to a follower the log no longer covers. */
  private liveSnapshot(): Snapshot {
    const index: LogIndex = this.state.appliedIndex;
    if (this.snapCache?.meta.index !== index)
      this.snapCache = { meta: { index, term: this.storage.term(index), confState: this.state.confState }, data: this.state.dump() };
    return this.snapCache;
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
