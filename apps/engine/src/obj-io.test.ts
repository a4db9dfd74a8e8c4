// Object I/O on a real engine (worker-thread xstreams, SQLite per target) over a real nats-server,
// with handle checks through a real IV cache of the engine's rank. The cache's pool-handle and
// container-handle values are pushed here as the pool and container services push them.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CONT_CAPA } from '@daos-nats/acl';
import { objOps } from '@daos-nats/api';
import { DaosError, DER, SeededRng } from '@daos-nats/base';
import { connectBus, engineIoSubject, type Bus } from '@daos-nats/bus';
import { DrpcClient, DrpcModule, MgmtMethod } from '@daos-nats/drpc';
import { IvClassRegistry, IvNode, ivConfig } from '@daos-nats/iv';
import { ivCacheClasses, IV_CLASS, IvClient, monotonicTimer, NatsIvTransport, serveIvNode, uuidKey } from '@daos-nats/iv-nats';
import { Hlc, makeOid, objectClassByName } from '@daos-nats/placement';
import { daos } from '@daos-nats/proto';
import { startNatsServer, tempDir, type NatsServer, type TempDir } from '@daos-nats/testkit';
import { Engine } from './engine.js';
import type { EngineConfig } from './engine-config.js';

const E = daos.engine.v1;
const SYS = 'objio';
const RANK = 0;
const POOL = randomUUID();
const CONT = randomUUID();
const PH = randomUUID();
const PH_RO = randomUUID();
const CH = randomUUID();
const CH_RO = randomUUID();
const OID = makeOid(objectClassByName('S1'), 7n);
const k = (s: string) => Buffer.from(s);
const str = (b: Uint8Array | null | undefined) => Buffer.from(b ?? []).toString();

let nats: NatsServer;
let dir: TempDir;
let engine: Engine;
let bus: Bus;
let iv: IvClient;

function config(): EngineConfig {
  return { system: SYS, instanceIdx: 0, uuid: 'e0', targets: 2, offloadXstreams: 0, dataDir: join(dir.path, 'data'), drpcSocket: join(dir.path, 'e.sock'), natsUrl: nats.url, modules: ['mgmt', 'obj'] };
}

async function startEngine(): Promise<Engine> {
  const e = new Engine(config(), { onFatal: (w) => assert.fail(w), log: () => undefined });
  await e.start();
  const drpc = await DrpcClient.connect(e.config.drpcSocket);
  assert.equal(E.Result.decode(await drpc.callOk(DrpcModule.MGMT, MgmtMethod.SET_RANK, E.SetRankReq.encode({ rank: RANK }).finish())).status, 0);
  const rep = E.TgtPoolCreateRep.decode(await drpc.callOk(DrpcModule.MGMT, MgmtMethod.POOL_CREATE, E.TgtPoolCreateReq.encode({ poolUuid: POOL, sizeBytes: 256 * 1024 }).finish()));
  assert.equal(rep.result?.status ?? 0, 0);
  drpc.close();
  return e;
}

/** What the pool service pushes on connect (EAGER) and the container service on open. */
async function pushHandles(mapVersion: number): Promise<void> {
  const RO = daos.pool.v1.ConnectFlag.CONNECT_FLAG_RO;
  const RW = daos.pool.v1.ConnectFlag.CONNECT_FLAG_RW;
  for (const [h, flags] of [[PH, RW], [PH_RO, RO]] as const)
    await iv.update(POOL, IV_CLASS.POOL_CONN, uuidKey(h), mapVersion, daos.pool.v1.VerifyHandleRep.encode({ valid: true, capabilities: 1, flags, mapVersion }).finish(), 'eager');
  for (const [h, capabilities] of [[CH, CONT_CAPA.READ_DATA | CONT_CAPA.WRITE_DATA], [CH_RO, CONT_CAPA.READ_DATA]] as const)
    await iv.update(POOL, IV_CLASS.CONT_CAPA, uuidKey(h), 1, daos.obj.v1.ContHandleCapa.encode({ contUuid: CONT, poolHandle: PH, capabilities }).finish(), 'eager');
}

const handles = (over: Partial<daos.obj.v1.IIoHandles> = {}) => ({ poolUuid: POOL, poolHandle: PH, contUuid: CONT, contHandle: CH, mapVersion: 1, ...over });
const subj = (t: number) => engineIoSubject(SYS, RANK, t);
const put = (t: number, dkey: string, value: string, over: Partial<daos.obj.v1.IUpdateReq> = {}) =>
  bus.call(subj(t), objOps.update, { handles: handles(), oid: OID, dkey: k(dkey), akey: k('a'), value: k(value), ...over });
const get = (t: number, dkey: string, over: Partial<daos.obj.v1.IFetchReq> = {}) => bus.call(subj(t), objOps.fetch, { handles: handles(), oid: OID, dkey: k(dkey), akey: k('a'), ...over });
const refused = (code: number) => (e: unknown) => e instanceof DaosError && e.code === code;

before(async () => {
  nats = await startNatsServer();
  dir = await tempDir('obj-io-');
  bus = await connectBus({ name: 'obj-io-test', servers: nats.url });
  const node = new IvNode(RANK, new IvClassRegistry(ivCacheClasses()), new NatsIvTransport(bus, SYS), monotonicTimer, ivConfig({ entryLeaseMs: 2000, requestTimeoutMs: 2000, updateTimeoutMs: 5000, clockSlackMs: 20 }));
  await serveIvNode(bus, SYS, node);
  iv = new IvClient(bus, SYS, RANK, new SeededRng(1), { callTimeoutMs: 10_000, retryPauseMs: 20 });
  await iv.claimRoot({ pool: POOL, root: RANK, term: 1, ranks: [RANK] });
  await pushHandles(1);
  engine = await startEngine();
});

