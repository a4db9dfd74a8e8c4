// The proof of issue 5: three kv-example replica processes over a real nats-server.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SpanKind, context as otelContext } from '@opentelemetry/api';
import { KV_SERVICE, kvOps } from '@daos-nats/api';
import { codeOf, DER, NotLeaderError, SeededRng, TimedOutError } from '@daos-nats/base';
import { serviceRequestSubject, type ReplyContent } from '@daos-nats/bus';
import { RsvcClient, RSVC_SPAN_ATTR } from '@daos-nats/dc-rsvc';
import { setupTelemetry, type Telemetry } from '@daos-nats/telemetry';
import { waitFor } from '@daos-nats/testkit';
import { KvCluster } from '../test/kv-cluster.js';
import { OtlpCollector } from '../test/otlp-collector.js';

const OTLP_SERVER = 2;

let telemetry: Telemetry;
let collector: OtlpCollector;
let cluster: KvCluster;
const GROUP = 'kv1';
const REPLICAS = [0, 1, 2];
const enc = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

before(async () => {
  telemetry = setupTelemetry({ serviceName: 'kv-cluster-test', export: 'memory' });
  collector = await OtlpCollector.start();
  cluster = await KvCluster.start({
    env: { OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint, OTEL_BSP_SCHEDULE_DELAY: '100' },
  });
  // Rank 3 runs the service but hosts no replica of the group.
  await Promise.all([...REPLICAS, 3].map((r) => cluster.spawn(r)));
  await cluster.createGroup(GROUP, REPLICAS);
});

after(async () => {
  await cluster[Symbol.asyncDispose]();
  await collector[Symbol.asyncDispose]();
  await telemetry.shutdown();
});

/** A follower that knows the current leader (so it answers NOTLEADER with a hint). */
async function followerOf(leader: number): Promise<number> {
  const found = await waitFor(
    async () => {
      for (const r of REPLICAS.filter((x) => x !== leader && cluster.procs.get(x)?.running)) {
        const e = await cluster.bus.request(serviceRequestSubject(cluster.system, KV_SERVICE, GROUP, r), kvOps.get.name, kvOps.get.request.encode({ key: enc('x') }).finish(), { timeoutMs: 2000 }).catch((err: unknown) => err);
        if (e instanceof NotLeaderError && e.hint?.rank === leader) return { rank: r };
      }
      return false;
    },
    { timeoutMs: 30_000, what: 'a follower that knows the leader' },
  );
  return (found as { rank: number }).rank;
}

test('a client that starts at a follower is redirected and succeeds; the trace shows the redirect, the commit and the linked applies', async () => {
  const leader = await cluster.leader(GROUP, REPLICAS);
  const follower = await followerOf(leader);
  const kv = cluster.client(GROUP, [follower]);
  telemetry.memoryExporter!.reset();
  await kv.put(enc('k-redirect'), enc('v1'));
  assert.equal(text(await kv.get(enc('k-redirect'))), 'v1');
  assert.equal(kv.svc.rsvc.search.state.leader?.rank, leader, 'the client learned the leader from the hint');

  // The client side (this process).
  const local = telemetry.memoryExporter!.getFinishedSpans();
  const op = local.find((s) => s.name === 'kv.put' && s.kind === SpanKind.INTERNAL);
  assert.ok(op, 'one operation span per call');
  const traceId = op.spanContext().traceId;
  const parentOf = (s: (typeof local)[number]) => s.parentSpanContext?.spanId;
  const attempts = local.filter((s) => parentOf(s) === op.spanContext().spanId && s.kind === SpanKind.CLIENT).sort((a, b) => Number(a.attributes[RSVC_SPAN_ATTR.attempt]) - Number(b.attributes[RSVC_SPAN_ATTR.attempt]));
  assert.equal(attempts.length, 2, 'two attempts: the follower, then the leader');
  assert.equal(attempts[0]!.attributes[RSVC_SPAN_ATTR.rank], follower);
  assert.equal(attempts[0]!.attributes[RSVC_SPAN_ATTR.derCode], DER.NOTLEADER);
  assert.equal(attempts[0]!.attributes[RSVC_SPAN_ATTR.hintRank], leader);
  assert.equal(attempts[1]!.attributes[RSVC_SPAN_ATTR.rank], leader);
  assert.equal(attempts[1]!.attributes[RSVC_SPAN_ATTR.outcome], 'ok');
  assert.ok(op.events.some((e) => e.name === 'leader-redirect'), 'the redirect is an event on the operation span');
  const sends = attempts.map((a) => local.find((s) => parentOf(s) === a.spanContext().spanId && s.kind === SpanKind.CLIENT));
  assert.ok(sends.every(Boolean), 'each attempt has the bus request span under it');

  // The server side (the replica processes, through OTLP).
  const inTrace = () => collector.spans.filter((s) => s.traceId === traceId);
  const linkedApplies = () => collector.spans.filter((s) => s.name === 'rdb apply' && s.links.some((l) => l.traceId === traceId));
  await waitFor(() => linkedApplies().length >= 3 && inTrace().some((s) => s.name === 'rdb commit'), { timeoutMs: 20_000, what: 'the replicas to export the trace' });
  const applies = linkedApplies();
  const servers = inTrace().filter((s) => s.kind === OTLP_SERVER);
  const atFollower = servers.find((s) => s.parentSpanId === sends[0]!.spanContext().spanId);
  const atLeader = servers.find((s) => s.parentSpanId === sends[1]!.spanContext().spanId);
  assert.ok(atFollower, `the follower's server span is a child of attempt 1's request (server spans: ${servers.map((s) => s.name).join(', ')})`);
  assert.equal(atFollower.serviceInstance, `rank-${follower}`);
  assert.equal(atFollower.attributes['daos.status'], DER.NOTLEADER);
  assert.ok(atLeader, "the leader's server span is a child of attempt 2's request");
  assert.equal(atLeader.serviceInstance, `rank-${leader}`);
  const handler = inTrace().find((s) => s.name === 'rsvc kv.put' && s.parentSpanId === atLeader.spanId);
  assert.ok(handler, 'the handler span is under the server span');
  const commit = inTrace().find((s) => s.name === 'rdb commit' && s.parentSpanId === handler.spanId);
  assert.ok(commit, "the leader's handler span contains the rdb commit");
  const followerApplies = applies.filter((s) => s.serviceInstance !== `rank-${leader}`);
  assert.equal(new Set(followerApplies.map((s) => s.serviceInstance)).size, 2, 'both followers applied and exported a span');
  for (const a of followerApplies) {
    assert.notEqual(a.traceId, traceId, 'an apply is its own trace');
    assert.ok(a.links.some((l) => l.traceId === traceId && l.spanId === handler.spanId), 'linked to the handler that proposed it');
  }
});

