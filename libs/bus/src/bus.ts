import { randomBytes } from 'node:crypto';
import { context, propagation, trace } from '@opentelemetry/api';
import { connect, errors, headers, type Msg, type MsgHdrs, type NatsConnection } from '@nats-io/transport-node';
import { DaosError, InvalidError, ShutdownError, TimedOutError, UnreachableError, assert } from '@daos-nats/base';
import { createLogger, messagingSpan, recordFailure, TRACER_NAME, type Logger } from '@daos-nats/telemetry';
import { CLIENT_ID_BYTES, decodeReply, encodeRequest, type ReplyContent } from './envelope.js';
import { fromNatsPublishError, fromNatsRequestError } from './errors.js';
import { Inbound, type InboundHandler, type InboundOptions } from './inbound.js';
import { decodeMessage, encodeMessage, type OperationDef } from '@daos-nats/api';
import { Responder, type Handler, type ResponderOptions } from './responder.js';
import { subjectTemplate, subjectToken } from './subjects.js';
import { CREDENTIAL_HEADER } from './credential-header.js';
import { natsHeaderSetter } from './trace-headers.js';

export interface BusOptions {
  /** Connection name, shown by the server (`/connz`) and used as the log's `service`. */
  readonly name: string;
  /** `nats://host:port`, or several for a cluster (as an array or comma-separated). */
  readonly servers: string | readonly string[];
  /** Give up on the first connect after this long. */
  readonly connectTimeoutMs?: number;
  /** Pause between reconnect attempts; attempts never stop (maxReconnectAttempts -1). */
  readonly reconnectWaitMs?: number;
  /** Default deadline of a request (each request may set its own). */
  readonly requestTimeoutMs?: number;
  /** How long drain() may take before the connection is closed hard. */
  readonly drainTimeoutMs?: number;
  readonly user?: string;
  readonly pass?: string;
  /**
   * Prefix of this connection's reply inboxes; default `_INBOX.<user>.<random>` when a user is
   * given (NATS permissions let each role subscribe only to `_INBOX.<role>.>`), else nats.js's.
   */
  readonly inboxPrefix?: string;
  /**
   * The signed credential sent with every request in the `Daos-Credential` header (called per
   * request, so a signer can renew it before it expires); none when absent.
   */
  readonly credential?: () => string | undefined;
  /** This client's id in every request's metadata (16 bytes); random by default. */
  readonly clientId?: Uint8Array;
  readonly log?: Logger;
}

/** How many refusals `Bus.permissionViolations` keeps. */
export const PERMISSION_VIOLATIONS_KEPT = 64;
/** nats-server's default max_payload. */
export const NATS_MAX_PAYLOAD_DEFAULT_BYTES = 1024 * 1024;

export const busDefaults = {
  connectTimeoutMs: 2000,
  reconnectWaitMs: 250,
  requestTimeoutMs: 5000,
  drainTimeoutMs: 5000,
} as const;

export interface RequestOptions {
  /** Deadline of this request; it also travels to the server as the remaining budget. */
  readonly timeoutMs?: number;
  /** Client timestamp for dedup: pass the same value on every retry of one logical operation. */
  readonly clientTimeUs?: number;
}

export interface PublishOptions {
  /** One PRODUCER span per message (default true; off for chatty traffic such as raft). */
  readonly trace?: boolean;
}

export interface BusStats {
  disconnects: number;
  reconnects: number;
  slowConsumerEvents: number;
  /** Publishes and subscriptions the server refused (this role's NATS permissions). */
  permissionViolations: number;
}

/** One publish or subscription the server refused, as it reported it. */
export interface PermissionViolation {
  readonly operation: 'publish' | 'subscription';
  readonly subject: string;
}

/** Connect to NATS; a failed first connect is an UnreachableError with the NATS error as cause. */
export async function connectBus(opts: BusOptions): Promise<Bus> {
  // NATS_URL may list a cluster's nodes ("nats://a:4222,nats://b:4222"): any one live node is enough
  // to start, and the client then also learns the others from the cluster itself.
  const servers = (typeof opts.servers === 'string' ? [opts.servers] : [...opts.servers])
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const inboxPrefix =
    opts.inboxPrefix ??
    (opts.user !== undefined ? `_INBOX.${subjectToken(opts.user, 'user')}.${randomBytes(8).toString('hex')}` : undefined);
  let nc: NatsConnection;
  try {
    nc = await connect({
      servers,
      name: opts.name,
      maxReconnectAttempts: -1,
      reconnectTimeWait: opts.reconnectWaitMs ?? busDefaults.reconnectWaitMs,
      timeout: opts.connectTimeoutMs ?? busDefaults.connectTimeoutMs,
      ...(opts.user !== undefined ? { user: opts.user, pass: opts.pass ?? '' } : {}),
      ...(inboxPrefix !== undefined ? { inboxPrefix } : {}),
    });
  } catch (err) {
    throw new UnreachableError(`cannot connect to NATS at ${servers.join(', ')}: ${(err as Error).message}`, { cause: err });
  }
  return new Bus(nc, opts);
}

