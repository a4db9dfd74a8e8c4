import { SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { DaosError, DER, InvalidError, NonexistError, NotLeaderError, ProtoError, ShutdownError, TimedOutError, UninitError, daosError, type Term } from '@daos-nats/base';
import { type OperationDef } from '@daos-nats/api';
import { isDeterministic, type Replica, type Transaction } from '@daos-nats/rdb';
import type { Logger } from '@daos-nats/telemetry';
import { ClientOpDedup } from './client-op-dedup.js';
import { Mutex } from './mutex.js';
import type { RsvcConfig } from './rsvc-config.js';
import { createRsvcLayout, LAYOUT_KEY, RSVC_LAYOUT_VERSION, RSVC_PATH } from './rsvc-layout.js';
import { UNINITIALIZED, type GroupTerm, type HandlerContext, type LeaderTerm, type OperationSpec, type ServiceClass } from './service-class.js';
import type { RsvcReply, RsvcRequest } from './rsvc-transport.js';
import { activeTraceparent } from './trace-context.js';

export type GroupState = 'down' | 'stepping-up' | 'up' | 'up-empty' | 'stepping-down';

export const RSVC_TRACER = '@daos-nats/rsvc';

export interface ServiceGroupOptions<S> {
  readonly service: ServiceClass<S>;
  readonly group: string;
  readonly rank: number;
  readonly replica: Replica;
  readonly config: RsvcConfig;
  readonly log: Logger;
  /** Wall clock, ms since the epoch: ages dedup entries against client timestamps. */
  readonly nowMs: () => number;
  readonly bootstrapArg?: Uint8Array;
  /** Every operation the host serves for the group (service + framework), by name: what `ctx.run` may call. */
  readonly operations: ReadonlyMap<string, OperationSpec<S>>;
}

/**
 * `work`, or DER_TIMEDOUT as soon as `signal` aborts (the caller's deadline): the handler sees the
 * same signal through ctx.signal and stops, as a remote one would after a client timeout.
 */
async function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined, what: string): Promise<T> {
  if (!signal) return await work;
  let onAbort!: () => void;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new TimedOutError(`${what}: the caller's deadline passed`, { cause: signal.reason }));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
    work.catch(() => undefined); // settled after the deadline: nobody is listening any more
  }
}

/** The client id of in-process calls (`ctx.run`): all zeros, and they opt out of dedup (time 0). */
const LOCAL_CLIENT_ID = new Uint8Array(16);

/**
 * One group of a service on this process: the leadership state machine driven by rdb's events
 * (DOWN → STEPPING_UP → UP | UP_EMPTY → STEPPING_DOWN → DOWN), leader-only dispatch under a
 * reference to the term, client-op dedup, dedup age-out and map distribution.
 */
export class ServiceGroup<S = unknown> {
  private st: GroupState = 'down';
  private term: Term = 0 as Term;
  private leaderState: S | undefined;
  private readonly running = new Set<AbortController>();
  private idleWaiters: (() => void)[] = [];
  private readonly dedup: ClientOpDedup;
  private readonly exclusive = new Mutex();
  private ageOutTimer: NodeJS.Timeout | undefined;
  private ageOutRunning = false;
  private mapDist = { running: false, again: false };
  private bootstrapArg: Uint8Array | undefined;
  private readonly log: Logger;
  private readonly tracer = trace.getTracer(RSVC_TRACER);

  constructor(private readonly o: ServiceGroupOptions<S>) {
    this.bootstrapArg = o.bootstrapArg;
    this.dedup = new ClientOpDedup(o.replica, o.config.dedupAgeMs, o.nowMs, o.config.dedupClockAheadMaxMs);
    this.log = o.log.child({ group: o.group });
    o.replica.onLeadership(
      (e) => (e.kind === 'step-up' ? this.stepUp(e.term) : this.stepDown(e.term)),
      (err) => this.log.error({ err }, 'leadership listener failed'),
    );
  }

  get replica(): Replica {
    return this.o.replica;
  }
  get state(): GroupState {
    return this.st;
  }
  get leaderTerm(): Term {
    return this.term;
  }

  private gt(term: Term): GroupTerm {
    return { service: this.o.service.name, group: this.o.group, rank: this.o.rank, term };
  }

  /** The term plus its in-process calls; `holdsLock`: called from inside an exclusive write. */
  private leaderCalls(term: Term, holdsLock = false): LeaderTerm {
    return {
      ...this.gt(term),
      run: (def, request, opts) => this.runLocal(term, holdsLock, def, request, opts?.signal),
      resign: () => this.o.replica.resign(term),
    };
  }