test('a process without the replica makes the client drop that rank', async () => {
  let dropped = 0;
  for (let seed = 1; seed <= 6; seed++) {
    const kv = cluster.client(GROUP, [3, ...REPLICAS], seed);
    await kv.put(enc(`k-notreplica-${seed}`), enc('v'));
    if (!kv.svc.rsvc.search.state.ranks.includes(3 as never)) dropped++;
  }
  assert.ok(dropped > 0, 'the clients that tried rank 3 dropped it');
  const e = await cluster.bus.request(serviceRequestSubject(cluster.system, KV_SERVICE, GROUP, 3), kvOps.get.name, kvOps.get.request.encode({ key: enc('x') }).finish()).catch((err: unknown) => err);
  assert.equal(codeOf(e), DER.NOTREPLICA);
});

test('a retried write whose reply was lost takes effect exactly once', async () => {
  const kv = cluster.client(GROUP, REPLICAS);
  await kv.put(enc('k-once'), enc('v'));
  // Delete is not idempotent: done twice, the second would answer DER_NONEXIST.
  const body = kvOps.delete.request.encode({ key: enc('k-once') }).finish();
  const clientTimeUs = cluster.bus.nextClientTimeUs();
  let lost = 0;
  const client = new RsvcClient({ service: 'kv', ranks: REPLICAS, rng: new SeededRng(3) });
  const reply = await client.call<ReplyContent>(
    kvOps.delete.name,
    async (rank, attempt) => {
      const r = await otelContext.with(attempt.traceContext, () =>
        cluster.bus.requestReply(serviceRequestSubject(cluster.system, KV_SERVICE, GROUP, rank), kvOps.delete.name, body, { timeoutMs: attempt.timeoutMs, clientTimeUs }),
      );
      if (lost === 0) {
        lost++;
        throw new TimedOutError('reply dropped on purpose by the test');
      }
      return r;
    },
    { hintOf: (r) => r.hint },
  );
  assert.equal(lost, 1);
  assert.deepEqual({ ...kvOps.delete.reply.decode(reply.body) }, {}, 'the retry is answered with the first success, not DER_NONEXIST');
  assert.equal(codeOf(await kv.get(enc('k-once')).catch((e: unknown) => e)), DER.NONEXIST, 'and the key is gone');
  // A new delete is a new operation: it does the work and fails.
  assert.equal(codeOf(await kv.delete(enc('k-once')).catch((e: unknown) => e)), DER.NONEXIST);
});

test('kill -9 of the leader while a client writes: the client finds the new leader and no error reaches it', async () => {
  const leader = await cluster.leader(GROUP, REPLICAS);
  const kv = cluster.client(GROUP, REPLICAS, 9, { callTimeoutMs: 30_000 });
  const written: string[] = [];
  let killed = false;
  let afterKill = 0;
  const writer = (async () => {
    for (let i = 0; afterKill < 30; i++) {
      await kv.put(enc(`k-fail-${i}`), enc(`v${i}`));
      written.push(`k-fail-${i}`);
      if (killed) afterKill++;
    }
  })();
  await waitFor(() => written.length >= 20, { timeoutMs: 30_000, what: 'writes before the kill' });
  await cluster.kill(leader);
  killed = true;
  await writer; // rejects (failing the test) if any error reached the caller
  const next = await cluster.leader(GROUP, REPLICAS.filter((r) => r !== leader));
  assert.notEqual(next, leader);
  for (const k of written) assert.equal(text(await kv.get(enc(k))), `v${k.slice('k-fail-'.length)}`);

  // The killed replica comes back from its SQLite file and catches up.
  await cluster.spawn(leader);
  const back = cluster.client(GROUP, [leader], 11);
  await waitFor(async () => (await back.get(enc(written[written.length - 1]!)).catch(() => undefined)) !== undefined, { timeoutMs: 30_000, what: 'the cluster to serve after the restart' });
});
