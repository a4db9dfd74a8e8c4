// npm run rsvc-sim -- --seeds N [--from S] [--seconds T] [--clients C] [--bug fresh-time-on-retry] [--verbose]
// Runs seeds S..S+N-1 of the rsvc + rdb simulation; prints each failing seed with what its checkers
// found, then one line `rsvc-sim: <N> seeds, <V> violations, <U> unknown`; exits 0 only when V is 0.
import { parseArgs } from 'node:util';
import { runSimulation, SIM_DEFAULTS, type PlantedBug } from './rsvc-sim.js';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '20' },
    from: { type: 'string', default: '1' },
    seconds: { type: 'string', default: String(SIM_DEFAULTS.durationMs / 1000) },
    clients: { type: 'string', default: String(SIM_DEFAULTS.clients) },
    bug: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const int = (name: string, v: string | undefined): number => {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got ${v}`);
  return n;
};
if (values.bug !== undefined && values.bug !== 'fresh-time-on-retry') throw new Error(`--bug: unknown planted bug ${values.bug}`);

const seeds = int('seeds', values.seeds);
const from = int('from', values.from);
let violations = 0;
let unknown = 0;
const t0 = Date.now();
for (let seed = from; seed < from + seeds; seed++) {
  const r = await runSimulation({
    seed,
    durationMs: int('seconds', values.seconds) * 1000,
    clients: int('clients', values.clients),
    nemesisIntervalMs: SIM_DEFAULTS.nemesisIntervalMs,
    ...(values.bug ? { bug: values.bug as PlantedBug } : {}),
  });
  violations += r.violations.length;
  unknown += r.unknownKeys;
  const n = r.nemesis;
  if (values.verbose || r.violations.length > 0)
    console.log(
      `seed ${seed}: ${r.ops} ops (${r.acknowledged} ok, ${r.indeterminate} indeterminate), ${n.crashes} crashes (${n.leaderCrashes} leaders), ${n.partitions} partitions, ${n.lossySpells} lossy spells, ${r.virtualMs} virtual ms`,
    );
  for (const v of r.violations) console.log(`  seed ${seed}: ${v}`);
}
console.log(`rsvc-sim: ${seeds} seeds, ${violations} violations, ${unknown} unknown (${Math.round((Date.now() - t0) / 1000)} s)`);
process.exitCode = violations === 0 ? 0 : 1;