  /** `ctx.run`: a request of our own, dispatched exactly as a client's would be, minus the wire. */
  private async runLocal<Req, Rep>(term: Term, holdsLock: boolean, def: OperationDef<Req, Rep>, request: Req, signal?: AbortSignal): Promise<Rep> {
    const spec = this.o.operations.get(def.name);
    if (!spec) throw new InvalidError(`${def.name} is not an operation of ${this.o.service.name}`);
    if (holdsLock && spec.kind === 'write' && spec.exclusive !== false)
      throw new InvalidError(`${def.name} is an exclusive write: running it inside an exclusive write would wait for its own lock`);
    if (this.term !== term || this.st !== 'up') throw this.o.replica.notLeader(`leadership of term ${term} is over: ${def.name} not run`);
    const req: RsvcRequest = {
      group: this.o.group,
      operation: def.name,
      body: def.request.encode(request).finish(),
      clientId: LOCAL_CLIENT_ID,
      clientTimeUs: 0,
      signal: signal ?? new AbortController().signal,
    };
    const { body } = await untilAborted(this.dispatch(spec, req), signal, def.name);
    return def.reply.decode(body ?? new Uint8Array(0));
  }

  // ---- leadership ----

  private async stepUp(term: Term): Promise<void> {
    this.term = term;
    this.st = 'stepping-up';
    this.log.info({ term }, 'stepping up');
    try {
      await this.becomeUp(term);
    } catch (err) {
      if (this.term === term && this.st === 'stepping-up') this.st = 'down';
      if (err instanceof NotLeaderError || err instanceof ShutdownError) {
        this.log.info({ err, term }, 'leadership lost while stepping up');
        return;
      }
      // A leader that cannot serve must not keep the group: hand leadership to another replica
      // (DAOS rsvc_step_up_cb → rdb_resign), which will try its own step-up.
      this.log.error({ err, term }, 'step-up failed; resigning');
      try {
        this.o.replica.resign(term);
      } catch (e) {
        this.log.warn({ err: e, term }, 'resign failed');
      }
    }
  }

  private async becomeUp(term: Term): Promise<void> {
    if (!(await this.initialized(term))) {
      const arg = this.bootstrapArg;
      if (!arg) {
        this.st = 'up-empty';
        this.log.info({ term }, 'up, empty: waiting for a bootstrap');
        return;
      }
      await this.withTx(term, async (tx) => {
        createRsvcLayout(tx);
        await this.o.service.bootstrap({ ...this.leaderCalls(term), tx }, arg);
        await tx.commit();
      });
      this.log.info({ term }, 'bootstrapped');
    }
    const s = await this.withTx(term, (tx) => this.o.service.stepUp({ ...this.leaderCalls(term), tx }));
    if (this.term !== term || this.st !== 'stepping-up') return;
    if (s === UNINITIALIZED) {
      this.st = 'up-empty';
      return;
    }
    this.leaderState = s;
    this.st = 'up';
    this.log.info({ term }, 'up');
    this.ageOutTimer = setInterval(() => void this.ageOut(term), this.o.config.dedupAgeOutIntervalMs);
    this.ageOutTimer.unref();
    this.requestMapDistribution(term);
  }

  private async withTx<T>(term: Term, fn: (tx: Transaction) => Promise<T>): Promise<T> {
    const tx = await this.o.replica.begin(term);
    try {
      return await fn(tx);
    } finally {
      tx.discard(); // no-op after a commit
    }
  }

  /**
   * Whether the framework's layout exists, read from local state: the leader has applied every
   * entry committed before its term (its debut), and if another leader bootstrapped since, this
   * one's bootstrap cannot commit (its transaction is bound to a stale term). Saves a ReadIndex
   * round on every step-up.
   */
  private async initialized(term: Term): Promise<boolean> {
    await this.o.replica.leading(term);
    let v: Uint8Array | undefined;
    try {
      v = this.o.replica.readLocal(term).iterate(RSVC_PATH, { ge: LAYOUT_KEY, le: LAYOUT_KEY, limitItems: 1 })[0]?.value;
    } catch (e) {
      if (e instanceof NonexistError) return false; // no root, or no rsvc KVS yet
      throw e;
    }
    if (!v) return false;
    if (v[0] !== RSVC_LAYOUT_VERSION) throw daosError(DER.DF_INCOMPT, `rsvc layout version ${v[0]} is not ${RSVC_LAYOUT_VERSION}`);
    return true;
  }

