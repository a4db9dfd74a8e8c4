import { DER, type LeaderHint } from '@daos-nats/base';

/**
 * What one request to one replica came back with, as the leader search needs to see it.
 * DAOS keeps the transport's rc (`rc_crt`) apart from the service's rc (`rc_svc`); so do we:
 * `noReply` is the transport's verdict, `ok` and `error` are the service's.
 */
export type AttemptOutcome =
  /** The replica answered with success; a leader attaches its own hint. */
  | { readonly kind: 'ok'; readonly hint?: LeaderHint }
  /** The replica answered with a DER error (NOTLEADER, NOTREPLICA, NONEXIST, ...), maybe with a hint. */
  | { readonly kind: 'error'; readonly code: number; readonly hint?: LeaderHint }
  /** No answer came back: timeout, unreachable, out of group, ... (`code` says which). */
  | { readonly kind: 'noReply'; readonly code: number };

/** What the caller should do after `complete()`: use this answer, or choose a replica again. */
export type SearchDecision = 'proceed' | 'rechoose';

/**
 * DER codes that mean "nothing came back from the replica" when a requester throws them: the
 * transport's failures, which DAOS reports as `rc_crt`. A replica does not answer with these.
 */
export const NO_REPLY_CODES: ReadonlySet<number> = new Set<number>([
  DER.TIMEDOUT,
  DER.UNREACH,
  DER.HG,
  DER.HG_FATAL,
  DER.NOREPLY,
  DER.OOG,
  DER.UNREG,
  DER.CANCELED,
]);

/**
 * Errors worth another attempt, possibly on another replica (DAOS `daos_rpc_retryable_rc` plus the
 * two leader-search codes). Every other error is the answer and goes back to the caller at once.
 */
export const RETRYABLE_CODES: ReadonlySet<number> = new Set<number>([
  DER.NOTLEADER,
  DER.NOTREPLICA,
  DER.HG,
  DER.UNREACH,
  DER.CANCELED,
  DER.NOREPLY,
  DER.OOG,
  DER.TIMEDOUT,
  DER.GRPVER,
  DER.EXCLUDED,
]);

export function isRetryable(outcome: AttemptOutcome): boolean {
  switch (outcome.kind) {
    case 'ok':
      return false;
    case 'error':
    case 'noReply':
      return RETRYABLE_CODES.has(outcome.code);
  }
}
