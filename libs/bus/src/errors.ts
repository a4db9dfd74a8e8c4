import {
  DaosError,
  DER,
  daosError,
  InvalidError,
  NoPermError,
  ShutdownError,
  TimedOutError,
  UnreachableError,
} from '@daos-nats/base';
import {
  ClosedConnectionError,
  DrainingConnectionError,
  InvalidArgumentError,
  InvalidSubjectError,
  PermissionViolationError,
  RequestError,
  TimeoutError,
} from '@nats-io/transport-node';

/**
 * Nobody subscribes to the subject: the replica or service is not running there. NATS answers
 * this at once (a 503 status), so the caller learns it without waiting for its deadline.
 * DER_UNREACH; the NATS error is the `cause`.
 */
export class NoResponderError extends UnreachableError {
  constructor(
    readonly subject: string,
    options?: { cause?: unknown },
  ) {
    super(`no responder on ${subject}`, options);
    this.name = 'NoResponderError';
  }
}

/**
 * Turn an error thrown by the NATS client during a request into a DaosError, keeping the original
 * as `cause`: no responders → NoResponderError (DER_UNREACH), timeout → TimedOutError
 * (DER_TIMEDOUT), permission violation → NoPermError, closed or draining connection →
 * ShutdownError, anything else → UnreachableError.
 */
export function fromNatsRequestError(err: unknown, subject: string, timeoutMs: number): DaosError {
  if (err instanceof DaosError) return err;
  if (err instanceof RequestError && err.isNoResponders()) return new NoResponderError(subject, { cause: err });
  const big = tooBig(err, subject);
  if (big) return big;
  if (err instanceof TimeoutError) return new TimedOutError(`no reply on ${subject} within ${timeoutMs} ms`, { cause: err });
  if (err instanceof RequestError && err.cause instanceof PermissionViolationError) {
    return new NoPermError(`not permitted to publish to ${subject}`, { cause: err });
  }
  if (err instanceof PermissionViolationError) return new NoPermError(`not permitted: ${err.message}`, { cause: err });
  if (err instanceof ClosedConnectionError || err instanceof DrainingConnectionError) {
    return new ShutdownError(`bus connection is closing; request to ${subject} not sent`, { cause: err });
  }
  const msg = err instanceof Error ? err.message : String(err);
  return new UnreachableError(`request to ${subject} failed: ${msg}`, { cause: err });
}

/** Turn an error thrown by a NATS publish into a DaosError (closed/draining → ShutdownError). */
export function fromNatsPublishError(err: unknown, subject: string): DaosError {
  if (err instanceof DaosError) return err;
  if (err instanceof ClosedConnectionError || err instanceof DrainingConnectionError) {
    return new ShutdownError(`bus connection is closing; message to ${subject} not sent`, { cause: err });
  }
  const big = tooBig(err, subject);
  if (big) return big;
  if (err instanceof InvalidSubjectError) return new InvalidError(`invalid subject ${JSON.stringify(subject)}`, { cause: err });
  const msg = err instanceof Error ? err.message : String(err);
  return new UnreachableError(`publish to ${subject} failed: ${msg}`, { cause: err });
}

/**
 * NATS refused a message larger than the server's max_payload: DER_REC2BIG, which no retry can
 * fix (the same bytes stay too big), rather than DER_UNREACH, which a caller would retry.
 */
function tooBig(err: unknown, subject: string): DaosError | undefined {
  if (!(err instanceof InvalidArgumentError) || !/max_payload/.test(err.message)) return undefined;
  return daosError(DER.REC2BIG, `message to ${subject} is larger than the NATS server's max_payload`, undefined, err);
}
