import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One span as a span file holds it (a JSON line; SpanFileExporter writes them). */
export interface SpanRecord {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId?: string;
  readonly name: string;
  /** OpenTelemetry SpanKind: 0 internal, 1 server, 2 client, 3 producer, 4 consumer. */
  readonly kind: number;
  readonly service: string;
  readonly instance?: string;
  readonly startMs: number;
  readonly durationMs: number;
  /** SpanStatusCode: 0 unset, 1 ok, 2 error. */
  readonly status: number;
  readonly statusMessage?: string;
  readonly attributes: Record<string, unknown>;
  readonly events: ReadonlyArray<{ readonly name: string; readonly timeMs: number; readonly attributes: Record<string, unknown> }>;
  readonly links: ReadonlyArray<{ readonly traceId: string; readonly spanId: string }>;
}

export interface SpanFileReadLimits {
  /** Bytes read from one span file at most (a file beyond it is read from its end). */
  readonly spanFileReadBytesMax: number;
}

export const DEFAULT_SPAN_FILE_READ_LIMITS: SpanFileReadLimits = { spanFileReadBytesMax: 64 * 1024 * 1024 };

function isRecord(x: unknown): x is SpanRecord {
  const r = x as SpanRecord;
  return typeof r === 'object' && r !== null && typeof r.traceId === 'string' && typeof r.spanId === 'string' && typeof r.name === 'string';
}

/**
 * The spans of trace `traceId` in every span file of `dir`, plus the spans that link to one of
 * them (a follower's `rdb apply` is a root of its own, linked to the commit that proposed it).
 * Lines that are not span records (a torn last line of a killed process) are skipped.
 */
export function readTrace(dir: string, traceId: string, limits: SpanFileReadLimits = DEFAULT_SPAN_FILE_READ_LIMITS): SpanRecord[] {
  const all: SpanRecord[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.jsonl') && !name.endsWith('.jsonl.old')) continue;
    let text = readFileSync(join(dir, name), 'utf8');
    if (text.length > limits.spanFileReadBytesMax) text = text.slice(text.length - limits.spanFileReadBytesMax);
    for (const line of text.split('\n')) {
      if (!line.includes(traceId)) continue; // cheap filter before parsing
      try {
        const r: unknown = JSON.parse(line);
        if (isRecord(r)) all.push(r);
      } catch {
        // a torn line: skipped
      }
    }
  }
  const inTrace = all.filter((s) => s.traceId === traceId);
  const linked = all.filter((s) => s.traceId !== traceId && s.links.some((l) => l.traceId === traceId));
  const seen = new Set<string>();
  return [...inTrace, ...linked].filter((s) => (seen.has(s.spanId) ? false : (seen.add(s.spanId), true))).sort((a, b) => a.startMs - b.startMs);
}
