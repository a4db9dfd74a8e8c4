import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { context, trace, SpanKind, SpanStatusCode, type Span } from '@opentelemetry/api';
import { resolveDataDir } from '@daos-nats/client';
import { setupTelemetry, TRACER_NAME, type Telemetry } from '@daos-nats/telemetry';
import type { GlobalOptions } from './cli-context.js';

/** How long a CLI waits for its spans to reach the collector before exiting anyway. */
export const CLI_TRACE_FLUSH_MS = 2_000;

/**
 * Where a CLI keeps its spans when no OTLP endpoint is set: $DAOS_NATS_SPAN_DIR, else the
 * `spans/` directory of the data dir when `npm start` made one (its services write there too), or
 * when `--trace` asks for a trace to be kept.
 */
export function cliSpanDir(g: GlobalOptions, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env['DAOS_NATS_SPAN_DIR']) return env['DAOS_NATS_SPAN_DIR'];
  const dir = join(resolveDataDir({ ...(g.dataDir ? { dataDir: g.dataDir } : {}), env }), 'spans');
  return g.trace || existsSync(dir) ? dir : undefined;
}

/**
 * One trace per CLI command: a root span around the whole command, so every attempt, redirect and
 * server span of it joins one trace. Telemetry is set up before parsing; the span files' directory
 * is resolved only at export, once the global options are known.
 */
export class CliTrace {
  private constructor(
    /** Undefined when the process had telemetry already (a test harness): its globals are used. */
    private readonly telemetry: Telemetry | undefined,
    readonly span: Span,
  ) {}

  static start(tool: string, globals: () => GlobalOptions): CliTrace {
    let telemetry: Telemetry | undefined;
    try {
      telemetry = setupTelemetry({ serviceName: tool, spanDir: () => cliSpanDir(globals()) });
    } catch {
      telemetry = undefined; // already set up in this process: record into what is there
    }
    const span = trace.getTracer(TRACER_NAME).startSpan(tool, { kind: SpanKind.INTERNAL, attributes: { 'cli.tool': tool } });
    return new CliTrace(telemetry, span);
  }

  /** The trace id when spans are recorded; undefined when nothing exports them. */
  get traceId(): string | undefined {
    return this.span.isRecording() ? this.span.spanContext().traceId : undefined;
  }

  /** Run `fn` inside the command's span. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    return context.with(trace.setSpan(context.active(), this.span), fn);
  }

  /** End the span with the command's outcome, export, and unregister (bounded by CLI_TRACE_FLUSH_MS). */
  async end(exitCode: number, error?: string): Promise<void> {
    this.span.setAttribute('process.exit.code', exitCode);
    if (error) this.span.setStatus({ code: SpanStatusCode.ERROR, message: error });
    this.span.end();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((r) => (timer = setTimeout(r, CLI_TRACE_FLUSH_MS)));
    try {
      if (this.telemetry) await Promise.race([this.telemetry.shutdown(), late]);
    } catch {
      // A collector that is down must not change a command's outcome.
    } finally {
      clearTimeout(timer);
    }
  }
}
