// The container service's IV-backed handle verifier against real IV caches on a real nats-server
// (three IvNodes in this process; pool handles pushed by the "pool service" side of the test).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { DaosError, DER, monotonicClock, SeededRng } from '@daos-nats/base';
import { connectBus } from '@daos-nats/bus';
import { IvClassRegistry, IvNode, ivConfig } from '@daos-nats/iv';
import { ivCacheClasses, IV_CLASS, IvClient, monotonicTimer, NatsIvTransport, serveIvNode, uuidKey } from '@daos-nats/iv-nats';
import { daos } from '@daos-nats/proto';
import { startNatsServer } from '@daos-nats/testkit';
import { ivHandleVerifier } from './iv-handle-verifier.js';

const SYSTEM = 'contiv';
const POOL = randomUUID();

test('the IV verifier accepts a handle every cache holds and refuses it once evicted, with no TTL of its own', async () => {
  await using nats = await startNatsServer();
  const bus = await connectBus({ name: 'cont-iv-test', servers: nats.url });
  try {
    const config = ivConfig({ entryLeaseMs: 300, requestTimeoutMs: 1000, updateTimeoutMs: 3000, clockSlackMs: 10 });
    const nodes = [0, 1, 2].map((r) => new IvNode(r, new IvClassRegistry(ivCacheClasses()), new NatsIvTransport(bus, SYSTEM), monotonicTimer, config));
    for (const n of nodes) await serveIvNode(bus, SYSTEM, n);
    const psSide = new IvClient(bus, SYSTEM, 0, new SeededRng(1), { retryPauseMs: 50 });
    await psSide.claimRoot({ pool: POOL, root: 0, term: 1, ranks: [0, 1, 2] });
    const handle = randomUUID();
    const rep = daos.pool.v1.VerifyHandleRep.encode({ valid: true, capabilities: 0b101, flags: 1, principal: { user: 'alice@', group: 'staff@', groups: ['staff@'] }, mapVersion: 3 }).finish();
    const connected = await psSide.update(POOL, IV_CLASS.POOL_CONN, uuidKey(handle), 3, rep, 'eager');
    assert.equal(connected.complete, true);

    const verifier = ivHandleVerifier(new IvClient(bus, SYSTEM, 2, new SeededRng(2), { retryPauseMs: 50 }), POOL, monotonicClock, 16);
    const v = await verifier.verify(handle);
    assert.equal(v.mode, 'ro');
    assert.equal(v.capabilities, 0b101);
    assert.equal(v.principal?.user, 'alice@');

    const evicted = await psSide.invalidate(POOL, IV_CLASS.POOL_CONN, uuidKey(handle), 'eager');
    assert.equal(evicted.complete, true, 'all three caches dropped it');
    // Straight after the eviction returned: refused, no TTL to wait out.
    await assert.rejects(verifier.verify(handle), (e: unknown) => e instanceof DaosError && e.code === DER.NO_HDL);
    await assert.rejects(verifier.verify('not-a-uuid'), (e: unknown) => e instanceof DaosError && e.code === DER.INVAL);
  } finally {
    await bus.drain();
  }
});

test('a cache whose rank is not (yet) in the pool namespace: the verifier asks the pool service directly, uncached', async () => {
  await using nats = await startNatsServer();
  const bus = await connectBus({ name: 'cont-iv-direct', servers: nats.url });
  try {
    const config = ivConfig({ entryLeaseMs: 300, requestTimeoutMs: 1000, updateTimeoutMs: 3000, clockSlackMs: 10 });
    for (const r of [0, 1]) await serveIvNode(bus, SYSTEM, new IvNode(r, new IvClassRegistry(ivCacheClasses()), new NatsIvTransport(bus, SYSTEM), monotonicTimer, config));
    await new IvClient(bus, SYSTEM, 0, new SeededRng(1)).claimRoot({ pool: POOL, root: 0, term: 1, ranks: [0] });
    const outside = new IvClient(bus, SYSTEM, 1, new SeededRng(2), { retryPauseMs: 50 });
    const handle = randomUUID();
    await assert.rejects(ivHandleVerifier(outside, POOL, monotonicClock, 16).verify(handle), (e: unknown) => e instanceof DaosError && e.code === DER.NONEXIST);
    let open = true;
    const asked: string[] = [];
    const direct = async (h: string) => (asked.push(h), open ? { valid: true, capabilities: 0b11, flags: 2 } : { valid: false });
    const verifier = ivHandleVerifier(outside, POOL, monotonicClock, 16, direct);
    assert.equal((await verifier.verify(handle)).mode, 'rw');
    open = false; // evicted: the very next check sees it (no TTL on the direct path either)
    await assert.rejects(verifier.verify(handle), (e: unknown) => e instanceof DaosError && e.code === DER.NO_HDL);
    assert.deepEqual(asked, [handle, handle]);
  } finally {
    await bus.drain();
  }
});