/**
 * One NATS connection with the daos-nats conventions: protobuf envelopes, deadlines on every
 * request, DER errors across the wire, W3C trace context in headers, bounded servers and
 * subscribers. Reconnects forever; `drain()` (or `await using`) ends it.
 */
export class Bus implements AsyncDisposable {
  readonly clientId: Uint8Array;
  readonly stats: BusStats = { disconnects: 0, reconnects: 0, slowConsumerEvents: 0, permissionViolations: 0 };
  /** The most recent refusals, newest last (at most PERMISSION_VIOLATIONS_KEPT). */
  readonly permissionViolations: PermissionViolation[] = [];
  readonly log: Logger;
  private readonly requestTimeoutMs: number;
  private readonly drainTimeoutMs: number;
  private lastClientTimeUs = 0;
  private disconnected = false;
  /** Set when drain() starts: no new requests, publishes or subscriptions from then on. */
  private closing = false;
  private readonly responders = new Set<Responder>();
  private readonly inbounds = new Set<Inbound>();
  private readonly statusLoop: Promise<void>;
  private readonly credential: (() => string | undefined) | undefined;
  /** Requests waiting for a reply, each cut short by a reconnect (see requestOverLink). */
  private readonly inFlight = new Set<(e: DaosError) => void>();
  /** Called after each reconnect (see onReconnect). */
  private readonly reconnectListeners = new Set<() => void>();

  constructor(
    private readonly nc: NatsConnection,
    opts: BusOptions,
  ) {
    this.log = (opts.log ?? createLogger({ service: opts.name })).child({ component: 'bus' });
    this.clientId = opts.clientId ?? new Uint8Array(randomBytes(CLIENT_ID_BYTES));
    assert(this.clientId.length === CLIENT_ID_BYTES, `clientId must be ${CLIENT_ID_BYTES} bytes`);
    this.requestTimeoutMs = opts.requestTimeoutMs ?? busDefaults.requestTimeoutMs;
    this.drainTimeoutMs = opts.drainTimeoutMs ?? busDefaults.drainTimeoutMs;
    this.credential = opts.credential;
    this.statusLoop = this.watchStatus();
  }

  private async watchStatus(): Promise<void> {
    for await (const s of this.nc.status()) {
      switch (s.type) {
        case 'disconnect':
          this.stats.disconnects++;
          this.disconnected = true;
          this.log.warn({ server: s.server }, 'disconnected from NATS; reconnecting');
          break;
        case 'reconnect':
          this.stats.reconnects++;
          this.disconnected = false;
          this.log.info({ server: s.server, requestsCut: this.inFlight.size }, 'reconnected to NATS');
          this.cutInFlight();
          this.notifyReconnected();
          break;
        case 'slowConsumer':
          this.stats.slowConsumerEvents++;
          this.log.warn({ subject: s.sub.getSubject(), pending: s.pending }, 'NATS slow consumer: messages dropped by the client');
          break;
        case 'error':
          if (s.error instanceof errors.PermissionViolationError) {
            this.stats.permissionViolations++;
            this.permissionViolations.push({ operation: s.error.operation, subject: s.error.subject });
            if (this.permissionViolations.length > PERMISSION_VIOLATIONS_KEPT) this.permissionViolations.shift();
            this.log.warn({ operation: s.error.operation, subject: s.error.subject }, "NATS refused by this role's permissions");
          } else this.log.error({ err: s.error }, 'NATS connection error');
          break;
        case 'staleConnection':
          this.log.warn('NATS connection stale (missed pings)');
          break;
        default:
          break;
      }
    }
  }

  /**
   * The largest message (payload plus headers) the server takes, from its INFO (1 MiB before
   * the first connect completes, the NATS default). Byte limits of what travels as one message
   * (raft appends, transactions, replies) are derived from it.
   */
  get maxPayloadBytes(): number {
    return this.nc.info?.max_payload ?? NATS_MAX_PAYLOAD_DEFAULT_BYTES;
  }

