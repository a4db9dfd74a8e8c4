import { context, trace } from '@opentelemetry/api';
import { pino, type DestinationStream, type Logger, type LevelWithSilent } from 'pino';

export type { Logger };

export interface LoggerOptions {
  /** Stamped on every line as `service`. */
  readonly service: string;
  /** Default: $LOG_LEVEL, else "info". */
  readonly level?: LevelWithSilent;
  /** Where lines go (default stdout; CLIs pass pino.destination(2) to keep stdout for output). */
  readonly destination?: DestinationStream;
  /** Extra fields on every line (e.g. `{ rank: 3 }`). */
  readonly base?: Record<string, unknown>;
}

/**
 * A pino JSON logger whose every line inside an active span carries that span's `trace_id` and
 * `span_id`, so logs and traces join on the trace id. Use `log.child({ component })` per part.
 */
export function createLogger(opts: LoggerOptions): Logger {
  const level = opts.level ?? (process.env['LOG_LEVEL'] as LevelWithSilent | undefined) ?? 'info';
  return pino(
    {
      level,
      base: { service: opts.service, pid: process.pid, ...opts.base },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin() {
        const sc = trace.getSpan(context.active())?.spanContext();
        return sc && trace.isSpanContextValid(sc) ? { trace_id: sc.traceId, span_id: sc.spanId } : {};
      },
    },
    opts.destination,
  );
}
