// The pool service over a real nats-server: four in-process hosts (ranks 1..4), one pool whose
// service runs on ranks 1..3 and whose map spans all four, driven through PoolClient.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { poolOps } from '@daos-nats/api';
import { DaosError, SeededRng } from '@daos-nats/base';
import { connectBus, natsRsvcTransport, type Bus } from '@daos-nats/bus';
import { DaosClient, distStart, PoolClient, ServiceCaller } from '@daos-nats/client';
import { daos } from '@daos-nats/proto';
import { RsvcHost } from '@daos-nats/rsvc';
import { createLogger } from '@daos-nats/telemetry';
import { startNatsServer, tempDir, waitFor, type NatsServer, type TempDir } from '@daos-nats/testkit';
import { createPoolService, type PoolLeader } from './pool-service.js';

const SYSTEM = 'pooltest';
const POOL = randomUUID();
const SVC = [1, 2, 3];
const MAP_RANKS = [1, 2, 3, 4];
const replica = { tickIntervalMs: 20, commitTimeoutMs: 10_000, raft: { electionTimeoutTicks: 15, heartbeatTicks: 3 } };

let nats: NatsServer;
let dir: TempDir;
const hosts: { host: RsvcHost<PoolLeader>; bus: Bus }[] = [];
const reported: { uuid: string; ranks: readonly number[] }[] = [];
/** The ranks the (simulated) management service reports Excluded. */
const systemExcluded = new Set<number>();
let owner: DaosClient;
let stranger: DaosClient;
let pool: PoolClient;
let strangerPool: PoolClient;

async function derOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof DaosError, `expected a DaosError, got ${String(e)}`);
    return e.derName;
  }
  assert.fail('expected a failure');
}

before(async () => {
  nats = await startNatsServer();
  dir = await tempDir('pool-service-');
  for (const rank of MAP_RANKS) {
    const log = createLogger({ service: 'pool-test', level: 'warn', base: { rank } });
    const bus = await connectBus({ name: `pool-r${rank}`, servers: nats.url, log });
    const service = createPoolService({
      log,
      reportReplicas: async (uuid, ranks) => {
        reported.push({ uuid, ranks });
      },
      reconfigure: { requestTimeoutMs: 10_000 },
      excludedRanks: async (ranks) => ranks.filter((r) => systemExcluded.has(r)),
      selfHeal: { intervalMs: 200 },
    });
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
    props: [{ name: 'rd_fac', value: '1' }],
    ranks: MAP_RANKS.map((rank) => ({ rank, faultDomain: `/node${rank}` })),
    targetsPerRank: 4,
    createdMs: 1,
  }).finish();
  const caller = new ServiceCaller({ bus: hosts[0]!.bus, system: SYSTEM, service: 'pool', group: POOL, ranks: SVC, rng: new SeededRng(1) });
  await distStart(caller, { ranks: SVC, create: true, bootstrapArg: bootstrap, timeoutMs: 10_000 });
  owner = await DaosClient.connect({ natsUrl: nats.url, system: SYSTEM, credential: { user: 'alice@', group: 'staff@', groups: ['staff@'] } });
  stranger = await DaosClient.connect({ natsUrl: nats.url, system: SYSTEM, credential: { user: 'mallory@', group: 'outsiders@', groups: ['outsiders@'] } });
  pool = new PoolClient(owner, { uuid: POOL, ranks: SVC });
  strangerPool = new PoolClient(stranger, { uuid: POOL, ranks: SVC });
});

after(async () => {
  await owner?.close();
  await stranger?.close();
  for (const h of hosts) {
    await h.host.close();
    await h.bus.drain();
  }
  await dir?.[Symbol.asyncDispose]();
  await nats?.[Symbol.asyncDispose]();
});

test('a new pool: map version 1 over every rank, quota as space, the service replicas, no handles', async () => {
  const info = await pool.query({ wantMap: true });
  assert.equal(info.uuid, POOL);
  assert.equal(info.label, 'tank');
  assert.equal(info.mapVersion, 1);
  assert.equal(info.totalTargets, 16);
  assert.equal(info.activeTargets, 16);
  assert.equal(info.space?.totalBytes, 1 << 30);
  assert.deepEqual(info.svcRanks, SVC);
  assert.ok(SVC.includes(info.svcLeader ?? -1));
  assert.equal(info.handleCount, 0);
  assert.equal(info.owner, 'alice@');
  assert.deepEqual(info.map?.ranks?.map((r) => r.rank), MAP_RANKS);
  assert.deepEqual((await pool.getAcl()).acl, ['A::OWNER@:rw', 'A:G:GROUP@:rw']);
});

