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

test('plan: a group that shrank grows back to the wanted count once a rank is in service again', () => {
  const ups: ServiceRank[] = [{ rank: 0, faultDomain: '/a' }, { rank: 1, faultDomain: '/b' }, { rank: 3, faultDomain: '/c' }];
  assert.deepEqual(planContReplicas([0, 1], ups, 0, 3), { add: [3], remove: [] });
  assert.deepEqual(planContReplicas([0, 1], ups, 0, 2), { add: [], remove: [] }, 'the current count when none is recorded');
});

test('after a rank leaves service with no spare the group shrinks; a rank back in service grows it to its founding count', async () => {
  let inService: ServiceRank[] = [0, 1, 2].map((rank) => ({ rank, faultDomain: `/n${rank}` })); // rank 3 not in service yet
  const reports: number[][] = [];
  const c = await ContCluster.start([0, 1, 2, 3], {
    groupRanks: [0, 1, 2],
    reconfigure: { intervalMs: 200, requestTimeoutMs: 10_000, inService: async () => inService, report: async (_pool, ranks) => void reports.push([...ranks]) },
  });
  try {
    const leader = await c.leader();
    const gone = [0, 1, 2].find((r) => r !== leader)!;
    const two = [0, 1, 2].filter((r) => r !== gone).join(',');
    inService = inService.filter((r) => r.rank !== gone); // excluded, and no spare in service
    await waitFor(() => reports.some((r) => r.join(',') === two), { timeoutMs: 30_000, what: `a report of replicas ${two} (reports: ${JSON.stringify(reports)})` });
    await waitFor(() => c.hosts.find((h) => h.rank === gone)!.host!.group(c.pool) === undefined, { timeoutMs: 10_000, what: `the replica on rank ${gone} removed` });
    inService = [...inService, { rank: 3, faultDomain: '/n3' }]; // a rank in service again
    const three = [...two.split(',').map(Number), 3].sort((a, b) => a - b).join(',');
    await waitFor(() => reports.some((r) => r.join(',') === three), { timeoutMs: 30_000, what: `a report of replicas ${three} (reports: ${JSON.stringify(reports)})` });
    const g = c.hosts.find((h) => h.rank === 3)!.host!.group(c.pool);
    assert.ok(g, 'rank 3 hosts a replica');
    await waitFor(() => g.replica.members().length === 3, { timeoutMs: 10_000, what: 'the new replica to apply a membership of three' });
    // Three is what it wants: a look that finds nothing to do reports nothing more.
    const count = reports.length;
    await new Promise((r) => setTimeout(r, 1_000));
    assert.equal(reports.length, count, `no further change (reports: ${JSON.stringify(reports)})`);
  } finally {
    await c.close();
  }
});
