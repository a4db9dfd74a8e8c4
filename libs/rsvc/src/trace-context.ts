import { context, propagation, trace, type Context, type Link } from '@opentelemetry/api';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The active span's W3C traceparent as bytes (what rdb carries in a log entry), or undefined. */
export function activeTraceparent(): Uint8Array | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  const tp = carrier['traceparent'];
  return tp ? encoder.encode(tp) : undefined;
}

/** A span link to the span a log entry's traceparent names; undefined if absent or malformed. */
export function linkFromTraceparent(bytes: Uint8Array | undefined): Link | undefined {
  if (!bytes) return undefined;
  const ctx: Context = propagation.extract(context.active(), { traceparent: decoder.decode(bytes) });
  const sc = trace.getSpanContext(ctx);
  return sc && trace.isSpanContextValid(sc) ? { context: sc } : undefined;
}