test('connect follows the ACL; a user outside it gets DER_NO_PERM and changes nothing', async () => {
  const h = await pool.connect('rw');
  assert.equal(h.capabilities, 0b111);
  assert.equal(h.info.handleCount, 1);
  const v = await pool.verifyHandle(h.handle);
  assert.equal(v.valid, true);
  assert.equal(v.capabilities, 0b111);
  assert.equal(v.principal?.user, 'alice@');
  assert.equal(await derOf(strangerPool.connect('ro')), 'DER_NO_PERM');
  assert.equal((await pool.query()).handleCount, 1);
  assert.equal((await pool.verifyHandle(randomUUID())).valid, false);
  assert.equal((await pool.query({ handle: h.handle })).handleCount, 1);
  assert.equal(await derOf(pool.query({ handle: randomUUID() })), 'DER_NO_HDL');
  await pool.disconnect(h.handle);
  await pool.disconnect(h.handle); // unknown handles disconnect fine
  assert.equal((await pool.query()).handleCount, 0);
});

test('an exclusive handle excludes every other, and is refused while others are open', async () => {
  const ro = await pool.connect('ro');
  assert.equal(ro.capabilities, 0b001);
  assert.equal(await derOf(pool.connect('ex')), 'DER_BUSY');
  await pool.disconnect(ro.handle);
  const ex = await pool.connect('ex');
  assert.equal(await derOf(pool.connect('ro')), 'DER_BUSY');
  assert.equal(await derOf(pool.connect('ex')), 'DER_BUSY');
  assert.equal((await pool.connect('ex', { handle: ex.handle })).handle, ex.handle, 'the same handle and flags is the same connection');
  assert.equal(await derOf(pool.connect('rw', { handle: ex.handle })), 'DER_EXIST');
  await pool.disconnect(ex.handle);
  assert.equal((await pool.query()).handleCount, 0);
});

test('reconnecting with an open handle is for its own principal only: another user gets DER_NO_PERM and changes nothing', async () => {
  const ro = await pool.connect('ro');
  await pool.updateAcl(['A::mallory@:r']);
  try {
    assert.equal(await derOf(strangerPool.connect('ro', { handle: ro.handle })), 'DER_NO_PERM', 'mallory may read the pool, not take alice\'s handle');
    assert.equal((await pool.verifyHandle(ro.handle)).principal?.user, 'alice@');
    assert.equal((await pool.query()).handleCount, 1);
    assert.equal((await pool.connect('ro', { handle: ro.handle })).capabilities, 0b001, 'alice herself reconnects');
  } finally {
    await pool.deleteAcl('u:mallory@');
    await pool.disconnect(ro.handle);
  }
});

test('ACL update, delete and overwrite; the new entry lets the user in', async () => {
  let acl = await pool.updateAcl(['A::mallory@:r']);
  assert.deepEqual(acl.acl, ['A::OWNER@:rw', 'A::mallory@:r', 'A:G:GROUP@:rw']);
  const h = await strangerPool.connect('ro');
  assert.equal(h.capabilities, 0b001);
  assert.equal(await derOf(strangerPool.connect('rw')), 'DER_NO_PERM');
  await strangerPool.disconnect(h.handle);
  acl = await pool.deleteAcl('u:mallory@');
  assert.deepEqual(acl.acl, ['A::OWNER@:rw', 'A:G:GROUP@:rw']);
  assert.equal(await derOf(pool.deleteAcl('u:mallory@')), 'DER_NONEXIST');
  assert.equal(await derOf(pool.updateAcl(['A::bob@:T'])), 'DER_INVAL', 'T is not a pool permission');
  assert.equal(await derOf(pool.overwriteAcl(['garbage'])), 'DER_INVAL');
  acl = await pool.overwriteAcl(['A::OWNER@:rw', 'A::EVERYONE@:r']);
  assert.deepEqual(acl.acl, ['A::OWNER@:rw', 'A::EVERYONE@:r']);
  const e = await strangerPool.connect('ro');
  await strangerPool.disconnect(e.handle);
  await pool.overwriteAcl(['A::OWNER@:rw', 'A:G:GROUP@:rw']);
});

