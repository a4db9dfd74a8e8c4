import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { memberOps, mgmtOps, poolOps, POOL_SERVICE, rsvcOps } from '@daos-nats/api';
import { codeOf, DER, SeededRng, TimedOutError } from '@daos-nats/base';
import { type Bus, connectBus, memberControlSubject, serviceRequestSubject, typedHandler } from '@daos-nats/bus';
import { MemberState, MgmtClient, memberStateName, type MgmtMemberInfo, type ServiceCaller } from '@daos-nats/client';
import { startNatsServer, tempDir, waitFor, type NatsServer, type TempDir } from '@daos-nats/testkit';
import { BOOTSTRAP_DELAY, SYSTEM, startMs, startTestMember, stopTestMember, type TestMember } from '../test/test-system.js';
import type { MgmtServer } from './ms-server.js';

const REPLICAS = [0, 1, 2];
let nats: NatsServer;
let dir: TempDir;
let ms: { server: MgmtServer; bus: Bus }[] = [];
let members: TestMember[] = [];
let clientBus: Bus;
let mgmt: MgmtClient;

before(async () => {
  nats = await startNatsServer();
  dir = await tempDir('mgmt-service-');
  for (const rank of REPLICAS) ms.push(await startMs(nats.url, dir.path, rank, REPLICAS));
  clientBus = await connectBus({ name: 'ms-test-client', servers: nats.url });
  mgmt = new MgmtClient({ bus: clientBus, system: SYSTEM, rng: new SeededRng(9), rsvcConfig: { callTimeoutMs: 20_000 } });
  // Three pool-service members on two nodes, three container-service members on three nodes.
  const specs = [
    ['pool-service', '/node0'],
    ['pool-service', '/node1'],
    ['pool-service', '/node1'],
    ['container-service', '/node0'],
    ['container-service', '/node1'],
    ['container-service', '/node2'],
  ] as const;
  members = await Promise.all(specs.map(([kind, fd], i) => startTestMember(nats.url, path.join(dir.path, `m${i}`), kind, fd)));
});

after(async () => {
  for (const m of members) await stopTestMember(m).catch(() => undefined);
  for (const { server, bus } of ms) {
    await server.close().catch(() => undefined);
    await bus.drain().catch(() => undefined);
  }
  await clientBus.drain();
  await nats[Symbol.asyncDispose]();
  await dir[Symbol.asyncDispose]();
});

async function member(rank: number): Promise<MgmtMemberInfo> {
  const q = await mgmt.systemQuery({ ranks: [rank] });
  assert.equal(q.members.length, 1, `rank ${rank} is a member`);
  return q.members[0]!;
}

async function waitState(rank: number, state: number, timeoutMs = 20_000): Promise<MgmtMemberInfo> {
  let last: MgmtMemberInfo | undefined;
  await waitFor(async () => (last = await member(rank)).state === state, { timeoutMs, intervalMs: 50, what: `rank ${rank} to be ${memberStateName(state)} (is ${last && memberStateName(last.state)})` });
  return last!;
}

test('the locator names the replicas; leader-query names a leader among them and no down replica', async () => {
  assert.deepEqual(await mgmt.locate(), REPLICAS);
  const lq = await mgmt.leaderQuery();
  assert.ok(REPLICAS.includes(lq.leader));
  assert.deepEqual(lq.replicas, REPLICAS);
  assert.deepEqual(lq.downReplicas, []);
  assert.ok(lq.term > 0);
});

test('members join with distinct ranks above the MS replicas, Joined, with kind and fault domain', async () => {
  const ranks = members.map((m) => m.agent.rank);
  assert.equal(new Set(ranks).size, members.length, 'ranks are distinct');
  for (const r of ranks) assert.ok(r > Math.max(...REPLICAS), `member rank ${r} is above the MS replica ranks`);
  const q = await mgmt.systemQuery();
  assert.equal(q.members.length, members.length);
  for (const m of members) {
    const info = q.members.find((x) => x.rank === m.agent.rank)!;
    assert.equal(info.uuid, m.agent.uuid);
    assert.equal(info.kind, m.kind);
    assert.equal(info.faultDomain, m.faultDomain);
    assert.equal(info.state, MemberState.Joined);
    assert.equal(info.incarnation, 1);
  }
  assert.ok(q.mapVersion >= members.length + 1, 'every join bumped the map version');
});

