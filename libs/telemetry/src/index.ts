export { setupTelemetry, TRACER_NAME, type Telemetry, type TelemetryOptions } from './setup-telemetry.js';
export * from './messaging-spans.js';
export { createLogger, type Logger, type LoggerOptions } from './create-logger.js';
export { SpanFileExporter, SpanFileWriteError, spanRecord, DEFAULT_SPAN_FILE_BYTES_MAX, type SpanFileExporterOptions } from './span-file-exporter.js';
export { readTrace, DEFAULT_SPAN_FILE_READ_LIMITS, type SpanRecord, type SpanFileReadLimits } from './span-record.js';
export { renderSpanTree } from './render-span-tree.js';
export { ServiceMetrics, DEFAULT_LEADER_POLL_MS, type GroupGauge, type ServiceMetricsOptions } from './service-metrics.js';
