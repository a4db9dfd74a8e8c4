import { DaosError, NotLeaderError, type LeaderHint } from '@daos-nats/base';
import { NO_REPLY_CODES, type AttemptOutcome } from './outcome.js';

/**
 * Turn what a requester threw into an outcome for the leader search, or `undefined` for a
 * failure that is not a DAOS answer at all (a bug, a programming error): those go back to the
 * caller untouched, never retried.
 */
export type ErrorClassifier = (err: unknown) => AttemptOutcome | undefined;

/**
 * The contract with transports (libs/bus): a transport failure is thrown as the DaosError of its
 * kind (TimedOutError, UnreachableError, ...: the codes in NO_REPLY_CODES); a replica's error
 * answer is thrown as `daosError(code, message, hint)`, so NOTLEADER carries its hint.
 */
export const classifyError: ErrorClassifier = (err) => {
  if (!(err instanceof DaosError)) return undefined;
  if (NO_REPLY_CODES.has(err.code)) return { kind: 'noReply', code: err.code };
  const hint = hintOf(err);
  return hint === undefined ? { kind: 'error', code: err.code } : { kind: 'error', code: err.code, hint };
};

function hintOf(err: DaosError): LeaderHint | undefined {
  if (err instanceof NotLeaderError) return err.hint;
  // Other error classes may carry the leader's hint too (DAOS sets it on every reply).
  const h = (err as { hint?: unknown }).hint;
  if (typeof h !== 'object' || h === null) return undefined;
  const { rank, term } = h as { rank?: unknown; term?: unknown };
  return typeof rank === 'number' && typeof term === 'number' ? { rank, term } : undefined;
}