test('query filters by ranks (absent ones reported) and by state mask', async () => {
  const r = members[0]!.agent.rank;
  const q = await mgmt.systemQuery({ ranks: [r, 999] });
  assert.deepEqual(q.members.map((m) => m.rank), [r]);
  assert.deepEqual(q.absentRanks, [999]);
  assert.equal((await mgmt.systemQuery({ stateMask: MemberState.Stopped })).members.length, 0);
  assert.equal((await mgmt.systemQuery({ stateMask: MemberState.Joined | MemberState.Stopped })).members.length, members.length);
});

test('system stop and start fan out to the chosen ranks with per-rank results', async () => {
  const [a, b] = [members[3]!, members[4]!];
  const stop = await mgmt.systemStop({ ranks: [a.agent.rank, b.agent.rank, 999] });
  const expected = [a.agent.rank, b.agent.rank].sort((x, y) => x - y).map((r) => [r, 0, MemberState.Stopped]);
  assert.deepEqual(stop.results.map((r) => [r.rank, r.status, r.state]), expected, 'one result per named member, by rank');
  assert.deepEqual(stop.absentRanks, [999]);
  assert.deepEqual(a.controls, ['stop']);
  assert.equal((await member(a.agent.rank)).state, MemberState.Stopped);
  assert.equal(a.agent.localState, MemberState.Stopped);
  assert.equal((await member(members[5]!.agent.rank)).state, MemberState.Joined, 'an unnamed rank is untouched');

  const again = await mgmt.systemStop({ ranks: [a.agent.rank] });
  assert.equal(again.results[0]!.status, 0, 'stopping a stopped rank is not an error');
  assert.deepEqual(a.controls, ['stop'], '...and does not stop it twice');

  const start = await mgmt.systemStart({ ranks: [a.agent.rank, b.agent.rank] });
  assert.ok(start.results.every((r) => r.status === 0 && r.state === MemberState.Joined));
  assert.deepEqual(a.controls, ['stop', 'start']);
  assert.equal((await member(b.agent.rank)).state, MemberState.Joined);
});

test('a member control request naming another incarnation is DER_STALE and does nothing', async () => {
  const m = members[0]!;
  const subject = memberControlSubject(SYSTEM, m.agent.rank);
  const ping = await clientBus.call(subject, memberOps.ping, { incarnation: m.agent.incarnation });
  assert.deepEqual([ping.state, ping.incarnation], [MemberState.Joined, m.agent.incarnation]);
  await assert.rejects(clientBus.call(subject, memberOps.stop, { incarnation: m.agent.incarnation + 7 }), (e: unknown) => codeOf(e) === DER.STALE);
  assert.deepEqual(m.controls, [], 'the stop callback was not called');
  assert.equal(m.agent.localState, MemberState.Joined);
});

test('exclude makes a rank AdminExcluded; clear-exclude lets it rejoin with the same rank and a new incarnation', async () => {
  const m = members[5]!;
  const r = m.agent.rank;
  const ex = await mgmt.systemExclude([r]);
  assert.deepEqual(ex.results.map((x) => [x.rank, x.status, x.state]), [[r, 0, MemberState.AdminExcluded]]);
  // Heartbeats do not bring it back, stop does not reach it.
  await new Promise((res) => setTimeout(res, 400));
  assert.equal((await member(r)).state, MemberState.AdminExcluded);
  const stop = await mgmt.systemStop({ ranks: [r] });
  assert.equal(stop.results[0]!.status, DER.INVAL, 'an excluded rank is not stopped');
  // Illegal transitions are refused per rank.
  const bad = await mgmt.systemClearExclude([members[0]!.agent.rank]);
  assert.equal(bad.results[0]!.status, DER.INVAL);
  assert.match(bad.results[0]!.message, /illegal transition Joined → Excluded/);

  const clear = await mgmt.systemClearExclude([r]);
  assert.equal(clear.results[0]!.state, MemberState.Excluded);
  const back = await waitState(r, MemberState.Joined);
  assert.equal(back.rank, r);
  assert.equal(back.incarnation, 2);
  assert.equal(m.agent.incarnation, 2);
  await assert.rejects(mgmt.systemExclude([]), (e: unknown) => codeOf(e) === DER.INVAL);
});

