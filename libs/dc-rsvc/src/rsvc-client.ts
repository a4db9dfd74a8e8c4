import { context, trace, SpanKind, SpanStatusCode, type Attributes, type Context, type Span, type Tracer } from '@opentelemetry/api';
import {
  assert,
  CanceledError,
  DaosError,
  monotonicClock,
  NotReplicaError,
  ProtoError,
  TimedOutError,
  type Clock,
  type LeaderHint,
  type Rank,
  type Rng,
} from '@daos-nats/base';
import { ATTR, EVENT, recordAttempt } from './attempt-span.js';
import { BackoffSequence, checkBackoffConfig, DEFAULT_BACKOFF_CONFIG, type BackoffConfig } from './backoff.js';
import { classifyError, type ErrorClassifier } from './classify.js';
import { LeaderSearch, type LeaderSearchConfig } from './leader-search.js';
import { isRetryable, RETRYABLE_CODES, type AttemptOutcome } from './outcome.js';
import { realSleep, type Sleep } from './sleep.js';
import { withTimeout } from './with-timeout.js';

export interface RsvcClientConfig extends BackoffConfig {
  /** Deadline of one whole call, all attempts, backoffs and refreshes included. */
  readonly callTimeoutMs: number;
  /** Deadline of one request to one replica (cut short by the call's deadline). */
  readonly attemptTimeoutMs: number;
  /** Bound on the attempts of one call, whatever the deadline. */
  readonly attemptsMax: number;
  /** Bound on how often one call asks for a fresh replica list. */
  readonly refreshesMax: number;
}

export const DEFAULT_RSVC_CLIENT_CONFIG: RsvcClientConfig = {
  ...DEFAULT_BACKOFF_CONFIG,
  // Elections can take several seconds under load (DAOS tracker DAOS-8510): leave room for a few.
  callTimeoutMs: 60_000,
  attemptTimeoutMs: 5_000,
  attemptsMax: 100,
  refreshesMax: 3,
};

export interface AttemptContext {
  /** 1 for the first request of a call. */
  readonly attempt: number;
  /** How long this request may take; the requester's own deadline should not exceed it. */
  readonly timeoutMs: number;
  /** Aborted when the attempt is abandoned (deadline, caller cancel): stop waiting then. */
  readonly signal: AbortSignal;
  /**
   * The trace context of this attempt's span, for the transport to inject into its headers. It is
   * also the active context while the requester runs, but only if a context manager is registered.
   */
  readonly traceContext: Context;
}

/** Sends one request to one replica. Resolves with the reply, throws a DaosError for the rest. */
export type Requester<T> = (rank: Rank, attempt: AttemptContext) => Promise<T>;

/** Asks the management service for the service's replica ranks (DAOS `dc_mgmt_pool_find`). */
export type RefreshReplicas = (signal: AbortSignal) => Promise<readonly number[]>;

export interface RsvcClientOptions {
  /** Which service, for spans and messages: "pool 6a1f…", "mgmt". */
  readonly service: string;
  /** Initial replica ranks; may be empty when `refresh` can supply them. */
  readonly ranks: readonly number[];
  readonly rng: Rng;
  readonly sleep?: Sleep;
  readonly clock?: Clock;
  readonly refresh?: RefreshReplicas;
  readonly tracer?: Tracer;
  readonly classify?: ErrorClassifier;
  readonly config?: Partial<RsvcClientConfig>;
  readonly search?: Partial<LeaderSearchConfig>;
}

export interface CallOptions<T> {
  /** The leader's hint carried by a successful reply, if the reply type has one. */
  readonly hintOf?: (reply: T) => LeaderHint | undefined;
  readonly signal?: AbortSignal;
  readonly callTimeoutMs?: number;
  /** Extra attributes for the operation span. */
  readonly attributes?: Attributes;
}

type Tried<T> = { ok: true; value: T; outcome: AttemptOutcome } | { ok: false; err: unknown; outcome: AttemptOutcome | undefined };
type Attempted<T> = { ok: true; value: T } | { ok: false; err: unknown; retry: boolean };

/**
 * Calls a replicated service: finds its leader, follows hints, retries retryable failures with
 * backoff, and gives up at a deadline (DAOS `dc_pool_*` task loop around `rsvc_client`).
 * Every call is one INTERNAL span; every request to a replica is a CLIENT span under it, active
 * while the requester runs so that the transport propagates it to the server.
 */
