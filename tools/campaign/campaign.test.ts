// One short fault campaign in CI: real kv-example processes, a real nats-server, every fault kind.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCampaign } from './campaign.js';
import { FAULT_KINDS } from './fault-kinds.js';
import { DEFAULT_OPTIONS } from './options.js';
import { formatReport, passed } from './report.js';

test('a 30 s campaign under every fault kind: linearizable, nothing lost, nothing done twice, replicas equal', async () => {
  const r = await runCampaign({ ...DEFAULT_OPTIONS, seconds: 30, seed: 7, nemesis: FAULT_KINDS, verbose: false }, () => {});
  const report = formatReport(r);
  assert.ok(r.ops > 200, `the clients did work:\n${report}`);
  assert.ok(r.faults.length >= 3, `the nemesis injected faults:\n${report}`);
  assert.equal(r.linearizability.verdict, 'ok', report);
  assert.equal(r.violations, 0, report);
  assert.equal(r.lost, 0, report);
  assert.equal(r.doubleExecutions, 0, report);
  assert.equal(r.inconclusive, 0, report);
  assert.equal(r.stateComparison.mismatches, 0, report);
  assert.ok(r.allocations.every((a) => a.final !== undefined && a.acknowledged > 0), report);
  assert.ok(passed(r));
});
