import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { rsvcOps } from '@daos-nats/api';
import { DER, DaosError, NotLeaderError, SeededRng, codeOf } from '@daos-nats/base';
import { serviceRequestSubject, type Bus } from '@daos-nats/bus';
import { distStart, distStop, ServiceCaller } from '@daos-nats/client';
import { startNatsServer, tempDir, waitFor, type NatsServer, type TempDir } from '@daos-nats/testkit';
import { clockSkew, counterOps, hookLog, stepUpFailures } from '../test/test-hosts.js';
import { startTestHost } from '../test/test-nats-hosts.js';

type Host = Awaited<ReturnType<typeof startTestHost>>;

let nats: NatsServer;
let dir: TempDir;
let hosts: Host[] = [];
const enc = (o: unknown) => new TextEncoder().encode(JSON.stringify(o));
const dec = (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b)) as Record<string, unknown>;

before(async () => {
  nats = await startNatsServer();
  dir = await tempDir('rsvc-host-');
  // Age-out in transactions of 2 deletions: the age-out test then needs several to keep up.
  for (const rank of [0, 1, 2, 3]) hosts.push(await startTestHost(nats.url, rank, path.join(dir.path, `r${rank}`), { config: { dedupAgeOutItemsMax: 2 } }));
});

after(async () => {
  for (const h of hosts) await h.close().catch(() => undefined);
  await nats[Symbol.asyncDispose]();
  await dir[Symbol.asyncDispose]();
});

const bus = (): Bus => hosts[3]!.bus;

async function leaderOf(group: string, ranks: readonly number[]): Promise<number> {
  const found = await waitFor(
    () => {
      const rank = ranks.find((r) => hosts[r]!.host.group(group)?.state === 'up');
      return rank === undefined ? false : { rank };
    },
    { timeoutMs: 20_000, what: `a leader of ${group}` },
  );
  return (found as { rank: number }).rank;
}

/** Send one attempt straight to `rank`, with a chosen client time (to play a retry). */
async function direct(group: string, rank: number, op: string, body: unknown, clientTimeUs?: number) {
  return await bus().requestReply(serviceRequestSubject('test', 'ctr', group, rank), op, enc(body), { timeoutMs: 10_000, ...(clientTimeUs ? { clientTimeUs } : {}) });
}

function client(group: string, ranks: readonly number[]): ServiceCaller {
  return new ServiceCaller({ bus: bus(), system: 'test', service: 'ctr', group, ranks, rng: new SeededRng(7), config: { callTimeoutMs: 30_000 } });
}

test('dist start with bootstrap elects one UP leader; followers redirect with a hint; other ranks answer NOTREPLICA', async () => {
  const ids = await distStart(client('g1', [0, 1, 2]), { ranks: [0, 1, 2], create: true, bootstrapArg: new Uint8Array([1]) });
  assert.deepEqual(ids.map((i) => [i.rank, i.gen]), [[0, 1], [1, 1], [2, 1]]);
  const leader = await leaderOf('g1', [0, 1, 2]);
  assert.ok(hookLog.some((l) => l.startsWith(`bootstrap g1 r${leader}`)), 'the leader ran bootstrap');

  const rep = await direct('g1', leader, 'c.incr', { name: 'a' });
  assert.deepEqual(dec(rep.body), { value: 1 });
  assert.equal(rep.hint?.rank, leader, 'a success carries the leader naming itself');

  const follower = [0, 1, 2].find((r) => r !== leader)!;
  await waitFor(() => hosts[follower]!.host.group('g1')!.replica.leaderId?.rank === leader, { timeoutMs: 10_000, what: 'the follower to know the leader' });
  const err = await direct('g1', follower, 'c.incr', { name: 'a' }).catch((e: unknown) => e);
  assert.ok(err instanceof NotLeaderError, `follower answers NOTLEADER, got ${String(err)}`);
  assert.equal(err.hint?.rank, leader);

  const other = await direct('g1', 3, 'c.read', { name: 'a' }).catch((e: unknown) => e);
  assert.equal(codeOf(other), DER.NOTREPLICA);

  // Clients starting at a follower or at a rank that hosts nothing still get there; those that
  // tried the empty rank dropped it (the seeds make both first choices happen).
  const c = client('g1', [3, follower]);
  assert.deepEqual(await c.call(counterOps.incr, { name: 'a' }), { value: 2 });
  let dropped = 0;
  for (let seed = 1; seed <= 8; seed++) {
    const ci = new ServiceCaller({ bus: bus(), system: 'test', service: 'ctr', group: 'g1', ranks: [3, follower], rng: new SeededRng(seed) });
    assert.deepEqual(await ci.call(counterOps.read, { name: 'a' }), { value: 2 });
    if (!ci.rsvc.search.state.ranks.includes(3 as never)) dropped++;
  }
  assert.ok(dropped > 0, 'a client that tried the rank without a replica dropped it');
});

