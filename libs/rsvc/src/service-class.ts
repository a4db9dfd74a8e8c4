import type { AttributeLimits } from './attribute-usage.js';
import type { Term } from '@daos-nats/base';
import type { OperationDef } from '@daos-nats/api';
import type { Transaction } from '@daos-nats/rdb';

/**
 * What a replicated service (pool, container, mgmt, the kv example) gives the framework: its
 * name, its operations, and four leadership hooks. Everything else (NATS subjects, raft, SQLite
 * files, leader-only dispatch, NOTLEADER/NOTREPLICA hints, dedup of retried writes, attributes,
 * dist start/stop, replica add/remove) is `RsvcHost`'s job.
 *
 * One process hosts one service class and many groups of it: one group = one raft group = one
 * rdb database (one pool = one group). Every hook and handler is told its `group`; `S` is the
 * per-group leader state that `stepUp` builds (caches such as a pool map) and handlers read.
 *
 * Lifecycle of one group on one replica (driven by rdb's leadership events, in order):
 * DOWN → STEPPING_UP → UP (stepUp returned a state) or UP_EMPTY (stepUp said UNINITIALIZED and
 * no bootstrap argument is known: handlers answer DER_UNINIT) → STEPPING_DOWN → DOWN.
 */
export interface ServiceClass<S = unknown> {
  /** The service token in subjects (`daos.<system>.<name>.<group>.<rank>.req`), e.g. "pool". */
  readonly name: string;

  /**
   * The operations, each run only on the leader of the current term (see OperationSpec). Names
   * starting with `rsvc.` are reserved for the framework's own (attributes, dist start/stop,
   * replica add/remove).
   */
  readonly operations: readonly OperationSpec<S>[];

  /**
   * Who may use the group's user attributes (rsvc.attr.*): throw (DER_NO_HDL, DER_NO_PERM) to
   * refuse, before anything is read or buffered. `handle` is the one the request names ('' if
   * none), `write` is set and delete. Absent: any caller the host admits.
   */
  readonly attributeAccess?: (ctx: HandlerContext<S>, handle: string, write: boolean) => Promise<void>;

  /**
   * The limits of the group's user attributes for this request (e.g. lowered to what the pool's
   * size leaves). Absent: libs/rsvc's defaults (ATTRS_PER_OBJECT_MAX_DEFAULT,
   * ATTR_BYTES_PER_OBJECT_MAX_DEFAULT).
   */
  readonly attributeLimits?: (ctx: HandlerContext<S>) => Promise<AttributeLimits>;

  /**
   * This replica became leader of `ctx.term` and has applied every entry of earlier terms. Read
   * the database through `ctx.tx` (bound to the term) and return the leader state for handlers,
   * or UNINITIALIZED when the database is new (nothing under the service's keys): the framework
   * then runs `bootstrap` if a start request carried a bootstrap argument, and calls stepUp again.
   * Throwing fails the step-up: the replica stays DOWN for this term, answers NOTLEADER, and
   * resigns so that another replica leads.
   */
  stepUp(ctx: LeaderContext): Promise<S | typeof UNINITIALIZED>;

  /**
   * Write the initial content of a new database through `ctx.tx`, from the argument the creator
   * passed to dist start (`bootstrapArg`, service-defined bytes, e.g. an encoded pool-create
   * request). The framework commits the transaction (with its own `rsvc` keys) after it returns.
   */
  bootstrap(ctx: LeaderContext, bootstrapArg: Uint8Array): Promise<void>;

  /**
   * Leadership of `term` is ending: stop background work that would start new handlers or
   * transactions (timers, map distribution). Called before the framework waits for the handlers
   * in flight; it must not wait for them itself.
   */
  drain(ctx: GroupTerm, state: S): Promise<void>;

  /** Every handler of `term` has finished: drop the leader state (close caches, notify peers). */
  stepDown(ctx: GroupTerm, state: S): Promise<void>;

  /**
   * Optional: push the service's map (pool map, ...) to whoever needs it. The framework calls it
   * once after each step-up to UP and whenever a handler calls `ctx.requestMapDistribution()`;
   * calls never overlap for one group, and a failure is logged and retried at the next request.
   */
  distributeMap?(ctx: LeaderTerm, state: S): Promise<void>;

  /**
   * Optional: the service's policy for `rsvc.replicas.add` / `.remove`, asked by the leader before
   * anything changes (a throw refuses the whole request). Services whose own code reconfigures
   * (pool, container) need none; an operator-driven group (the MS) refuses mistakes here, as
   * etcd's strict reconfiguration check does: a rank that is already (or not) a member, a rank no
   * process answers on, a removal that leaves fewer live replicas than a quorum.
   */
  checkReplicaChange?(change: ReplicaChange): Promise<void>;
}

/** A requested membership change and the voters it would change (ranks). */
export interface ReplicaChange {
  readonly group: string;
  readonly kind: 'add' | 'remove';
  readonly ranks: readonly number[];
  readonly members: readonly number[];
}

/** Returned by `stepUp` when the database has never been bootstrapped. */
export const UNINITIALIZED: unique symbol = Symbol('rsvc.uninitialized');

/** Which group and which term of leadership a hook is about. */
export interface GroupTerm {
  readonly service: string;
  readonly group: string;
  /** This process's rank. */
  readonly rank: number;
  readonly term: Term;
}

/**
 * What a leader may do to its own group, in process, for the term it was given: never over the
 * network to itself (DAOS: a leader calls its own service functions, not its own RPCs).
 */
