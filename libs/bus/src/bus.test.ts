import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { SpanKind } from '@opentelemetry/api';
import { connect } from '@nats-io/transport-node';
import { BusyError, DaosError, InvalidError, NoSysError, NotLeaderError, NotReplicaError, ProtoError, TimedOutError, UnreachableError } from '@daos-nats/base';
import { daos } from '@daos-nats/proto';
import { createLogger, setupTelemetry, type Logger } from '@daos-nats/telemetry';
import { startNatsServer, waitFor } from '@daos-nats/testkit';
import { connectBus, decodeReply, defineOperation, hintOf, NoResponderError, withHint, serviceRaftSubject, serviceRequestSubject, typedHandler, type Bus } from './index.js';

const tel = setupTelemetry({ serviceName: 'bus-test', export: 'memory' });
const server = await startNatsServer();
after(async () => {
  await tel.shutdown();
  await server[Symbol.asyncDispose]();
});

/** A logger whose JSON lines land in `lines`. */
function captureLog(): { log: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const l of chunk.toString('utf8').split('\n')) if (l) lines.push(JSON.parse(l) as Record<string, unknown>);
      cb();
    },
  });
  return { log: createLogger({ service: 'bus-test', destination, level: 'debug' }), lines };
}

async function pair(name: string): Promise<{ client: Bus; srv: Bus; lines: Record<string, unknown>[] }> {
  const { log, lines } = captureLog();
  const srv = await connectBus({ name: `${name}-server`, servers: server.url, log, reconnectWaitMs: 50 });
  const client = await connectBus({ name: `${name}-client`, servers: server.url, log, reconnectWaitMs: 50 });
  return { client, srv, lines };
}

let n = 0;
const subject = () => serviceRequestSubject('test', 'pool', `g${++n}`, 1);
const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A promise and its resolver, to hold a handler until the test lets it go. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((r) => (open = r));
  return { wait, open };
}

test('request/reply round trip, raw and typed, with the client metadata reaching the handler', async () => {
  const { client, srv } = await pair('rr');
  await using _c = client;
  await using _s = srv;
  const subj = subject();
  const hintOp = defineOperation('pool.hint', daos.v1.LeaderHint, daos.v1.Status);
  const seen: { clientId: Uint8Array; clientTimeUs: number; leftMs: number }[] = [];
  await srv.serve(subj, {
    echo: (req) => {
      seen.push({ clientId: req.clientId, clientTimeUs: req.clientTimeUs, leftMs: req.deadlineMs - performance.now() });
      return bytes(`echo:${text(req.body)}`);
    },
    [hintOp.name]: typedHandler(hintOp, (hint) => ({ code: 0, message: `rank ${hint.rank} term ${hint.term}` })),
    empty: () => undefined,
  });
  assert.equal(text(await client.request(subj, 'echo', bytes('hi'), { timeoutMs: 3000 })), 'echo:hi');
  assert.deepEqual(Uint8Array.from(seen[0]!.clientId), client.clientId);
  assert.ok(seen[0]!.clientTimeUs > 1.7e15, 'client time is microseconds since the epoch');
  assert.ok(seen[0]!.leftMs > 0 && seen[0]!.leftMs <= 3000, `the remaining deadline travelled: ${seen[0]!.leftMs}`);
  const rep = await client.call(subj, hintOp, { rank: 4, term: 2 ** 40 });
  assert.equal(rep.message, `rank 4 term ${2 ** 40}`);
  assert.equal((await client.request(subj, 'empty', new Uint8Array())).length, 0);
  await client.request(subj, 'echo', bytes('again'));
  assert.ok(seen[1]!.clientTimeUs > seen[0]!.clientTimeUs, 'client timestamps strictly increase');
});