test('properties: get all or some, set checked all-or-nothing', async () => {
  const all = await pool.getProps();
  assert.equal(all.get('label'), 'tank');
  assert.equal(all.get('rd_fac'), '1');
  assert.equal(all.get('reclaim'), 'lazy');
  await pool.setProps({ reclaim: 'time', space_rb: '10' });
  assert.deepEqual([...(await pool.getProps(['reclaim', 'space_rb']))], [['reclaim', 'time'], ['space_rb', '10']]);
  assert.equal(await derOf(pool.setProps({ reclaim: 'disabled', space_rb: '101' })), 'DER_INVAL');
  assert.equal((await pool.getProps(['reclaim'])).get('reclaim'), 'time');
  assert.equal(await derOf(pool.getProps(['nonsense'])), 'DER_INVAL');
  assert.equal(await derOf(pool.setProps({ label: 'other' })), 'DER_INVAL');
});

// Pool attributes need an open handle (issue 10: they were readable and writable by anyone).
test('user attributes need an open handle, read-write to change them', async () => {
  await pool.withHandle('rw', async () => {
    await pool.setAttrs({ a: new TextEncoder().encode('1'), b: new TextEncoder().encode('two') });
    assert.deepEqual((await pool.listAttrs()).sort(), ['a', 'b']);
    assert.equal(new TextDecoder().decode((await pool.getAttrs(['b'])).get('b')), 'two');
    await pool.deleteAttrs(['a']);
    assert.equal(await derOf(pool.getAttrs(['a'])), 'DER_NONEXIST');
  });
  assert.equal(await derOf(pool.listAttrs()), 'DER_NO_HDL', 'no handle');
  assert.equal(await derOf(pool.setAttrs({ b: new TextEncoder().encode('x') }, { handle: randomUUID() })), 'DER_NO_HDL', 'a handle that is not open');
  await pool.withHandle('ro', async () => {
    assert.deepEqual(await pool.listAttrs(), ['b']);
    assert.equal(await derOf(pool.setAttrs({ b: new TextEncoder().encode('x') })), 'DER_NO_PERM', 'a read-only handle');
    assert.equal(await derOf(pool.deleteAttrs(['b'])), 'DER_NO_PERM');
  });
  await pool.withHandle('ro', async () => assert.equal(new TextDecoder().decode((await pool.getAttrs(['b'])).get('b')), 'two', 'refused changes changed nothing'));
});

test('exclude, drain, reintegrate and extend bump the map version; DER_RF beyond rd_fac unless forced', async () => {
  const v0 = (await pool.query()).mapVersion ?? 0;
  const c1 = await pool.exclude({ rank: 4, targets: [0] });
  assert.equal(c1.mapVersion, v0 + 1);
  assert.equal((await pool.exclude({ rank: 4, targets: [0] })).mapVersion, v0 + 1, 'nothing new: same version');
  assert.equal(await derOf(pool.drain({ rank: 3 })), 'DER_RF');
  assert.equal(await derOf(pool.exclude({ rank: 9 })), 'DER_NONEXIST');
  const info = await pool.query();
  assert.equal(info.mapVersion, v0 + 1);
  assert.equal(info.disabledTargets, 1);
  const c2 = await pool.reintegrate({ rank: 4 });
  assert.equal(c2.mapVersion, v0 + 2);
  assert.equal((await pool.query()).activeTargets, 16);
  const c3 = await pool.extend([{ rank: 5, faultDomain: '/node5' }]);
  assert.equal(c3.mapVersion, v0 + 3);
  assert.equal((await pool.query()).totalTargets, 20);
  assert.equal(await derOf(pool.extend([{ rank: 5 }])), 'DER_EXIST');
  await pool.exclude({ rank: 4 });
  assert.equal(await derOf(pool.exclude({ rank: 5 })), 'DER_RF');
  const forced = await pool.exclude({ rank: 5, force: true });
  assert.equal(forced.mapVersion, v0 + 5);
  assert.deepEqual((await pool.query()).disabledRanks, [4, 5]);
  await pool.reintegrate({ rank: 4 });
  await pool.reintegrate({ rank: 5 });
  assert.equal((await pool.query()).activeTargets, 20);
});

test('evict closes the chosen handles, those of a machine, or all', async () => {
  const a = await pool.connect('ro');
  const b = await pool.connect('ro', { machine: 'hostB' });
  const c = await pool.connect('rw', { machine: 'hostB' });
  assert.equal(await pool.evict({ handles: [a.handle] }), 1);
  assert.equal((await pool.verifyHandle(a.handle)).valid, false);
  assert.equal((await pool.listHandles()).length, 2);
  // pool.handles.list is paged: pages of one, chained by anchors, give the same handles.
  assert.deepEqual((await pool.listHandles({ pageItems: 1 })).map((h) => h.handle), [b.handle, c.handle].sort());
  assert.deepEqual((await pool.listHandles()).map((h) => h.handle), [b.handle, c.handle].sort());
  assert.equal(await pool.evict({ machine: 'hostB' }), 2);
  assert.equal((await pool.verifyHandle(b.handle)).valid, false);
  assert.equal((await pool.verifyHandle(c.handle)).valid, false);
  await pool.connect('ro');
  assert.equal(await pool.evict(), 1);
  assert.equal((await pool.query()).handleCount, 0);
});

