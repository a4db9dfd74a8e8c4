import { DaosError, NotLeaderError, ProtoError, daosError, type LeaderHint } from '@daos-nats/base';
import { daos } from '@daos-nats/proto';

const { Request, Reply } = daos.v1;

/** Length of `RequestMeta.clientId`. */
export const CLIENT_ID_BYTES = 16;

/** A decoded, checked request envelope. */
export interface RequestEnvelope {
  readonly operation: string;
  readonly body: Uint8Array;
  readonly clientId: Uint8Array;
  readonly clientTimeUs: number;
  /** 0 means the client sent no deadline. */
  readonly deadlineRemainingMs: number;
  readonly traceparent?: string;
}

export function encodeRequest(env: RequestEnvelope): Uint8Array {
  return Request.encode({
    meta: {
      clientId: env.clientId,
      clientTimeUs: env.clientTimeUs,
      deadlineRemainingMs: env.deadlineRemainingMs,
      operation: env.operation,
      ...(env.traceparent ? { trace: { traceparent: env.traceparent } } : {}),
    },
    body: env.body,
  }).finish();
}

/** Decode and check a request envelope; anything malformed is a ProtoError (DER_PROTO). */
export function decodeRequest(bytes: Uint8Array): RequestEnvelope {
  let req: ReturnType<typeof Request.decode>;
  try {
    req = Request.decode(bytes);
  } catch (e) {
    throw new ProtoError(`malformed request envelope (${bytes.length} bytes): ${(e as Error).message}`, { cause: e });
  }
  const meta = req.meta;
  if (!meta) throw new ProtoError('request envelope has no meta');
  if (!meta.operation) throw new ProtoError('request envelope names no operation');
  const clientId = meta.clientId ?? new Uint8Array(0);
  if (clientId.length !== CLIENT_ID_BYTES) throw new ProtoError(`request client id is ${clientId.length} bytes, not ${CLIENT_ID_BYTES}`);
  return {
    operation: meta.operation,
    body: req.body,
    clientId,
    clientTimeUs: meta.clientTimeUs ?? 0,
    deadlineRemainingMs: meta.deadlineRemainingMs ?? 0,
    ...(meta.trace?.traceparent ? { traceparent: meta.trace.traceparent } : {}),
  };
}

/** What a reply carries besides its status: the body and, optionally, the sender's leader hint. */
export interface ReplyContent {
  readonly body: Uint8Array;
  /** DAOS puts the replica's view of the leader on every reply, success or not. */
  readonly hint?: LeaderHint;
}

function wireHint(hint: LeaderHint | undefined): { hint?: { rank: number; term: number } } {
  return hint ? { hint: { rank: hint.rank, term: hint.term } } : {};
}

export function encodeSuccess(body: Uint8Array, hint?: LeaderHint): Uint8Array {
  return Reply.encode({ status: { code: 0, message: '' }, body, ...wireHint(hint) }).finish();
}

/** A failure reply: the DER code, the message and the leader hint if known. */
export function encodeFailure(code: number, message: string, hint?: LeaderHint): Uint8Array {
  return Reply.encode({ status: { code, message }, ...wireHint(hint) }).finish();
}

/**
 * The leader hint a thrown error carries: NotLeaderError's own, or a `hint` property that any
 * other DaosError may have been given (see withHint).
 */
export function hintOf(err: DaosError): LeaderHint | undefined {
  if (err instanceof NotLeaderError) return err.hint;
  const h = (err as { hint?: unknown }).hint;
  if (typeof h !== 'object' || h === null) return undefined;
  const { rank, term } = h as { rank?: unknown; term?: unknown };
  return typeof rank === 'number' && typeof term === 'number' ? { rank, term } : undefined;
}

/** Attach a leader hint to any DaosError (e.g. NOTREPLICA from a replica that knows the leader). */
export function withHint<E extends DaosError>(err: E, hint: LeaderHint | undefined): E & { readonly hint?: LeaderHint } {
  if (hint && !(err instanceof NotLeaderError)) Object.defineProperty(err, 'hint', { value: hint, enumerable: true });
  return err;
}

/** The failure reply for a thrown DaosError: its own code, message and hint. */
export function encodeError(err: DaosError): Uint8Array {
  return encodeFailure(err.code, err.message, hintOf(err));
}

/**
 * Decode a reply: its body and hint on success; on failure, throw the DaosError subclass for its
 * code, carrying the hint (NotLeaderError's own `hint`, a `hint` property on others). A reply that
 * does not decode is a ProtoError.
 */
export function decodeReply(bytes: Uint8Array, subject: string): ReplyContent {
  let rep: ReturnType<typeof Reply.decode>;
  try {
    rep = Reply.decode(bytes);
  } catch (e) {
    throw new ProtoError(`malformed reply from ${subject} (${bytes.length} bytes): ${(e as Error).message}`, { cause: e });
  }
  if (!rep.status) throw new ProtoError(`reply from ${subject} has no status`);
  const hint = rep.hint ? { rank: rep.hint.rank ?? 0, term: rep.hint.term ?? 0 } : undefined;
  const code = rep.status.code ?? 0;
  if (code === 0) return hint ? { body: rep.body, hint } : { body: rep.body };
  throw withHint(daosError(code, rep.status.message || undefined, hint), hint);
}