  /** Whether the connection is up now (false while reconnecting, draining or closed). */
  get connected(): boolean {
    return !this.disconnected && !this.closing && !this.nc.isClosed();
  }

  /**
   * Write everything published so far to the socket now, synchronously. nats.js otherwise writes
   * in a microtask, i.e. only after the current synchronous work: rdb calls this (through
   * RaftLink) before an fsync, so its raft appends reach the peers while it waits on its disk.
   * Reaches into nats.js's protocol handler (flushPending; no public API does this without a
   * PING round trip); if a nats.js version lacks it, this does nothing and the microtask flush
   * still sends everything, only later.
   */
  flushNow(): void {
    const protocol = (this.nc as unknown as { protocol?: { flushPending?: () => void } }).protocol;
    if (typeof protocol?.flushPending === 'function' && this.connected) protocol.flushPending();
  }

  /** Microseconds since the epoch, strictly increasing per Bus: the dedup timestamp of a new operation. */
  nextClientTimeUs(): number {
    const now = Date.now() * 1000;
    this.lastClientTimeUs = Math.max(now, this.lastClientTimeUs + 1);
    return this.lastClientTimeUs;
  }

  /**
   * Send a request and wait for its reply body. Failures are DaosErrors: the server's DER code
   * (NotLeaderError with its hint), NoResponderError (DER_UNREACH) at once when nobody serves
   * the subject, TimedOutError past the deadline, ProtoError for an undecodable reply.
   */
  async request(subject: string, operation: string, body: Uint8Array, opts: RequestOptions = {}): Promise<Uint8Array> {
    return (await this.requestReply(subject, operation, body, opts)).body;
  }

  /** `request`, keeping the leader hint a successful reply may carry (for leader search). */
  async requestReply(subject: string, operation: string, body: Uint8Array, opts: RequestOptions = {}): Promise<ReplyContent> {
    const timeoutMs = opts.timeoutMs ?? this.requestTimeoutMs;
    if (!Number.isSafeInteger(timeoutMs) || timeoutMs <= 0 || timeoutMs > 0xffff_ffff) {
      throw new InvalidError(`request timeoutMs must be a positive integer of milliseconds, got ${timeoutMs}`);
    }
    const s = messagingSpan({
      role: 'client',
      destination: subject,
      destinationTemplate: subjectTemplate(subject),
      operationName: operation,
      bodySizeBytes: body.length,
    });
    return await trace.getTracer(TRACER_NAME).startActiveSpan(s.name, { kind: s.kind, attributes: s.attributes }, async (span) => {
      try {
        const h = headers();
        propagation.inject(context.active(), h, natsHeaderSetter);
        const token = this.credential?.();
        if (token !== undefined) h.set(CREDENTIAL_HEADER, token);
        const payload = encodeRequest({
          operation,
          body,
          clientId: this.clientId,
          clientTimeUs: opts.clientTimeUs ?? this.nextClientTimeUs(),
          deadlineRemainingMs: timeoutMs,
        });
        const reply = await this.requestOverLink(subject, payload, timeoutMs, h);
        return decodeReply(reply.data, subject);
      } catch (err) {
        recordFailure(span, err, err instanceof DaosError ? err.derName : undefined);
        throw err;
      } finally {
        span.end();
      }
    });
  }

  /**
   * nc.request, cut short with TimedOutError when the connection comes back meanwhile. A
   * request in flight across a reconnect loses its reply (measured: sent during a nats-server
   * restart, it waited its whole timeout although the server was back 1 s earlier), so the caller
   * retries now, with its dedup identity, instead of at its deadline. TIMEDOUT, not UNREACH: like
   * a timeout, the outcome is unknown (UNREACH from "no responders" means it was not delivered).
   */
  private requestOverLink(subject: string, payload: Uint8Array, timeoutMs: number, h: MsgHdrs): Promise<Msg> {
    return new Promise<Msg>((resolve, reject) => {
      const cut = (e: DaosError): void => reject(e);
      this.inFlight.add(cut);
      this.nc
        .request(subject, payload, { timeout: timeoutMs, headers: h })
        .then(resolve, (err: unknown) => reject(fromNatsRequestError(err, subject, timeoutMs)))
        .finally(() => this.inFlight.delete(cut));
    });
  }

