import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { Writable } from 'node:stream';
import { context, createContextKey, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { createLogger, messagingSpan, recordFailure, setupTelemetry } from './index.js';

function lines(): { stream: Writable; out: Record<string, unknown>[] } {
  const out: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const l of chunk.toString('utf8').split('\n')) if (l) out.push(JSON.parse(l) as Record<string, unknown>);
      cb();
    },
  });
  return { stream, out };
}

test('the in-memory exporter sees a child span parented by its active parent, with the service resource', async () => {
  const tel = setupTelemetry({ serviceName: 'test-svc', serviceInstanceId: 'rank-1', export: 'memory' });
  try {
    assert.equal(tel.exporting, 'memory');
    await tel.tracer.startActiveSpan('op', async (parent) => {
      const s = messagingSpan({ role: 'client', destination: 'daos.sys.pool.p1.0.req', destinationTemplate: 'daos.{system}.pool.{group}.{rank}.req', operationName: 'pool.create', bodySizeBytes: 12 });
      const child = tel.tracer.startSpan(s.name, { kind: s.kind, attributes: s.attributes });
      recordFailure(child, Object.assign(new Error('boom'), { name: 'NotLeaderError' }), 'DER_NOTLEADER');
      child.end();
      parent.end();
    });
    const spans = tel.memoryExporter!.getFinishedSpans();
    assert.equal(spans.length, 2);
    const [child, parent] = spans;
    assert.equal(child!.name, 'send daos.{system}.pool.{group}.{rank}.req');
    assert.equal(child!.kind, SpanKind.CLIENT);
    assert.equal(child!.parentSpanContext?.spanId, parent!.spanContext().spanId);
    assert.equal(child!.spanContext().traceId, parent!.spanContext().traceId);
    assert.equal(child!.attributes['messaging.system'], 'nats');
    assert.equal(child!.attributes['messaging.system.name'], 'nats');
    assert.equal(child!.attributes['messaging.destination.name'], 'daos.sys.pool.p1.0.req');
    assert.equal(child!.attributes['messaging.operation.type'], 'send');
    assert.equal(child!.attributes['messaging.operation.name'], 'pool.create');
    assert.equal(child!.attributes['messaging.message.body.size'], 12);
    assert.equal(child!.attributes['error.type'], 'DER_NOTLEADER');
    assert.equal(child!.status.code, SpanStatusCode.ERROR);
    assert.equal(child!.events[0]?.name, 'exception');
    assert.equal(child!.resource.attributes['service.name'], 'test-svc');
    assert.equal(child!.resource.attributes['service.instance.id'], 'rank-1');

    // W3C propagation is registered: inject writes a traceparent naming the active span.
    const carrier: Record<string, string> = {};
    const span = tel.tracer.startSpan('x');
    propagation.inject(trace.setSpan(context.active(), span), carrier);
    assert.match(carrier['traceparent']!, new RegExp(`^00-${span.spanContext().traceId}-${span.spanContext().spanId}-01$`));
    span.end();
  } finally {
    await tel.shutdown();
  }
});

test('the logger stamps trace_id and span_id inside a span and nothing outside', async () => {
  const tel = setupTelemetry({ serviceName: 'log-svc', export: 'memory' });
  try {
    const { stream, out } = lines();
    const log = createLogger({ service: 'log-svc', destination: stream, base: { rank: 2 } });
    log.info('outside');
    let ids = { traceId: '', spanId: '' };
    tel.tracer.startActiveSpan('work', (span) => {
      ids = span.spanContext();
      log.child({ component: 'raft' }).warn({ term: 3 }, 'inside');
      span.end();
    });
    await new Promise((r) => setImmediate(r));
    assert.equal(out.length, 2);
    assert.equal(out[0]!['msg'], 'outside');
    assert.equal(out[0]!['trace_id'], undefined);
    assert.equal(out[0]!['service'], 'log-svc');
    assert.equal(out[0]!['rank'], 2);
    assert.equal(out[1]!['trace_id'], ids.traceId);
    assert.equal(out[1]!['span_id'], ids.spanId);
    assert.equal(out[1]!['component'], 'raft');
    assert.equal(out[1]!['term'], 3);
  } finally {
    await tel.shutdown();
  }
});

test('auto mode exports nothing without an endpoint, and OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT when set', async () => {
  const none = setupTelemetry({ serviceName: 'quiet', env: {} });
  assert.equal(none.exporting, 'none');
  assert.equal(none.tracer.startSpan('x').isRecording(), false);
  // Nor any context manager (no process-wide promise hooks): a context set with `with` is not kept.
  const key = createContextKey('k');
  assert.equal(context.with(ROOT_CONTEXT.setValue(key, 1), () => context.active().getValue(key)), undefined);
  await none.shutdown();

  const posts: { url: string; bytes: number }[] = [];
  const collector = createServer((req, res) => {
    let bytes = 0;
    req.on('data', (b: Buffer) => (bytes += b.length));
    req.on('end', () => {
      posts.push({ url: req.url ?? '', bytes });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => collector.listen(0, '127.0.0.1', r));
  const port = (collector.address() as { port: number }).port;
  const saved = process.env['OTEL_EXPORTER_OTLP_ENDPOINT'];
  process.env['OTEL_EXPORTER_OTLP_ENDPOINT'] = `http://127.0.0.1:${port}`;
  try {
    const tel = setupTelemetry({ serviceName: 'exporting' });
    assert.equal(tel.exporting, 'otlp');
    tel.tracer.startSpan('shipped').end();
    await tel.shutdown(); // flushes
    assert.equal(posts.length, 1);
    assert.equal(posts[0]!.url, '/v1/traces');
    assert.ok(posts[0]!.bytes > 0);
  } finally {
    if (saved === undefined) delete process.env['OTEL_EXPORTER_OTLP_ENDPOINT'];
    else process.env['OTEL_EXPORTER_OTLP_ENDPOINT'] = saved;
    collector.close();
  }
});

test('registering twice without shutdown is refused', async () => {
  const a = setupTelemetry({ serviceName: 'a', export: 'none' });
  try {
    assert.throws(() => setupTelemetry({ serviceName: 'b', export: 'none' }), /already registered/);
  } finally {
    await a.shutdown();
  }
});
