// The pool service leader drives rebuild (pool-rebuild.ts), over a real nats-server with three
// in-process hosts and a driver that stands in for the engines and records what it was asked:
// a change of the engine ranks records the base map; the loop asks for base → current until the
// engines say done, then clears it and reclaims; a change during a rebuild keeps the base; a change
// of the pool-service ranks alone starts none.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { SeededRng } from '@daos-nats/base';
import { connectBus, natsRsvcTransport, type Bus } from '@daos-nats/bus';
import { DaosClient, distStart, PoolClient, ServiceCaller } from '@daos-nats/client';
import { daos } from '@daos-nats/proto';
import { RsvcHost } from '@daos-nats/rsvc';
import { createLogger } from '@daos-nats/telemetry';
import { startNatsServer, tempDir, waitFor, type NatsServer, type TempDir } from '@daos-nats/testkit';
import type { RebuildDriver, RebuildRunState } from './pool-rebuild.js';
import { createPoolService, type PoolLeader } from './pool-service.js';

const SYSTEM = 'rebuildtest';
const POOL = randomUUID();
const SVC = [1, 2, 3];
const ENGINES = [11, 12, 13];
const replica = { tickIntervalMs: 20, commitTimeoutMs: 10_000, raft: { electionTimeoutTicks: 15, heartbeatTicks: 3 } };

/** What the engines were asked (map version, base version) and what they answer next. */
const starts: Array<{ map: number; base: number }> = [];
const reclaims: number[] = [];
let engineState: RebuildRunState = 'busy';
const driver: RebuildDriver = {
  start: async (_pool, map, base) => {
    starts.push({ map: map.version ?? 0, base: base.version ?? 0 });
    return { state: engineState, detail: 'test driver' };
  },
  reclaim: async (_pool, map) => void reclaims.push(map.version ?? 0),
};

let nats: NatsServer;
let dir: TempDir;
const hosts: { host: RsvcHost<PoolLeader>; bus: Bus }[] = [];
let client: DaosClient;
let pool: PoolClient;

before(async () => {
  nats = await startNatsServer();
  dir = await tempDir('pool-rebuild-');
  for (const rank of SVC) {
    const log = createLogger({ service: 'pool-test', level: 'warn', base: { rank } });
    const bus = await connectBus({ name: `pool-r${rank}`, servers: nats.url, log });
    const service = createPoolService({ log, rebuild: { intervalMs: 50, driver } });
    const host = await RsvcHost.start({ transport: natsRsvcTransport(bus), system: SYSTEM, rank, dataDir: `${dir.path}/r${rank}`, service, rng: new SeededRng(rank), replica, log });
    hosts.push({ host, bus });
  }
  const bootstrap = daos.pool.v1.PoolBootstrap.encode({
    uuid: POOL,
    label: 'tank',
    sizeBytes: 1 << 30,
    svcRanks: SVC,
    owner: 'alice@',
    ownerGroup: 'staff@',
    props: [{ name: 'rd_fac', value: '2' }], // two engine ranks out at once in the second test
    ranks: [...SVC.map((rank) => ({ rank, faultDomain: `/svc${rank}` })), ...ENGINES.map((rank) => ({ rank, faultDomain: `/node${rank}`, storage: true, targets: [{ index: 0 }, { index: 1 }] }))],
    targetsPerRank: 2,
    createdMs: 1,
  }).finish();
  const caller = new ServiceCaller({ bus: hosts[0]!.bus, system: SYSTEM, service: 'pool', group: POOL, ranks: SVC, rng: new SeededRng(1) });
  await distStart(caller, { ranks: SVC, create: true, bootstrapArg: bootstrap, timeoutMs: 10_000 });
  client = await DaosClient.connect({ natsUrl: nats.url, system: SYSTEM, credential: { user: 'alice@', group: 'staff@', groups: ['staff@'] } });
  pool = new PoolClient(client, { uuid: POOL, ranks: SVC });
});

after(async () => {
  await client?.close();
  for (const { host, bus } of hosts) {
    await host.close();
    await bus.drain();
  }
  await dir?.[Symbol.asyncDispose]();
  await nats?.[Symbol.asyncDispose]();
});

const rebuildState = async () => (await pool.query()).rebuildState;

test('an engine rank excluded: rebuilt from the map before to the map after, then cleared and reclaimed', async () => {
  const v0 = (await pool.query()).mapVersion;
  assert.equal(await rebuildState(), 'idle');
  assert.equal(starts.length, 0, 'no rebuild without a change');

  engineState = 'busy';
  const v1 = (await pool.exclude({ rank: 11 })).mapVersion;
  assert.equal(await rebuildState(), 'busy', 'the change recorded a pending rebuild in its own transaction');
  await waitFor(() => starts.filter((s) => s.map === v1).length >= 2 || undefined, { timeoutMs: 20_000, what: 'the loop asking again while the engines are busy' });
  assert.ok(starts.every((s) => s.base === v0 && s.map === v1), JSON.stringify(starts));
  assert.equal(reclaims.length, 0, 'no reclaim before the engines are done');

  engineState = 'done';
  await waitFor(async () => ((await rebuildState()) === 'idle' ? true : undefined), { timeoutMs: 20_000, what: 'the rebuild cleared' });
  await waitFor(() => reclaims.includes(v1) || undefined, { timeoutMs: 20_000, what: 'the reclaim after it' });
  const asked = starts.length;
  await new Promise((r) => setTimeout(r, 300)); // six loop periods
  assert.equal(starts.length, asked, 'nothing asked once no rebuild is pending');
});

test('a change during a rebuild keeps its base: the next rebuild goes from the last completed map to the newest', async () => {
  engineState = 'busy';
  const vBase = (await pool.query()).mapVersion;
  const v1 = (await pool.exclude({ rank: 12, targets: [1] })).mapVersion;
  await waitFor(() => starts.some((s) => s.map === v1) || undefined, { timeoutMs: 20_000, what: 'the rebuild to v1 started' });
  const v2 = (await pool.reintegrate({ rank: 11 })).mapVersion;
  await waitFor(() => starts.some((s) => s.map === v2) || undefined, { timeoutMs: 20_000, what: 'the rebuild to v2 started' });
  assert.ok(starts.filter((s) => s.map === v1 || s.map === v2).every((s) => s.base === vBase), 'one base for both');
  engineState = 'done';
  await waitFor(async () => ((await rebuildState()) === 'idle' ? true : undefined), { timeoutMs: 20_000, what: 'the rebuild to v2 cleared' });
  assert.ok(reclaims.includes(v2));
});

test('a change of the pool-service ranks alone starts no rebuild', async () => {
  const asked = starts.length;
  await pool.extend([{ rank: 4, faultDomain: '/svc4' }]);
  assert.equal(await rebuildState(), 'idle');
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(starts.length, asked);
});