test('a request past its deadline fails with TimedOutError, and the server drops queued work that is already late', async () => {
  const { client, srv } = await pair('deadline');
  await using _c = client;
  await using _s = srv;
  const subj = subject();
  const hold = gate();
  let aborted = false;
  const responder = await srv.serve(
    subj,
    {
      slow: async (req) => {
        req.signal.addEventListener('abort', () => (aborted = true));
        await hold.wait;
        return bytes('too late');
      },
    },
    { handlersInFlightMax: 1 },
  );
  const started = performance.now();
  const first = client.request(subj, 'slow', new Uint8Array(), { timeoutMs: 200 });
  const second = client.request(subj, 'slow', new Uint8Array(), { timeoutMs: 200 });
  for (const p of [first, second]) {
    await assert.rejects(p, (e: unknown) => {
      assert.ok(e instanceof TimedOutError, `got ${String(e)}`);
      assert.equal(e.code, -1011);
      assert.equal((e.cause as Error).name, 'TimeoutError', 'the NATS error is the cause');
      return true;
    });
  }
  assert.ok(performance.now() - started >= 190, 'not before the deadline');
  await waitFor(() => aborted, { timeoutMs: 2000, what: 'the handler signal to abort at the deadline' });
  hold.open();
  await waitFor(() => responder.stats.droppedLate === 1, { timeoutMs: 2000, what: 'the queued late request to be dropped' });
  assert.equal(responder.stats.served, 1, 'only the request already running was handled');
});

test('a subject nobody serves fails at once with NoResponderError (DER_UNREACH)', async () => {
  const { client, srv } = await pair('noresp');
  await using _c = client;
  await using _s = srv;
  const started = performance.now();
  await assert.rejects(client.request(subject(), 'x', new Uint8Array(), { timeoutMs: 30_000 }), (e: unknown) => {
    assert.ok(e instanceof NoResponderError && e instanceof UnreachableError, `got ${String(e)}`);
    assert.equal(e.code, -1006);
    assert.match(e.message, /no responder on daos\.test\.pool\.g\d+\.1\.req/);
    assert.equal((e.cause as Error).name, 'RequestError');
    return true;
  });
  assert.ok(performance.now() - started < 5000, 'long before the 30 s deadline');
});

