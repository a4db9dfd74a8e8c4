// Issue 12 item 1: kill -9 of the MS leader at each step of a pool create (test/failover-cluster.ts).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { failoverCluster, fullyGone, fullyThere, mgmt, restartKilled } from '../test/failover-cluster.js';
import { POOL_STEPS } from './pool-jobs.js';

failoverCluster();

for (const step of POOL_STEPS.filter((s) => s.startsWith('create:'))) {
  test(`kill -9 of the MS leader at ${step}: the new leader finishes the create, the pool is fully there`, async () => {
    const uuid = randomUUID();
    const label = `kill-${step.replace(':', '-')}`;
    const pool = await mgmt.poolCreate({ uuid, label, sizeBytes: 1 << 20 });
    assert.equal(pool.state, 'Ready');
    await restartKilled(uuid, step);
    await fullyThere(pool);
    await mgmt.poolDestroy(uuid);
    await fullyGone(uuid);
  });
}
