import { SpanStatusCode, type Span } from '@opentelemetry/api';
import { DER, derName } from '@daos-nats/base';
import type { AttemptOutcome, SearchDecision } from './outcome.js';

/** Span attribute and event names, in one place so dashboards and tests agree. */
export const ATTR = {
  service: 'daos.service',
  rank: 'daos.rank',
  attempt: 'rpc.attempt',
  attempts: 'rpc.attempts',
  outcome: 'daos.outcome',
  der: 'daos.der',
  derCode: 'daos.der_code',
  hintRank: 'daos.hint.rank',
  hintTerm: 'daos.hint.term',
  decision: 'daos.search.decision',
  backoffMs: 'daos.backoff_ms',
  replicas: 'daos.replicas',
} as const;

export const EVENT = {
  redirect: 'leader-redirect',
  replicaDropped: 'replica-dropped',
  refreshed: 'replicas-refreshed',
} as const;

const OUTCOME_NAME = { ok: 'ok', error: 'error', noReply: 'no_reply' } as const;

/**
 * Record on the attempt span (and the redirect on the operation span too, so the whole chain of
 * redirects reads off the root) what one attempt came back with.
 */
export function recordAttempt(
  span: Span,
  opSpan: Span,
  from: number,
  outcome: AttemptOutcome,
  decision: SearchDecision,
  err: unknown,
): void {
  span.setAttribute(ATTR.outcome, OUTCOME_NAME[outcome.kind]);
  span.setAttribute(ATTR.decision, decision);
  if (outcome.kind !== 'ok') {
    span.setAttribute(ATTR.der, derName(outcome.code));
    span.setAttribute(ATTR.derCode, outcome.code);
    span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : derName(outcome.code) });
    if (err instanceof Error) span.recordException(err);
  }
  const hint = outcome.kind === 'noReply' ? undefined : outcome.hint;
  if (hint !== undefined) {
    span.setAttribute(ATTR.hintRank, hint.rank);
    span.setAttribute(ATTR.hintTerm, hint.term);
    if (outcome.kind === 'error' && hint.rank !== from) {
      const attrs = { 'daos.from_rank': from, 'daos.to_rank': hint.rank, 'daos.term': hint.term };
      span.addEvent(EVENT.redirect, attrs);
      opSpan.addEvent(EVENT.redirect, attrs);
    }
  }
  if (outcome.kind === 'error' && hint === undefined) {
    const attrs = { 'daos.from_rank': from, [ATTR.der]: derName(outcome.code) };
    // A dropped replica, or a redirect to "somebody else, unknown": the search goes on round robin.
    if (outcome.code === DER.NOTREPLICA) opSpan.addEvent(EVENT.replicaDropped, attrs);
    else if (outcome.code === DER.NOTLEADER) opSpan.addEvent(EVENT.redirect, attrs);
  }
}