test('a retried write (same client time) takes effect once and answers the stored reply', async () => {
  const leader = await leaderOf('g1', [0, 1, 2]);
  const t = bus().nextClientTimeUs();
  const first = await direct('g1', leader, 'c.incr', { name: 'dedup' }, t);
  const retry = await direct('g1', leader, 'c.incr', { name: 'dedup' }, t);
  assert.deepEqual(dec(first.body), { value: 1 });
  assert.deepEqual(dec(retry.body), { value: 1 }, 'the retry gets the first answer');
  const concurrent = bus().nextClientTimeUs();
  const both = await Promise.all([direct('g1', leader, 'c.incr', { name: 'dedup' }, concurrent), direct('g1', leader, 'c.incr', { name: 'dedup' }, concurrent)]);
  assert.deepEqual(both.map((b) => dec(b.body)), [{ value: 2 }, { value: 2 }], 'a retry racing the first attempt waits for it');
  const read = await direct('g1', leader, 'c.read', { name: 'dedup' });
  assert.deepEqual(dec(read.body), { value: 2 }, 'two logical operations, two increments');
});

test('a deterministic failure is stored: its retry fails the same way even after the state changed', async () => {
  const leader = await leaderOf('g1', [0, 1, 2]);
  const t = bus().nextClientTimeUs();
  const e1 = await direct('g1', leader, 'c.remove', { name: 'ghost' }, t).catch((e: unknown) => e);
  assert.equal(codeOf(e1), DER.NONEXIST);
  await direct('g1', leader, 'c.create', { name: 'ghost' });
  const e2 = await direct('g1', leader, 'c.remove', { name: 'ghost' }, t).catch((e: unknown) => e);
  assert.equal(codeOf(e2), DER.NONEXIST, 'the retry answers the stored NONEXIST, not a second attempt');
  assert.deepEqual(dec((await direct('g1', leader, 'c.read', { name: 'ghost' })).body), { value: 0 }, 'ghost was not removed');
  // And a success is stored too: a retried create does not become EXIST.
  const tc = bus().nextClientTimeUs();
  await direct('g1', leader, 'c.create', { name: 'once' }, tc);
  assert.deepEqual(dec((await direct('g1', leader, 'c.create', { name: 'once' }, tc)).body), { created: true });
  assert.equal(codeOf(await direct('g1', leader, 'c.create', { name: 'once' }).catch((e: unknown) => e)), DER.EXIST, 'a new operation does the work');
});

test('an operation older than the dedup age is refused DER_STALE; age-out deletes old entries', async () => {
  const leader = await leaderOf('g1', [0, 1, 2]);
  const old = (Date.now() - 400_000) * 1000;
  assert.equal(codeOf(await direct('g1', leader, 'c.incr', { name: 'old' }, old).catch((e: unknown) => e)), DER.STALE);
  const sg = hosts[leader]!.host.group('g1')!;
  const stored = () => sg.replica.state.tree.iterate(['rsvc', 'ops'], {}).length;
  assert.equal(await sg.ageOut(), 0, 'nothing is 300 s old yet');
  const before = stored();
  assert.ok(before >= 5, `dedup entries stored (${before})`);
  clockSkew.ms = 301_000;
  try {
    assert.equal(await sg.ageOut(), before, 'every entry aged out in one age-out, however many batches it took');
    assert.equal(stored(), 0);
  } finally {
    clockSkew.ms = 0;
  }
});

test('a client time far in the future is refused DER_INVAL and stores nothing', async () => {
  const leader = await leaderOf('g1', [0, 1, 2]);
  const sg = hosts[leader]!.host.group('g1')!;
  const stored = () => sg.replica.state.tree.iterate(['rsvc', 'ops'], {}).length;
  const before = stored();
  const future = (Date.now() + 10 * 365 * 86_400_000) * 1000;
  const err = await direct('g1', leader, 'c.incr', { name: 'future' }, future).catch((e: unknown) => e);
  assert.equal(codeOf(err), DER.INVAL);
  assert.match(String((err as Error).message), /dedupClockAheadMaxMs/);
  assert.equal(stored(), before, 'no dedup entry that would never age out');
  assert.equal(codeOf(await direct('g1', leader, 'c.read', { name: 'future' }).catch((e: unknown) => e)), DER.NONEXIST, 'the increment did not run');
});

