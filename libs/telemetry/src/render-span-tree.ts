import type { SpanRecord } from './span-record.js';

const KIND = ['internal', 'server', 'client', 'producer', 'consumer'];

/** What a span's line says besides its name: where it ran, and the DAOS outcome and redirect hints. */
function details(s: SpanRecord): string {
  const a = s.attributes;
  const parts = [`${s.service}${s.instance ? `/${s.instance}` : ''}`, KIND[s.kind] ?? String(s.kind)];
  if (a['daos.rank'] !== undefined) parts.push(`rank ${String(a['daos.rank'])}`);
  if (a['rpc.attempt'] !== undefined) parts.push(`attempt ${String(a['rpc.attempt'])}`);
  if (a['daos.der'] !== undefined) parts.push(String(a['daos.der']));
  if (a['daos.hint.rank'] !== undefined && a['daos.outcome'] === 'error') parts.push(`→ leader hint rank ${String(a['daos.hint.rank'])} term ${String(a['daos.hint.term'])}`);
  if (a['rdb.index'] !== undefined) parts.push(`index ${String(a['rdb.index'])}`);
  if (s.status === 2 && a['daos.der'] === undefined) parts.push(`error: ${s.statusMessage ?? ''}`);
  return parts.join(', ');
}

/**
 * The span tree of one trace as terminal lines: each span with its duration and offset from the
 * trace's start, children indented under their parent, redirect hints inline, and spans linked to
 * the trace (follower applies) drawn under the span they link to, marked `~>`.
 */
export function renderSpanTree(spans: readonly SpanRecord[], traceId: string): string[] {
  const inTrace = spans.filter((s) => s.traceId === traceId);
  if (inTrace.length === 0) return [`trace ${traceId}: no spans found`];
  const t0 = Math.min(...inTrace.map((s) => s.startMs));
  const ids = new Set(inTrace.map((s) => s.spanId));
  const children = new Map<string, SpanRecord[]>();
  const roots: SpanRecord[] = [];
  for (const s of spans) {
    const parent = s.traceId === traceId ? s.parentSpanId : s.links.find((l) => l.traceId === traceId && ids.has(l.spanId))?.spanId;
    if (parent && ids.has(parent)) children.set(parent, [...(children.get(parent) ?? []), s]);
    else if (s.traceId === traceId) roots.push(s);
  }
  const out = [`trace ${traceId}: ${inTrace.length} spans${spans.length > inTrace.length ? ` + ${spans.length - inTrace.length} linked` : ''}, ${roots.length} root${roots.length === 1 ? '' : 's'}`];
  const draw = (s: SpanRecord, indent: string, last: boolean, top: boolean): void => {
    const linked = s.traceId !== traceId;
    const branch = top ? '' : `${indent}${last ? '└─' : '├─'}${linked ? '~> ' : ' '}`;
    const at = (s.startMs - t0).toFixed(1);
    out.push(`${branch}${s.name}  ${s.durationMs.toFixed(1)} ms @+${at} ms  (${details(s)})`);
    for (const e of s.events) if (e.name === 'leader-redirect') out.push(`${top ? '' : `${indent}${last ? '  ' : '│ '}`}   ! redirect: ${JSON.stringify(e.attributes)}`);
    const kids = (children.get(s.spanId) ?? []).sort((a, b) => a.startMs - b.startMs);
    kids.forEach((k, i) => draw(k, top ? '' : `${indent}${last ? '  ' : '│ '}`, i === kids.length - 1, false));
  };
  for (const r of roots.sort((a, b) => a.startMs - b.startMs)) draw(r, '', true, true);
  return out;
}
