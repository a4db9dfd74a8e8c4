import { test } from 'node:test';
import assert from 'node:assert/strict';
import { context, propagation, trace, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { NonexistError, NotLeaderError, SeededRng, UnreachableError } from '@daos-nats/base';
import { RSVC_SPAN_ATTR as A, RSVC_SPAN_EVENT as E } from './index.js';
import { RsvcClient } from './rsvc-client.js';
import { VirtualTimers } from './virtual-timers.js';

// node:test runs each file in its own process: registering the globals once here is safe.
const exporter = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
provider.register({ contextManager: new AsyncLocalStorageContextManager().enable() });

const parentOf = (s: ReadableSpan): string | undefined => s.parentSpanContext?.spanId;

function setup(ranks: number[], seed: number) {
  exporter.reset();
  const vt = new VirtualTimers();
  const c = new RsvcClient({ service: 'pool p1', ranks, rng: new SeededRng(seed), clock: vt, sleep: vt.sleep });
  return { c, vt };
}

test('one INTERNAL span per call, one CLIENT span per attempt under it, with the redirect recorded', async () => {
  // Find a seed whose random start is a follower, so the trace must show a redirect.
  const seed = [...Array(50).keys()].find((s) => new RsvcClient({ service: 'x', ranks: [1, 2, 3], rng: new SeededRng(s) }).search.choose() !== 3)!;
  const { c, vt } = setup([1, 2, 3], seed);
  const activeInRequester: (string | undefined)[] = [];
  const headers: Record<string, string>[] = [];
  const given: (string | undefined)[] = [];
  const reply = await vt.drive(
    c.call('pool.query', async (rank, attempt) => {
      activeInRequester.push(trace.getActiveSpan()?.spanContext().spanId);
      given.push(trace.getSpan(attempt.traceContext)?.spanContext().spanId);
      const carrier: Record<string, string> = {};
      propagation.inject(context.active(), carrier);
      headers.push(carrier);
      if (rank !== 3) throw new NotLeaderError({ rank: 3, term: 7 }, 'not leader; try rank 3');
      return 'ok';
    }),
  );
  assert.equal(reply, 'ok');

  const spans = exporter.getFinishedSpans();
  const op = spans.find((s) => s.name === 'pool.query')!;
  const attempts = spans.filter((s) => s.name === 'send pool.query');
  assert.equal(spans.length, 3, 'operation + 2 attempts');
  assert.equal(op.kind, SpanKind.INTERNAL);
  assert.equal(op.attributes[A.service], 'pool p1');
  assert.equal(op.attributes[A.attempts], 2);
  assert.equal(op.status.code, SpanStatusCode.UNSET);
  assert.equal(parentOf(op), undefined, 'the operation is the root here');

  const [first, second] = attempts.sort((a, b) => Number(a.attributes[A.attempt]) - Number(b.attributes[A.attempt]));
  for (const s of [first!, second!]) {
    assert.equal(s.kind, SpanKind.CLIENT);
    assert.equal(parentOf(s), op.spanContext().spanId, 'each attempt is a child of the operation');
    assert.equal(s.spanContext().traceId, op.spanContext().traceId);
  }
  assert.equal(first!.attributes[A.attempt], 1);
  assert.notEqual(first!.attributes[A.rank], 3);
  assert.equal(first!.attributes[A.outcome], 'error');
  assert.equal(first!.attributes[A.der], 'DER_NOTLEADER');
  assert.equal(first!.attributes[A.derCode], -2008);
  assert.equal(first!.attributes[A.hintRank], 3);
  assert.equal(first!.attributes[A.hintTerm], 7);
  assert.equal(first!.attributes[A.decision], 'rechoose');
  assert.equal(first!.status.code, SpanStatusCode.ERROR);
  assert.match(first!.status.message ?? '', /try rank 3/);
  assert.deepEqual(first!.events.map((e) => e.name).filter((n) => n === E.redirect), [E.redirect]);
  const redirect = op.events.find((e) => e.name === E.redirect)!;
  assert.deepEqual(redirect.attributes, { 'daos.from_rank': first!.attributes[A.rank], 'daos.to_rank': 3, 'daos.term': 7 });

  assert.equal(second!.attributes[A.attempt], 2);
  assert.equal(second!.attributes[A.rank], 3);
  assert.equal(second!.attributes[A.outcome], 'ok');
  assert.equal(second!.status.code, SpanStatusCode.UNSET);

  // The attempt span is the active context while the requester runs, so a transport's
  // propagation.inject() parents the server's span under the attempt.
  assert.deepEqual(activeInRequester, [first!.spanContext().spanId, second!.spanContext().spanId]);
  assert.deepEqual(given, activeInRequester, 'the attempt context is also handed to the requester');
  assert.equal(headers[0]!.traceparent, `00-${op.spanContext().traceId}-${first!.spanContext().spanId}-01`);
  assert.equal(headers[1]!.traceparent, `00-${op.spanContext().traceId}-${second!.spanContext().spanId}-01`);
});

test('a call inside an existing span nests under it; a failed call marks the operation ERROR', async () => {
  const { c, vt } = setup([4], 1);
  const tracer = trace.getTracer('test');
  await tracer.startActiveSpan('dmg pool query', async (root) => {
    await assert.rejects(vt.drive(c.call('pool.query', async () => Promise.reject(new NonexistError('no pool')))), NonexistError);
    root.end();
  });
  const spans = exporter.getFinishedSpans();
  const root = spans.find((s) => s.name === 'dmg pool query')!;
  const op = spans.find((s) => s.name === 'pool.query')!;
  const attempt = spans.find((s) => s.name === 'send pool.query')!;
  assert.equal(parentOf(op), root.spanContext().spanId);
  assert.equal(parentOf(attempt), op.spanContext().spanId);
  assert.equal(op.status.code, SpanStatusCode.ERROR);
  assert.match(op.status.message ?? '', /no pool/);
  assert.equal(attempt.attributes[A.der], 'DER_NONEXIST');
  assert.equal(attempt.attributes[A.decision], 'proceed');
  assert.ok(op.events.some((e) => e.name === 'exception'), 'the exception is recorded on the operation');
});

test('no-reply attempts are ERROR spans with the transport code, and the backoff before each is recorded', async () => {
  const { c, vt } = setup([1, 2], 4);
  let n = 0;
  await vt.drive(c.call('op', async () => (++n <= 3 ? Promise.reject(new UnreachableError('down')) : 'ok')));
  const attempts = exporter
    .getFinishedSpans()
    .filter((s) => s.name === 'send op')
    .sort((a, b) => Number(a.attributes[A.attempt]) - Number(b.attributes[A.attempt]));
  assert.equal(attempts.length, 4);
  for (const s of attempts.slice(0, 3)) {
    assert.equal(s.attributes[A.outcome], 'no_reply');
    assert.equal(s.attributes[A.der], 'DER_UNREACH');
    assert.equal(s.status.code, SpanStatusCode.ERROR);
  }
  assert.equal(attempts[0]!.attributes[A.backoffMs], 0);
  assert.equal(attempts[1]!.attributes[A.backoffMs], 0, 'the first retry is immediate');
  assert.ok(Number(attempts[2]!.attributes[A.backoffMs]) <= 8);
  assert.equal(attempts[3]!.attributes[A.outcome], 'ok');
});

test('a refresh of the replica list is an event on the operation span', async () => {
  exporter.reset();
  const vt = new VirtualTimers();
  const c = new RsvcClient({ service: 'pool p2', ranks: [], rng: new SeededRng(1), clock: vt, sleep: vt.sleep, refresh: async () => [5, 6] });
  await vt.drive(c.call('op', async () => 'ok'));
  const op = exporter.getFinishedSpans().find((s) => s.name === 'op')!;
  const ev = op.events.find((e) => e.name === E.refreshed)!;
  assert.equal(ev.attributes?.[A.replicas], 2);
});
