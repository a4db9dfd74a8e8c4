import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { readTrace, renderSpanTree, setupTelemetry, SpanFileExporter, type SpanRecord } from './index.js';

test('span files: a trace with a child, an error attempt and a linked root is read back and drawn', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'spans-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const tel = setupTelemetry({ serviceName: 'svc', serviceInstanceId: '7', export: 'file', spanDir: dir });
  assert.equal(tel.exporting, 'file');
  let traceId = '';
  await tel.tracer.startActiveSpan('dmg pool create', async (root) => {
    traceId = root.spanContext().traceId;
    const attempt = tel.tracer.startSpan('send pool.create', { kind: SpanKind.CLIENT, attributes: { 'daos.rank': 1, 'daos.der': 'DER_NOTLEADER', 'daos.outcome': 'error', 'daos.hint.rank': 2, 'daos.hint.term': 3 } });
    attempt.addEvent('leader-redirect', { 'daos.hint.rank': 2 });
    attempt.setStatus({ code: SpanStatusCode.ERROR, message: 'not leader' });
    attempt.end();
    const linked = tel.tracer.startSpan('rdb apply', { links: [{ context: root.spanContext() }], attributes: { 'daos.rank': 2 } }, ROOT_CONTEXT);
    linked.end();
    root.end();
  });
  tel.tracer.startSpan('unrelated').end();
  await tel.shutdown();

  writeFileSync(join(dir, 'torn-1.jsonl'), `{"traceId":"${traceId}","spanId":`); // a killed writer's last line
  const spans = readTrace(dir, traceId);
  assert.deepEqual(spans.map((s: SpanRecord) => s.name).sort(), ['dmg pool create', 'rdb apply', 'send pool.create']);
  const root = spans.find((s) => s.name === 'dmg pool create')!;
  assert.equal(root.service, 'svc');
  assert.equal(root.instance, '7');
  assert.equal(spans.find((s) => s.name === 'send pool.create')!.parentSpanId, root.spanId);

  const lines = renderSpanTree(spans, traceId);
  assert.match(lines[0]!, /: 2 spans \+ 1 linked, 1 root$/);
  assert.match(lines.join('\n'), /├─ send pool\.create {2}[\d.]+ ms @\+[\d.]+ ms {2}\(svc\/7, client, rank 1, DER_NOTLEADER, → leader hint rank 2 term 3\)/);
  assert.match(lines.join('\n'), /! redirect: \{"daos.hint.rank":2\}/);
  assert.match(lines.join('\n'), /└─~> rdb apply/);
  assert.deepEqual(renderSpanTree([], 'f'.repeat(32)), [`trace ${'f'.repeat(32)}: no spans found`]);
});

test('a span file past spanFileBytesMax is rotated to .old, and without a directory spans are dropped', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'spans-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const tel = setupTelemetry({ serviceName: 'rot', export: 'memory' });
  for (let i = 0; i < 20; i++) tel.tracer.startSpan(`span-${i}`, { attributes: { pad: 'x'.repeat(200) } }).end();
  const spans = tel.memoryExporter!.getFinishedSpans();
  await tel.shutdown();

  const ex = new SpanFileExporter({ dir, stem: 'rot', spanFileBytesMax: 2_000 });
  const results: number[] = [];
  for (const s of spans) ex.export([s], (r) => results.push(r.code));
  assert.ok(results.every((c) => c === 0));
  const files = readdirSync(dir).sort();
  assert.deepEqual(files, [`rot-${process.pid}.jsonl`, `rot-${process.pid}.jsonl.old`]);
  for (const f of files) assert.ok(statSync(join(dir, f)).size <= 2_000, `${f} within the bound`);

  const nowhere = new SpanFileExporter({ dir: () => undefined, stem: 'x' });
  let code = -1;
  nowhere.export(spans.slice(0, 1), (r) => (code = r.code));
  assert.equal(code, 0);
  assert.equal(nowhere.file, undefined);
});
