import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TimedOutError, UnreachableError } from '@daos-nats/base';
import { daos } from '@daos-nats/proto';
import { CHUNK_HEADER_BYTES, encodeChunkHeader } from './chunk-header.js';
import { encodeChunks } from './chunk-encoder.js';
import { DrpcClient } from './drpc-client.js';
import { DrpcServer } from './drpc-server.js';
import { DrpcStatus, DrpcStatusError, decodePayload } from './drpc-status.js';

const ECHO = 1;
const SLOW = 2;
const PAYLOAD = 3;
const THROW = 4;

describe('DrpcServer and DrpcClient over a unix socket', () => {
  const dir = mkdtempSync(join(tmpdir(), 'drpc-'));
  const path = join(dir, 's.sock');
  const logs: string[] = [];
  const server = new DrpcServer({ limits: { handlerTimeoutMs: 300, partialMessageTimeoutMs: 300, connectionsMax: 20 }, log: (l) => logs.push(l) });
  server.register(7, ECHO, (body) => body);
  server.register(7, SLOW, (_b, ctx) => new Promise((r) => ctx.signal.addEventListener('abort', () => r(new Uint8Array()))));
  server.register(7, PAYLOAD, (body) => daos.drpc.v1.Call.encode(decodePayload(daos.drpc.v1.Call, body)).finish());
  server.register(7, THROW, () => {
    throw new Error('boom');
  });
  before(() => server.listen(path));
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a call with its sequence and body', async () => {
    const c = await DrpcClient.connect(path);
    const r = await c.call(7, ECHO, Buffer.from('hello'));
    assert.equal(r.status, DrpcStatus.SUCCESS);
    assert.equal(r.sequence, 1);
    assert.equal(Buffer.from(r.body).toString(), 'hello');
    assert.equal((await c.call(7, ECHO)).sequence, 2);
    c.close();
  });

  it('carries messages over 128 KiB in chunks both ways', async () => {
    const c = await DrpcClient.connect(path);
    const big = Buffer.alloc(300 * 1024);
    for (let i = 0; i < big.length; i++) big[i] = i % 251;
    const body = await c.callOk(7, ECHO, big);
    assert.ok(Buffer.from(body).equals(big));
    c.close();
  });

  it('answers unknown module, unknown method, bad payload and a throwing handler with statuses, and keeps the connection', async () => {
    const c = await DrpcClient.connect(path);
    assert.equal((await c.call(99, 1)).status, DrpcStatus.UNKNOWN_MODULE);
    assert.equal((await c.call(7, 99)).status, DrpcStatus.UNKNOWN_METHOD);
    assert.equal((await c.call(7, PAYLOAD, Buffer.from([0xff, 0xff, 0xff]))).status, DrpcStatus.FAILED_UNMARSHAL_PAYLOAD);
    assert.equal((await c.call(7, THROW)).status, DrpcStatus.FAILURE);
    await assert.rejects(c.callOk(7, THROW), DrpcStatusError);
    assert.equal((await c.call(7, ECHO, Buffer.from('still'))).status, DrpcStatus.SUCCESS);
    c.close();
  });

  it('answers FAILURE when a handler passes its deadline', async () => {
    const c = await DrpcClient.connect(path);
    assert.equal((await c.call(7, SLOW)).status, DrpcStatus.FAILURE);
    assert.ok(logs.some((l) => l.includes('deadline')));
    c.close();
  });

  it('answers an undecodable Call with FAILED_UNMARSHAL_CALL', async () => {
    const r = await rawExchange(path, Buffer.concat(encodeChunks(Buffer.from([0x0a, 0xff, 0xff]), 128 * 1024)));
    assert.equal(daos.drpc.v1.Response.decode(r).status, DrpcStatus.FAILED_UNMARSHAL_CALL);
  });

  it('serves 16 concurrent connections', async () => {
    const clients = await Promise.all(Array.from({ length: 16 }, () => DrpcClient.connect(path)));
    const rs = await Promise.all(clients.flatMap((c, i) => [0, 1, 2].map((j) => c.callOk(7, ECHO, Buffer.from(`${i}:${j}`)))));
    assert.deepEqual(rs.map((b) => Buffer.from(b).toString()), clients.flatMap((_, i) => [0, 1, 2].map((j) => `${i}:${j}`)));
    for (const c of clients) c.close();
  });

  it('closes a connection whose chunk lies about sizes, and keeps serving others', async () => {
    const h = Buffer.alloc(CHUNK_HEADER_BYTES);
    encodeChunkHeader({ totalSize: 10, chunkSize: 99, chunkIdx: 0, totalChunks: 1 }, h);
    const s = await open(path);
    s.write(h);
    await closedBy(s);
    assert.ok(logs.some((l) => l.includes('malformed frame')));
    const c = await DrpcClient.connect(path);
    assert.equal((await c.call(7, ECHO)).status, DrpcStatus.SUCCESS);
    c.close();
  });

  it('drops a peer that stalls mid-message, and logs a peer that disconnects mid-message', async () => {
    const chunks = encodeChunks(Buffer.alloc(200 * 1024), 128 * 1024);
    const stalled = await open(path);
    stalled.write(chunks[0]!);
    await closedBy(stalled);
    assert.ok(logs.some((l) => l.includes('incomplete after')));
    const quitter = await open(path);
    quitter.write(chunks[0]!.subarray(0, 1000));
    await new Promise((r) => setTimeout(r, 20));
    quitter.destroy();
    await waitUntil(() => logs.some((l) => l.includes('peer closed mid-message')));
  });

  it('a client call past its deadline fails with TimedOutError and closes that client', async () => {
    const c = await DrpcClient.connect(path);
    await assert.rejects(c.call(7, SLOW, undefined, 50), TimedOutError);
    assert.equal(c.closed, true);
    await assert.rejects(c.call(7, ECHO), TimedOutError);
  });

  it('a client of a missing socket fails with UnreachableError', async () => {
    await assert.rejects(DrpcClient.connect(join(dir, 'none.sock')), UnreachableError);
  });
});

function open(path: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect(path, () => resolve(s));
    s.once('error', reject);
  });
}

function closedBy(s: Socket): Promise<void> {
  return new Promise((resolve) => {
    s.on('error', () => undefined);
    s.once('close', () => resolve());
  });
}

async function waitUntil(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(cond());
}

/** Sends raw bytes and returns the single response message (one chunk). */
async function rawExchange(path: string, wire: Buffer): Promise<Buffer> {
  const s = await open(path);
  const chunks: Buffer[] = [];
  s.on('data', (b: Buffer) => chunks.push(b));
  s.write(wire);
  await waitUntil(() => Buffer.concat(chunks).length >= CHUNK_HEADER_BYTES && Buffer.concat(chunks).length >= CHUNK_HEADER_BYTES + Buffer.concat(chunks).readUInt32LE(8));
  s.destroy();
  return Buffer.concat(chunks).subarray(CHUNK_HEADER_BYTES);
}
