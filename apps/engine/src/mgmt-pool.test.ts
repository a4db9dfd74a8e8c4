// The target side of a pool over dRPC (what the MS's pool jobs reach through the control server):
// POOL_CREATE on every target, POOL_QUERY answering each target's space from its object store,
// the MS term fence, POOL_DESTROY. A real engine (xstreams as worker threads) without NATS.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DER } from '@daos-nats/base';
import { DrpcClient, DrpcModule, MgmtMethod } from '@daos-nats/drpc';
import { daos } from '@daos-nats/proto';
import { tempDir } from '@daos-nats/testkit';
import { Engine } from './engine.js';

const E = daos.engine.v1;
const POOL = '0b6f3c1e-7a52-4e0c-9d1a-5f3e2b7c8d90';

for (const modules of [['mgmt', 'obj'], ['mgmt']]) {
  test(`pool targets with modules ${modules.join(',')}: create, space per target, fence, destroy`, { timeout: 120_000 }, async () => {
    await using dir = await tempDir('mgmt-pool-');
    const dataDir = join(dir.path, 'data');
    const engine = new Engine(
      { system: 'mp', instanceIdx: 0, uuid: 'e0', targets: 3, offloadXstreams: 0, dataDir, drpcSocket: join(dir.path, 'e.sock'), modules },
      { onFatal: (w) => assert.fail(w), log: () => undefined },
    );
    await engine.start();
    const drpc = await DrpcClient.connect(engine.config.drpcSocket);
    try {
      const create = async (fenceTerm: number) =>
        E.TgtPoolCreateRep.decode(await drpc.callOk(DrpcModule.MGMT, MgmtMethod.POOL_CREATE, E.TgtPoolCreateReq.encode({ poolUuid: POOL, sizeBytes: 1 << 20, fenceTerm }).finish()));
      const query = async () => E.TgtPoolQueryRep.decode(await drpc.callOk(DrpcModule.MGMT, MgmtMethod.POOL_QUERY, E.TgtPoolQueryReq.encode({ poolUuid: POOL }).finish()));
      const destroy = async (fenceTerm: number) => E.Result.decode(await drpc.callOk(DrpcModule.MGMT, MgmtMethod.POOL_DESTROY, E.TgtPoolDestroyReq.encode({ poolUuid: POOL, fenceTerm }).finish()));

      assert.equal((await query()).result?.status, DER.NONEXIST, 'no pool on the targets yet');
      const rep = await create(5);
      assert.equal(rep.result?.status ?? 0, 0, rep.result?.message ?? '');
      assert.deepEqual(rep.targets, [0, 1, 2]);
      assert.equal((await create(5)).result?.status ?? 0, 0, 'a retry of the same create is fine (idempotent)');
      for (let t = 0; t < 3; t++) assert.ok(existsSync(join(dataDir, `tgt${t}`, 'pools', POOL, 'pool.json')));

      const q = await query();
      assert.equal(q.result?.status ?? 0, 0, q.result?.message ?? '');
      assert.deepEqual(q.targets.map((t) => [t.target, Number(t.capacityBytes)]), [[0, 1 << 20], [1, 1 << 20], [2, 1 << 20]]);
      for (const t of q.targets) assert.equal(Number(t.freeBytes) + Number(t.usedBytes), 1 << 20, 'free + used = capacity');

      const stale = await create(4);
      assert.equal(stale.result?.status, DER.STALE, 'a deposed MS leader (older term) is refused');
      assert.match(stale.result?.message ?? '', /term 4 is older than term 5/);
      assert.equal((await destroy(3)).status, DER.STALE, 'nor may it destroy');
      assert.ok(existsSync(join(dataDir, 'tgt0', 'pools', POOL)), 'the refused destroy removed nothing');

      assert.equal((await destroy(6)).status, 0, 'a newer term destroys');
      for (let t = 0; t < 3; t++) assert.equal(existsSync(join(dataDir, `tgt${t}`, 'pools', POOL)), false);
      assert.equal((await destroy(6)).status, 0, 'destroying again is fine (idempotent)');
      assert.equal((await create(5)).result?.status, DER.STALE, 'the late create of the old term cannot bring the targets back');
      assert.equal((await query()).result?.status, DER.NONEXIST);
    } finally {
      drpc.close();
      await engine.stop();
    }
  });
}
