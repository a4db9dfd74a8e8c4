import { context, propagation, trace, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  InMemorySpanExporter,
  NodeTracerProvider,
  SimpleSpanProcessor,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-node';
import { SpanFileExporter } from './span-file-exporter.js';
import { ATTR_SERVICE_INSTANCE_ID, ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';

export interface TelemetryOptions {
  /** `service.name` of every span (e.g. "pool-service"). */
  readonly serviceName: string;
  /** `service.instance.id`, e.g. the rank or the process's replica name. */
  readonly serviceInstanceId?: string;
  readonly serviceVersion?: string;
  /**
   * Where spans go. `auto` (default): OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT (or
   * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set, else span files when `spanDir` (or
   * $DAOS_NATS_SPAN_DIR) is given, nowhere otherwise. `memory`: an in-memory exporter for tests,
   * returned as `memoryExporter`. `file`: span files in `spanDir`. `none`: no spans are recorded.
   */
  readonly export?: 'auto' | 'otlp' | 'memory' | 'file' | 'none';
  /** More span processors (e.g. ServiceMetrics's): spans are then recorded even when none is exported. */
  readonly spanProcessors?: readonly SpanProcessor[];
  /** Directory of span files (SpanFileExporter); a function is asked at each export. */
  readonly spanDir?: string | (() => string | undefined);
  /** The environment to read OTEL_* from (default process.env). */
  readonly env?: NodeJS.ProcessEnv;
}

export interface Telemetry {
  readonly tracer: Tracer;
  /** Set only with `export: 'memory'`; read it before shutdown(), which clears it. */
  readonly memoryExporter?: InMemorySpanExporter;
  /** Which exporter is in use. */
  readonly exporting: 'otlp' | 'memory' | 'file' | 'none';
  /** Export everything ended so far. */
  forceFlush(): Promise<void>;
  /** Flush, stop exporting and unregister the globals (a later setupTelemetry may register again). */
  shutdown(): Promise<void>;
}

/** How long ended spans wait before they are appended to a span file. */
export const SPAN_FILE_EXPORT_DELAY_MS = 200;

/** `auto`: OTLP when an endpoint is configured, else span files when a directory is, else nothing. */
function autoExport(env: NodeJS.ProcessEnv, spanDir: TelemetryOptions['spanDir']): 'otlp' | 'file' | 'none' {
  if (env['OTEL_EXPORTER_OTLP_ENDPOINT'] || env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT']) return 'otlp';
  return spanDir ? 'file' : 'none';
}

/** The instrumentation scope name of our own spans. */
export const TRACER_NAME = '@daos-nats';

/**
 * Register the process-wide OpenTelemetry globals: the async-local context manager and the W3C
 * trace-context + baggage propagator always (so context flows through a process even when it
 * exports nothing), and a tracer provider when spans are to be exported. Call once per process,
 * in main.ts or at the top of a test file.
 */
/** Whether a setupTelemetry is in force (not yet shut down): one per process at a time. */
let registered = false;

export function setupTelemetry(opts: TelemetryOptions): Telemetry {
  const env = opts.env ?? process.env;
  const mode = opts.export ?? 'auto';
  const spanDir = opts.spanDir ?? (env['DAOS_NATS_SPAN_DIR'] || undefined);
  const exporting = mode === 'auto' ? autoExport(env, spanDir) : mode;

  if (registered) throw new Error('setupTelemetry: a global context manager is already registered (call shutdown() first)');
  // No exporter, no context manager: Node 20's AsyncLocalStorage (what the context manager is)
  // turns on promise hooks for the whole process, measured 2-4x slower on promise-heavy code (the
  // request path), to carry spans nobody records. What a non-exporting process gives up: passing
  // a caller's trace id on to the calls it makes, and trace ids in its own log lines.
  if (exporting !== 'none') {
    const contextManager = new AsyncLocalStorageContextManager().enable();
    if (!context.setGlobalContextManager(contextManager)) {
      contextManager.disable();
      throw new Error('setupTelemetry: a global context manager is already registered (call shutdown() first)');
    }
  }
  registered = true;
  propagation.setGlobalPropagator(
    new CompositePropagator({ propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()] }),
  );

  let memoryExporter: InMemorySpanExporter | undefined;
  let provider: NodeTracerProvider | undefined;
  const extra = opts.spanProcessors ?? [];
  if (exporting !== 'none' || extra.length > 0) {
    let processor: SpanProcessor | undefined;
    if (exporting === 'memory') {
      memoryExporter = new InMemorySpanExporter();
      // Simple: spans are readable synchronously after end(), which tests rely on.
      processor = new SimpleSpanProcessor(memoryExporter);
    } else if (exporting === 'file') {
      if (!spanDir) throw new Error('setupTelemetry: export "file" needs spanDir (or $DAOS_NATS_SPAN_DIR)');
      const exporter = new SpanFileExporter({ dir: spanDir, stem: opts.serviceInstanceId ? `${opts.serviceName}-${opts.serviceInstanceId}` : opts.serviceName });
      // A local file is cheap to append to: export often, so `dmg trace show` right after a command sees it.
      processor = new BatchSpanProcessor(exporter, { scheduledDelayMillis: SPAN_FILE_EXPORT_DELAY_MS });
    } else if (exporting === 'otlp') {
      // The exporter reads OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT and _HEADERS itself.
      processor = new BatchSpanProcessor(new OTLPTraceExporter());
    }
    provider = new NodeTracerProvider({
      resource: resourceFromAttributes({
        [ATTR_SERVICE_NAME]: opts.serviceName,
        ...(opts.serviceInstanceId ? { [ATTR_SERVICE_INSTANCE_ID]: opts.serviceInstanceId } : {}),
        ...(opts.serviceVersion ? { [ATTR_SERVICE_VERSION]: opts.serviceVersion } : {}),
      }),
      spanProcessors: [...(processor ? [processor] : []), ...extra],
    });
    trace.setGlobalTracerProvider(provider);
  }

  let down = false;
  return {
    tracer: trace.getTracer(TRACER_NAME),
    ...(memoryExporter ? { memoryExporter } : {}),
    exporting,
    async forceFlush() {
      await provider?.forceFlush();
    },
    async shutdown() {
      if (down) return;
      down = true;
      try {
        await provider?.shutdown();
      } finally {
        trace.disable();
        propagation.disable();
        context.disable();
        registered = false;
      }
    },
  };
}
