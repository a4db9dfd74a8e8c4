import { propagation, ROOT_CONTEXT, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Msg, NatsConnection, Subscription } from '@nats-io/transport-node';
import type { OperationDef } from '@daos-nats/api';
import { AssertionError, BoundedQueue, BusyError, DaosError, DER, NoSysError, assert, derName, type LeaderHint } from '@daos-nats/base';
import { messagingSpan, recordFailure, TRACER_NAME, type Logger } from '@daos-nats/telemetry';
import { decodeRequest, encodeError, encodeFailure, encodeSuccess, type RequestEnvelope } from './envelope.js';
import { decodeMessage } from './operation.js';
import { subjectTemplate } from './subjects.js';
import { natsHeaderGetter } from './trace-headers.js';
import { CREDENTIAL_HEADER } from './credential-header.js';

/** A request as a handler sees it. */
export interface IncomingRequest {
  readonly subject: string;
  readonly operation: string;
  readonly body: Uint8Array;
  readonly clientId: Uint8Array;
  readonly clientTimeUs: number;
  /** When the client stops waiting, on this process's monotonic clock (performance.now()). */
  readonly deadlineMs: number;
  /** Aborts when the deadline passes: long handlers should stop and not bother replying. */
  readonly signal: AbortSignal;
  /** The signed credential the client sent (`Daos-Credential` header), unverified: see ResponderOptions.authorize. */
  readonly credential?: string;
}

/** A success answer with the replica's leader hint attached (a leader names itself). */
export interface HandlerReply {
  readonly body?: Uint8Array;
  readonly hint?: LeaderHint;
}

type HandlerResult = Uint8Array | HandlerReply | undefined;

/**
 * Answer with reply bytes (undefined = empty body) or a HandlerReply, or throw a DaosError to
 * answer with its code (and its hint: NotLeaderError's, or one attached with withHint).
 */
export type Handler = (req: IncomingRequest) => Promise<HandlerResult> | HandlerResult;

/** A handler over decoded messages of `op`; a body that does not decode is answered DER_PROTO. */
export function typedHandler<Req, Rep>(op: OperationDef<Req, Rep>, fn: (request: Req, req: IncomingRequest) => Promise<Rep> | Rep): Handler {
  return async (req) => {
    const decoded = decodeMessage(op.request, req.body, `${op.name} request`);
    const reply = await fn(decoded, req);
    // Not encodeMessage: an unencodable reply is our bug, not the client's, so it must surface as
    // DER_MISC with its stack in the log rather than as the client's DER_INVAL.
    return op.reply.encode(reply).finish();
  };
}

export interface ResponderOptions {
  /** NATS queue group: members share the subject's requests (each request goes to one). */
  readonly queue?: string;
  /** Handlers running at once; further requests wait in a queue. */
  readonly handlersInFlightMax?: number;
  /** Requests waiting for a handler slot; beyond this, requests are answered DER_BUSY at once. */
  readonly pendingRequestsMax?: number;
  /** Upper bound on a request's deadline, whatever the client asked (and the deadline when it sent none). */
  readonly requestDeadlineMaxMs?: number;
  /**
   * Called before the handler of every request: throw a DaosError (DER_NO_PERM) to refuse it, so
   * a refused request reaches no handler and changes nothing. Absent: every request is handled.
   */
  readonly authorize?: (req: IncomingRequest) => void;
  /**
   * Bytes of requests running or waiting at once; one more that would pass it is answered
   * DER_BUSY (a request arriving when nothing is held is always taken, whatever its size).
   */
  readonly heldRequestBytesMax?: number;
}

export const responderDefaults = {
  handlersInFlightMax: 64,
  pendingRequestsMax: 1024,
  requestDeadlineMaxMs: 60_000,
  heldRequestBytesMax: 128 * 1024 * 1024,
} as const;

export interface ResponderStats {
  /** Requests answered with success. */
  served: number;
  /** Requests answered with a DER error from the handler (including unknown operations). */
  failed: number;
  /** Envelopes that did not decode or check, answered DER_PROTO. */
  malformed: number;
  /** Answered DER_BUSY because the pending queue was full. */
  rejectedBusy: number;
  /** Dropped unanswered because their deadline had passed before a handler could start. */
  droppedLate: number;
  /** Messages without a reply subject (published, not requested): nothing to answer. */
  noReplySubject: number;
  /** Replies larger than the server's max_payload, answered DER_REC2BIG instead. */
  oversizeReplies: number;
}

interface Pending {
  readonly msg: Msg;
  readonly receivedMs: number;
}

