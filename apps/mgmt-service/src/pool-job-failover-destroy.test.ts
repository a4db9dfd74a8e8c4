// Issue 12 item 1: kill -9 of the MS leader at each step of a pool destroy (test/failover-cluster.ts).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { failoverCluster, fullyGone, fullyThere, mgmt, restartKilled } from '../test/failover-cluster.js';
import { POOL_STEPS } from './pool-jobs.js';

failoverCluster();

for (const step of POOL_STEPS.filter((s) => s.startsWith('destroy:'))) {
  test(`kill -9 of the MS leader at ${step}: the new leader finishes the destroy, the pool is fully gone`, async () => {
    const uuid = randomUUID();
    const pool = await mgmt.poolCreate({ uuid, label: `kill-${step.replace(':', '-')}`, sizeBytes: 1 << 20 });
    await fullyThere(pool);
    await mgmt.poolDestroy(uuid);
    await fullyGone(uuid);
    await restartKilled(uuid, step);
    // fullyGone checked every rank; after the killed replica restarts the record is still gone.
    assert.equal((await mgmt.poolList()).filter((p) => p.uuid === uuid).length, 0, `pool ${uuid} has no record after ${step}`);
  });
}