  /** A start request brought a bootstrap argument: keep it, and use it now if UP_EMPTY. */
  offerBootstrap(arg: Uint8Array): void {
    this.bootstrapArg = arg;
    if (this.st === 'up-empty') {
      const term = this.term;
      this.st = 'stepping-up';
      void this.becomeUp(term).catch((err) => {
        if (this.term === term && this.st === 'stepping-up') this.st = 'down';
        this.log.warn({ err, term }, 'bootstrap failed');
      });
    }
  }

  private async stepDown(term: Term): Promise<void> {
    if (term !== this.term || this.st === 'down') return;
    this.log.info({ term, from: this.st }, 'stepping down');
    const s = this.leaderState;
    const wasUp = this.st === 'up';
    this.st = 'stepping-down';
    clearInterval(this.ageOutTimer);
    this.ageOutTimer = undefined;
    if (wasUp) await this.o.service.drain(this.gt(term), s as S).catch((err) => this.log.error({ err }, 'drain failed'));
    for (const ac of this.running) ac.abort(new NotLeaderError(undefined, `leadership of term ${term} ended`));
    if (!(await this.handlersIdle(this.o.config.stepDownWaitMs))) this.log.warn({ handlers: this.running.size }, 'step-down went on with handlers still running');
    if (wasUp) await this.o.service.stepDown(this.gt(term), s as S).catch((err) => this.log.error({ err }, 'stepDown hook failed'));
    this.leaderState = undefined;
    if (this.term === term) this.st = 'down';
  }