test('malformed envelopes, unknown operations and failing handlers get error replies; the responder keeps serving', async () => {
  const { client, srv, lines } = await pair('bad');
  await using _c = client;
  await using _s = srv;
  const subj = subject();
  const typed = defineOperation('typed', daos.v1.Status, daos.v1.LeaderHint);
  const responder = await srv.serve(subj, {
    ok: () => bytes('fine'),
    [typed.name]: typedHandler(typed, (st) => ({ rank: st.code === 1 ? 2 ** 32 : 1, term: 1 })),
    notleader: () => {
      throw new NotLeaderError({ rank: 2, term: 9 });
    },
    invalid: () => {
      throw new InvalidError('size must be positive');
    },
    leader: () => ({ body: bytes('led'), hint: { rank: 1, term: 4 } }),
    notreplica: () => {
      throw withHint(new NotReplicaError('replica removed'), { rank: 0, term: 5 });
    },
    crash: () => {
      throw new TypeError('cannot read properties of undefined');
    },
  });
  const raw = await connect({ servers: server.url, name: 'raw' });
  try {
    for (const garbage of [new Uint8Array([0xff, 0xff, 0xff]), bytes('{"json":"is not protobuf"}'), new Uint8Array()]) {
      const r = await raw.request(subj, garbage, { timeout: 2000 });
      assert.throws(() => decodeReply(r.data, subj), (e: unknown) => e instanceof ProtoError && e.code === -1014);
    }
  } finally {
    await raw.close();
  }
  assert.equal(responder.stats.malformed, 3);
  assert.ok(lines.some((l) => l['msg'] === 'malformed request answered DER_PROTO' && l['level'] === 40), 'each is logged');

  await assert.rejects(client.request(subj, 'no.such.op', new Uint8Array()), (e: unknown) => e instanceof NoSysError && /no\.such\.op/.test(e.message));
  await assert.rejects(client.request(subj, 'notleader', new Uint8Array()), (e: unknown) => {
    assert.ok(e instanceof NotLeaderError);
    assert.deepEqual(e.hint, { rank: 2, term: 9 });
    return true;
  });
  const led = await client.requestReply(subj, 'leader', new Uint8Array());
  assert.equal(text(led.body), 'led');
  assert.deepEqual(led.hint, { rank: 1, term: 4 }, 'a success carries the leader hint');
  await assert.rejects(client.request(subj, 'notreplica', new Uint8Array()), (e: unknown) => {
    assert.ok(e instanceof NotReplicaError);
    assert.deepEqual(hintOf(e), { rank: 0, term: 5 }, 'any error may carry a hint');
    return true;
  });
  await assert.rejects(client.request(subj, 'invalid', new Uint8Array()), (e: unknown) => e instanceof InvalidError && e.message === 'size must be positive');
  await assert.rejects(client.request(subj, 'crash', new Uint8Array()), (e: unknown) => e instanceof DaosError && e.code === -1025 && /TypeError/.test(e.message));
  const logged = lines.find((l) => l['msg'] === 'handler failed; answered DER_MISC');
  assert.match(String((logged?.['err'] as { stack?: string } | undefined)?.stack), /TypeError: cannot read properties/, 'the stack is logged');

  // A typed handler: a body that does not decode is the client's fault (DER_PROTO); a reply that
  // cannot be encoded is the server's bug (DER_MISC), never the client's DER_INVAL.
  await assert.rejects(client.request(subj, typed.name, new Uint8Array([0x0a, 0x05, 0x01])), (e: unknown) => e instanceof ProtoError && /typed request/.test(e.message));
  await assert.rejects(client.call(subj, typed, { code: 1 }), (e: unknown) => e instanceof DaosError && e.code === -1025 && /WireIntegerError/.test(e.message));
  assert.deepEqual(await client.call(subj, typed, { code: 0 }), daos.v1.LeaderHint.create({ rank: 1, term: 1 }));
  // Our own request that the wire cannot carry fails before it is sent.
  await assert.rejects(client.call(subj, typed, { code: 2 ** 31 }), (e: unknown) => e instanceof InvalidError && e.cause instanceof RangeError);

  assert.equal(text(await client.request(subj, 'ok', new Uint8Array())), 'fine', 'still serving');
  assert.equal(responder.stats.failed, 7);
});

test('a saturated responder answers DER_BUSY instead of queueing without bound', async () => {
  const { client, srv } = await pair('busy');
  await using _c = client;
  await using _s = srv;
  const subj = subject();
  const hold = gate();
  const responder = await srv.serve(subj, { wait: async () => (await hold.wait, bytes('done')) }, { handlersInFlightMax: 1, pendingRequestsMax: 1 });
  const running = client.request(subj, 'wait', new Uint8Array());
  await waitFor(() => responder.handlersInFlight === 1, { timeoutMs: 2000 });
  const queued = client.request(subj, 'wait', new Uint8Array());
  await client.flush();
  await assert.rejects(client.request(subj, 'wait', new Uint8Array()), BusyError);
  hold.open();
  assert.equal(text(await running), 'done');
  assert.equal(text(await queued), 'done');
  assert.equal(responder.stats.rejectedBusy, 1);
});

test('the responder survives a nats-server crash and restart on the same port and serves again', async () => {
  const { client, srv } = await pair('restart');
  await using _c = client;
  await using _s = srv;
  const subj = subject();
  await srv.serve(subj, { ping: () => bytes('pong') });
  assert.equal(text(await client.request(subj, 'ping', new Uint8Array())), 'pong');
  const reconnectedAt: boolean[] = [];
  const stop = srv.onReconnect(() => reconnectedAt.push(srv.connected));
  srv.onReconnect(() => {
    throw new Error('a failing listener is logged, not fatal');
  });
  await server.kill();
  await waitFor(() => !srv.connected && !client.connected, { timeoutMs: 5000, what: 'both sides to notice the crash' });
  assert.deepEqual(reconnectedAt, []);
  await server.start();
  await waitFor(() => reconnectedAt.length > 0, { timeoutMs: 10_000, what: 'the reconnect listener' });
  assert.deepEqual(reconnectedAt, [true], 'called once, with the connection usable');
  stop();
  const reply = await waitFor(
    async () => text(await client.request(subj, 'ping', new Uint8Array(), { timeoutMs: 250 })),
    { timeoutMs: 10_000, intervalMs: 50, what: 'a reply after the restart' },
  );
  assert.equal(reply, 'pong');
  assert.ok(srv.stats.reconnects >= 1 && client.stats.reconnects >= 1);
});