test('excluding a replica rank moves that replica to a rank in service and reports it', async () => {
  const leader = (await pool.query()).svcLeader ?? -1;
  const victim = SVC.find((r) => r !== leader)!;
  const expected = [...SVC.filter((r) => r !== victim), 4].sort();
  await pool.exclude({ rank: victim });
  await waitFor(async () => (await pool.query()).svcRanks?.join(',') === expected.join(','), { timeoutMs: 30_000, what: `replicas ${expected}` });
  assert.deepEqual(reported.at(-1), { uuid: POOL, ranks: expected });
  assert.ok(hosts[3]!.host.group(POOL), 'rank 4 hosts a replica now');
  await waitFor(() => !hosts[victim - 1]!.host.group(POOL), { timeoutMs: 10_000, what: `rank ${victim} to drop its replica` });
  // The service keeps working on its new replicas, from a client that only knows the old ones.
  const h = await new PoolClient(owner, { uuid: POOL, ranks: expected }).connect('ro');
  await pool.disconnect(h.handle);
  await pool.reintegrate({ rank: victim });
});

test("excluding the leader's own rank makes it resign; the next leader moves that replica", async () => {
  const before = await pool.query();
  const leader = before.svcLeader ?? -1;
  const spare = MAP_RANKS.find((r) => !(before.svcRanks ?? []).includes(r))!;
  const expected = [...(before.svcRanks ?? []).filter((r) => r !== leader), spare].sort();
  await pool.exclude({ rank: leader });
  await waitFor(async () => (await pool.query()).svcRanks?.join(',') === expected.join(','), { timeoutMs: 30_000, what: `replicas ${expected}` });
  assert.notEqual((await pool.query()).svcLeader, leader);
  await pool.reintegrate({ rank: leader });
});

test('a rank the system excludes is excluded from the pool map by the leader, and its replica moves', async () => {
  const before = await pool.query();
  const victim = (before.svcRanks ?? []).find((r) => r !== before.svcLeader)!;
  const spare = MAP_RANKS.find((r) => !(before.svcRanks ?? []).includes(r))!;
  systemExcluded.add(victim);
  try {
    await waitFor(async () => (await pool.query()).disabledRanks?.includes(victim), { timeoutMs: 30_000, what: `rank ${victim} out of the map` });
    const expected = [...(before.svcRanks ?? []).filter((r) => r !== victim), spare].sort();
    await waitFor(async () => (await pool.query()).svcRanks?.join(',') === expected.join(','), { timeoutMs: 30_000, what: `replicas ${expected}` });
    await pool.setProps({ self_heal: 'rebuild' });
  } finally {
    systemExcluded.delete(victim);
  }
  await pool.reintegrate({ rank: victim });
  systemExcluded.add(victim);
  await new Promise((r) => setTimeout(r, 1_000));
  assert.equal((await pool.query()).disabledTargets, 0, 'self_heal without "exclude" leaves the map alone');
  systemExcluded.delete(victim);
  await pool.setProps({ self_heal: 'exclude;rebuild' });
});

test('a retried write is answered from the dedup table, not done twice', async () => {
  const bus = hosts[0]!.bus;
  const leader = (await pool.query()).svcLeader ?? -1;
  const handle = randomUUID();
  const subject = `daos.${SYSTEM}.pool.${POOL}.${leader}.req`;
  const req = { handle, flags: daos.pool.v1.ConnectFlag.CONNECT_FLAG_RO, principal: { user: 'alice@', group: 'staff@' } };
  const clientTimeUs = bus.nextClientTimeUs();
  const first = await bus.call(subject, poolOps.connect, req, { clientTimeUs, timeoutMs: 10_000 });
  await pool.disconnect(handle);
  const again = await bus.call(subject, poolOps.connect, req, { clientTimeUs, timeoutMs: 10_000 });
  assert.deepEqual(again.capabilities, first.capabilities);
  assert.equal((await pool.verifyHandle(handle)).valid, false, 'the retry did not reopen the handle');
});

test('evict with destroy refuses new connections (the last test: the pool is being destroyed)', async () => {
  await pool.connect('rw');
  assert.equal(await pool.evict({ destroy: true }), 1);
  assert.equal(await derOf(pool.connect('ro')), 'DER_BUSY');
  assert.equal((await pool.query()).handleCount, 0);
});