export interface LeaderCalls {
  /**
   * Run operation `def` of this service (or a framework `rsvc.*` one) as the leader of this
   * term, through the same path as a client's request: leader check (DER_NOTLEADER once the term
   * is over), the handler under a leader reference, the group's write lock for exclusive writes,
   * the commit; the reply (or the DaosError) comes back typed. No dedup record is kept: an
   * in-process call has no lost reply to retry. Calling an exclusive write from inside an
   * exclusive write handler would wait for its own lock: refused with DER_INVAL. `signal` is the
   * caller's deadline: when it aborts, the call rejects with DER_TIMEDOUT and the handler's
   * ctx.signal aborts (a write already committing may still commit, as after a client timeout).
   */
  run<Req, Rep>(def: OperationDef<Req, Rep>, request: Req, opts?: { readonly signal?: AbortSignal }): Promise<Rep>;
  /** Give up leadership of this term (rdb resign): the most caught-up other voter takes over. */
  resign(): void;
}

/** A leader's background work (distributeMap, timers started by stepUp): its term and its calls. */
export type LeaderTerm = GroupTerm & LeaderCalls;

/** A hook run as leader: a transaction bound to its term. */
export interface LeaderContext extends GroupTerm, LeaderCalls {
  /**
   * Bound to `term`: queries confirm leadership (ReadIndex or lease) and read committed state;
   * updates are buffered and committed as ONE raft log entry by the framework. If leadership of
   * the term is lost, queries and the commit fail with DER_NOTLEADER (with the new leader's hint).
   */
  readonly tx: Transaction;
}

/** The client's identity of one logical operation (DAOS svc_ops key), fixed across its retries. */
export interface ClientOp {
  /** 16 random bytes, fixed for the client's lifetime. */
  readonly clientId: Uint8Array;
  /** Microseconds since the epoch, strictly increasing per client; 0 = the client opted out of dedup. */
  readonly clientTimeUs: number;
}

/** What a handler gets besides its decoded request. */
export interface HandlerContext<S = unknown> extends LeaderContext {
  /** The leader state `stepUp` returned for this term. */
  readonly state: S;
  /** Who sent the operation and when: the dedup key of a write (read-only for handlers). */
  readonly clientOp: ClientOp;
  /** Aborts at the request's deadline or when leadership of `term` starts to end. */
  readonly signal: AbortSignal;
  /** Ask for a `distributeMap` call after this handler's transaction committed. */
  requestMapDistribution(): void;
  /**
   * A write only: run `fn` once this handler's transaction committed and before the reply is
   * sent, for what must hold when the caller hears of the commit (DAOS invalidates the IV before
   * answering a pool evict or a container close). A failure of `fn` is logged, not the caller's:
   * the write committed. Not run when the handler throws, nor for a retry answered from the
   * dedup table. DER_INVAL in a read.
   */
  afterCommit(fn: () => Promise<void>): void;
}

/**
 * How one operation runs on the leader:
 *
 * 1. The framework takes a leader reference for the current term (DER_NOTLEADER with the known
 *    leader's `{rank, term}` hint if this replica is not UP; DER_UNINIT if UP_EMPTY), opens
 *    `ctx.tx` bound to that term, and decodes the request with `def.request` (DER_PROTO if it
 *    does not decode).
 * 2. `kind: 'write'` with a client timestamp: if the same (clientId, clientTimeUs) already
 *    committed, its stored reply (or stored error) is answered without calling the handler.
 * 3. The handler reads and buffers updates on `ctx.tx` and returns the typed reply, or throws a
 *    DaosError (e.g. `new NonexistError('no such key')`).
 * 4. For a write, the encoded reply, or a deterministic error's code and message (DER_NONEXIST,
 *    DER_EXIST, DER_INVAL, DER_MISMATCH, DER_NO_PERM: the handler's updates are then dropped), is
 *    stored under the client op key in the SAME transaction, which the framework commits: the
 *    effect and its answer become durable together, exactly once. A non-deterministic failure
 *    (NOTLEADER, TIMEDOUT, BUSY, ...) commits nothing, so the client's retry does the work.
 *    For a read, nothing is committed.
 * 5. The reply is sent with this replica's own leader hint `{rank, term}`.
 *
 * A handler must not commit `ctx.tx` itself, nor keep it after returning.
 */
export interface OperationSpec<S = unknown, Req = any, Rep = any> {
  /** Wire name and message types, shared with clients (libs/api `defineOperation`). */
  readonly def: OperationDef<Req, Rep>;
  /** 'write' operations are deduplicated and committed; 'read' ones are not. */
  readonly kind: 'read' | 'write';
  /**
   * Writes of one group run one at a time (default `true`), so a handler's reads and its updates
   * see no other write in between, as under DAOS's service lock. `false` for blind writes that
   * read nothing (e.g. kv.put): they overlap, and the Ready loop batches their commits.
   */
  readonly exclusive?: boolean;
  readonly handler: (request: Req, ctx: HandlerContext<S>) => Promise<Rep>;
}

/** Declare an operation with its types checked against `def` (keeps `operations` arrays readable). */
export function operation<S, Req, Rep>(
  def: OperationDef<Req, Rep>,
  kind: 'read' | 'write',
  handler: (request: Req, ctx: HandlerContext<S>) => Promise<Rep>,
  opts: { readonly exclusive?: boolean } = {},
): OperationSpec<S, Req, Rep> {
  return { def, kind, handler, ...opts };
}