test('a request in flight across a nats-server restart fails with TimedOutError at the reconnect, not at its deadline, so the caller retries at once', async () => {
  const { client, srv } = await pair('inflight');
  await using _c = client;
  await using _s = srv;
  const subj = subject();
  await srv.serve(subj, { ping: () => bytes('pong') });
  assert.equal(text(await client.request(subj, 'ping', new Uint8Array())), 'pong');
  await server.kill();
  await waitFor(() => !client.connected, { timeoutMs: 5000, what: 'the client to notice the crash' });
  const TIMEOUT_MS = 20_000;
  const t0 = performance.now();
  const lost = client.request(subj, 'ping', new Uint8Array(), { timeoutMs: TIMEOUT_MS });
  const settled = lost.then(
    () => 'answered',
    (e: unknown) => e,
  );
  await server.start();
  const outcome = await settled;
  const ms = performance.now() - t0;
  // Either the buffered request got through after the reconnect, or it was cut there; never the 20 s wait.
  if (outcome !== 'answered') assert.ok(outcome instanceof TimedOutError && /re-established/.test(outcome.message), String(outcome));
  assert.ok(ms < TIMEOUT_MS / 2, `settled after ${ms.toFixed(0)} ms, well before the ${TIMEOUT_MS} ms deadline`);
  const reply = await waitFor(async () => text(await client.request(subj, 'ping', new Uint8Array(), { timeoutMs: 250 })), {
    timeoutMs: 10_000,
    intervalMs: 50,
    what: 'a reply after the restart',
  });
  assert.equal(reply, 'pong');
});

test('one trace spans the client and server spans of a request, and the producer and consumer of a publish', async () => {
  const { client, srv } = await pair('trace');
  await using _c = client;
  await using _s = srv;
  const subj = subject();
  await srv.serve(subj, { traced: () => bytes('ok') });
  tel.memoryExporter!.reset();
  await tel.tracer.startActiveSpan('dmg pool create', async (root) => {
    await client.request(subj, 'traced', bytes('x'));
    root.end();
  });
  await waitFor(() => tel.memoryExporter!.getFinishedSpans().length >= 3, { timeoutMs: 2000 });
  const spans = tel.memoryExporter!.getFinishedSpans();
  const root = spans.find((s) => s.name === 'dmg pool create')!;
  const cli = spans.find((s) => s.kind === SpanKind.CLIENT)!;
  const srvSpan = spans.find((s) => s.kind === SpanKind.SERVER)!;
  assert.equal(cli.name, 'send daos.{system}.pool.{group}.{rank}.req');
  assert.equal(srvSpan.name, 'process daos.{system}.pool.{group}.{rank}.req traced');
  assert.equal(cli.spanContext().traceId, root.spanContext().traceId);
  assert.equal(srvSpan.spanContext().traceId, root.spanContext().traceId, 'one trace');
  assert.equal(cli.parentSpanContext?.spanId, root.spanContext().spanId);
  assert.equal(srvSpan.parentSpanContext?.spanId, cli.spanContext().spanId, 'the server span is a child of the client span');
  assert.equal(cli.attributes['messaging.system'], 'nats');
  assert.equal(cli.attributes['messaging.destination.name'], subj);
  assert.equal(srvSpan.attributes['messaging.operation.name'], 'traced');
  assert.equal(srvSpan.attributes['daos.status'], 0);

  tel.memoryExporter!.reset();
  const raftSubj = serviceRaftSubject('test', 'pool', 'g', 2);
  const got: string[] = [];
  await srv.subscribe(raftSubj, (m) => void got.push(text(m.data)));
  client.publish(raftSubj, bytes('append'));
  await waitFor(() => got.length === 1 && tel.memoryExporter!.getFinishedSpans().length === 2, { timeoutMs: 2000 });
  const producer = tel.memoryExporter!.getFinishedSpans().find((s) => s.kind === SpanKind.PRODUCER)!;
  const consumer = tel.memoryExporter!.getFinishedSpans().find((s) => s.kind === SpanKind.CONSUMER)!;
  assert.equal(consumer.parentSpanContext?.spanId, producer.spanContext().spanId);
  assert.equal(consumer.spanContext().traceId, producer.spanContext().traceId);
});