test('a process hosts at most groupsPerProcessMax replicas: one more is refused DER_NOSPACE and nothing is recorded for it', async () => {
  const h = await startTestHost(nats.url, 9, path.join(dir.path, 'r9'), { config: { groupsPerProcessMax: 1 } });
  try {
    const members = [{ rank: 9, gen: 1 }];
    await h.host.startGroup('cap-a', { create: true, members });
    await assert.rejects(h.host.startGroup('cap-b', { create: true, members }), (e: unknown) => codeOf(e) === DER.NOSPACE && /groupsPerProcessMax 1/.test((e as Error).message));
    await assert.rejects(h.host.joinGroup('cap-c', 1), (e: unknown) => codeOf(e) === DER.NOSPACE);
    assert.equal(h.host.group('cap-b'), undefined);
    assert.equal(fs.existsSync(path.join(dir.path, 'r9', 'cap-b.rdb')), false, 'no file for the refused replica');
    await h.host.startGroup('cap-a', { create: true, members }); // the hosted one is still idempotent
  } finally {
    await h.close();
  }
});

test('user attributes: set, get, list, delete, through any replica', async () => {
  const c = client('g1', [0, 1, 2]);
  await c.call(rsvcOps.attrSet, { attrs: { color: enc('blue'), size: enc(3) } });
  const got = await c.call(rsvcOps.attrGet, { names: ['color', 'size'] });
  assert.deepEqual(Object.keys(got.attrs ?? {}).sort(), ['color', 'size']);
  assert.equal(new TextDecoder().decode(got.attrs?.['color']), '"blue"');
  assert.deepEqual((await c.call(rsvcOps.attrList, {})).names, ['color', 'size']);
  await c.call(rsvcOps.attrDelete, { names: ['color'] });
  assert.deepEqual((await c.call(rsvcOps.attrList, {})).names, ['size']);
  assert.equal(codeOf(await c.call(rsvcOps.attrGet, { names: ['color'] }).catch((e: unknown) => e)), DER.NONEXIST);
  assert.equal(codeOf(await c.call(rsvcOps.attrDelete, { names: ['color'] }).catch((e: unknown) => e)), DER.NONEXIST);
  assert.equal(codeOf(await c.call(rsvcOps.attrSet, { attrs: { '': enc(1) } }).catch((e: unknown) => e)), DER.INVAL);
});

test('replica add and remove on a running group', async () => {
  const c = client('g1', [0, 1, 2]);
  const added = { members: (await c.call(rsvcOps.replicasAdd, { ranks: [3] })).members ?? [] };
  assert.deepEqual(added.members.map((m) => m.rank).sort(), [0, 1, 2, 3]);
  const gen3 = added.members.find((m) => m.rank === 3)!.gen ?? 0;
  assert.ok(gen3 >= 2, 'the added replica has a new generation');
  await waitFor(() => (hosts[3]!.host.group('g1')?.replica.appliedIndex ?? 0) >= hosts[0]!.host.group('g1')!.replica.appliedIndex - 1, { timeoutMs: 20_000, what: 'rank 3 to catch up' });
  const leader = await leaderOf('g1', [0, 1, 2, 3]);
  const removable = leader === 3 ? 2 : 3;
  const removed = await c.call(rsvcOps.replicasRemove, { ranks: [removable] });
  assert.deepEqual((removed.members ?? []).map((m) => m.rank).sort(), [0, 1, 2, 3].filter((r) => r !== removable));
  await waitFor(() => hosts[removable]!.host.group('g1') === undefined, { timeoutMs: 10_000, what: 'the removed replica to be stopped' });
  assert.equal(fs.existsSync(path.join(dir.path, `r${removable}`, 'g1.rdb')), false, 'and destroyed');
  assert.equal(codeOf(await direct('g1', removable, 'c.read', { name: 'a' }).catch((e: unknown) => e)), DER.NOTREPLICA);
  assert.deepEqual(await c.call(counterOps.read, { name: 'a' }), { value: 2 }, 'the group still serves');
});