/**
 * Serves requests on one subject: decodes the envelope, dispatches on the operation name,
 * answers with the protobuf reply envelope. Bounded: at most handlersInFlightMax handlers run,
 * at most pendingRequestsMax wait. Never crashes on input: malformed envelopes get DER_PROTO and
 * a log line, handler failures DER_MISC (or the DaosError's own code). An AssertionError in a
 * handler is a bug in our code: it is answered DER_MISC, logged, and rethrown to crash the process.
 */
export class Responder {
  readonly stats: ResponderStats = { served: 0, failed: 0, malformed: 0, rejectedBusy: 0, droppedLate: 0, noReplySubject: 0, oversizeReplies: 0 };
  private readonly sub: Subscription;
  private readonly pending: BoundedQueue<Pending>;
  private readonly handlersInFlightMax: number;
  private readonly requestDeadlineMaxMs: number;
  private inFlight = 0;
  private heldBytes = 0;
  private readonly heldRequestBytesMax: number;
  private idleWaiters: (() => void)[] = [];
  private subDrained: Promise<void> | undefined;

  constructor(
    private readonly nc: NatsConnection,
    readonly subject: string,
    private readonly handlers: ReadonlyMap<string, Handler>,
    private readonly opts: ResponderOptions,
    private readonly log: Logger,
  ) {
    this.handlersInFlightMax = opts.handlersInFlightMax ?? responderDefaults.handlersInFlightMax;
    this.requestDeadlineMaxMs = opts.requestDeadlineMaxMs ?? responderDefaults.requestDeadlineMaxMs;
    this.heldRequestBytesMax = opts.heldRequestBytesMax ?? responderDefaults.heldRequestBytesMax;
    assert(Number.isSafeInteger(this.handlersInFlightMax) && this.handlersInFlightMax >= 1, 'handlersInFlightMax >= 1');
    assert(this.requestDeadlineMaxMs > 0, 'requestDeadlineMaxMs > 0');
    this.pending = new BoundedQueue(opts.pendingRequestsMax ?? responderDefaults.pendingRequestsMax);
    this.sub = nc.subscribe(subject, {
      ...(opts.queue ? { queue: opts.queue } : {}),
      callback: (err, msg) => {
        if (err) {
          this.log.error({ err, subject }, 'responder subscription error');
          return;
        }
        this.admit({ msg, receivedMs: performance.now() });
      },
    });
  }

  /** Handlers running now. */
  get handlersInFlight(): number {
    return this.inFlight;
  }

  private admit(p: Pending): void {
    const bytes = p.msg.data.byteLength;
    if (this.heldBytes > 0 && this.heldBytes + bytes > this.heldRequestBytesMax) {
      this.stats.rejectedBusy++;
      this.respond(p.msg, encodeError(new BusyError(`responder on ${this.subject} holds ${this.heldBytes} bytes of requests, heldRequestBytesMax ${this.heldRequestBytesMax}`)));
      return;
    }
    if (this.inFlight < this.handlersInFlightMax) {
      this.heldBytes += bytes;
      this.run(p);
    } else if (this.pending.offer(p)) {
      this.heldBytes += bytes;
    } else {
      this.stats.rejectedBusy++;
      this.respond(p.msg, encodeError(new BusyError(`responder on ${this.subject} is saturated (${this.handlersInFlightMax} running, ${this.pending.capacityItems} waiting)`)));
    }
  }

  /** Bytes of the requests running or waiting now. */
  get heldRequestBytes(): number {
    return this.heldBytes;
  }

  private run(p: Pending): void {
    this.inFlight++;
    void this.handle(p)
      .catch((err: unknown) => this.log.error({ err, subject: this.subject }, 'responder failed outside a handler'))
      .finally(() => {
        this.inFlight--;
        this.heldBytes -= p.msg.data.byteLength;
        const next = this.pending.shift();
        if (next) this.run(next);
        else if (this.inFlight === 0) for (const w of this.idleWaiters.splice(0)) w();
      });
  }

  private respond(msg: Msg, bytes: Uint8Array): void {
    if (!msg.reply) {
      this.stats.noReplySubject++;
      return;
    }
    const max = this.nc.info?.max_payload;
    if (max !== undefined && bytes.byteLength > max) {
      // NATS would refuse it and the client would wait out its deadline, then retry the same
      // request into the same refusal: tell it now, with the numbers.
      this.stats.oversizeReplies++;
      this.log.warn({ subject: this.subject, bytes: bytes.byteLength, maxPayloadBytes: max }, 'reply over max_payload answered DER_REC2BIG');
      bytes = encodeFailure(DER.REC2BIG, `reply of ${bytes.byteLength} bytes exceeds the NATS max_payload of ${max} bytes`);
    }
    try {
      msg.respond(bytes);
    } catch (err) {
      // A closed or draining connection: the client will time out, which is what it would see anyway.
      this.log.warn({ err, subject: this.subject }, 'could not send reply');
    }
  }

