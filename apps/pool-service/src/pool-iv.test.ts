// The pool service with IV over a real nats-server: three in-process hosts (ranks 1..3), each
// with its own IV cache (libs/iv IvNode served on NATS, the pool-handle class reading the pool
// service). The leader roots the pool's namespace with its term; a disconnect drops the handle
// from every cache; a new leader re-roots with a higher term.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { SeededRng } from '@daos-nats/base';
import { connectBus, natsRsvcTransport, type Bus } from '@daos-nats/bus';
import { DaosClient, distStart, PoolClient, ServiceCaller } from '@daos-nats/client';
import { IvClassRegistry, IvNode, ivConfig } from '@daos-nats/iv';
import { ivCacheClasses, IV_CLASS, IvClient, monotonicTimer, NatsIvTransport, poolConnClass, serveIvNode, uuidKey } from '@daos-nats/iv-nats';
import { daos } from '@daos-nats/proto';
import { RsvcHost } from '@daos-nats/rsvc';
import { createLogger } from '@daos-nats/telemetry';
import { startNatsServer, tempDir, waitFor, type NatsServer, type TempDir } from '@daos-nats/testkit';
import { IvPoolHooks } from './pool-iv.js';
import { createPoolService, type PoolLeader } from './pool-service.js';

const SYSTEM = 'pooliv';
const POOL = randomUUID();
const RANKS = [1, 2, 3];
const replica = { tickIntervalMs: 20, commitTimeoutMs: 10_000, raft: { electionTimeoutTicks: 15, heartbeatTicks: 3 } };
const IV = ivConfig({ entryLeaseMs: 500, requestTimeoutMs: 1000, updateTimeoutMs: 5000, clockSlackMs: 20 });

let nats: NatsServer;
let dir: TempDir;
const hosts = new Map<number, { host: RsvcHost<PoolLeader>; bus: Bus; node: IvNode; iv: IvClient }>();
let owner: DaosClient;
let pool: PoolClient;

before(async () => {
  nats = await startNatsServer();
  dir = await tempDir('pool-iv-');
  for (const rank of RANKS) {
    const log = createLogger({ service: 'pool-iv-test', level: 'warn', base: { rank } });
    const bus = await connectBus({ name: `pool-iv-r${rank}`, servers: nats.url, log });
    const node = new IvNode(rank, new IvClassRegistry(ivCacheClasses(poolConnClass({ bus, system: SYSTEM, rank, readTimeoutMs: 2000 }))), new NatsIvTransport(bus, SYSTEM), monotonicTimer, IV);
    await serveIvNode(bus, SYSTEM, node);
    const iv = new IvClient(bus, SYSTEM, rank, new SeededRng(rank), { callTimeoutMs: 10_000, retryPauseMs: 50 });
    const service = createPoolService({ log, iv: new IvPoolHooks(iv, log) });
    const host = await RsvcHost.start({ transport: natsRsvcTransport(bus), system: SYSTEM, rank, dataDir: `${dir.path}/r${rank}`, service, rng: new SeededRng(rank), replica, log });
    hosts.set(rank, { host, bus, node, iv });
  }
  const bootstrap = daos.pool.v1.PoolBootstrap.encode({ uuid: POOL, label: 'iv', sizeBytes: 1 << 30, svcRanks: RANKS, owner: 'alice@', ownerGroup: 'staff@', ranks: RANKS.map((rank) => ({ rank, faultDomain: `/node${rank}` })), createdMs: 1 }).finish();
  const caller = new ServiceCaller({ bus: hosts.get(1)!.bus, system: SYSTEM, service: 'pool', group: POOL, ranks: RANKS, rng: new SeededRng(1) });
  await distStart(caller, { ranks: RANKS, create: true, bootstrapArg: bootstrap, timeoutMs: 10_000 });
  owner = await DaosClient.connect({ natsUrl: nats.url, system: SYSTEM, credential: { user: 'alice@', group: 'staff@', groups: ['staff@'] } });
  pool = new PoolClient(owner, { uuid: POOL, ranks: RANKS });
});

