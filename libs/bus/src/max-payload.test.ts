import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DaosError, DER } from '@daos-nats/base';
import { createLogger } from '@daos-nats/telemetry';
import { startNatsServer, tempDir } from '@daos-nats/testkit';
import { connectBus, RaftLink, serviceRequestSubject } from './index.js';

// A server with a small max_payload makes the limit cheap to hit.
const MAX = 4096;
const dir = await tempDir();
const conf = join(dir.path, 'nats.conf');
writeFileSync(conf, `max_payload: ${MAX}\n`);
const server = await startNatsServer({ args: ['-c', conf] });
after(async () => {
  await server[Symbol.asyncDispose]();
  await dir[Symbol.asyncDispose]();
});

const log = createLogger({ service: 'max-payload-test', level: 'silent' });

test('the bus knows the server max_payload, and a request over it fails at once with DER_REC2BIG', async () => {
  await using bus = await connectBus({ name: 'mp-client', servers: server.url, log });
  assert.equal(bus.maxPayloadBytes, MAX);
  const subject = serviceRequestSubject('test', 'pool', 'big-req', 1);
  await using srv = await connectBus({ name: 'mp-server', servers: server.url, log });
  await srv.serve(subject, { echo: (req) => req.body });
  await assert.rejects(bus.request(subject, 'echo', new Uint8Array(MAX + 1), { timeoutMs: 30_000 }), (e: unknown) => e instanceof DaosError && e.code === DER.REC2BIG && /max_payload/.test(e.message));
  assert.equal((await bus.request(subject, 'echo', new Uint8Array(100))).byteLength, 100, 'the connection still serves');
});

test('a reply over max_payload is answered DER_REC2BIG naming its size and the limit, not left to time out', async () => {
  await using client = await connectBus({ name: 'mp-client2', servers: server.url, log });
  await using srv = await connectBus({ name: 'mp-server2', servers: server.url, log });
  const subject = serviceRequestSubject('test', 'pool', 'big-reply', 1);
  const r = await srv.serve(subject, { list: () => new Uint8Array(3 * MAX), small: () => new Uint8Array(10) });
  // A 30 s deadline: only a reply, not the deadline, can end this within the test's run.
  const started = performance.now();
  await assert.rejects(client.request(subject, 'list', new Uint8Array(), { timeoutMs: 30_000 }), (e: unknown) => {
    assert.ok(e instanceof DaosError, String(e));
    assert.equal(e.code, DER.REC2BIG);
    assert.match(e.message, new RegExp(`reply of \\d+ bytes exceeds the NATS max_payload of ${MAX} bytes`));
    return true;
  });
  assert.ok(performance.now() - started < 30_000, 'answered, not timed out');
  assert.equal(r.stats.oversizeReplies, 1);
  assert.equal((await client.request(subject, 'small', new Uint8Array())).byteLength, 10);
});

test('RaftLink never hands NATS a message over max_payload: it is counted oversize and reported not sent', async () => {
  await using bus = await connectBus({ name: 'mp-raft', servers: server.url, log });
  const link = new RaftLink(bus, { system: 'test', service: 'pool', rank: 1 });
  assert.equal(link.maxMessageBytes, MAX);
  assert.equal(link.publish('g1', { rank: 2 }, new Uint8Array(MAX + 1)), false);
  assert.equal(link.publish('g1', { rank: 2 }, new Uint8Array(MAX - 200)), true);
  assert.deepEqual(link.stats, { sent: 1, notSent: 1, oversize: 1 });
});