export class RsvcClient {
  readonly search: LeaderSearch;
  readonly config: RsvcClientConfig;
  private readonly sleep: Sleep;
  private readonly clock: Clock;
  private readonly tracer: Tracer;
  private readonly classify: ErrorClassifier;
  private refreshing: Promise<readonly number[]> | undefined;

  constructor(private readonly options: RsvcClientOptions) {
    this.config = { ...DEFAULT_RSVC_CLIENT_CONFIG, ...options.config };
    checkBackoffConfig(this.config);
    for (const k of ['callTimeoutMs', 'attemptTimeoutMs', 'attemptsMax'] as const)
      assert(this.config[k] > 0, `${k} must be > 0, got ${this.config[k]}`);
    assert(this.config.refreshesMax >= 0, `refreshesMax must be >= 0, got ${this.config.refreshesMax}`);
    this.search = new LeaderSearch(options.ranks, options.rng, options.search);
    this.sleep = options.sleep ?? realSleep;
    this.clock = options.clock ?? monotonicClock;
    this.tracer = options.tracer ?? trace.getTracer('@daos-nats/dc-rsvc');
    this.classify = options.classify ?? classifyError;
  }

  /** Run `operation` on the service's leader. Resolves with the reply or throws a DaosError. */
  call<T>(operation: string, requester: Requester<T>, opts: CallOptions<T> = {}): Promise<T> {
    const attributes = { [ATTR.service]: this.options.service, ...opts.attributes };
    return this.tracer.startActiveSpan(operation, { kind: SpanKind.INTERNAL, attributes }, async (opSpan) => {
      try {
        return await this.loop(operation, requester, opts, opSpan);
      } catch (err) {
        opSpan.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
        if (err instanceof Error) opSpan.recordException(err);
        throw err;
      } finally {
        opSpan.end();
      }
    });
  }

  private async loop<T>(operation: string, requester: Requester<T>, opts: CallOptions<T>, opSpan: Span): Promise<T> {
    const callTimeoutMs = opts.callTimeoutMs ?? this.config.callTimeoutMs;
    const deadlineMs = this.clock.nowMs() + callTimeoutMs;
    const backoff = new BackoffSequence(this.config, this.options.rng);
    const what = `${this.options.service} ${operation}`;
    let attempt = 0;
    let refreshes = 0;
    let lastErr: unknown;
    let delayMs = 0;
    const remainingMs = (): number => deadlineMs - this.clock.nowMs();
    const giveUp = (): DaosError =>
      new TimedOutError(`${what}: no answer within ${callTimeoutMs} ms after ${attempt} attempts${lastErr ? `; last: ${String(lastErr)}` : ''}`, { cause: lastErr });

    for (;;) {
      if (opts.signal?.aborted) throw new CanceledError(`${what}: canceled by the caller`, { cause: opts.signal.reason });
      if (remainingMs() <= 0) throw giveUp();
      const rank = this.search.choose();
      if (rank === undefined) {
        if (this.options.refresh === undefined || refreshes >= this.config.refreshesMax)
          throw new NotReplicaError(`${what}: no replica known (${refreshes} refreshes)`, { cause: lastErr });
        refreshes++;
        const got = await this.refreshReplicas(remainingMs(), opts.signal);
        if (got.ok) {
          opSpan.addEvent(EVENT.refreshed, { [ATTR.replicas]: got.value.length });
          if (got.value.length > 0) {
            delayMs = 0; // a fresh list deserves an immediate try
            continue;
          }
        } else lastErr = got.err;
      } else {
        attempt++;
        opSpan.setAttribute(ATTR.attempts, attempt);
        const tried = await this.attempt(operation, requester, rank, attempt, delayMs, remainingMs(), opts, opSpan);
        if (tried.ok) return tried.value;
        lastErr = tried.err;
        if (!tried.retry) throw tried.err;
        // Out of attempts: the last failure is the most precise answer there is.
        if (attempt >= this.config.attemptsMax) throw tried.err;
      }
      delayMs = Math.min(backoff.nextMs(), Math.max(0, remainingMs()));
      if (delayMs > 0) await this.sleep(delayMs, opts.signal);
    }
  }