test('dist start/stop are fenced by term and generation; create without bootstrap is UP_EMPTY until one comes', async () => {
  await distStart(client('g2', [0, 1, 2]), { ranks: [0, 1, 2], create: true, fenceTerm: 5 });
  const { leader } = (await waitFor(
    () => {
      const r = [0, 1, 2].find((x) => hosts[x]!.host.group('g2')?.state === 'up-empty');
      return r === undefined ? false : { leader: r };
    },
    { timeoutMs: 20_000, what: 'an UP_EMPTY leader' },
  )) as { leader: number };
  assert.equal(codeOf(await direct('g2', leader, 'c.read', { name: 'x' }).catch((e: unknown) => e)), DER.UNINIT);

  const stale = await distStop(client('g2', [0]), { ranks: [0], destroy: true, fenceTerm: 4 }).catch((e: unknown) => e);
  assert.equal(codeOf(stale), DER.STALE, 'an older term is refused');

  await distStart(client('g2', [0, 1, 2]), { ranks: [0, 1, 2], create: true, fenceTerm: 5, bootstrapArg: new Uint8Array([1]) });
  await leaderOf('g2', [0, 1, 2]);
  const c = client('g2', [0, 1, 2]);
  assert.deepEqual(await c.call(counterOps.incr, { name: 'x' }), { value: 1 });

  // Stop without destroy closes a replica and keeps its file; start without create opens it again.
  await distStop(client('g2', [0]), { ranks: [0], destroy: false, fenceTerm: 5 });
  assert.equal(hosts[0]!.host.group('g2'), undefined);
  assert.ok(fs.existsSync(path.join(dir.path, 'r0', 'g2.rdb')));
  await distStart(client('g2', [0]), { ranks: [0], create: false, fenceTerm: 5 });
  assert.ok(hosts[0]!.host.group('g2'), 'reopened');
  assert.equal(codeOf(await distStart(client('nope', [0]), { ranks: [0], create: false }).catch((e: unknown) => e)), DER.NONEXIST);
  assert.deepEqual(await c.call(counterOps.incr, { name: 'x' }), { value: 2 });

  await distStop(client('g2', [0, 1, 2]), { ranks: [0, 1, 2], destroy: true, fenceTerm: 6 });
  for (const r of [0, 1, 2]) assert.equal(hosts[r]!.host.group('g2'), undefined);
  assert.equal(codeOf(await direct('g2', 0, 'c.read', { name: 'x' }).catch((e: unknown) => e)), DER.NOTREPLICA);
});

test('a replica of a newer generation is never destroyed by an older request', async () => {
  // g1 on rank 3 was created at generation >= 2 by the replica add above, then destroyed; create
  // a fresh generation-3 replica of a new group there and try to stop it as generation 1.
  await hosts[3]!.host.startGroup('g3', { create: true, members: [{ rank: 3, gen: 3 }], bootstrap: true, bootstrapArg: new Uint8Array([1]) });
  const err = await distStop(client('g3', [3]), { ranks: [3], destroy: true, gen: 1 }).catch((e: unknown) => e);
  assert.equal(codeOf(err), DER.STALE);
  assert.ok(hosts[3]!.host.group('g3'), 'still hosted');
  assert.ok(fs.existsSync(path.join(dir.path, 'r3', 'g3.rdb')), 'file kept');
  const exist = await hosts[3]!.host.startGroup('g3', { create: true, members: [{ rank: 3, gen: 2 }] }).catch((e: unknown) => e);
  assert.equal(codeOf(exist), DER.STALE, 'creating an older generation over a newer one is refused');
  assert.ok(err instanceof DaosError);
});

