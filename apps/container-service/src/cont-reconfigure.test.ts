// Issue 12 item 5: the container service moves its replicas off a rank taken out of service onto
// a rank in service, and reports the new list (to the MS, in production).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { waitFor } from '@daos-nats/testkit';
import { planContReplicas, type ServiceRank } from './cont-reconfigure.js';
import { ContCluster } from '../test/test-cont-cluster.js';

test('plan: drop ranks out of service (never the leader), refill from empty fault domains first', () => {
  const ups: ServiceRank[] = [{ rank: 0, faultDomain: '/a' }, { rank: 1, faultDomain: '/b' }, { rank: 3, faultDomain: '/b' }, { rank: 4, faultDomain: '/c' }];
  assert.deepEqual(planContReplicas([0, 1, 2], ups, 0, 3), { add: [4], remove: [2] });
  assert.deepEqual(planContReplicas([0, 1, 2], ups.filter((u) => u.rank !== 0), 0, 3), { add: [4], remove: [2] }, 'the leader (0) is never removed by itself');
  assert.deepEqual(planContReplicas([0, 1, 4], ups, 0, 3), { add: [], remove: [] });
});

test('after a rank leaves service the leader adds a replica on a spare rank, removes the old one, and reports', async () => {
  let inService: ServiceRank[] = [0, 1, 2, 3].map((rank) => ({ rank, faultDomain: `/n${rank}` }));
  const reports: number[][] = [];
  const c = await ContCluster.start([0, 1, 2, 3], {
    groupRanks: [0, 1, 2],
    reconfigure: { intervalMs: 200, requestTimeoutMs: 10_000, inService: async () => inService, report: async (_pool, ranks) => void reports.push([...ranks]) },
  });
  try {
    const leader = await c.leader();
    const gone = [0, 1, 2].find((r) => r !== leader)!;
    assert.equal(c.hosts.find((h) => h.rank === 3)!.host!.group(c.pool), undefined, 'rank 3 is a spare');
    inService = inService.filter((r) => r.rank !== gone); // the MS excluded it
    const want = [0, 1, 2, 3].filter((r) => r !== gone).join(',');
    await waitFor(() => reports.some((r) => r.join(',') === want), { timeoutMs: 30_000, what: `a report of replicas ${want} (reports: ${JSON.stringify(reports)})` });
    assert.ok(c.hosts.find((h) => h.rank === 3)!.host!.group(c.pool), 'the spare rank now hosts a replica');
    await waitFor(() => c.hosts.find((h) => h.rank === gone)!.host!.group(c.pool) === undefined, { timeoutMs: 10_000, what: `the replica on rank ${gone} removed` });
  } finally {
    await c.close();
  }
});
