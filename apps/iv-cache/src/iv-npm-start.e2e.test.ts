// End to end under `npm start` (real MS, pool service, container service and iv-cache processes):
// the container service verifies pool handles through the IV cache of its own rank (the root
// widened the pool's namespace to the container service's ranks), an eviction is refused at once;
// CONT_CAPA and CONT_PROP are read from the container service on a miss and then served without
// it; a close invalidates every cache; IV_OID ranges handed out by the tree never overlap.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { loadRoleAuth, authDir } from '@daos-nats/auth';
import { DaosError, DER, SeededRng } from '@daos-nats/base';
import { connectBus, type Bus } from '@daos-nats/bus';
import { callerCredential, DaosClient, MgmtClient, PoolContainers, systemAuth } from '@daos-nats/client';
import { IV_CLASS, IvClient, uuidKey } from '@daos-nats/iv-nats';
import { TestSystem, waitFor } from '@daos-nats/testkit';

let sys: TestSystem;
let bus: Bus;
let client: DaosClient;
let mgmt: MgmtClient;
let pool: string;
/** Every iv-cache rank of the system; those of the pool's namespace; those of its container service replicas. */
let allCacheRanks: number[] = [];
let cacheRanks: number[] = [];
let contRanks: number[] = [];
const ivs = new Map<number, IvClient>();

function iv(rank: number): IvClient {
  let c = ivs.get(rank);
  if (!c) ivs.set(rank, (c = new IvClient(bus, sys.system, rank, new SeededRng(rank + 7), { callTimeoutMs: 8_000, retryPauseMs: 50 })));
  return c;
}

const isDer = (code: number) => (e: unknown) => e instanceof DaosError && e.code === code;

/** The IV lines of the system's log, for a failure message. */
function ivLog(): string {
  return sys.log.split('\n').filter((l) => /iv-cache-|\biv[: ]/.test(l)).slice(-40).join('\n');
}

/**
 * An allocation through the cache of `rank`, retried while no answer came in time (the root's
 * reservation at the container service may outlast a hop's deadline on a loaded machine; the
 * range of a lost reply is wasted, never handed out again).
 */
async function allocRetrying(rank: number, cont: string, count: number): Promise<{ first: number; count: number; from: string }> {
  const deadline = performance.now() + 60_000;
  for (;;) {
    try {
      return { ...(await iv(rank).alloc(pool, IV_CLASS.OID, uuidKey(cont), count)), from: `rank ${rank}` };
    } catch (e) {
      if (!(e instanceof DaosError && (e.code === DER.TIMEDOUT || e.code === DER.UNREACH)) || performance.now() > deadline) throw e;
    }
  }
}

before(async () => {
  sys = await TestSystem.start({ poolServices: 1, containerServices: 3 });
  const rec = await sys.readRecord();
  allCacheRanks = rec.processes.filter((p) => p.kind === 'iv-cache').map((p) => p.rank!);
  const ivAuth = await loadRoleAuth(authDir(sys.dataDir), 'iv');
  bus = await connectBus({ name: 'iv-npm-start-test', servers: sys.natsUrl, ...ivAuth.bus });
  const credential = callerCredential();
  const auth = await systemAuth(sys.dataDir, 'admin', credential, {});
  client = await DaosClient.connect({ natsUrl: sys.natsUrl, system: sys.system, name: 'iv-npm-start-test', callTimeoutMs: 20_000, credential, ...(auth ? { auth } : {}) });
  mgmt = new MgmtClient(client, { replicas: rec.msReplicas });
  const created = await sys.dmg(['pool', 'create', '--size', '1G', 'ivpool']);
  assert.equal(created.code, 0, created.stderr);
  const found = await mgmt.poolFind('ivpool');
  pool = found.uuid;
  // The namespace: the pool service leader's rank (the root) and the container service replicas'
  // ranks (a container service that joined after the pool was created hosts none of its replicas).
  contRanks = [...found.contRanks];
  cacheRanks = [...new Set([...found.svcRanks, ...contRanks])];
});

after(async () => {
  await client?.close();
  await bus?.drain().catch(() => undefined);
  await sys?.[Symbol.asyncDispose]();
});

test('the root widens the pool namespace to the container service ranks: their caches serve it', { timeout: 120_000 }, async () => {
  assert.equal(allCacheRanks.length, 4, 'one iv-cache per member rank (1 pool service, 3 container services)');
  assert.ok(contRanks.length >= 1 && contRanks.every((r) => allCacheRanks.includes(r)), `container service ranks ${contRanks} have caches`);
  const t0 = performance.now();
  // An unknown handle is absent (at the pool map's version); a cache outside the namespace fails (DER_NONEXIST).
  const knows = async (r: number): Promise<boolean> => {
    const e = await iv(r).fetch(pool, IV_CLASS.POOL_CONN, uuidKey(randomUUID())).catch(() => undefined);
    return e !== undefined && e.value === undefined;
  };
  try {
    await waitFor(async () => (await Promise.all(contRanks.map(knows))).every(Boolean), { timeoutMs: 90_000, intervalMs: 100, what: `the caches of container service ranks ${contRanks.join(',')} to know pool ${pool}` });
  } catch (e) {
    assert.fail(`${String(e)}\n${ivLog()}`);
  }
  console.log(`# namespace widened to ranks ${contRanks.join(',')} within ${Math.round(performance.now() - t0)} ms of pool create returning`);
});

