import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ExportResultCode, hrTimeToMilliseconds, type ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_INSTANCE_ID, ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { SpanRecord } from './span-record.js';

export interface SpanFileExporterOptions {
  /** Directory of span files; resolved at each export (a CLI learns its data dir after parsing). */
  readonly dir: string | (() => string | undefined);
  /** File name stem, e.g. "pool-service-3"; the pid is appended so processes never share a file. */
  readonly stem: string;
  /** When the file grows past this, it is renamed to `<name>.old` (one kept) and a new one begun. */
  readonly spanFileBytesMax?: number;
}

export const DEFAULT_SPAN_FILE_BYTES_MAX = 16 * 1024 * 1024;

/** Thrown (as the export result's error) when spans could not be written. */
export class SpanFileWriteError extends Error {
  override name = 'SpanFileWriteError';
}

/** One exported span as a plain JSON-able record (the line format of a span file). */
export function spanRecord(s: ReadableSpan): SpanRecord {
  const res = s.resource.attributes;
  return {
    traceId: s.spanContext().traceId,
    spanId: s.spanContext().spanId,
    ...(s.parentSpanContext?.spanId ? { parentSpanId: s.parentSpanContext.spanId } : {}),
    name: s.name,
    kind: s.kind,
    service: String(res[ATTR_SERVICE_NAME] ?? 'unknown'),
    ...(res[ATTR_SERVICE_INSTANCE_ID] !== undefined ? { instance: String(res[ATTR_SERVICE_INSTANCE_ID]) } : {}),
    startMs: hrTimeToMilliseconds(s.startTime),
    durationMs: hrTimeToMilliseconds(s.duration),
    status: s.status.code,
    ...(s.status.message ? { statusMessage: s.status.message } : {}),
    attributes: { ...s.attributes },
    events: s.events.map((e) => ({ name: e.name, timeMs: hrTimeToMilliseconds(e.time), attributes: { ...(e.attributes ?? {}) } })),
    links: s.links.map((l) => ({ traceId: l.context.traceId, spanId: l.context.spanId })),
  };
}

/**
 * Writes spans as JSON lines to `<dir>/<stem>-<pid>.jsonl`, one file per process (no two writers
 * interleave), bounded by `spanFileBytesMax` with one rotated `.old` file: where spans go when no
 * OTLP collector is configured, so `dmg trace show` can draw a trace without Jaeger.
 */
export class SpanFileExporter implements SpanExporter {
  private readonly bytesMax: number;
  private written = -1;

  constructor(private readonly o: SpanFileExporterOptions) {
    this.bytesMax = o.spanFileBytesMax ?? DEFAULT_SPAN_FILE_BYTES_MAX;
  }

  /** The file this process writes, or undefined while no directory is known. */
  get file(): string | undefined {
    const dir = typeof this.o.dir === 'function' ? this.o.dir() : this.o.dir;
    return dir ? join(dir, `${this.o.stem}-${process.pid}.jsonl`) : undefined;
  }

  export(spans: ReadableSpan[], done: (r: ExportResult) => void): void {
    const file = this.file;
    if (!file || spans.length === 0) return done({ code: ExportResultCode.SUCCESS }); // nowhere to keep them: dropped
    try {
      const text = spans.map((s) => JSON.stringify(spanRecord(s))).join('\n') + '\n';
      this.rotateIfFull(file, Buffer.byteLength(text));
      appendFileSync(file, text, { mode: 0o600 });
      this.written += Buffer.byteLength(text);
      done({ code: ExportResultCode.SUCCESS });
    } catch (err) {
      done({ code: ExportResultCode.FAILED, error: new SpanFileWriteError(`could not write spans to ${file}`, { cause: err }) });
    }
  }

  private rotateIfFull(file: string, adding: number): void {
    if (this.written < 0) {
      mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
      try {
        this.written = statSync(file).size;
      } catch {
        this.written = 0;
      }
    }
    if (this.written + adding <= this.bytesMax) return;
    renameSync(file, `${file}.old`);
    this.written = 0;
  }

  async shutdown(): Promise<void> {}

  async forceFlush(): Promise<void> {}
}