test('a one-way subscriber with a full queue drops and counts instead of growing', async () => {
  const { client, srv } = await pair('oneway');
  await using _c = client;
  await using _s = srv;
  const subj = serviceRaftSubject('test', 'pool', 'drops', 1);
  const hold = gate();
  const handled: string[] = [];
  const inbound = await srv.subscribe(
    subj,
    async (m) => {
      await hold.wait;
      handled.push(text(m.data));
    },
    { queueItemsMax: 2, trace: false },
  );
  for (let i = 0; i < 10; i++) client.publish(subj, bytes(String(i)), { trace: false });
  await client.flush();
  await waitFor(() => inbound.stats.received === 10, { timeoutMs: 2000 });
  // One is in the handler, two wait in the queue, seven are dropped.
  assert.equal(inbound.stats.dropped, 7);
  assert.equal(inbound.queued, 2);
  hold.open();
  await waitFor(() => inbound.stats.processed === 3, { timeoutMs: 2000 });
  assert.deepEqual(handled, ['0', '1', '2'], 'arrival order is kept');
  await sleep(20);
  assert.equal(inbound.stats.processed, 3);
});

test('queues are bounded in bytes too: a one-way subscriber drops past queueBytesMax, a responder answers DER_BUSY past heldRequestBytesMax', async () => {
  const { client, srv } = await pair('bytes');
  await using _c = client;
  await using _s = srv;
  const subj = serviceRaftSubject('test', 'pool', 'bytes', 1);
  const hold = gate();
  const inbound = await srv.subscribe(subj, async () => void (await hold.wait), { queueItemsMax: 100, queueBytesMax: 2500, trace: false });
  // One 1000-byte message runs, two wait (2000 bytes), the rest would pass 2500 bytes.
  for (let i = 0; i < 6; i++) client.publish(subj, new Uint8Array(1000), { trace: false });
  await client.flush();
  await waitFor(() => inbound.stats.received === 6, { timeoutMs: 2000 });
  assert.equal(inbound.queued, 2);
  assert.equal(inbound.queuedBytesNow, 2000);
  assert.equal(inbound.stats.dropped, 3);
  hold.open();
  await waitFor(() => inbound.stats.processed === 3, { timeoutMs: 2000 });
  assert.equal(inbound.queuedBytesNow, 0);

  const reqSubj = subject();
  const held = gate();
  const responder = await srv.serve(reqSubj, { wait: async () => (await held.wait, bytes('done')) }, { handlersInFlightMax: 100, pendingRequestsMax: 100, heldRequestBytesMax: 50_000 });
  const first = client.request(reqSubj, 'wait', new Uint8Array(40_000));
  await waitFor(() => responder.handlersInFlight === 1, { timeoutMs: 2000 });
  assert.ok(responder.heldRequestBytes > 40_000);
  await assert.rejects(client.request(reqSubj, 'wait', new Uint8Array(20_000)), (e: unknown) => e instanceof BusyError && /heldRequestBytesMax 50000/.test(e.message));
  const small = client.request(reqSubj, 'wait', new Uint8Array(100));
  held.open();
  assert.equal(text(await first), 'done');
  assert.equal(text(await small), 'done', 'a request that fits is still taken');
  await waitFor(() => responder.heldRequestBytes === 0, { timeoutMs: 2000 });
});