  private handlersIdle(timeoutMs: number): Promise<boolean> {
    if (this.running.size === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  /** Refuse unless UP: NOTLEADER with the best hint, or UNINIT when UP_EMPTY. */
  private admit(): Term {
    switch (this.st) {
      case 'up':
        return this.term;
      case 'up-empty':
        throw new UninitError(`group ${this.o.group} of ${this.o.service.name} is not bootstrapped`);
      case 'stepping-up':
        // Name ourselves: the client keeps us as its leader and retries here.
        throw new NotLeaderError({ rank: this.o.rank, term: this.term }, `rank ${this.o.rank} is stepping up in term ${this.term}`);
      default:
        throw this.o.replica.notLeader(`rank ${this.o.rank} is not the leader of ${this.o.service.name} group ${this.o.group}`);
    }
  }

  // ---- dispatch ----

  /** Run `spec` for `req` as the leader of the current term (see OperationSpec for the steps). */
  async dispatch(spec: OperationSpec<S>, req: RsvcRequest): Promise<RsvcReply> {
    const term = this.admit();
    const ac = new AbortController();
    const onAbort = () => ac.abort(req.signal.reason);
    req.signal.addEventListener('abort', onAbort, { once: true });
    this.running.add(ac);
    try {
      return await this.tracer.startActiveSpan(
        `rsvc ${spec.def.name}`,
        { kind: SpanKind.INTERNAL, attributes: { 'daos.service': this.o.service.name, 'daos.group': this.o.group, 'daos.rank': this.o.rank, 'daos.term': term } },
        async (span) => {
          try {
            const body = await this.execute(spec, req, term, ac.signal, span);
            span.setAttribute('daos.status', 0);
            return { body, hint: { rank: this.o.rank, term } };
          } catch (err) {
            const code = err instanceof DaosError ? err.code : DER.MISC;
            span.setAttribute('daos.status', code);
            span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
            throw err;
          } finally {
            span.end();
          }
        },
      );
    } finally {
      req.signal.removeEventListener('abort', onAbort);
      this.running.delete(ac);
      if (this.running.size === 0) for (const w of this.idleWaiters.splice(0)) w();
    }
  }

  private decode(spec: OperationSpec<S>, body: Uint8Array): unknown {
    try {
      return spec.def.request.decode(body);
    } catch (e) {
      throw new ProtoError(`malformed ${spec.def.name} request (${body.length} bytes): ${(e as Error).message}`, { cause: e });
    }
  }

  private async execute(spec: OperationSpec<S>, req: RsvcRequest, term: Term, signal: AbortSignal, span: Span): Promise<Uint8Array> {
    const request = this.decode(spec, req.body);
    const clientOp = { clientId: req.clientId, clientTimeUs: req.clientTimeUs };
    if (spec.kind === 'read') {
      return await this.withTx(term, async (tx) => spec.def.reply.encode(await spec.handler(request, this.context(tx, term, clientOp, signal, false, undefined))).finish());
    }
    if (req.clientTimeUs <= 0) return await this.runWrite(spec, request, term, clientOp, signal, undefined);

    return await this.dedup.once(clientOp, term, span, (key: Uint8Array) => this.runWrite(spec, request, term, clientOp, signal, key));
  }

  private async runWrite(
    spec: OperationSpec<S>,
    request: unknown,
    term: Term,
    clientOp: HandlerContext['clientOp'],
    signal: AbortSignal,
    key: Uint8Array | undefined,
  ): Promise<Uint8Array> {
    const traceContext = activeTraceparent();
    const opts = { ...(traceContext ? { traceContext } : {}), ...(key ? { clientOpTag: key } : {}) };
    const afterCommit: (() => Promise<void>)[] = [];
    const work = async (): Promise<Uint8Array> => {
      const tx = await this.o.replica.begin(term, opts);
      let reply: Uint8Array;
      try {
        reply = spec.def.reply.encode(await spec.handler(request, this.context(tx, term, clientOp, signal, spec.exclusive !== false, afterCommit))).finish();
      } catch (err) {
        tx.discard();
        if (key && isDeterministic(err)) {
          // The failure is part of the history: a retry must get the same answer.
          const etx = await this.o.replica.begin(term, opts);
          ClientOpDedup.recordError(etx, key, err);
          await this.commit(etx);
        }
        throw err;
      }
      if (key) ClientOpDedup.recordReply(tx, key, reply);
      await this.commit(tx);
      return reply;
    };
    const reply = spec.exclusive === false ? await work() : await this.exclusive.run(work);
    // Outside the write lock: other writes need not wait for it (an IV invalidation may wait out a lease).
    for (const fn of afterCommit) await fn().catch((err: unknown) => this.log.warn({ err, op: spec.def.name }, 'after-commit work failed'));
    return reply;
  }

  private async commit(tx: Transaction): Promise<void> {
    await this.tracer.startActiveSpan('rdb commit', { kind: SpanKind.INTERNAL }, async (span) => {
      try {
        const res = await tx.commit();
        if (res) span.setAttributes({ 'rdb.index': res.index, 'rdb.term': res.term });
      } catch (err) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
        throw err;
      } finally {
        span.end();
      }
    });
  }

  private context(tx: Transaction, term: Term, clientOp: HandlerContext['clientOp'], signal: AbortSignal, holdsLock: boolean, afterCommit: (() => Promise<void>)[] | undefined): HandlerContext<S> {
    return {
      afterCommit: (fn) => {
        if (!afterCommit) throw new InvalidError('afterCommit is for writes: a read commits nothing');
        afterCommit.push(fn);
      },
      ...this.leaderCalls(term, holdsLock),
      tx,
      state: this.leaderState as S,
      clientOp,
      signal,
      requestMapDistribution: () => this.requestMapDistribution(term),
    };
  }

  // ---- background work of the leader ----

  /**
   * Delete every dedup entry older than dedupAgeMs, in transactions of at most
   * dedupAgeOutItemsMax deletions: as many as it takes, so age-out keeps up with any write rate
   * (a fixed batch per interval falls behind above itemsMax / interval writes per second).
   */
  async ageOut(term: Term = this.term): Promise<number> {
    if (this.st !== 'up' || this.term !== term || this.ageOutRunning) return 0;
    this.ageOutRunning = true;
    let total = 0;
    try {
      for (;;) {
        const n = await this.withTx(term, async (tx) => {
          const k = await this.dedup.ageOut(tx, this.o.config.dedupAgeOutItemsMax);
          if (k > 0) await this.commit(tx);
          return k;
        });
        total += n;
        if (n < this.o.config.dedupAgeOutItemsMax || this.st !== 'up' || this.term !== term) return total;
      }
    } catch (err) {
      this.log.warn({ err }, 'dedup age-out failed');
      return total;
    } finally {
      this.ageOutRunning = false;
    }
  }

  private requestMapDistribution(term: Term): void {
    const distribute = this.o.service.distributeMap;
    if (!distribute) return;
    if (this.mapDist.running) {
      this.mapDist.again = true;
      return;
    }
    this.mapDist.running = true;
    void (async () => {
      try {
        do {
          this.mapDist.again = false;
          if (this.st !== 'up' || this.term !== term) return;
          await distribute.call(this.o.service, this.leaderCalls(term), this.leaderState as S).catch((err) => this.log.warn({ err }, 'map distribution failed'));
        } while (this.mapDist.again);
      } finally {
        this.mapDist.running = false;
      }
    })();
  }

  /** Close the replica; the host forgets the group. */
  close(): void {
    clearInterval(this.ageOutTimer);
    this.o.replica.close();
  }

  /** Close the replica and delete its file (rdb's `Replica.destroy`): this replica is gone for good. */
  destroy(): void {
    clearInterval(this.ageOutTimer);
    this.o.replica.destroy();
  }
}