test('a replica removed from a group created under a fence term is destroyed and stays gone after its host restarts', async () => {
  // As the management service does: create under its own term. Reconfiguration (as the pool
  // service does) then adds and removes through the leader without knowing that term.
  await distStart(client('g4', [0, 1, 2]), { ranks: [0, 1, 2], create: true, fenceTerm: 7, bootstrapArg: new Uint8Array([1]) });
  await leaderOf('g4', [0, 1, 2]);
  const c = client('g4', [0, 1, 2, 3]);
  assert.deepEqual(await c.call(counterOps.incr, { name: 'n' }), { value: 1 });
  const added = (await c.call(rsvcOps.replicasAdd, { ranks: [3] })).members ?? [];
  assert.deepEqual(added.map((m) => [m.rank, m.gen]).sort(), [[0, 1], [1, 1], [2, 1], [3, 2]]);
  await waitFor(() => (hosts[3]!.host.group('g4')?.replica.appliedIndex ?? 0) >= hosts[0]!.host.group('g4')!.replica.appliedIndex - 1, { timeoutMs: 20_000, what: 'rank 3 to catch up' });
  const leader = await leaderOf('g4', [0, 1, 2, 3]);
  // A founding member, whose fence holds the creator's term 7.
  const removable = [0, 1, 2].find((r) => r !== leader)!;
  const gen = added.find((m) => m.rank === removable)!.gen!;
  const term = hosts[leader]!.host.group('g4')!.replica.currentTerm;
  const file = path.join(dir.path, `r${removable}`, 'g4.rdb');

  // The fencing of the removal's destroy, before the real one: a wrong generation (newer or
  // older than the replica there) and an older term than the replica's are refused, and refused
  // requests leave the replica open with its file.
  const stopRemoved = (g: number, t: number) => client('g4', [removable]).callRank(removable, rsvcOps.stopRemoved, { destroy: true, gen: g, fenceTerm: t }, { timeoutMs: 10_000 });
  assert.equal(codeOf(await stopRemoved(gen + 1, term).catch((e: unknown) => e)), DER.STALE, 'another generation is refused');
  assert.equal(codeOf(await stopRemoved(gen - 1 || gen + 2, term).catch((e: unknown) => e)), DER.STALE, 'an older generation never destroys a newer one');
  assert.ok(term >= 1);
  assert.equal(codeOf(await stopRemoved(gen, term - 1).catch((e: unknown) => e)), DER.STALE, 'an older term is refused');
  assert.equal(codeOf(await stopRemoved(0, term).catch((e: unknown) => e)), DER.INVAL, 'the generation is required');
  assert.ok(hosts[removable]!.host.group('g4'), 'refused requests left the replica open');
  assert.ok(fs.existsSync(file), 'and its file');

  const removed = (await c.call(rsvcOps.replicasRemove, { ranks: [removable] })).members ?? [];
  assert.deepEqual(removed.map((m) => m.rank).sort(), [0, 1, 2, 3].filter((r) => r !== removable));
  await waitFor(() => hosts[removable]!.host.group('g4') === undefined, { timeoutMs: 10_000, what: 'the removed replica to be stopped' });
  assert.equal(fs.existsSync(file), false, 'its file is deleted');
  assert.equal(codeOf(await direct('g4', removable, 'c.read', { name: 'n' }).catch((e: unknown) => e)), DER.NOTREPLICA);
  await stopRemoved(gen, term); // a retry of the destroy finds nothing and succeeds

  await hosts[removable]!.close();
  hosts[removable] = await startTestHost(nats.url, removable, path.join(dir.path, `r${removable}`));
  assert.equal(hosts[removable]!.host.group('g4'), undefined, 'not reopened after a restart');
  assert.equal(fs.existsSync(file), false);
  // The creator's fence survived the removal: an older creator term is still refused there.
  const stale = await distStop(client('g4', [removable]), { ranks: [removable], destroy: true, fenceTerm: 6 }).catch((e: unknown) => e);
  assert.equal(codeOf(stale), DER.STALE, 'the creator fence is kept');

  // The removed founder joins again through the leader (which does not know the creator's term),
  // under a new generation; then leaves again for the rest of the test.
  const rejoined = (await c.call(rsvcOps.replicasAdd, { ranks: [removable] })).members ?? [];
  assert.equal(rejoined.find((m) => m.rank === removable)?.gen, 3, 'rejoined with a generation never used in the group');
  assert.ok(hosts[removable]!.host.group('g4'), 'hosted again');
  await c.call(rsvcOps.replicasRemove, { ranks: [removable] });
  await waitFor(() => hosts[removable]!.host.group('g4') === undefined && !fs.existsSync(file), { timeoutMs: 10_000, what: 'the rejoined replica to be destroyed' });

  // Generations are never reused: rank 3 (generation 2, the highest member) removed and added
  // again gets 4 (3 went to the rejoined founder), so a late destroy of 2 cannot match it.
  if (leader !== 3) {
    await c.call(rsvcOps.replicasRemove, { ranks: [3] });
    await waitFor(() => hosts[3]!.host.group('g4') === undefined, { timeoutMs: 10_000, what: 'rank 3 to be destroyed' });
    const again = (await c.call(rsvcOps.replicasAdd, { ranks: [3] })).members ?? [];
    assert.equal(again.find((m) => m.rank === 3)?.gen, 4, 'a fresh generation');
  }
  assert.deepEqual(await c.call(counterOps.incr, { name: 'n' }), { value: 2 }, 'the group still serves');
  const rest = [0, 1, 2, 3].filter((r) => r !== removable);
  await distStop(client('g4', rest), { ranks: rest, destroy: true, fenceTerm: 8 });
});

