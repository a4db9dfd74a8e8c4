// Issue 17: a freshly created group elects at once when its creator asks one founder to campaign
// (StartReq.campaign) after every founder has its replica, instead of waiting out a randomized
// election timeout. The timeout here is long (8-16 s) so that only the campaign can explain a
// leader within a few seconds, however loaded the machine.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { startNatsServer, tempDir, waitFor } from '@daos-nats/testkit';
import { startTestHost } from '../test/test-nats-hosts.js';

const slowElection = { tickIntervalMs: 100, commitTimeoutMs: 10_000, raft: { electionTimeoutTicks: 80, heartbeatTicks: 3 } };
const ELECTION_TIMEOUT_MIN_MS = 80 * 100;

test('a created group whose creator asks one founder to campaign has a leader well before any election timeout', async () => {
  await using nats = await startNatsServer();
  await using dir = await tempDir('rsvc-campaign-');
  const hosts = await Promise.all([1, 2, 3].map((rank) => startTestHost(nats.url, rank, path.join(dir.path, `r${rank}`), { replica: slowElection })));
  try {
    const members = [1, 2, 3].map((rank) => ({ rank, gen: 1 }));
    const t0 = performance.now();
    await Promise.all(hosts.map((h) => h.host.startGroup('c1', { create: true, members })));
    const created = Number(hosts[0]!.host.group('c1')!.replica.currentTerm);
    // The same start again to one founder, now with campaign: idempotent for the replica, and an election.
    await hosts[0]!.host.startGroup('c1', { create: true, members, campaign: true });
    await waitFor(() => hosts.some((h) => h.host.group('c1')?.replica.isLeader), { timeoutMs: ELECTION_TIMEOUT_MIN_MS / 2, intervalMs: 20, what: 'a leader' });
    const ms = performance.now() - t0;
    assert.ok(ms < ELECTION_TIMEOUT_MIN_MS / 2, `a leader after ${ms.toFixed(0)} ms`);
    const leaders = hosts.filter((h) => h.host.group('c1')?.replica.isLeader);
    assert.equal(leaders.length, 1);
    const term = Number(leaders[0]!.host.group('c1')!.replica.currentTerm);
    assert.equal(term, created + 1, 'elected in the first election: one campaign, no timeout');
    // Asked again (a retried start) while a leader exists: nothing changes.
    await hosts[1]!.host.startGroup('c1', { create: true, members, campaign: true });
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(Number(leaders[0]!.host.group('c1')!.replica.currentTerm), term, 'a retried campaign request does not depose the leader');
    assert.ok(leaders[0]!.host.group('c1')!.replica.isLeader);
  } finally {
    for (const h of hosts) await h.close();
  }
});
