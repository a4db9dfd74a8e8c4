// The orphan sweep's uuid-reuse race (issue 12 item 3): the sweep looks (no record of pool U),
// then, before its destroy reaches the rank, U is created again with the same uuid and its fresh
// replica is started there. The destroy the sweep then delivers must not touch that replica. It is
// fenced by the pool's create generation: the stop says "only a replica created before <the
// generation the MS would have given next when it looked>", and every replica keeps the create
// generation it was started with. Timing cannot be forced through the MS, so the test delivers
// the sweep's late stop itself, exactly as the MS builds it, after the re-create.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { POOL_SERVICE } from '@daos-nats/api';
import { codeOf, DER, SeededRng } from '@daos-nats/base';
import { type Bus, connectBus } from '@daos-nats/bus';
import { distStop, MgmtClient, ServiceCaller } from '@daos-nats/client';
import { startNatsServer, tempDir, waitFor, type NatsServer, type TempDir } from '@daos-nats/testkit';
import { SYSTEM, startMs, startTestMember, stopTestMember, type TestMember } from '../test/test-system.js';
import type { MgmtServer } from './ms-server.js';

let nats: NatsServer;
let dir: TempDir;
let ms: { server: MgmtServer; bus: Bus };
let members: TestMember[] = [];
let clientBus: Bus;
let mgmt: MgmtClient;

before(async () => {
  nats = await startNatsServer();
  dir = await tempDir('orphan-fence-');
  ms = await startMs(nats.url, dir.path, 0, [0]);
  clientBus = await connectBus({ name: 'orphan-fence-client', servers: nats.url });
  mgmt = new MgmtClient({ bus: clientBus, system: SYSTEM, rng: new SeededRng(4), rsvcConfig: { callTimeoutMs: 20_000 } }, { replicas: [0] });
  members = [await startTestMember(nats.url, path.join(dir.path, 'p'), 'pool-service', '/n0'), await startTestMember(nats.url, path.join(dir.path, 'c'), 'container-service', '/n0')];
});

after(async () => {
  for (const m of members) await stopTestMember(m).catch(() => undefined);
  await ms?.server.close().catch(() => undefined);
  await ms?.bus.drain().catch(() => undefined);
  await clientBus?.drain();
  await nats?.[Symbol.asyncDispose]();
  await dir?.[Symbol.asyncDispose]();
});

test('a sweep that looked before a pool was re-created with the same uuid cannot destroy its fresh replica', async () => {
  const uuid = randomUUID();
  const pm = members[0]!;
  const first = await mgmt.poolCreate({ uuid, label: 'reused', sizeBytes: 1 << 20 });
  await mgmt.poolDestroy(uuid);
  await waitFor(() => pm.host.group(uuid) === undefined, { timeoutMs: 20_000, what: 'the first replica destroyed' });
  // The sweep looks now: no record of uuid; the next create generation is first.createGen + 1.
  const lookGen = first.createGen + 1;
  const again = await mgmt.poolCreate({ uuid, label: 'reused', sizeBytes: 1 << 20 });
  assert.equal(again.createGen, lookGen, 'the re-created pool got the generation the look saw next');
  assert.ok(pm.host.group(uuid), 'the re-created pool has its replica');

  // The sweep's destroy arrives late, as the MS sends it: its term, the generation it looked at.
  const term = (await mgmt.leaderQuery()).term;
  const caller = new ServiceCaller({ bus: clientBus, system: SYSTEM, service: POOL_SERVICE, group: uuid, ranks: [pm.agent.rank], rng: new SeededRng(5) });
  await assert.rejects(
    distStop(caller, { ranks: [pm.agent.rank], destroy: true, fenceTerm: term, createGenBelow: lookGen, timeoutMs: 5_000 }),
    (e: unknown) => codeOf(e) === DER.STALE && /create generation/.test((e as Error).message),
  );
  assert.ok(pm.host.group(uuid), 'the fresh replica is kept');
  assert.equal((await mgmt.poolFind(uuid)).state, 'Ready');

  // Without the fence (the sweep's stop before this fix) the fresh replica is destroyed: the race's damage.
  await distStop(caller, { ranks: [pm.agent.rank], destroy: true, fenceTerm: term, timeoutMs: 5_000 });
  assert.equal(pm.host.group(uuid), undefined, 'an unfenced stop (the old sweep) destroys the re-created pool\'s replica');
});