  /**
   * Call `listener` after every reconnect to NATS, once the connection is usable again (raft
   * brings its elections forward: an outage longer than an election timeout left its groups
   * leaderless). Returns the function that removes it. A listener that throws is logged.
   */
  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => this.reconnectListeners.delete(listener);
  }

  private notifyReconnected(): void {
    for (const l of this.reconnectListeners) {
      try {
        l();
      } catch (err) {
        this.log.error({ err }, 'reconnect listener failed');
      }
    }
  }

  private cutInFlight(): void {
    for (const cut of this.inFlight)
      cut(new TimedOutError('the connection to NATS was re-established while this request was in flight: its reply is lost; it may have been executed'));
    this.inFlight.clear();
  }

  /** `request` with the operation's message types: encode `req`, decode the reply. */
  async call<Req, Rep>(subject: string, op: OperationDef<Req, Rep>, req: Req, opts?: RequestOptions): Promise<Rep> {
    const body = encodeMessage(op.request, req, `${op.name} request`);
    return decodeMessage(op.reply, await this.request(subject, op.name, body, opts), `${op.name} reply from ${subject}`);
  }

  /**
   * Serve requests on `subject`, dispatching on the operation name. Resolves once the server has
   * the subscription, so a request sent afterwards from any connection reaches it.
   */
  async serve(
    subject: string,
    handlers: Readonly<Record<string, Handler>> | ReadonlyMap<string, Handler>,
    opts: ResponderOptions = {},
  ): Promise<Responder> {
    this.assertOpen();
    const map = handlers instanceof Map ? handlers : new Map(Object.entries(handlers));
    const r = new Responder(this.nc, subject, map, opts, this.log.child({ responder: subject }));
    this.responders.add(r);
    await this.nc.flush();
    return r;
  }

  /**
   * One-way message (no reply), e.g. raft traffic. Lost if nobody listens. Allowed while draining
   * (handlers in flight may still publish) until the connection stops publishing: ShutdownError.
   */
  publish(subject: string, data: Uint8Array, opts: PublishOptions = {}): void {
    if (opts.trace === false) {
      try {
        this.nc.publish(subject, data);
      } catch (err) {
        throw fromNatsPublishError(err, subject);
      }
      return;
    }
    const s = messagingSpan({
      role: 'producer',
      destination: subject,
      destinationTemplate: subjectTemplate(subject),
      bodySizeBytes: data.length,
    });
    const span = trace.getTracer(TRACER_NAME).startSpan(s.name, { kind: s.kind, attributes: s.attributes });
    try {
      const h = headers();
      propagation.inject(trace.setSpan(context.active(), span), h, natsHeaderSetter);
      this.nc.publish(subject, data, { headers: h });
    } catch (err) {
      const e = fromNatsPublishError(err, subject);
      recordFailure(span, e, e.derName);
      throw e;
    } finally {
      span.end();
    }
  }

  /** Receive one-way messages through a bounded queue (see Inbound); resolves once the server has the subscription. */
  async subscribe(subject: string, handler: InboundHandler, opts: InboundOptions = {}): Promise<Inbound> {
    this.assertOpen();
    const sub = new Inbound(this.nc, subject, handler, opts, this.log.child({ inbound: subject }));
    this.inbounds.add(sub);
    await this.nc.flush();
    return sub;
  }

  /** Round trip to the server: resolves once everything published before it has reached the server. */
  async flush(): Promise<void> {
    await this.nc.flush();
  }

  /** New subscriptions only: requests and publishes stay possible while handlers drain. */
  private assertOpen(): void {
    if (this.closing || this.nc.isClosed()) throw new ShutdownError('bus connection is closed or draining');
  }

  /**
   * Stop: finish handlers in flight and flush what was published, then close; closed hard after
   * drainTimeoutMs. Idempotent.
   */
  async drain(): Promise<void> {
    if (this.nc.isClosed()) return;
    if (!this.closing) {
      this.closing = true;
      // Never rejects, so losing the race below leaves no unhandled rejection behind.
      const graceful = (async () => {
        await Promise.all([...this.responders].map((r) => r.drain(this.drainTimeoutMs)));
        await Promise.all([...this.inbounds].map((i) => i.drain()));
        await this.nc.drain();
        return 'drained' as const;
      })().catch((err: unknown) => {
        this.log.warn({ err }, 'drain failed; closing');
        return 'failed' as const;
      });
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), this.drainTimeoutMs)));
      const outcome = await Promise.race([graceful, late]);
      clearTimeout(timer);
      if (outcome === 'late') this.log.warn({ drainTimeoutMs: this.drainTimeoutMs }, 'drain took too long; closing');
      if (outcome !== 'drained' && !this.nc.isClosed()) await this.nc.close();
    }
    await this.nc.closed();
    await this.statusLoop;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.drain();
  }
}
