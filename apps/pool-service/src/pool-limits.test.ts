// The pool service's named limits over a real nats-server and real SQLite: one host (rank 1)
// serving two pools, with limits lowered so they are reached quickly; an eviction of 5,000
// handles in steps of 200, each step's IV invalidation recorded (the hook is the service's own
// seam, not a stand-in for NATS or SQLite).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { DaosError, SeededRng } from '@daos-nats/base';
import { connectBus, natsRsvcTransport, type Bus } from '@daos-nats/bus';
import { DaosClient, distStart, PoolClient, ServiceCaller } from '@daos-nats/client';
import { daos } from '@daos-nats/proto';
import { RsvcHost } from '@daos-nats/rsvc';
import { createLogger } from '@daos-nats/telemetry';
import { startNatsServer, tempDir, type NatsServer, type TempDir } from '@daos-nats/testkit';
import { createPoolService, type PoolLeader } from './pool-service.js';
import { POOL_HANDLE_META_BYTES } from './pool-limits.js';

const SYSTEM = 'limitstest';
const BIG = randomUUID();
const SMALL = randomUUID();
const SMALL_BYTES = 8 * POOL_HANDLE_META_BYTES;
const limits = { poolHandlesMax: 5_000, evictItemsPerTxMax: 200, attrsPerObjectMax: 10, attrBytesPerObjectMax: 4_096 };
const replica = { tickIntervalMs: 20, commitTimeoutMs: 10_000, raft: { electionTimeoutTicks: 15, heartbeatTicks: 3 } };

let nats: NatsServer;
let dir: TempDir;
let bus: Bus;
let host: RsvcHost<PoolLeader>;
let client: DaosClient;
let big: PoolClient;
let small: PoolClient;
/** Every IV invalidation batch the leader sent: pool and handles. */
const invalidations: { pool: string; handles: readonly string[] }[] = [];

async function refusal(p: Promise<unknown>): Promise<{ der: string; message: string }> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof DaosError, `expected a DaosError, got ${String(e)}`);
    return { der: e.derName, message: e.message };
  }
  assert.fail('expected a failure');
}

async function startPool(uuid: string, sizeBytes: number): Promise<PoolClient> {
  const bootstrap = daos.pool.v1.PoolBootstrap.encode({ uuid, label: `p${sizeBytes}`, sizeBytes, svcRanks: [1], owner: 'alice@', ownerGroup: 'staff@', createdMs: 1 }).finish();
  const caller = new ServiceCaller({ bus, system: SYSTEM, service: 'pool', group: uuid, ranks: [1], rng: new SeededRng(1) });
  await distStart(caller, { ranks: [1], create: true, bootstrapArg: bootstrap, timeoutMs: 10_000 });
  return new PoolClient(client, { uuid, ranks: [1] });
}

before(async () => {
  nats = await startNatsServer();
  dir = await tempDir('pool-limits-');
  const log = createLogger({ service: 'pool-limits-test', level: 'warn' });
  bus = await connectBus({ name: 'pool-limits', servers: nats.url, log });
  const iv = {
    leaderUp: () => {},
    leaderDown: () => {},
    invalidateHandles: async (pool: string, handles: readonly string[]) => void invalidations.push({ pool, handles: [...handles] }),
  };
  const service = createPoolService({ log, limits, iv });
  host = await RsvcHost.start({ transport: natsRsvcTransport(bus), system: SYSTEM, rank: 1, dataDir: `${dir.path}/r1`, service, rng: new SeededRng(1), replica, log });
  client = await DaosClient.connect({ natsUrl: nats.url, system: SYSTEM, credential: { user: 'alice@', group: 'staff@', groups: ['staff@'] } });
  big = await startPool(BIG, 1 << 30);
  small = await startPool(SMALL, SMALL_BYTES);
});

after(async () => {
  await client?.close();
  await host?.close();
  await bus?.drain();
  await dir?.[Symbol.asyncDispose]();
  await nats?.[Symbol.asyncDispose]();
});

const bytes = (n: number): Uint8Array => new Uint8Array(n).fill(7);

