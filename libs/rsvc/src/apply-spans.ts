import { ROOT_CONTEXT, SpanKind, type Tracer } from '@opentelemetry/api';
import type { AppliedBatch } from '@daos-nats/rdb';
import { linkFromTraceparent } from './trace-context.js';

/**
 * One `rdb apply` span per applied transaction that carries a trace context, on every replica:
 * a root span of its own (applying is not part of the request's latency on a follower) linked
 * to the span that proposed it, so a trace viewer leads from the request to each replica's apply.
 */
export function recordApplySpans(tracer: Tracer, attrs: { service: string; group: string; rank: number }, batch: AppliedBatch): void {
  for (const r of batch.results) {
    const link = linkFromTraceparent(r.tx?.traceContext);
    if (!link) continue;
    const span = tracer.startSpan(
      'rdb apply',
      {
        kind: SpanKind.INTERNAL,
        startTime: batch.startMs,
        links: [link],
        attributes: { 'daos.service': attrs.service, 'daos.group': attrs.group, 'daos.rank': attrs.rank, 'rdb.index': r.index, 'rdb.term': r.term, 'daos.status': r.error?.code ?? 0 },
      },
      ROOT_CONTEXT,
    );
    span.end(batch.endMs);
  }
}
