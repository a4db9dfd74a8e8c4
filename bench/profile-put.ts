// `npm run bench -- profile-put [--seconds N] [--clients C] [--keep DIR] | --analyze DIR`
//
// Where a kv put's CPU goes: 3 kv-example replica processes run with --cpu-prof, this process
// (the client) profiles itself with node:inspector, C clients put for N seconds (16-byte keys,
// 128-byte values), then every process stops and its profile is split into stages
// (bench/cpu-profile-stages.ts): percent of busy (non-idle) CPU per stage while the client was
// profiling, for the leader, the followers and the client. Relative shares stay meaningful on a
// loaded machine; absolute rates do not. `--analyze DIR` re-reads profiles kept with `--keep DIR`.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { KvCluster } from '@daos-nats/kv-example/test/kv-cluster';
import { tempDir } from '@daos-nats/testkit';
import { benchKey, closedLoop, type LoopResult } from './closed-loop.js';
import { profileWindow, stageBreakdown } from './cpu-profile-stages.js';
import { loadGate, loadLine } from './load-gate.js';

const RANKS = [0, 1, 2] as const;
const rankDir = (dir: string, r: number) => path.join(dir, `rank${r}`);

/** Run the cluster and the workload with every process profiled; profiles and run.json land in `dir`. */
async function profileRun(dir: string, seconds: number, clients: number): Promise<void> {
  for (const r of RANKS) mkdirSync(rankDir(dir, r), { recursive: true });
  // Each rank writes its profile into its own directory (the cwd stays the repository).
  const nodeArgs = (r: number) => ['--cpu-prof', '--cpu-prof-dir', rankDir(dir, r)];
  const cluster = await KvCluster.start({ tickMs: 100, electionTicks: 10, heartbeatTicks: 2, system: 'prof', nodeArgs, startTimeoutMs: 180_000 });
  const session = new Session();
  session.connect();
  try {
    await Promise.all(RANKS.map((r) => cluster.spawn(r)));
    const leader = await cluster.createGroup('prof', [...RANKS]);
    const kv = cluster.client('prof', [...RANKS], 1);
    const value = new Uint8Array(128).fill(0x61);
    const enc = new TextEncoder();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    const result = await closedLoop({ concurrency: clients, warmupMs: 500, durationMs: seconds * 1000, opsMax: 10_000_000, op: (seq) => kv.put(enc.encode(benchKey(seq, 10_000)), value) });
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(path.join(dir, 'client.cpuprofile'), JSON.stringify(profile));
    writeFileSync(path.join(dir, 'run.json'), JSON.stringify({ leader, clients, seconds, result }));
  } finally {
    session.disconnect();
    await cluster[Symbol.asyncDispose]();
  }
}

function report(dir: string): string[] {
  const run = JSON.parse(readFileSync(path.join(dir, 'run.json'), 'utf8')) as { leader: number; clients: number; seconds: number; result: LoopResult };
  const profiles: [string, string][] = [['client', path.join(dir, 'client.cpuprofile')]];
  for (const r of RANKS) {
    // CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: thread 0 is the main thread (others: tsx's loader).
    const f = existsSync(rankDir(dir, r)) ? readdirSync(rankDir(dir, r)).find((n) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(n)) : undefined;
    if (f) profiles.push([r === run.leader ? `leader (rank ${r})` : `follower (rank ${r})`, path.join(rankDir(dir, r), f)]);
  }
  // Only the samples taken while the client was profiling (warm-up and measurement): not start-up.
  const window = profileWindow(profiles[0]![1]);
  const tables = profiles.map(([who, f]) => ({ who, ...stageBreakdown(f, window) }));
  const stages = [...new Set(tables.flatMap((t) => [...t.percent.keys()]))];
  const r = run.result;
  return [
    `profile-put: ${run.clients} client(s), ${run.seconds} s: ${r.opsPerSec.toFixed(0)} puts/s, p50 ${r.p50Ms.toFixed(2)} ms, ${r.ops} puts (profilers on)`,
    `| stage (% of busy CPU) | ${tables.map((t) => t.who).join(' | ')} |`,
    `|---|${tables.map(() => '---:|').join('')}`,
    ...stages.map((s) => `| ${s} | ${tables.map((t) => (t.percent.get(s) ?? 0).toFixed(1)).join(' | ')} |`),
    `| busy ms per measured put (the window includes the warm-up) | ${tables.map((t) => (t.busyMs / Math.max(1, r.ops)).toFixed(3)).join(' | ')} |`,
  ];
}

const { values: argv } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, clients: { type: 'string', default: '1' }, keep: { type: 'string' }, analyze: { type: 'string' } } });
if (argv.analyze) {
  console.log(report(argv.analyze).join('\n'));
} else {
  const seconds = Number(argv.seconds);
  const clients = Number(argv.clients);
  if (!(seconds > 0) || !Number.isSafeInteger(clients) || clients <= 0) throw new Error('--seconds and --clients must be positive');
  const gate = loadGate();
  await using tmp = await tempDir('profile-put-');
  const dir = argv.keep ?? tmp.path;
  await profileRun(dir, seconds, clients);
  console.log([...report(dir), loadLine(gate), ...(argv.keep ? [`profiles kept in ${dir}`] : [])].join('\n'));
}
process.exit(0);
