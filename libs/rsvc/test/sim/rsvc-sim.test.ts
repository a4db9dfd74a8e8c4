// The rsvc + rdb simulation in CI: a few seeds must find nothing, the same seed must replay
// identically, and a planted bug (retries that defeat dedup) must be caught, so a silent checker
// cannot pass. `npm run rsvc-sim -- --seeds 1000` runs many more outside CI.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runSimulation } from './rsvc-sim.js';

const SEEDS = Number(process.env['RSVC_SIM_SEEDS'] ?? 4);
const base = { durationMs: 4_000, clients: 3, nemesisIntervalMs: 400 };

test(`${SEEDS} seeds of partitions, crashes, loss, duplication and reordering: linearizable, exactly-once, converged`, async () => {
  for (let seed = 1; seed <= SEEDS; seed++) {
    const r = await runSimulation({ seed, ...base });
    assert.deepEqual(r.violations, [], `seed ${seed}`);
    assert.ok(r.acknowledged > 20, `seed ${seed}: only ${r.acknowledged} operations acknowledged`);
    assert.ok(r.nemesis.crashes + r.nemesis.partitions > 0, `seed ${seed}: the nemesis did nothing`);
  }
});

test('a run is a function of its seed: the same seed replays the same history', async () => {
  const a = await runSimulation({ seed: 7, ...base, durationMs: 2_000 });
  const b = await runSimulation({ seed: 7, ...base, durationMs: 2_000 });
  assert.deepEqual(b, a);
});

test('the checkers catch a planted bug: retries with a fresh client time execute twice', async () => {
  const r = await runSimulation({ seed: 1, ...base, bug: 'fresh-time-on-retry' });
  assert.ok(r.violations.some((v) => v.startsWith('exactly-once:')), r.violations.join('\n'));
  assert.ok(r.violations.some((v) => v.includes('not linearizable')), r.violations.join('\n'));
});