test('leader-local calls: ctx.run runs the operation in process through the leader path; an exclusive write inside an exclusive write is refused', async () => {
  const leader = await leaderOf('g1', [0, 1, 2]);
  await direct('g1', leader, 'c.create', { name: 'local' });
  assert.deepEqual(dec((await direct('g1', leader, 'c.incrTwice', { name: 'local' })).body), { value: 2 });
  assert.deepEqual(dec((await direct('g1', leader, 'c.read', { name: 'local' })).body), { value: 2 }, 'both runs committed');
  assert.equal(codeOf(await direct('g1', leader, 'c.incrNested', { name: 'local' }).catch((e: unknown) => e)), DER.INVAL);
  assert.deepEqual(dec((await direct('g1', leader, 'c.read', { name: 'local' })).body), { value: 2 }, 'the refused nested call changed nothing');
  const follower = [0, 1, 2].find((r) => r !== leader)!;
  assert.equal(codeOf(await direct('g1', follower, 'c.incrTwice', { name: 'local' }).catch((e: unknown) => e)), DER.NOTLEADER);
});

test('step-down runs drain, aborts and waits for the handlers in flight, then stepDown', async () => {
  const leader = await leaderOf('g1', [0, 1, 2]);
  const sg = hosts[leader]!.host.group('g1')!;
  const term = sg.leaderTerm;
  const slow = direct('g1', leader, 'c.slow', { ms: 20_000 });
  await new Promise((r) => setTimeout(r, 100)); // the handler is running
  const to = sg.replica.members().find((m) => m.rank !== leader)!;
  sg.replica.transferLeadership(to);
  const rep = dec((await slow).body);
  assert.deepEqual(rep, { aborted: true }, 'the running handler saw its signal abort');
  await waitFor(() => hookLog.includes(`stepDown g1 r${leader} t${term}`), { timeoutMs: 20_000, what: 'stepDown' });
  const at = (l: string) => hookLog.indexOf(l);
  assert.ok(at(`drain g1 r${leader} t${term}`) >= 0);
  assert.ok(at(`drain g1 r${leader} t${term}`) < at(`slow-end g1 r${leader} t${term} aborted=true`), 'drain first');
  assert.ok(at(`slow-end g1 r${leader} t${term} aborted=true`) < at(`stepDown g1 r${leader} t${term}`), 'stepDown after the handler finished');
  await leaderOf('g1', [0, 1, 2]);
});

test('a replica whose step-up fails resigns, and another one leads', async () => {
  const leader = await leaderOf('g1', [0, 1, 2]);
  const sg = hosts[leader]!.host.group('g1')!;
  const to = sg.replica.members().find((m) => m.rank !== leader)!;
  stepUpFailures.remaining = 1;
  sg.replica.transferLeadership(to);
  await waitFor(() => hookLog.some((l) => l.startsWith(`stepUp-failed g1 r${to.rank}`)), { timeoutMs: 20_000, what: 'the planted failure' });
  const failedTerm = Number(hookLog.find((l) => l.startsWith(`stepUp-failed g1 r${to.rank}`))!.split(' t')[1]);
  const next = await leaderOf('g1', [0, 1, 2]);
  assert.ok(hosts[next]!.host.group('g1')!.leaderTerm > failedTerm, 'a later term leads');
  assert.equal(stepUpFailures.remaining, 0);
  assert.deepEqual(await client('g1', [0, 1, 2]).call(counterOps.read, { name: 'a' }), { value: 2 });
});

test('the leader steps down when its host closes; the hooks ran in order and the group goes on', async () => {
  const leader = await leaderOf('g1', [0, 1, 2]);
  const members = hosts[leader]!.host.group('g1')!.replica.members().map((m) => m.rank);
  const c = client('g1', members);
  await hosts[leader]!.close();
  const rest = members.filter((r) => r !== leader);
  const next = await leaderOf('g1', rest);
  assert.notEqual(next, leader);
  assert.deepEqual(await c.call(counterOps.incr, { name: 'a' }), { value: 3 }, 'the client found the new leader');
  const ups = hookLog.filter((l) => l.startsWith('stepUp g1'));
  assert.ok(ups.length >= 2);
});