  /** One request to one replica, inside its own CLIENT span. `retry`: worth another attempt. */
  private async attempt<T>(
    operation: string,
    requester: Requester<T>,
    rank: Rank,
    attempt: number,
    delayMs: number,
    remainingMs: number,
    opts: CallOptions<T>,
    opSpan: Span,
  ): Promise<Attempted<T>> {
    const parent = trace.setSpan(context.active(), opSpan);
    const attributes = { [ATTR.service]: this.options.service, [ATTR.attempt]: attempt, [ATTR.rank]: rank, [ATTR.backoffMs]: delayMs };
    const span = this.tracer.startSpan(`send ${operation}`, { kind: SpanKind.CLIENT, attributes }, parent);
    try {
      const timeoutMs = Math.max(1, Math.min(this.config.attemptTimeoutMs, remainingMs));
      // The attempt span is the active context while the requester runs: the transport injects it.
      const traceContext = trace.setSpan(parent, span);
      const tried = await context.with(traceContext, () => this.send(requester, rank, { attempt, timeoutMs, traceContext }, opts));
      const outcome = tried.outcome;
      if (outcome === undefined) {
        assert(!tried.ok, 'a reply always has an outcome');
        span.setStatus({ code: SpanStatusCode.ERROR, message: tried.err instanceof Error ? tried.err.message : String(tried.err) });
        if (tried.err instanceof Error) span.recordException(tried.err);
        return { ok: false, err: tried.err, retry: false };
      }
      const decision = this.search.complete(rank, outcome);
      recordAttempt(span, opSpan, rank, outcome, decision, tried.ok ? undefined : tried.err);
      if (tried.ok) {
        assert(decision === 'proceed', 'a successful reply is always the answer');
        return { ok: true, value: tried.value };
      }
      // DAOS: rechoose when the search says so, or when the answer is a retryable error.
      return { ok: false, err: tried.err, retry: decision === 'rechoose' || isRetryable(outcome) };
    } finally {
      span.end();
    }
  }

  private async send<T>(requester: Requester<T>, rank: Rank, a: Omit<AttemptContext, 'signal'>, opts: CallOptions<T>): Promise<Tried<T>> {
    const timeoutMs = a.timeoutMs;
    const r = await withTimeout((signal) => requester(rank, { ...a, signal }), timeoutMs, this.sleep, opts.signal);
    if (opts.signal?.aborted) return { ok: false, err: new CanceledError('canceled by the caller', { cause: opts.signal.reason }), outcome: undefined };
    if (r.ok) {
      const hint = opts.hintOf?.(r.value);
      return { ok: true, value: r.value, outcome: hint === undefined ? { kind: 'ok' } : { kind: 'ok', hint } };
    }
    const err = r.timedOut ? new TimedOutError(`rank ${rank} did not answer within ${timeoutMs} ms`) : r.err;
    return { ok: false, err, outcome: this.classify(err) };
  }

  /**
   * Ask for the replica list once; concurrent calls share one request and one reset of the search.
   * The list is wire input: ranks that are not ranks, or too many of them, are an error, not a crash.
   */
  private async refreshReplicas(remainingMs: number, signal: AbortSignal | undefined): Promise<{ ok: true; value: readonly number[] } | { ok: false; err: unknown }> {
    const refresh = this.options.refresh;
    assert(refresh !== undefined, 'refresh is only asked for when configured');
    this.refreshing ??= withTimeout((s) => refresh(s), remainingMs, this.sleep, signal)
      .then((r) => {
        if (!r.ok) throw r.timedOut ? new TimedOutError(`replica refresh did not answer within ${remainingMs} ms`) : r.err;
        const bad = r.value.find((n) => !Number.isSafeInteger(n) || n < 0 || n > 0xffff_fffe);
        if (bad !== undefined) throw new ProtoError(`replica refresh returned ${String(bad)}, not a rank`);
        if (new Set(r.value).size > this.search.config.ranksMax)
          throw new ProtoError(`replica refresh returned ${r.value.length} ranks, more than ranksMax ${this.search.config.ranksMax}`);
        this.search.reset(r.value);
        return r.value;
      })
      .finally(() => (this.refreshing = undefined));
    try {
      return { ok: true, value: await this.refreshing };
    } catch (err) {
      // A refresh that failed for good (not a DAOS retryable error) ends the call.
      if (!(err instanceof DaosError) || !RETRYABLE_CODES.has(err.code)) throw err;
      return { ok: false, err };
    }
  }
}