test('a silent member becomes Unresponsive, then Excluded; restarted from its data dir it keeps its rank', async () => {
  const old = members[2]!;
  const r = old.agent.rank;
  await stopTestMember(old);
  await waitState(r, MemberState.Unresponsive);
  const ex = await waitState(r, MemberState.Excluded);
  assert.match(ex.info, /no heartbeat/);
  const again = await startTestMember(nats.url, old.dir, old.kind, old.faultDomain);
  members[2] = again;
  assert.equal(again.agent.rank, r, 'same UUID, same rank');
  const info = await waitState(r, MemberState.Joined);
  assert.equal(info.incarnation, 2);
});

test('pool create places replicas over fault domains, is idempotent by uuid, keeps labels unique; find, list, destroy', async () => {
  const uuid = randomUUID();
  const pool = await mgmt.poolCreate({ uuid, label: 'tank', sizeBytes: 1 << 30, owner: 'alice@', ownerGroup: 'staff@' });
  assert.equal(pool.uuid, uuid);
  assert.equal(pool.state, 'Ready');
  const poolRanks = members.filter((m) => m.kind === 'pool-service').map((m) => m.agent.rank);
  const contRanks = members.filter((m) => m.kind === 'container-service').map((m) => m.agent.rank);
  assert.equal(pool.svcRanks.length, 3);
  assert.deepEqual([...pool.svcRanks].sort((x, y) => x - y), [...poolRanks].sort((x, y) => x - y));
  assert.deepEqual([...pool.contRanks].sort((x, y) => x - y), [...contRanks].sort((x, y) => x - y));
  // The replicas exist where the MS says, on no other rank.
  for (const m of members) {
    const has = m.host.group(uuid) !== undefined;
    assert.equal(has, (m.kind === 'pool-service' ? pool.svcRanks : pool.contRanks).includes(m.agent.rank), `rank ${m.agent.rank}`);
  }

  const again = await mgmt.poolCreate({ uuid, label: 'tank', sizeBytes: 1 << 30 });
  assert.deepEqual(again, pool, 'a create of the same uuid and label returns the pool');
  await assert.rejects(mgmt.poolCreate({ uuid, label: 'other', sizeBytes: 1 }), (e: unknown) => codeOf(e) === DER.EXIST);
  await assert.rejects(mgmt.poolCreate({ uuid: randomUUID(), label: 'tank', sizeBytes: 1 }), (e: unknown) => codeOf(e) === DER.EXIST);

  // One replica: on one rank, chosen among pool-service members.
  const small = await mgmt.poolCreate({ uuid: randomUUID(), label: 'small', sizeBytes: 1 << 20, svcReplicas: 1 });
  assert.equal(small.svcRanks.length, 1);
  assert.ok(poolRanks.includes(small.svcRanks[0]!));

  assert.deepEqual(await mgmt.poolFind('tank'), pool);
  assert.deepEqual(await mgmt.poolFind(uuid.toUpperCase()), pool);
  assert.deepEqual((await mgmt.poolList()).map((p) => p.label), ['small', 'tank']);
  // mgmt.pool.list is paged (uuid order): a page of one pool names the next; a bad anchor is refused.
  assert.deepEqual((await mgmt.poolList({ pageItems: 1 })).map((p) => p.label), ['small', 'tank']);
  const raw = (mgmt as unknown as { fast: ServiceCaller }).fast;
  const page1 = await raw.call(mgmtOps.poolList, { limit: 1 });
  assert.equal(page1.pools?.length, 1);
  assert.equal(page1.nextAnchor, page1.pools![0]!.uuid);
  const page2 = await raw.call(mgmtOps.poolList, { anchor: page1.nextAnchor!, limit: 1 });
  assert.equal(page2.pools?.length, 1);
  assert.ok(page2.pools![0]!.uuid! > page1.nextAnchor!, 'uuid order');
  await assert.rejects(raw.call(mgmtOps.poolList, { anchor: 'not-a-uuid' }), (e: unknown) => codeOf(e) === DER.INVAL);

  await mgmt.poolDestroy('tank');
  await assert.rejects(mgmt.poolFind('tank'), (e: unknown) => codeOf(e) === DER.NONEXIST);
  await assert.rejects(mgmt.poolFind(uuid), (e: unknown) => codeOf(e) === DER.NONEXIST);
  await waitFor(() => members.every((m) => m.host.group(uuid) === undefined), { timeoutMs: 5_000, what: 'every replica of the pool gone' });
  await assert.rejects(mgmt.poolDestroy('tank'), (e: unknown) => codeOf(e) === DER.NONEXIST);
  // The label is free again.
  const reused = await mgmt.poolCreate({ uuid: randomUUID(), label: 'tank', sizeBytes: 1 });
  assert.equal(reused.label, 'tank');
});