test('attributes: attrsPerObjectMax and attrBytesPerObjectMax refuse with DER_NOSPACE and change nothing', async () => {
  const h = await big.connect('rw');
  const ten: Record<string, Uint8Array> = {};
  for (let i = 0; i < 10; i++) ten[`a${i}`] = bytes(100);
  await big.setAttrs(ten, { handle: h.handle });
  const over = await refusal(big.setAttrs({ a10: bytes(1) }, { handle: h.handle }));
  assert.equal(over.der, 'DER_NOSPACE');
  assert.match(over.message, /attrsPerObjectMax=10/);
  assert.equal((await big.listAttrs({ handle: h.handle })).length, 10);
  await big.setAttrs({ a0: bytes(200) }, { handle: h.handle }); // an overwrite adds no attribute
  const tooBig = await refusal(big.setAttrs({ a1: bytes(4_000) }, { handle: h.handle }));
  assert.equal(tooBig.der, 'DER_NOSPACE');
  assert.match(tooBig.message, /attrBytesPerObjectMax=4096/);
  assert.equal((await big.getAttrs(['a1'], { handle: h.handle })).get('a1')?.byteLength, 100);
  const attrBytes = 2 + 200 + 9 * (2 + 100);
  assert.equal((await big.query()).space?.metadataBytes, attrBytes + POOL_HANDLE_META_BYTES);
  await big.deleteAttrs(['a2', 'a3'], { handle: h.handle });
  await big.setAttrs({ b: bytes(1_000), c: bytes(1) }, { handle: h.handle }); // room again
  assert.equal((await big.query()).space?.metadataBytes, attrBytes - 2 * 102 + 1 + 1_000 + 1 + 1 + POOL_HANDLE_META_BYTES);
  await big.disconnect(h.handle);
});

test('metadata counts against the pool size: a connect or attribute beyond it is DER_NOSPACE', async () => {
  const handles: string[] = [];
  for (let i = 0; i < 8; i++) handles.push((await small.connect('rw')).handle);
  const info = await small.query();
  assert.equal(info.space?.metadataBytes, SMALL_BYTES);
  assert.equal(info.space?.freeBytes, 0);
  const full = await refusal(small.connect('ro'));
  assert.equal(full.der, 'DER_NOSPACE');
  assert.match(full.message, new RegExp(`beyond its size of ${SMALL_BYTES} bytes`));
  const attr = await refusal(small.setAttrs({ x: bytes(1) }, { handle: handles[0]! }));
  assert.equal(attr.der, 'DER_NOSPACE');
  assert.equal((await small.query()).handleCount, 8);
  assert.equal(await small.evict(), 8);
  assert.equal((await small.query()).space?.freeBytes, SMALL_BYTES);
});

test('poolHandlesMax, then an eviction of 5,000 handles in steps of 200; the pool keeps serving', async (t) => {
  const machines = ['m0', 'm1'];
  for (let i = 0; i < 5_000; i += 50) {
    await Promise.all(Array.from({ length: 50 }, (_, j) => big.connect('rw', { machine: machines[(i + j) % 2]! })));
  }
  assert.equal((await big.query()).handleCount, 5_000);
  const over = await refusal(big.connect('ro'));
  assert.equal(over.der, 'DER_NOSPACE');
  assert.match(over.message, /poolHandlesMax=5000/);
  assert.equal((await big.query()).handleCount, 5_000);

  invalidations.length = 0;
  const t0 = performance.now();
  assert.equal(await big.evict({ machine: 'm1' }), 2_500);
  const t1 = performance.now();
  assert.equal((await big.query()).handleCount, 2_500);
  assert.equal(await big.evict(), 2_500);
  t.diagnostic(`evict by machine (5,000 scanned, 2,500 evicted): ${Math.round(t1 - t0)} ms; evict of the other 2,500: ${Math.round(performance.now() - t1)} ms`);
  const mine = invalidations.filter((b) => b.pool === BIG);
  assert.equal(mine.reduce((n, b) => n + b.handles.length, 0), 5_000);
  assert.ok(mine.every((b) => b.handles.length <= limits.evictItemsPerTxMax), `batches ${mine.map((b) => b.handles.length).join(',')}`);
  assert.ok(mine.length >= 5_000 / limits.evictItemsPerTxMax);
  const info = await big.query();
  assert.equal(info.handleCount, 0);
  assert.equal((await big.listHandles()).length, 0);

  const h = await big.connect('rw');
  await big.setAttrs({ b: bytes(3) }, { handle: h.handle }); // the first test left 10 attributes: an overwrite
  assert.equal((await big.getAttrs(['b'], { handle: h.handle })).get('b')?.byteLength, 3);
  assert.equal((await big.query({ handle: h.handle })).handleCount, 1);
});