test('a backlog of one-way messages is handled in turns of turnItemsMax, yielding the event loop in between', async () => {
  const { client, srv } = await pair('turns');
  await using _c = client;
  await using _s = srv;
  const subj = serviceRaftSubject('test', 'pool', 'turns', 1);
  let handled = 0;
  let sinceTurn = 0;
  let mostInOneTurn = 0;
  const inbound = await srv.subscribe(subj, () => {
    handled++;
    mostInOneTurn = Math.max(mostInOneTurn, ++sinceTurn);
  }, { queueItemsMax: 2000, trace: false, turnItemsMax: 10 });
  // An event-loop turn marker: runs once per check phase while the flood is handled.
  let watching = true;
  const turn = () => {
    sinceTurn = 0;
    if (watching) setImmediate(turn);
  };
  setImmediate(turn);
  for (let i = 0; i < 1000; i++) client.publish(subj, bytes(String(i)), { trace: false });
  await client.flush();
  await waitFor(() => handled === 1000, { timeoutMs: 5000 });
  watching = false;
  assert.ok(mostInOneTurn <= 10, `at most turnItemsMax messages between two event-loop turns (saw ${mostInOneTurn})`);
  assert.ok(inbound.stats.yields >= 1000 / 10 - 1);
});

test('bad request options and a closed bus give clear errors', async () => {
  const { client, srv } = await pair('closed');
  await srv.drain();
  await assert.rejects(client.request(subject(), 'x', new Uint8Array(), { timeoutMs: 0 }), InvalidError);
  await client.drain();
  assert.equal(client.connected, false);
  await assert.rejects(client.request(subject(), 'x', new Uint8Array()), (e: unknown) => e instanceof DaosError && e.code === -2017);
  assert.throws(() => client.publish(subject(), new Uint8Array()), (e: unknown) => e instanceof DaosError && e.code === -2017);
  await assert.rejects(connectBus({ name: 'nowhere', servers: 'nats://127.0.0.1:1', connectTimeoutMs: 500 }), (e: unknown) => e instanceof UnreachableError && /cannot connect/.test(e.message));
});

test('responders in one queue group share a subject: each request is answered exactly once', async () => {
  const { client, srv } = await pair('queue');
  await using _c = client;
  await using _s = srv;
  await using srv2 = await connectBus({ name: 'queue-server-2', servers: server.url, log: captureLog().log });
  const subj = subject();
  const a = await srv.serve(subj, { who: () => bytes('a') }, { queue: 'pool' });
  const b = await srv2.serve(subj, { who: () => bytes('b') }, { queue: 'pool' });
  const answers = await Promise.all(Array.from({ length: 200 }, () => client.request(subj, 'who', new Uint8Array()).then(text)));
  assert.equal(a.stats.served + b.stats.served, 200, 'no request answered twice or lost');
  assert.equal(answers.filter((x) => x === 'a').length, a.stats.served);
  assert.ok(a.stats.served > 0 && b.stats.served > 0, `both members served: ${a.stats.served}/${b.stats.served}`);
});

test('drain lets a handler in flight finish and deliver its reply before the connection closes', async () => {
  const { client, srv } = await pair('drain');
  await using _c = client;
  const subj = subject();
  const hold = gate();
  const responder = await srv.serve(subj, { slow: async () => (await hold.wait, bytes('finished')) });
  const pending = client.request(subj, 'slow', new Uint8Array(), { timeoutMs: 5000 });
  await waitFor(() => responder.handlersInFlight === 1, { timeoutMs: 2000 });
  const drained = srv.drain();
  await sleep(20);
  assert.equal(srv.connected, false, 'draining: no new work');
  hold.open();
  assert.equal(text(await pending), 'finished');
  await drained;
  await assert.rejects(client.request(subj, 'slow', new Uint8Array(), { timeoutMs: 2000 }), NoResponderError);
});
