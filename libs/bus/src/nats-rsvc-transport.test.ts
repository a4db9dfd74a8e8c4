import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { DER, NotLeaderError, codeOf } from '@daos-nats/base';
import { defineOperation, rsvcOps, type MessageCodec } from '@daos-nats/api';
import { createLogger } from '@daos-nats/telemetry';
import { startNatsServer, waitFor } from '@daos-nats/testkit';
import { connectBus, natsRsvcTransport, serviceInternalSubject, serviceRequestSubject, type RsvcIncomingRequest } from './index.js';

const server = await startNatsServer();
after(() => server[Symbol.asyncDispose]());
const log = createLogger({ service: 'nats-rsvc-transport-test', level: 'silent' });

const json = <T>(): MessageCodec<T> => ({
  encode: (m: T) => ({ finish: () => new TextEncoder().encode(JSON.stringify(m)) }),
  decode: (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b)) as T,
});
const echo = defineOperation('t.echo', json<{ s: string }>(), json<{ s: string; group: string }>());
const lead = defineOperation('t.lead', json<{ s: string }>(), json<{ s: string }>());

test('rsvc over NATS: a served inbox gets requests for every group of its rank, with the group, the client op and the deadline signal; errors keep their hint; raft bytes go by rank', async () => {
  await using server1 = await connectBus({ name: 'rank-1', servers: server.url, log });
  await using client = await connectBus({ name: 'client', servers: server.url, log });
  const t1 = natsRsvcTransport(server1);
  const tc = natsRsvcTransport(client);
  const seen: RsvcIncomingRequest[] = [];
  const served = await t1.serve({ system: 'sys', service: 'kv', rank: 1 }, new Map([
    ['t.echo', async (req: RsvcIncomingRequest) => {
      seen.push(req);
      const r = echo.request.decode(req.body);
      return echo.reply.encode({ s: r.s, group: req.group }).finish();
    }],
    ['t.lead', async () => {
      throw new NotLeaderError({ rank: 2, term: 7 });
    }],
  ]), { handlersInFlightMax: 4, pendingRequestsMax: 4 });
  const to = (group: string) => ({ system: 'sys', service: 'kv', group, rank: 1 });
  assert.deepEqual(await tc.call(to('g1'), echo, { s: 'a' }, { timeoutMs: 5_000 }), { s: 'a', group: 'g1' });
  assert.deepEqual(await tc.call(to('g2'), echo, { s: 'b' }, { timeoutMs: 5_000 }), { s: 'b', group: 'g2' });
  assert.equal(seen[0]!.operation, 't.echo');
  assert.equal(seen[0]!.clientId.length, 16, 'the bus client id travels');
  assert.ok(seen[1]!.clientTimeUs > seen[0]!.clientTimeUs, 'strictly increasing client times');
  assert.equal(seen[0]!.signal.aborted, false);
  const err = await tc.call(to('g1'), lead, { s: 'x' }, { timeoutMs: 5_000 }).catch((e: unknown) => e);
  assert.ok(err instanceof NotLeaderError);
  assert.deepEqual(err.hint, { rank: 2, term: 7 });
  assert.equal(codeOf(await tc.call({ ...to('g1'), rank: 5 }, echo, { s: 'x' }, { timeoutMs: 5_000 }).catch((e: unknown) => e)), DER.UNREACH, 'no responder at rank 5');
  // Hostile bytes on the served subject are refused with an error reply, and the server keeps serving.
  const bad = await client.requestReply(serviceRequestSubject('sys', 'kv', 'g1', 1), 't.echo', new Uint8Array([0xff, 0x00]), { timeoutMs: 5_000 }).catch((e: unknown) => e);
  assert.ok(bad instanceof Error);
  assert.deepEqual(await tc.call(to('g3'), echo, { s: 'c' }, { timeoutMs: 5_000 }), { s: 'c', group: 'g3' });

  const got: string[] = [];
  const l1 = t1.raftLink({ system: 'sys', service: 'kv', rank: 1 });
  const lc = tc.raftLink({ system: 'sys', service: 'kv', rank: 2 });
  await l1.listen((bytes) => got.push(new TextDecoder().decode(bytes)));
  assert.equal(lc.publish('g1', { rank: 1 }, new TextEncoder().encode('hello')), true);
  await client.flush();
  await waitFor(() => got.length === 1, { timeoutMs: 2_000, what: 'the raft bytes' });
  assert.deepEqual(got, ['hello']);
  await Promise.all([l1.close(), lc.close(), served.drain()]);
});

test('internal operations: served on the .internal subject only; on the client .req subject they are DER_NO_PERM and no handler runs', async () => {
  await using server1 = await connectBus({ name: 'rank-1', servers: server.url, log });
  await using client = await connectBus({ name: 'client', servers: server.url, log });
  const t1 = natsRsvcTransport(server1);
  const tc = natsRsvcTransport(client);
  const ran: string[] = [];
  const served = await t1.serve({ system: 'sys', service: 'kv', rank: 1 }, new Map([
    [rsvcOps.stop.name, async (req: RsvcIncomingRequest) => {
      ran.push(req.group);
      return rsvcOps.stop.reply.encode({}).finish();
    }],
  ]), { handlersInFlightMax: 4, pendingRequestsMax: 4 });
  const refused = await client.call(serviceRequestSubject('sys', 'kv', 'g1', 1), rsvcOps.stop, { destroy: true }, { timeoutMs: 5_000 }).catch((e: unknown) => e);
  assert.equal(codeOf(refused), DER.NO_PERM);
  assert.match((refused as Error).message, /rsvc\.stop is internal to the services: it is served on daos\.sys\.kv\.g1\.1\.internal only/);
  assert.deepEqual(ran, [], 'the refused request reached no handler');
  // The transport's own call picks the internal subject.
  await tc.call({ system: 'sys', service: 'kv', group: 'g2', rank: 1 }, rsvcOps.stop, { destroy: false }, { timeoutMs: 5_000 });
  assert.deepEqual(ran, ['g2']);
  assert.equal(await client.call(serviceInternalSubject('sys', 'kv', 'g3', 1), rsvcOps.stop, {}, { timeoutMs: 5_000 }).then(() => 'ok'), 'ok');
  assert.deepEqual(ran, ['g2', 'g3']);
  assert.equal(served.internal.stats.served, 2);
  await served.drain();
});