test('pool destroy is refused with DER_BUSY while handles are open, unless forced', async () => {
  await mgmt.poolCreate({ uuid: randomUUID(), label: 'busy', sizeBytes: 1 << 20, props: { test_handles: '2' } });
  await assert.rejects(mgmt.poolDestroy('busy'), (e: unknown) => codeOf(e) === DER.BUSY && /2 open handle/.test((e as Error).message));
  assert.equal((await mgmt.poolFind('busy')).label, 'busy', 'nothing changed');
  await mgmt.poolDestroy('busy', { force: true });
  await assert.rejects(mgmt.poolFind('busy'), (e: unknown) => codeOf(e) === DER.NONEXIST);
});

test('concurrent creates: different pools all succeed; two of one label, one wins and the other is refused', async () => {
  const made = await Promise.all([1, 2, 3, 4].map((i) => mgmt.poolCreate({ uuid: randomUUID(), label: `par${i}`, sizeBytes: 1 << 20, svcReplicas: 1 })));
  assert.deepEqual(made.map((p) => p.label), ['par1', 'par2', 'par3', 'par4']);
  const race = await Promise.allSettled([0, 1].map(() => mgmt.poolCreate({ uuid: randomUUID(), label: 'contested', sizeBytes: 1 << 20, svcReplicas: 1 })));
  assert.equal(race.filter((r) => r.status === 'fulfilled').length, 1, 'exactly one create of the label succeeds');
  const lost = race.find((r) => r.status === 'rejected') as PromiseRejectedResult;
  assert.ok(([DER.EXIST, DER.BUSY] as number[]).includes(codeOf(lost.reason)), `the other is DER_EXIST or DER_BUSY, got ${String(lost.reason)}`);
  assert.equal((await mgmt.poolList()).filter((p) => p.label === 'contested').length, 1);
  for (const label of ['par1', 'par2', 'par3', 'par4', 'contested']) await mgmt.poolDestroy(label);
});

