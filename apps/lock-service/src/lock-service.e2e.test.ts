import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LOCK_GROUP_DEFAULT, LOCK_SERVICE, lockOps } from '@daos-nats/api';
import { InvalidError, NoPermError, NonexistError } from '@daos-nats/base';
import { SeededRng } from '@daos-nats/base';
import { connectBus } from '@daos-nats/bus';
import { ServiceCaller } from '@daos-nats/client';
import { waitFor } from '@daos-nats/testkit';
import { LockCluster, workerEvents } from '../test/test-lock-cluster.js';

// Three lock-service processes over a real nats-server; clients in this process (each with a
// bus, i.e. a session, of its own) and in worker processes that the tests SIGKILL.
describe('lock service (3 replica processes)', { timeout: 240_000 }, () => {
  let cluster: LockCluster;
  before(async () => {
    cluster = await LockCluster.start({ leaseMs: 1500 });
  });
  after(async () => {
    await cluster?.[Symbol.asyncDispose]();
  });

  it('acquire, status, release; bad input and foreign releases are refused with nothing changed', async () => {
    const a = await cluster.client(1);
    const b = await cluster.client(2);
    const g = await a.acquire('alpha');
    assert.ok(g.token > 0 && g.valid());
    const st = await b.status('alpha');
    assert.equal(st.held, true);
    assert.equal(Number(st.token), g.token);
    assert.equal(st.mine ?? false, false);
    assert.equal((await a.status('alpha')).mine, true);
    await assert.rejects(b.acquire(''), InvalidError);
    await assert.rejects(b.acquire('x'.repeat(257)), InvalidError);
    await assert.rejects(b.status('x'.repeat(257)), InvalidError);
    // A release of a lock b does not hold, through the raw operation (the client would not send it).
    await assert.rejects(b.caller.call(lockOps.release, { name: 'alpha', token: g.token }), NoPermError);
    await assert.rejects(b.caller.call(lockOps.release, { name: 'alpha', token: 0 }), NoPermError);
    const after = await b.status('alpha');
    assert.equal(Number(after.token), g.token, 'the refused releases changed nothing');
    await g.release();
    await a.close();
    assert.equal((await b.status('alpha')).held, false, 'closing the session gave the cached lock back');
  });

  it('a released lock stays cached: re-acquiring it costs no round trip (counted)', async () => {
    const c = await cluster.client(3);
    const first = await c.acquire('hot');
    await first.release();
    assert.equal(c.stats.serverAcquires, 1);
    for (let i = 0; i < 20; i++) {
      const g = await c.acquire('hot');
      assert.equal(g.token, first.token, 'the same grant, served from the cache');
      await g.release();
    }
    assert.equal(c.stats.serverAcquires, 1, 'no acquire request after the first');
    assert.equal(c.stats.serverReleases, 0, 'no release request while nobody else wants it');
    assert.equal(c.stats.cachedAcquires, 20);
  });

  it('contention: the waiter gets the lock after the cacher is revoked, with a larger token', async () => {
    const a = await cluster.client(4);
    const b = await cluster.client(5);
    const ga = await a.acquire('shared');
    await ga.release(); // cached by a
    const gb = await b.acquire('shared', { timeoutMs: 20_000 });
    assert.ok(gb.token > ga.token, `token grows: ${ga.token} → ${gb.token}`);
    assert.ok(a.stats.revokesReceived >= 1, 'a was revoked');
    assert.equal(a.stats.serverReleases, 1, 'a gave it back once');
    // And back: b holds it (not cached), a queues; b's release hands it over.
    const pending = a.acquire('shared', { timeoutMs: 20_000 });
    await waitFor(async () => Number((await b.status('shared')).waiters) === 1, { timeoutMs: 10_000, intervalMs: 20, what: 'a queued' });
    assert.equal(gb.valid(), true);
    await gb.release();
    const ga2 = await pending;
    assert.ok(ga2.token > gb.token);
    await ga2.release();
  });

  it('a client re-acquiring its cached lock in a tight loop still hears the revoke and lets a waiter in', async () => {
    const a = await cluster.client(13);
    const b = await cluster.client(14);
    await (await a.acquire('spin')).release();
    let stop = false;
    let spins = 0;
    const spinning = (async () => {
      while (!stop) {
        const g = await a.acquire('spin', { timeoutMs: 30_000 });
        spins++;
        await g.release();
      }
    })();
    const gb = await b.acquire('spin', { timeoutMs: 30_000 });
    stop = true;
    assert.ok(spins > 0 && a.stats.revokesReceived >= 1, `a spun ${spins} times and was revoked`);
    await gb.release();
    await spinning;
  });

  it('a holder killed (SIGKILL) loses the lock after its lease; the next waiter gets it, tokens grow', async () => {
    const w = cluster.worker('victim', 'hold', 6);
    await waitFor(() => workerEvents(w.stdout).some((e) => e.ev === 'granted'), { timeoutMs: 30_000, intervalMs: 50, what: 'the worker to hold the lock' });
    const held = workerEvents(w.stdout).find((e) => e.ev === 'granted')!;
    const b = await cluster.client(7);
    const pending = b.acquire('victim', { timeoutMs: 30_000 });
    await waitFor(async () => Number((await b.status('victim')).waiters) === 1, { timeoutMs: 10_000, intervalMs: 20, what: 'b queued' });
    assert.equal(Number((await b.status('victim')).token), held.token, 'the worker still holds it while alive (heartbeats)');
    await w.kill('SIGKILL');
    const g = await pending;
    assert.ok(g.token > held.token!, `${held.token} → ${g.token}`);
    await g.release();
  });

  it('the leader killed in the middle of a grant: the acquire succeeds exactly once', async () => {
    const c = await cluster.client(8);
    const d = await cluster.client(9);
    const leader = await cluster.leader();
    const pending = c.acquire('failover', { timeoutMs: 30_000 });
    await cluster.procs.get(leader)!.kill('SIGKILL');
    const g = await pending;
    const st = await d.status('failover');
    assert.equal(st.held, true);
    assert.equal(Number(st.token), g.token, 'the grant the client got is the one committed');
    assert.equal((await c.status('failover')).mine, true);
    assert.equal((await d.acquire('failover', { timeoutMs: 300 }).catch((e: unknown) => e)) instanceof Error, true, 'nobody else gets it');
    cluster.spawn(leader);
    await g.release();
    await c.close();
    await waitFor(async () => (await d.status('failover')).held === false, { timeoutMs: 10_000, intervalMs: 50, what: 'release after close' });
  });

  it('a session the service expired cannot release with its old token; nothing changes', async () => {
    // A session that never renews (a paused process), opened through the raw operations.
    const bus = await connectBus({ name: 'silent', servers: cluster.nats.url });
    cluster.buses.push(bus);
    const raw = new ServiceCaller({ bus, system: cluster.system, service: LOCK_SERVICE, group: LOCK_GROUP_DEFAULT, ranks: cluster.replicas, rng: new SeededRng(12) });
    await raw.call(lockOps.open, { leaseMs: 1000 });
    const old = await raw.call(lockOps.acquire, { name: 'expiring' });
    assert.equal(old.granted, true);
    const f = await cluster.client(11);
    const got = await f.acquire('expiring', { timeoutMs: 20_000 });
    assert.ok(got.token > Number(old.token));
    await assert.rejects(raw.call(lockOps.release, { name: 'expiring', token: old.token }), NonexistError);
    await assert.rejects(raw.call(lockOps.renew, {}), NonexistError);
    assert.equal(Number((await f.status('expiring')).token), got.token, 'nothing changed');
    await got.release();
  });
});
