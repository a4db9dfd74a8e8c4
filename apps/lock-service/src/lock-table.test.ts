import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BusyError, DaosError, InvalidError, NoPermError, NonexistError, SeededRng } from '@daos-nats/base';
import { lockConfig } from './lock-config.js';
import { MemoryLockStore } from './lock-store.js';
import { LockTable } from './lock-table.js';

const config = lockConfig({ locksPerSessionMax: 3, waitersPerLockMax: 3, sessionsMax: 6, lockNameBytesMax: 8 });

/** The table's invariants, checked from the outside after every step. */
function checkInvariants(store: MemoryLockStore): void {
  for (const [name, lock] of store.locks) {
    const owner = store.sessions.get(lock.owner);
    assert.ok(owner, `owner of ${name} is a live session`);
    assert.ok(owner.held.includes(name), `owner of ${name} lists it`);
    assert.equal(new Set(lock.waiters).size, lock.waiters.length, `waiters of ${name} are distinct`);
    assert.ok(!lock.waiters.includes(lock.owner), `owner of ${name} does not wait for it`);
    for (const w of lock.waiters) assert.ok(store.sessions.get(w)?.waiting.includes(name), `waiter of ${name} lists it`);
    assert.ok(lock.token <= store.token, 'no token above the counter');
  }
  for (const [sid, s] of store.sessions) {
    for (const name of s.held) assert.equal(store.locks.get(name)?.owner, sid, `${sid} holds ${name}`);
    for (const name of s.waiting) assert.ok(store.locks.get(name)?.waiters.includes(sid), `${sid} waits for ${name}`);
    assert.ok(s.held.length + s.waiting.length <= config.locksPerSessionMax);
  }
}

/** A deep copy of the store, to prove a refused operation changed nothing. */
function snapshot(store: MemoryLockStore): string {
  return JSON.stringify({ l: [...store.locks].sort(), s: [...store.sessions].sort(), t: store.token });
}

describe('LockTable (pure rules, seeded)', () => {
  it('grants, queues, hands over in order with growing tokens, and expires', async () => {
    const store = new MemoryLockStore();
    const t = new LockTable(store, config);
    await t.open('a', 0);
    await t.open('b', 0);
    await t.open('c', 0);
    const ga = await t.acquire('a', 'x', false);
    assert.deepEqual(ga, { granted: true, token: 1, contended: false });
    assert.deepEqual(await t.acquire('a', 'x', false), { granted: true, token: 1, contended: false }, 'an owner asking again gets its grant');
    assert.deepEqual(await t.acquire('b', 'x', true), { granted: false, token: 1, contended: true }, 'try-only does not queue');
    assert.deepEqual(store.locks.get('x')?.waiters, []);
    assert.equal((await t.acquire('b', 'x', false)).granted, false);
    assert.equal((await t.acquire('c', 'x', false)).granted, false);
    assert.ok(t.touched.has('x'), 'a new waiter is news for the owner');
    await t.release('a', 'x', 1);
    assert.deepEqual(store.locks.get('x'), { owner: 'b', token: 2, waiters: ['c'] });
    await t.expire('b');
    assert.deepEqual(store.locks.get('x'), { owner: 'c', token: 3, waiters: [] });
    assert.equal(store.sessions.has('b'), false);
    await assert.rejects(t.release('b', 'x', 2), NonexistError, 'a token from an expired session');
    checkInvariants(store);
  });

  it('refuses bad input and over-limit requests with a DER error, changing nothing', async () => {
    const store = new MemoryLockStore();
    const t = new LockTable(store, config);
    await t.open('a', 0);
    await t.open('b', 0);
    await t.acquire('a', 'x', false);
    const before = snapshot(store);
    await assert.rejects(t.acquire('a', '', false), InvalidError);
    await assert.rejects(t.acquire('a', 'ninebytes', false), InvalidError);
    await assert.rejects(t.release('b', 'x', 1), NoPermError, 'release of a lock not held');
    await assert.rejects(t.release('a', 'x', 7), NoPermError, 'release with another grant\'s token');
    await assert.rejects(t.release('a', 'y', 0), NoPermError);
    await assert.rejects(t.acquire('zz', 'x', false), NonexistError);
    await assert.rejects(t.open('c', 10), InvalidError, 'lease below leaseMsMin');
    assert.equal(snapshot(store), before);
    await t.acquire('a', 'y', false);
    await t.acquire('a', 'z', false);
    await assert.rejects(t.acquire('a', 'w', false), BusyError, 'locksPerSessionMax');
    for (const s of ['c', 'd', 'e', 'f']) await t.open(s, 0);
    await assert.rejects(t.open('g', 0), BusyError, 'sessionsMax');
    for (const s of ['c', 'd', 'e']) await t.acquire(s, 'x', false);
    const full = snapshot(store);
    await assert.rejects(t.acquire('f', 'x', false), BusyError, 'waitersPerLockMax');
    assert.equal(snapshot(store), full);
    checkInvariants(store);
  });

  it('random histories (500 seeds): invariants hold after every step, tokens grow per lock, one owner at a time', async () => {
    const sids = ['s0', 's1', 's2', 's3', 's4', 's5', 's6'];
    const names = ['a', 'b', 'c', 'd'];
    for (let seed = 1; seed <= 500; seed++) {
      const rng = new SeededRng(seed);
      const store = new MemoryLockStore();
      const t = new LockTable(store, config);
      const lastToken = new Map<string, number>();
      for (let step = 0; step < 200; step++) {
        const sid = sids[rng.int(sids.length)]!;
        const name = names[rng.int(names.length)]!;
        const before = snapshot(store);
        try {
          switch (rng.int(5)) {
            case 0: await t.open(sid, 0); break;
            case 1: await t.acquire(sid, name, rng.chance(0.2)); break;
            case 2: await t.release(sid, name, rng.chance(0.3) ? 0 : store.locks.get(name)?.token ?? 1); break;
            case 3: if (rng.chance(0.3)) await t.expire(sid); break;
            default: await t.held(sid).catch(() => undefined);
          }
        } catch (e) {
          assert.ok(e instanceof DaosError, `seed ${seed} step ${step}: only DER errors, got ${String(e)}`);
          assert.equal(snapshot(store), before, `seed ${seed} step ${step}: a refused operation changed nothing`);
        }
        checkInvariants(store);
        for (const [n, lock] of store.locks) {
          const prev = lastToken.get(n) ?? 0;
          assert.ok(lock.token >= prev, `seed ${seed}: token of ${n} went back from ${prev} to ${lock.token}`);
          lastToken.set(n, lock.token);
        }
      }
    }
  });
});
