import { existsSync } from 'node:fs';
import { NonexistError } from '@daos-nats/base';
import { readTrace, renderSpanTree } from '@daos-nats/telemetry';
import type { CommandOutput } from './output.js';
import { UsageError } from './usage-error.js';

const TRACE_ID = /^[0-9a-f]{32}$/;

/**
 * `dmg trace show <id>`: the span tree of one trace from the span files in `dir` (what the
 * services and CLIs of `npm start` write when no OTLP endpoint is set). `--json` gives the spans.
 */
export function showTrace(dir: string | undefined, traceId: string): CommandOutput {
  const id = traceId.trim().toLowerCase();
  if (!TRACE_ID.test(id)) throw new UsageError(`${JSON.stringify(traceId)} is not a trace id (32 hex digits, as --trace prints it)`);
  if (!dir || !existsSync(dir)) throw new NonexistError(`no span files at ${dir ?? '(no data dir)'}: spans are kept there only when OTEL_EXPORTER_OTLP_ENDPOINT is unset (else look in Jaeger)`);
  const spans = readTrace(dir, id);
  if (spans.length === 0) throw new NonexistError(`trace ${id}: no spans in ${dir} (services write theirs within a second)`);
  return { json: spans, text: renderSpanTree(spans, id).join('\n') };
}
