// Container handles reach the engines' IV caches: a committed open pushes the handle's
// capabilities (IV_CONT_CAPA) to every cache of the pool, a close invalidates them. Real container
// service replicas, real IV caches (three IvNodes in this process) on one nats-server.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CONT_CAPA } from '@daos-nats/acl';
import { SeededRng } from '@daos-nats/base';
import { connectBus, type Bus } from '@daos-nats/bus';
import { type ContainerClient } from '@daos-nats/client';
import { IvClassRegistry, IvNode, ivConfig } from '@daos-nats/iv';
import { ivCacheClasses, IV_CLASS, IvClient, monotonicTimer, NatsIvTransport, serveIvNode, uuidKey } from '@daos-nats/iv-nats';
import { daos } from '@daos-nats/proto';
import { waitFor } from '@daos-nats/testkit';
import { alice, ContCluster, SYSTEM } from '../test/test-cont-cluster.js';
import { ivContCapa, type ContCapaIv } from './cont-capa-iv.js';

let c: ContCluster;
let bus: Bus;
let owner: ContainerClient;
const caches: IvClient[] = [];
const sent: string[] = [];

before(async () => {
  // The caches must exist before the service: the cluster's nats-server is started by ContCluster,
  // so the IV side connects lazily through this forwarding hook.
  let real: ContCapaIv | undefined;
  const hook: ContCapaIv = {
    push: async (pool, handle, v) => (sent.push(`push ${handle}`), real!.push(pool, handle, v)),
    invalidate: async (pool, handle) => (sent.push(`invalidate ${handle}`), real!.invalidate(pool, handle)),
  };
  c = await ContCluster.start([0, 1, 2], { capaIv: hook });
  bus = await connectBus({ name: 'cont-capa-iv', servers: c.nats.url });
  const cfg = ivConfig({ entryLeaseMs: 2000, requestTimeoutMs: 1000, updateTimeoutMs: 5000, clockSlackMs: 10 });
  for (const r of [0, 1, 2]) await serveIvNode(bus, SYSTEM, new IvNode(r, new IvClassRegistry(ivCacheClasses()), new NatsIvTransport(bus, SYSTEM), monotonicTimer, cfg));
  for (const r of [0, 1, 2]) caches.push(new IvClient(bus, SYSTEM, r, new SeededRng(r + 1), { retryPauseMs: 20 }));
  await caches[0]!.claimRoot({ pool: c.pool, root: 0, term: 1, ranks: [0, 1, 2] });
  real = ivContCapa(caches[0]!);
  owner = await c.client(alice);
});

after(async () => {
  await bus?.drain();
  await c?.close();
});

test('open pushes the handle capabilities to every cache; close invalidates them', async () => {
  const cont = await owner.create({ label: 'capa' });
  const h = await owner.open('capa', 'rw');
  await waitFor(() => sent.includes(`push ${h.handle}`), { timeoutMs: 20_000, what: 'the push after the open' });
  for (const iv of caches) {
    const e = await waitFor(async () => {
      const v = await iv.fetch(c.pool, IV_CLASS.CONT_CAPA, uuidKey(h.handle));
      return v.value ?? false;
    }, { timeoutMs: 20_000, what: `cache ${iv.rank} to hold the handle` });
    const v = daos.obj.v1.ContHandleCapa.decode(e as Uint8Array);
    assert.equal(v.contUuid, cont.uuid);
    assert.ok(((v.capabilities ?? 0) & CONT_CAPA.WRITE_DATA) !== 0);
    assert.equal(v.capabilities, h.capabilities);
  }
  await owner.close('capa', h.handle);
  await waitFor(() => sent.includes(`invalidate ${h.handle}`), { timeoutMs: 20_000, what: 'the invalidation after the close' });
  for (const iv of caches) {
    await waitFor(async () => (await iv.fetch(c.pool, IV_CLASS.CONT_CAPA, uuidKey(h.handle))).value === undefined, { timeoutMs: 20_000, what: `cache ${iv.rank} to drop the handle` });
  }
});