test('the container service refuses an evicted pool handle at once (IV invalidation, no TTL)', { timeout: 120_000 }, async () => {
  const s = await PoolContainers.connect(client, mgmt, pool, 'rw');
  const h = s.poolHandle.handle;
  await s.containers.create({ label: 'evictme' });
  // Every cache of the namespace now holds (or reads) the handle: fetch it on each.
  for (const r of cacheRanks) assert.notEqual((await iv(r).fetch(pool, IV_CLASS.POOL_CONN, uuidKey(h))).value, undefined, `rank ${r} knows handle ${h}`);
  // Verified through IV, not by asking the pool service: with the pool service stopped, the
  // container service still accepts the handle (its rank's cache and the root hold it).
  const poolSvcs = (await sys.readRecord()).processes.filter((p) => p.kind === 'pool-service');
  for (const p of poolSvcs) process.kill(p.pid, 'SIGSTOP');
  try {
    await s.containers.query('evictme');
  } finally {
    for (const p of poolSvcs) process.kill(p.pid, 'SIGCONT');
  }
  // Just verified by the container service: a TTL cache there would still accept it after the eviction.
  await s.containers.query('evictme');
  const t0 = performance.now();
  assert.equal(await s.poolClient.evict({ handles: [h] }), 1);
  const evictMs = performance.now() - t0;
  await assert.rejects(s.containers.query('evictme'), isDer(DER.NO_HDL), 'refused straight after the eviction returned');
  for (const r of cacheRanks) assert.equal((await iv(r).fetch(pool, IV_CLASS.POOL_CONN, uuidKey(h))).value, undefined, `rank ${r} dropped the evicted handle`);
  console.log(`# pool evict (commit + EAGER invalidation on ${cacheRanks.length} caches) returned in ${Math.round(evictMs)} ms`);
});

test('CONT_CAPA and CONT_PROP: a miss reads the container service, then every cache answers without it; a close invalidates every cache', { timeout: 180_000 }, async () => {
  await using s = await PoolContainers.connect(client, mgmt, pool, 'rw');
  const cont = await s.containers.create({ label: 'capa' });
  const ch = await s.containers.open(cont.uuid, 'rw');
  // Drop what the open pushed, so the next fetch is a miss all the way to the root and its source.
  assert.equal((await iv(contRanks[0]!).invalidate(pool, IV_CLASS.CONT_CAPA, uuidKey(ch.handle))).complete, true);
  for (const r of cacheRanks) {
    const capa = await iv(r).fetch(pool, IV_CLASS.CONT_CAPA, uuidKey(ch.handle));
    assert.ok(capa.value && capa.value.length > 0, `rank ${r}: the open handle's capabilities, read from the container service`);
    const prop = await iv(r).fetch(pool, IV_CLASS.CONT_PROP, uuidKey(cont.uuid));
    assert.ok(prop.version > 0 && prop.value, `rank ${r}: the container's properties at its modification time`);
  }
  // Hits: with every container service replica stopped, the caches still answer what they hold,
  // while a key none holds cannot be read from the (stopped) source.
  const rec = await sys.readRecord();
  const conts = rec.processes.filter((p) => p.kind === 'container-service');
  for (const p of conts) process.kill(p.pid, 'SIGSTOP');
  try {
    for (const r of cacheRanks) {
      assert.notEqual((await iv(r).fetch(pool, IV_CLASS.CONT_CAPA, uuidKey(ch.handle))).value, undefined, `rank ${r} answers from its cache`);
      assert.ok((await iv(r).fetch(pool, IV_CLASS.CONT_PROP, uuidKey(cont.uuid))).version > 0);
    }
    await assert.rejects(iv(cacheRanks[0]!).fetch(pool, IV_CLASS.CONT_CAPA, uuidKey(randomUUID())), (e: unknown) => e instanceof DaosError, 'a miss needs the source');
  } finally {
    for (const p of conts) process.kill(p.pid, 'SIGCONT');
  }
  await s.containers.close(cont.uuid, ch.handle);
  for (const r of cacheRanks) assert.equal((await iv(r).fetch(pool, IV_CLASS.CONT_CAPA, uuidKey(ch.handle))).value, undefined, `rank ${r}: closed, so absent`);
});

test('IV_OID: ranges handed out by every cache at once never overlap, nor with the container service\'s own allocations', { timeout: 180_000 }, async () => {
  await using s = await PoolContainers.connect(client, mgmt, pool, 'rw');
  const cont = await s.containers.create({ label: 'oids' });
  const ch = await s.containers.open(cont.uuid, 'rw');
  const ranges: { first: number; count: number; from: string }[] = [];
  for (let round = 0; round < 3; round++) {
    // Every cache at once; on each, one allocation after the other (as one engine's requests queue).
    const perRank = await Promise.all(cacheRanks.map(async (r) => {
      const mine = [];
      for (const n of [1, 7, 300]) mine.push(await allocRetrying(r, cont.uuid, n));
      return mine;
    }));
    const got = perRank.flat();
    for (const g of got) assert.ok(g.count >= 1, `${g.from}: a non-empty range`);
    ranges.push(...got);
    const direct = await s.containers.allocOids(cont.uuid, ch.handle, 5);
    ranges.push({ ...direct, from: 'cont.oid.alloc' });
  }
  ranges.sort((a, b) => a.first - b.first);
  for (let i = 1; i < ranges.length; i++) {
    const p = ranges[i - 1]!;
    assert.ok(p.first + p.count <= ranges[i]!.first, `[${p.first}, +${p.count}) from ${p.from} overlaps [${ranges[i]!.first}, +${ranges[i]!.count}) from ${ranges[i]!.from}`);
  }
  await s.containers.close(cont.uuid, ch.handle);
});