after(async () => {
  await owner?.close();
  for (const h of hosts.values()) {
    await h.host.close().catch(() => undefined);
    await h.bus.drain().catch(() => undefined);
  }
  await dir?.[Symbol.asyncDispose]();
  await nats?.[Symbol.asyncDispose]();
});

/** The rank whose cache roots the pool now, once exactly one does. */
async function rootRank(): Promise<number> {
  return waitFor(
    () => {
      const roots = RANKS.filter((r) => hosts.get(r)!.node.rootedPools().includes(POOL));
      return roots.length === 1 ? roots[0] : undefined;
    },
    { timeoutMs: 20_000, what: 'one cache to root the pool' },
  );
}

async function handleOnEveryCache(handle: string, ranks: readonly number[]): Promise<(number | 'absent')[]> {
  const out: (number | 'absent')[] = [];
  for (const r of ranks) {
    const e = await hosts.get(r)!.iv.fetch(POOL, IV_CLASS.POOL_CONN, uuidKey(handle));
    out.push(e.value === undefined ? 'absent' : daos.pool.v1.VerifyHandleRep.decode(e.value).capabilities);
  }
  return out;
}

test('the pool service leader roots its IV namespace with its term; every cache serves a connected handle', async () => {
  const { svcLeader } = await pool.query();
  const root = await rootRank();
  assert.equal(root, svcLeader);
  const h = await pool.connect('rw');
  assert.deepEqual(await handleOnEveryCache(h.handle, RANKS), [0b111, 0b111, 0b111]);
  // A handle the pool service never had is absent everywhere (read from the source at the root).
  assert.deepEqual(await handleOnEveryCache(randomUUID(), RANKS), ['absent', 'absent', 'absent']);
});

test('disconnect and evict drop the handle from every cache (counted: all three answer absent)', async () => {
  const a = await pool.connect('rw');
  const b = await pool.connect('ro');
  assert.deepEqual(await handleOnEveryCache(a.handle, RANKS), [0b111, 0b111, 0b111]);
  await pool.disconnect(a.handle);
  // The invalidation runs right after the commit (distributeMap); waitFor only bounds the wait.
  await waitFor(async () => (await handleOnEveryCache(a.handle, RANKS)).every((x) => x === 'absent'), { timeoutMs: 10_000, what: 'the disconnected handle to leave every cache' });
  assert.notEqual((await handleOnEveryCache(b.handle, RANKS))[0], 'absent');
  assert.equal(await pool.evict({ handles: [b.handle] }), 1);
  await waitFor(async () => (await handleOnEveryCache(b.handle, RANKS)).every((x) => x === 'absent'), { timeoutMs: 10_000, what: 'the evicted handle to leave every cache' });
});

test('a leader change re-roots the namespace with a higher term on the new leader', async () => {
  const oldRoot = await rootRank();
  const oldTerm = hosts.get(oldRoot)!.node.namespace(POOL)!.term;
  const h = await pool.connect('rw');
  const old = hosts.get(oldRoot)!;
  await old.host.close();
  hosts.get(oldRoot)!.node.stopRoot(POOL, oldTerm); // its step-down already asked for this; idempotent
  const survivors = RANKS.filter((r) => r !== oldRoot);
  const newRoot = await waitFor(
    () => survivors.find((r) => {
      const ns = hosts.get(r)!.node.namespace(POOL);
      return ns !== undefined && ns.root === r && ns.term > oldTerm && hosts.get(r)!.node.rootedPools().includes(POOL);
    }),
    { timeoutMs: 30_000, what: 'a new leader to root the pool' },
  );
  // The new root adopts its claim at once and announces it down the tree: wait for the other cache to learn it.
  await waitFor(() => survivors.every((r) => hosts.get(r)!.node.namespace(POOL)?.root === newRoot), { timeoutMs: 10_000, what: 'every surviving cache to learn the new root' });
  for (const r of survivors) assert.equal(hosts.get(r)!.node.namespace(POOL)!.root, newRoot);
  assert.deepEqual(await handleOnEveryCache(h.handle, survivors), [0b111, 0b111]);
});
