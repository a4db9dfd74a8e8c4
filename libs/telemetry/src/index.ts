export { setupTelemetry, TRACER_NAME, type Telemetry, type TelemetryOptions } from './setup-telemetry.js';
export * from './messaging-spans.js';
export { createLogger, type Logger, type LoggerOptions } from './create-logger.js';
