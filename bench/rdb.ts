/**
 * rdb's ceiling over NATS: 3 replica processes on loopback (rdb test nodes, real SQLite files,
 * synchronous=FULL, rdb's default timing and log limits), proposals issued inside the leader's
 * process (one update each, 16-byte keys, 128-byte values) with 1, 16 and 256 in flight:
 * commits/s, p50 and p99 commit latency, median of 3 runs each. Then failover 5 times: kill -9
 * the leader, time until the first commit succeeds on the new leader.
 *
 * `npm run bench -- rdb [--scale 1] [--runs 3] [--failovers 5]`; --scale multiplies the
 * transactions per run.
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { rank } from '@daos-nats/base';
import { RdbCluster, rdbNodeOps, type WorkloadReply } from '@daos-nats/rdb-testkit';

const { values: argv } = parseArgs({
  options: { scale: { type: 'string', default: '1' }, runs: { type: 'string', default: '3' }, failovers: { type: 'string', default: '5' } },
});
const scale = Number(argv.scale);
const runs = Number(argv.runs);
const failovers = Number(argv.failovers);
for (const [k, v] of Object.entries({ scale, runs, failovers }))
  if (!(Number.isFinite(v) && v > 0)) throw new Error(`--${k} must be a positive number, got ${String(v)}`);

const KEY_BYTES = 16;
const VALUE_BYTES = 128;
/** Transactions per run at each depth: a few seconds each on a 2-core VM. */
const RUN_TXS: ReadonlyMap<number, number> = new Map([
  [1, 500],
  [16, 4000],
  [256, 15_000],
]);
const WARMUP_TXS = 1000;
const RUN_TIMEOUT_MS = 300_000;
/** How long a failover probe waits for the new leader. */
const FAILOVER_WAIT_MS = 30_000;

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number, digits = 1) => x.toFixed(digits);
const line = (s: string) => process.stdout.write(`${s}\n`);

await using c = await RdbCluster.start({ seed: Date.now() % 1_000_000 });
const t = c.tuning;
line(
  `# rdb over NATS: 3 replica processes, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), node ${process.version}; ` +
    `tick ${t.tickIntervalMs} ms, election ${t.electionTimeoutTicks} ticks, heartbeat ${t.heartbeatTicks} ticks, fsync on; ` +
    `${KEY_BYTES}-byte keys, ${VALUE_BYTES}-byte values, median of ${runs}`,
);

await c.writeToLeader([{ op: 'createRoot', cls: 'generic' }]);
const workload = async (inFlight: number, count: number): Promise<WorkloadReply> => {
  const leader = (await c.leader()).rank;
  const r = await c.call(leader, rdbNodeOps.workload, { count, inFlight, keyBytes: KEY_BYTES, valueBytes: VALUE_BYTES }, RUN_TIMEOUT_MS);
  if (r.failed) throw new Error(`workload of ${count} at ${inFlight} in flight failed on rank ${leader}: ${r.firstError}`);
  return r;
};
await workload(16, Math.ceil(WARMUP_TXS * scale));

for (const [inFlight, txs] of RUN_TXS) {
  const results: WorkloadReply[] = [];
  for (let i = 0; i < runs; i++) results.push(await workload(inFlight, Math.ceil(txs * scale)));
  const per = (f: (r: WorkloadReply) => number, digits: number) => `(runs: ${results.map((r) => fmt(f(r), digits)).join(', ')})`;
  line(`rdb commits/s, ${inFlight} in flight: ${fmt(median(results.map((r) => r.commitsPerSec)), 0)} ${per((r) => r.commitsPerSec, 0)}`);
  line(`rdb p50 latency, ${inFlight} in flight: ${fmt(median(results.map((r) => r.p50Ms)), 2)} ms ${per((r) => r.p50Ms, 2)}`);
  line(`rdb p99 latency, ${inFlight} in flight: ${fmt(median(results.map((r) => r.p99Ms)), 2)} ms ${per((r) => r.p99Ms, 2)}`);
}

const times: number[] = [];
for (let i = 1; i <= failovers; i++) {
  await c.caughtUp();
  const old = await c.leader();
  const survivors = c.ranks.filter((r) => r !== old.rank);
  const t0 = performance.now();
  await c.kill(old.rank);
  // Every survivor waits for a leader of a later term; the one elected commits at once, the
  // others answer DER_NOTLEADER. The first success ends the clock.
  const probe = { ops: [{ op: 'put', key: `failover-${i}`, value: 'x' }] as const, afterTerm: old.term, leaderWaitMs: FAILOVER_WAIT_MS };
  const probes = survivors.map((r) => c.call(r, rdbNodeOps.write, probe, FAILOVER_WAIT_MS + 5000).then(() => performance.now() - t0));
  const ms = await Promise.any(probes);
  await Promise.allSettled(probes);
  times.push(ms);
  line(`rdb failover ${i}/${failovers} (kill -9 of the leader to the first commit on the new one): ${fmt(ms, 0)} ms`);
  await c.restart({ rank: rank(old.rank), gen: 1 });
}
line(`rdb failover median of ${failovers}: ${fmt(median(times), 0)} ms`);
if (c.unexpectedExits.length) throw new Error(`nodes exited unexpectedly:\n${c.unexpectedExits.join('\n')}`);