after(async () => {
  await engine?.stop();
  await bus?.drain();
  await dir?.[Symbol.asyncDispose]();
  await nats?.stop();
});

describe('object I/O on engine targets', () => {
  it('a value written is read back; a read pinned at an older epoch returns the old value', async () => {
    const first = await put(0, 'd1', 'one');
    const second = await put(0, 'd1', 'two');
    assert.ok(Number(second.epoch) > Number(first.epoch));
    assert.equal(str((await get(0, 'd1')).value), 'two');
    assert.equal(str((await get(0, 'd1', { epoch: first.epoch })).value), 'one');
    assert.equal((await get(1, 'd1')).found, false, 'target 1 has its own store');
  });

  it('arrays, punch and paged listing', async () => {
    await bus.call(subj(1), objOps.update, { handles: handles(), oid: OID, dkey: k('arr'), akey: k('x'), isArray: true, extents: [{ offset: 4, data: k('abcd') }] });
    const r = await bus.call(subj(1), objOps.fetch, { handles: handles(), oid: OID, dkey: k('arr'), akey: k('x'), isArray: true, offset: 0, length: 8 });
    assert.deepEqual([...(r.value ?? [])], [0, 0, 0, 0, ...k('abcd')]);
    for (const d of ['p1', 'p2', 'p3']) await put(1, d, d);
    await bus.call(subj(1), objOps.punch, { handles: handles(), oid: OID, dkey: k('p2') });
    const page1 = await bus.call(subj(1), objOps.list, { handles: handles(), oid: OID, limit: 2 });
    assert.equal(page1.keys?.length, 2);
    assert.ok(page1.hasAnchor);
    const page2 = await bus.call(subj(1), objOps.list, { handles: handles(), oid: OID, limit: 2, anchor: page1.anchor });
    assert.deepEqual([...(page1.keys ?? []), ...(page2.keys ?? [])].map(str), ['arr', 'p1', 'p3']);
    const q = await bus.call(subj(1), objOps.query, { handles: handles() });
    assert.equal(q.capacityBytes, 256 * 1024);
    assert.ok(Number(q.usedBytes) > 0 && Number(q.freeBytes) === 256 * 1024 - Number(q.usedBytes));
  });

  it('read-only handles cannot write, and nothing is written', async () => {
    await assert.rejects(put(0, 'd1', 'ro', { handles: handles({ contHandle: CH_RO }) }), refused(DER.NO_PERM));
    await assert.rejects(put(0, 'd1', 'ro', { handles: handles({ poolHandle: PH_RO }) }), refused(DER.NO_HDL), 'the container handle was opened through PH');
    assert.equal(str((await get(0, 'd1', { handles: handles({ contHandle: CH_RO }) })).value), 'two', 'a read-only handle reads');
  });

  it('bad input is a DER error, nothing is written, and the target keeps serving', async () => {
    await assert.rejects(put(0, 'd9', 'x', { handles: handles({ contHandle: randomUUID() }) }), refused(DER.NO_HDL));
    await assert.rejects(put(0, 'd9', 'x', { oid: 'zz' }), refused(DER.INVAL));
    await assert.rejects(put(0, 'd9', 'x', { value: Buffer.alloc((1 << 20) + 1) }), refused(DER.REC2BIG));
    await assert.rejects(put(0, 'd9', 'x', { value: Buffer.alloc(300 * 1024) }), refused(DER.NOSPACE));
    const future = new Hlc({ nowMs: () => Date.now() + 60_000, maxDriftMs: 0 }).now();
    await assert.rejects(put(0, 'd9', 'x', { epoch: Number(future) }), refused(DER.HLC_SYNC));
    await assert.rejects(bus.call(subj(0), objOps.update, { handles: handles(), oid: OID, dkey: k('d9'), akey: k('a'), isArray: true, extents: [{ offset: 0, data: k('abc') }, { offset: 1, data: k('z') }] }), refused(DER.INVAL));
    await assert.rejects(bus.request(subj(0), objOps.update.name, Buffer.from([0xff, 0xff, 0xff])), refused(DER.PROTO));
    assert.equal((await get(0, 'd9')).found, false);
    assert.equal(str((await get(0, 'd1')).value), 'two');
  });

  it('an older pool map version is DER_STALE', async () => {
    await pushHandles(2);
    await assert.rejects(put(0, 'd1', 'x'), refused(DER.STALE));
    assert.equal(str((await get(0, 'd1', { handles: handles({ mapVersion: 2 }) })).value), 'two');
  });

  it('an evicted pool handle is refused at once (eviction-to-refusal latency printed)', async () => {
    const h = handles({ mapVersion: 2 });
    await get(0, 'd1', { handles: h });
    const t0 = performance.now();
    await iv.invalidate(POOL, IV_CLASS.POOL_CONN, uuidKey(PH), 'eager');
    let tries = 0;
    for (;;) {
      tries++;
      try {
        await get(0, 'd1', { handles: h });
      } catch (e) {
        assert.ok(refused(DER.NO_HDL)(e), String(e));
        break;
      }
      assert.ok(performance.now() - t0 < 10_000, 'refused within 10 s');
    }
    const ms = performance.now() - t0;
    process.stdout.write(`# eviction-to-refusal: ${ms.toFixed(1)} ms (invalidation + first refused fetch; ${tries} request(s))\n`);
    await pushHandles(2);
  });

  it('acknowledged writes survive an engine restart', async () => {
    await put(1, 'durable', 'kept', { handles: handles({ mapVersion: 2 }) });
    await engine.stop();
    engine = await startEngine();
    assert.equal(str((await get(1, 'durable', { handles: handles({ mapVersion: 2 }) })).value), 'kept');
  });
});
