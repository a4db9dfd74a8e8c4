/**
 * The seeded Raft simulator's command line:
 *   npm run sim -- --seeds N [--from S] [--nodes K] [--trace] [--planted-bug] [--progress P]
 * Runs seeds S..S+N-1 and ends with exactly one line
 *   sim: <N> seeds, <V> violations, <L> liveness failures
 * exiting 0 only when both counts are 0.
 */
import { nodesMax, nodesMin } from './options.js';
import { runSeed, type SeedResult } from './simulator.js';

interface Args {
  seeds: number;
  from: number;
  nodes: number;
  trace: boolean;
  plantedBug: boolean;
  progress: number;
}

class UsageError extends Error {
  override readonly name = 'UsageError';
}

const usage = 'usage: npm run sim -- --seeds N [--from S] [--nodes K] [--trace] [--planted-bug] [--progress P]';

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { seeds: 100, from: 1, nodes: 5, trace: false, plantedBug: false, progress: 0 };
  const int = (flag: string, v: string | undefined, min: number, max: number): number => {
    const n = Number(v);
    if (v === undefined || !Number.isSafeInteger(n) || n < min || n > max) throw new UsageError(`${flag} needs an integer in [${min}, ${max}], got ${v ?? 'nothing'}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    switch (a) {
      case '--seeds':
        args.seeds = int(a, argv[++i], 1, 1e9);
        break;
      case '--from':
        args.from = int(a, argv[++i], 0, Number.MAX_SAFE_INTEGER - 1e9);
        break;
      case '--nodes':
        args.nodes = int(a, argv[++i], nodesMin, nodesMax);
        break;
      case '--progress':
        args.progress = int(a, argv[++i], 0, 1e9);
        break;
      case '--trace':
        args.trace = true;
        break;
      case '--planted-bug':
        args.plantedBug = true;
        break;
      default:
        throw new UsageError(`unknown argument ${a}`);
    }
  }
  return args;
}

function replayCommand(r: SeedResult, plantedBug: boolean): string {
  return `npm run sim -- --seeds 1 --from ${r.seed} --nodes ${r.nodes}${plantedBug ? ' --planted-bug' : ''} --trace`;
}

function report(r: SeedResult, args: Args): void {
  const what = r.outcome === 'violation' ? `VIOLATION ${r.message}` : `LIVENESS FAILURE ${r.message}`;
  console.log(`seed ${r.seed} (${r.nodes} nodes): ${what}`);
  console.log(`  replay: ${replayCommand(r, args.plantedBug)}`);
  console.log(args.trace ? '  trace:' : '  last events:');
  for (const line of r.trace) console.log(`    ${line}`);
}

function main(): number {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`${e.message}\n${usage}`);
    return 2;
  }
  let violations = 0;
  let liveness = 0;
  const started = performance.now();
  for (let k = 0; k < args.seeds; k++) {
    const r = runSeed({ seed: args.from + k, nodes: args.nodes, fullTrace: args.trace, unsafeCommitPreviousTermEntries: args.plantedBug });
    if (r.outcome === 'violation') violations++;
    if (r.outcome === 'liveness') liveness++;
    if (r.outcome !== 'ok') report(r, args);
    else if (args.trace) {
      for (const line of r.trace) console.log(line);
      console.log(`seed ${r.seed}: ok ${JSON.stringify(r.stats)}`);
    }
    if (args.progress > 0 && (k + 1) % args.progress === 0 && k + 1 < args.seeds) {
      const s = (performance.now() - started) / 1000;
      console.log(`progress: ${k + 1} seeds, ${violations} violations, ${liveness} liveness failures, ${s.toFixed(1)} s (${((k + 1) / s).toFixed(1)} seeds/s)`);
    }
  }
  const s = (performance.now() - started) / 1000;
  console.log(`timing: ${args.seeds} seeds in ${s.toFixed(1)} s (${(args.seeds / s).toFixed(1)} seeds/s)`);
  console.log(`sim: ${args.seeds} seeds, ${violations} violations, ${liveness} liveness failures`);
  return violations === 0 && liveness === 0 ? 0 : 1;
}

process.exitCode = main();
