import { DaosError, DER, NotLeaderError, ProtoError, daosError, type LeaderHint } from '@daos-nats/base';
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

export function encodeSuccess(body: Uint8Array): Uint8Array {
  return Reply.encode({ status: { code: 0, message: '' }, body }).finish();
}

/** A failure reply: the DER code, the message and, for NOTLEADER, the leader hint. */
export function encodeFailure(code: number, message: string, hint?: LeaderHint): Uint8Array {
  return Reply.encode({ status: { code, message }, ...(hint ? { hint: { rank: hint.rank, term: hint.term } } : {}) }).finish();
}

/** The failure reply for a thrown value: a DaosError answers with its own code (and hint). */
export function encodeError(err: DaosError): Uint8Array {
  return encodeFailure(err.code, err.message, err instanceof NotLeaderError ? err.hint : undefined);
}

/**
 * Decode a reply: its body on success; on failure, throw the DaosError subclass for its code
 * (NotLeaderError with the hint). A reply that does not decode is a ProtoError.
 */
export function decodeReply(bytes: Uint8Array, subject: string): Uint8Array {
  let rep: ReturnType<typeof Reply.decode>;
  try {
    rep = Reply.decode(bytes);
  } catch (e) {
    throw new ProtoError(`malformed reply from ${subject} (${bytes.length} bytes): ${(e as Error).message}`, { cause: e });
  }
  const code = rep.status?.code ?? DER.PROTO;
  if (!rep.status) throw new ProtoError(`reply from ${subject} has no status`);
  if (code === 0) return rep.body;
  const hint = rep.hint ? { rank: rep.hint.rank ?? 0, term: rep.hint.term ?? 0 } : undefined;
  throw daosError(code, rep.status.message || undefined, hint);
}