test('issue 12 item 7: a create slower than the client attempt deadline completes, visible as Creating meanwhile', async () => {
  // Before: the create was one handler; an attempt cut at its deadline aborted it, the abort
  // destroyed what was started, and every retry started over: DER_TIMEDOUT with a healthy system.
  const impatient = new MgmtClient({ bus: clientBus, system: SYSTEM, rng: new SeededRng(12), rsvcConfig: { callTimeoutMs: 3_000 } }, { slowAttemptTimeoutMs: 1_000, poolWaitTimeoutMs: 30_000 });
  const uuid = randomUUID();
  const props = { [BOOTSTRAP_DELAY]: '2500' };
  const recorded = await impatient.poolCreate({ uuid, label: 'slow', sizeBytes: 1 << 20, props }, { noWait: true });
  assert.equal(recorded.state, 'Creating', '--no-wait answers with the committed record');
  assert.ok(recorded.createGen > 0);
  const listed = (await mgmt.poolList()).find((p) => p.uuid === uuid);
  assert.equal(listed?.state, 'Creating', 'pool list shows the create in progress');
  const seen: string[] = [];
  const pool = await impatient.poolCreate({ uuid, label: 'slow', sizeBytes: 1 << 20, props }, { onProgress: (p) => seen.push(`${p.state}:${p.progress}`) });
  assert.equal(pool.state, 'Ready');
  assert.equal(pool.createGen, recorded.createGen, 'the retry did not re-place or re-create the pool');
  assert.deepEqual(pool.svcRanks, recorded.svcRanks);
  assert.ok(seen.some((s) => s.startsWith('Creating:')), `progress was reported: ${seen.join(' ')}`);
  await assert.rejects(mgmt.poolDestroy('slow', { noWait: false, force: false }).then(() => mgmt.poolFind(uuid)), (e: unknown) => codeOf(e) === DER.NONEXIST);
  await waitFor(() => members.every((m) => m.host.group(uuid) === undefined), { timeoutMs: 10_000, what: 'every replica of the pool gone' });
});

test('bad pool create input is DER_INVAL and creates nothing', async () => {
  const cases = [
    { uuid: 'not-a-uuid', label: 'x1', sizeBytes: 1 },
    { uuid: randomUUID(), label: '', sizeBytes: 1 },
    { uuid: randomUUID(), label: 'has space', sizeBytes: 1 },
    { uuid: randomUUID(), label: randomUUID(), sizeBytes: 1 },
    { uuid: randomUUID(), label: 'x2', sizeBytes: 0 },
    { uuid: randomUUID(), label: 'x3', sizeBytes: 1, svcReplicas: 2 },
    { uuid: randomUUID(), label: 'x4', sizeBytes: 1, svcReplicas: 11 },
    { uuid: randomUUID(), label: 'x5', sizeBytes: 1, ranks: [0] },
  ];
  const before = (await mgmt.poolList()).length;
  for (const c of cases) await assert.rejects(mgmt.poolCreate(c), (e: unknown) => codeOf(e) === DER.INVAL, JSON.stringify(c));
  assert.equal((await mgmt.poolList()).length, before);
});

test('the MS survives the loss of its leader: a new leader answers with the same state', async () => {
  const before = await mgmt.systemQuery();
  const { leader } = await mgmt.leaderQuery();
  const idx = REPLICAS.indexOf(leader);
  await ms[idx]!.server.close();
  await ms[idx]!.bus.drain();
  const after = await mgmt.systemQuery();
  assert.deepEqual(after.members.map((m) => [m.rank, m.uuid]), before.members.map((m) => [m.rank, m.uuid]));
  const lq = await mgmt.leaderQuery();
  assert.notEqual(lq.leader, leader);
  assert.deepEqual(lq.downReplicas, [leader]);
  assert.deepEqual((await mgmt.poolFind('small')).label, 'small');
  // Members keep heartbeating to the new leader: nobody is marked silent.
  await new Promise((res) => setTimeout(res, 5_000)); // > unresponsiveAfterMs
  assert.ok((await mgmt.systemQuery()).members.every((m) => m.state === MemberState.Joined), 'every member still Joined');
  // The old leader restarts from its data directory and is a replica again.
  ms[idx] = await startMs(nats.url, dir.path, leader, REPLICAS);
  await waitFor(async () => (await mgmt.leaderQuery()).downReplicas.length === 0, { timeoutMs: 10_000, what: 'the restarted replica to answer probes' });
});