  private async handle({ msg, receivedMs }: Pending): Promise<void> {
    const parent = propagation.extract(ROOT_CONTEXT, msg.headers, natsHeaderGetter);
    const s = messagingSpan({
      role: 'server',
      destination: msg.subject,
      destinationTemplate: subjectTemplate(msg.subject),
      bodySizeBytes: msg.data.length,
      ...(this.opts.queue ? { consumerGroup: this.opts.queue } : {}),
    });
    const tracer = trace.getTracer(TRACER_NAME);
    await tracer.startActiveSpan(s.name, { kind: s.kind, attributes: s.attributes }, parent, async (span) => {
      try {
        let env: RequestEnvelope;
        try {
          env = decodeRequest(msg.data);
        } catch (err) {
          this.stats.malformed++;
          const e = err as DaosError;
          this.log.warn({ err: e, subject: msg.subject, bytes: msg.data.length }, 'malformed request answered DER_PROTO');
          recordFailure(span, e, e.derName);
          this.respond(msg, encodeError(e));
          return;
        }
        span.setAttribute('messaging.operation.name', env.operation);
        span.updateName(`process ${subjectTemplate(msg.subject)} ${env.operation}`);
        const budgetMs = env.deadlineRemainingMs > 0 ? Math.min(env.deadlineRemainingMs, this.requestDeadlineMaxMs) : this.requestDeadlineMaxMs;
        const deadlineMs = receivedMs + budgetMs;
        const leftMs = deadlineMs - performance.now();
        if (leftMs <= 0) {
          this.stats.droppedLate++;
          this.log.debug({ subject: msg.subject, operation: env.operation, lateMs: -leftMs }, 'request dropped: deadline passed while queued');
          span.setStatus({ code: SpanStatusCode.ERROR, message: 'deadline passed before handling' });
          span.setAttribute('error.type', derName(DER.TIMEDOUT));
          return;
        }
        const handler = this.handlers.get(env.operation);
        try {
          if (!handler) throw new NoSysError(`operation ${JSON.stringify(env.operation)} is not served on ${this.subject}`);
          const credential = msg.headers?.get(CREDENTIAL_HEADER) || undefined;
          const req: IncomingRequest = {
            subject: msg.subject,
            operation: env.operation,
            body: env.body,
            clientId: env.clientId,
            clientTimeUs: env.clientTimeUs,
            deadlineMs,
            signal: AbortSignal.timeout(Math.ceil(leftMs)),
            ...(credential !== undefined ? { credential } : {}),
          };
          this.opts.authorize?.(req);
          const result = await handler(req);
          this.stats.served++;
          span.setAttribute('daos.status', 0);
          const reply = result instanceof Uint8Array || result === undefined ? { body: result } : result;
          this.respond(msg, encodeSuccess(reply.body ?? new Uint8Array(0), reply.hint));
        } catch (err) {
          this.stats.failed++;
          if (err instanceof DaosError) {
            span.setAttribute('daos.status', err.code);
            recordFailure(span, err, err.derName);
            this.respond(msg, encodeError(err));
            return;
          }
          span.setAttribute('daos.status', DER.MISC);
          recordFailure(span, err, derName(DER.MISC));
          this.log.error({ err, subject: msg.subject, operation: env.operation }, 'handler failed; answered DER_MISC');
          const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
          this.respond(msg, encodeFailure(DER.MISC, `internal error in ${env.operation}: ${message}`));
          if (err instanceof AssertionError) {
            this.log.fatal({ err }, 'invariant broken in a handler; crashing');
            queueMicrotask(() => {
              throw err;
            });
          }
        }
      } finally {
        span.end();
      }
    });
  }

  /**
   * Stop taking requests, let the queued and running ones finish (up to `timeoutMs`), then
   * unsubscribe. Resolves false if handlers were still running at the deadline.
   */
  async drain(timeoutMs = 5000): Promise<boolean> {
    this.subDrained ??= this.sub.isClosed() ? Promise.resolve() : this.sub.drain();
    await this.subDrained;
    if (this.inFlight === 0) return true;
    return await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