test('the MS leader dies in the middle of a pool create: the retry completes it once, on the same ranks', async () => {
  const { leader } = await mgmt.leaderQuery();
  const idx = REPLICAS.indexOf(leader);
  const uuid = randomUUID();
  const creating = mgmt.poolCreate({ uuid, label: 'midway', sizeBytes: 1 << 20 });
  // Wait until the replicas are being started, then take the leader away.
  await waitFor(() => members.some((m) => m.host.group(uuid) !== undefined), { timeoutMs: 20_000, intervalMs: 10, what: 'the create to start replicas' });
  await ms[idx]!.server.close();
  await ms[idx]!.bus.drain();
  const pool = await creating;
  assert.equal(pool.uuid, uuid);
  assert.deepEqual((await mgmt.poolList()).filter((p) => p.label === 'midway').map((p) => p.uuid), [uuid], 'one pool');
  const hosting = members.filter((m) => m.host.group(uuid) !== undefined).map((m) => m.agent.rank).sort((a, b) => a - b);
  assert.deepEqual(hosting, [...pool.svcRanks, ...pool.contRanks].sort((a, b) => a - b), 'replicas exactly where the record says');
  ms[idx] = await startMs(nats.url, dir.path, leader, REPLICAS);
});

test('system remove forgets an excluded member for good, refuses a live one, and never reuses the rank', async () => {
  const extra = await startTestMember(nats.url, path.join(dir.path, 'removable'), 'pool-service', '/node9');
  const r = extra.agent.rank;
  const live = members.find((m) => m.agent.rank !== r)!.agent.rank;
  const refused = await mgmt.systemRemove([live]);
  assert.equal(refused.results[0]!.status, DER.INVAL);
  assert.match(refused.results[0]!.message, /exclude it first/);
  assert.equal((await member(live)).state, MemberState.Joined, 'a refused remove changes nothing');

  await mgmt.systemExclude([r]);
  await stopTestMember(extra);
  const before = (await mgmt.systemQuery()).members.length;
  const removed = await mgmt.systemRemove([r]);
  assert.deepEqual(removed.results.map((x) => [x.rank, x.status]), [[r, 0]]);
  const q = await mgmt.systemQuery({ ranks: [r] });
  assert.deepEqual(q.absentRanks, [r], 'the rank is no longer a member');
  assert.equal((await mgmt.systemQuery()).members.length, before - 1);
  await assert.rejects(mgmt.systemRemove([]), (e: unknown) => codeOf(e) === DER.INVAL);

  // The same process (same UUID) joining again is a new member with a new rank.
  const again = await startTestMember(nats.url, path.join(dir.path, 'removable'), 'pool-service', '/node9');
  try {
    assert.ok(again.agent.rank > r, `rank ${again.agent.rank} is new`);
  } finally {
    await stopTestMember(again);
  }
});

test('the orphan sweep destroys replicas of pools with no record; replicas of recorded pools stay (issue 12 item 3)', async () => {
  // On the running pool-service members (the previous test left a stopped one Joined for a while).
  const ranks = members.filter((x) => x.kind === 'pool-service').map((x) => x.agent.rank);
  const kept = await mgmt.poolCreate({ uuid: randomUUID(), label: 'kept', sizeBytes: 1 << 20, ranks });
  const m = members.find((x) => x.kind === 'container-service')!;
  const orphan = randomUUID();
  await m.host.startGroup(orphan, { create: true, members: [{ rank: m.agent.rank, gen: 1 }] });
  assert.ok(m.host.group(orphan), 'a replica no record names');
  await waitFor(() => m.host.group(orphan) === undefined, { timeoutMs: 20_000, what: 'the orphan replica to be destroyed' });
  for (const x of members) {
    const ranks = x.kind === 'pool-service' ? kept.svcRanks : kept.contRanks;
    assert.equal(x.host.group(kept.uuid) !== undefined, ranks.includes(x.agent.rank), `rank ${x.agent.rank} keeps its replica of a recorded pool`);
  }
  await mgmt.poolDestroy('kept');
});

test('a destroy waiting on an unreachable pool-service rank does not delay a join (measured)', async () => {
  const victim = members.find((m) => m.kind === 'pool-service')!;
  const r = victim.agent.rank;
  const uuid = randomUUID();
  await mgmt.poolCreate({ uuid, label: 'stuck', sizeBytes: 1 << 20, svcReplicas: 1, ranks: [r] });
  // The rank stays Joined (its agent heartbeats) but its pool service never answers: every
  // request to it waits out its whole deadline (memberControlTimeoutMs), as a hung process would.
  await victim.host.close();
  let release!: () => void;
  const released = new Promise<void>((res) => (release = res));
  const hang = async (_req: unknown, req: { signal: AbortSignal }) =>
    await new Promise<never>((_, rej) => {
      req.signal.addEventListener('abort', () => rej(new TimedOutError('black hole')), { once: true });
      void released.then(() => rej(new TimedOutError('released')));
    });
  const blackHole = await victim.bus.serve(serviceRequestSubject(SYSTEM, POOL_SERVICE, uuid, r), {
    [rsvcOps.stop.name]: typedHandler(rsvcOps.stop, hang),
    [rsvcOps.replicasList.name]: typedHandler(rsvcOps.replicasList, hang),
    [poolOps.evict.name]: typedHandler(poolOps.evict, hang),
    [poolOps.handlesList.name]: typedHandler(poolOps.handlesList, hang),
  });
  try {
    await mgmt.poolDestroy('stuck', { force: true, noWait: true });
    await waitFor(async () => (await mgmt.poolFind(uuid)).progress === 'stopping', { timeoutMs: 20_000, what: 'the destroy to wait on the hung rank' });
    const t0 = performance.now();
    const joined = await mgmt.join({ uuid: randomUUID(), kind: 'container-service', addr: 'test:0', faultDomain: '/node7' });
    const joinMs = performance.now() - t0;
    console.log(`join during a destroy stuck on rank ${r}: ${joinMs.toFixed(0)} ms (memberControlTimeoutMs ${3_000})`);
    assert.ok((joined.rank ?? 0) > 0);
    assert.ok(joinMs < 3_000, `the join took ${joinMs.toFixed(0)} ms: it waited behind the destroy`);
    assert.equal((await mgmt.poolFind(uuid)).state, 'Destroying', 'the destroy is still waiting, visibly');
    // Excluding the rank lets the destroy finish: what the rank keeps is the orphan sweep's.
    await mgmt.systemExclude([r]);
    await waitFor(async () => (await mgmt.poolList()).every((p) => p.uuid !== uuid), { timeoutMs: 30_000, what: 'the destroy to finish without the excluded rank' });
  } finally {
    release();
    await blackHole.drain();
  }
});

test('MS replicas are the raft membership: an explicit add and remove change them; the configured list does not (issue 12 item 6)', async () => {
  const extraRank = 100;
  const extra = await startMs(nats.url, dir.path, extraRank, REPLICAS); // not among MS_REPLICAS: waits to be added
  try {
    assert.deepEqual((await mgmt.leaderQuery()).replicas, REPLICAS, 'a running process is not a replica until added');
    // Two more, so the count stays odd; the second process is the same kind of joiner.
    const extra2 = await startMs(nats.url, dir.path, extraRank + 1, REPLICAS);
    try {
      const members = await mgmt.msReplicasAdd([extraRank, extraRank + 1]);
      assert.deepEqual(members.sort((a, b) => a - b), [...REPLICAS, extraRank, extraRank + 1]);
      await waitFor(async () => (await mgmt.leaderQuery()).replicas.join(',') === [...REPLICAS, extraRank, extraRank + 1].join(','), { timeoutMs: 20_000, what: 'leader-query to name the new replicas' });
      await waitFor(async () => (await mgmt.locate()).includes(extraRank), { timeoutMs: 20_000, what: 'the locator to name the new replica' });
      assert.ok(extra.server.host.group('db'), 'the added process hosts an MS replica');
      const after = await mgmt.msReplicasRemove([extraRank, extraRank + 1]);
      assert.deepEqual(after.sort((a, b) => a - b), REPLICAS);
      await waitFor(() => extra.server.host.group('db') === undefined, { timeoutMs: 20_000, what: 'the removed replica destroyed' });
      assert.deepEqual((await mgmt.leaderQuery()).replicas, REPLICAS);
    } finally {
      await extra2.server.close();
      await extra2.bus.drain();
    }
  } finally {
    await extra.server.close();
    await extra.bus.drain();
  }
});
