// `npm run bench -- rsvc [--seconds N] [--runs N] [--failovers N] [--no-etcd]`
//
// The kv-example service through dc-rsvc (3 replica processes over one nats-server, SQLite WAL
// synchronous=FULL) against a 3-member etcd on loopback, same workloads, same client process:
//   put and linearizable get, 16-byte keys cycling over 10,000 preloaded keys, 128-byte values,
//   closed loop at 1, 16 and 256 concurrent clients; medians of `runs` runs, interleaved;
//   failover: kill -9 the leader while a writer issues a put every 5 ms (at most 8 in flight), time to the first
//   successful put issued at or after the kill; `failovers` trials, killed member restarted between.
import { performance } from 'node:perf_hooks';
import { KvCluster } from '../apps/kv-example/test/kv-cluster.js';
import type { KvClient } from '../apps/kv-example/src/kv-client.js';
import { benchKey, closedLoop, median, type LoopResult } from './closed-loop.js';
import { EtcdCluster, findEtcd, type EtcdEndpoint } from './etcd.js';

const CONCURRENCY = [1, 16, 256] as const;
const KEYS = 10_000;
const VALUE = new Uint8Array(128).fill(0x61);
const enc = new TextEncoder();
const GROUP = 'bench';

/** What one system offers the workloads. */
interface System {
  readonly name: string;
  put(seq: number): Promise<void>;
  get(seq: number): Promise<void>;
  /** Kill -9 the leader; then a put issued every 5 ms until one succeeds; ms from kill to it. */
  failover(): Promise<number>;
  close(): Promise<void>;
}

function arg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(args[i + 1]);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} needs a positive number`);
  return n;
}

/**
 * Writes in flight at once during a failover trial. Bounded low because our client retries inside
 * each call (leader search with backoff): hundreds of outstanding calls would each keep probing
 * the survivors and load the 2-core box during the very election being timed.
 */
const FAILOVER_OUTSTANDING_MAX = 8;

/** Open-loop writer (a put every 5 ms, at most FAILOVER_OUTSTANDING_MAX in flight) timing the first success issued at or after the kill. */
async function firstWriteAfter(kill: () => Promise<void>, put: (seq: number) => Promise<void>, timeoutMs: number): Promise<number> {
  let seq = 0;
  let done: ((ms: number) => void) | undefined;
  const result = new Promise<number>((resolve) => (done = resolve));
  let killAt = Infinity;
  let outstanding = 0;
  const timer = setInterval(() => {
    if (outstanding >= FAILOVER_OUTSTANDING_MAX) return;
    const issued = performance.now();
    outstanding++;
    put(seq++)
      .then(() => {
        if (issued >= killAt) done?.(performance.now() - killAt);
      })
      .catch(() => undefined)
      .finally(() => outstanding--);
  }, 5);
  await new Promise((r) => setTimeout(r, 1500)); // the writer runs without a fault first
  killAt = performance.now();
  await kill();
  const deadline = new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`no successful write ${timeoutMs} ms after the kill`)), timeoutMs));
  try {
    return await Promise.race([result, deadline]);
  } finally {
    clearInterval(timer);
    while (outstanding > 0) await new Promise((r) => setTimeout(r, 20));
  }
}

async function ours(): Promise<System> {
  const cluster = await KvCluster.start({ tickMs: 10, electionTicks: 10, heartbeatTicks: 2, system: 'bench' });
  await Promise.all([0, 1, 2].map((r) => cluster.spawn(r)));
  await cluster.createGroup(GROUP, [0, 1, 2]);
  const kv: KvClient = cluster.client(GROUP, [0, 1, 2], 1);
  const writer = (seed: number) => cluster.client(GROUP, [0, 1, 2], seed, { callTimeoutMs: 2000, attemptTimeoutMs: 250, backoffMaxMs: 50 });
  const key = (seq: number) => enc.encode(benchKey(seq, KEYS));
  let trial = 0;
  return {
    name: 'rsvc kv',
    put: (seq) => kv.put(key(seq), VALUE),
    get: async (seq) => void (await kv.get(key(seq))),
    async failover() {
      const leader = await cluster.leader(GROUP, [0, 1, 2]);
      const w = writer(100 + trial++);
      await w.put(key(0), VALUE); // the writer knows the leader before the fault
      const ms = await firstWriteAfter(() => cluster.kill(leader), (seq) => w.put(key(seq), VALUE), 10_000);
      await cluster.spawn(leader);
      await cluster.leader(GROUP, [0, 1, 2]);
      await new Promise((r) => setTimeout(r, 1000));
      return ms;
    },
    close: () => cluster[Symbol.asyncDispose](),
  };
}

async function etcd(bin: string): Promise<System> {
  const cluster = await EtcdCluster.start(bin);
  const eps = cluster.endpoints;
  // Like the etcd3 client: each call to a random member (followers forward writes to the leader).
  let rr = 0;
  const pick = (): EtcdEndpoint => eps[(rr = (rr + 1 + Math.floor(Math.random() * 2)) % 3)]!;
  return {
    name: 'etcd',
    put: (seq) => pick().put(benchKey(seq, KEYS), VALUE),
    get: (seq) => pick().get(benchKey(seq, KEYS)),
    async failover() {
      const leader = await cluster.healthy(30_000);
      const survivors = eps.filter((_, i) => i !== leader);
      let n = 0;
      const ms = await firstWriteAfter(() => cluster.kill(leader), (seq) => survivors[n++ % 2]!.put(benchKey(seq, KEYS), VALUE, 2000), 20_000);
      cluster.spawn(leader);
      await cluster.healthy(60_000);
      await new Promise((r) => setTimeout(r, 1000));
      return ms;
    },
    close: () => cluster[Symbol.asyncDispose](),
  };
}

type Row = { workload: string; concurrency: number; runs: LoopResult[] };

async function measure(sys: System, runs: number, seconds: number, failovers: number): Promise<{ rows: Row[]; failover: number[] }> {
  // Preload every key (gets must find them).
  await closedLoop({ concurrency: 64, warmupMs: 0, durationMs: 600_000, opsMax: KEYS, op: (seq) => sys.put(seq) });
  const rows: Row[] = [];
  for (const workload of ['put', 'get'] as const) for (const c of CONCURRENCY) rows.push({ workload, concurrency: c, runs: [] });
  for (let r = 0; r < runs; r++) {
    for (const row of rows) {
      const res = await closedLoop({ concurrency: row.concurrency, warmupMs: 500, durationMs: seconds * 1000, opsMax: 3_000_000, op: row.workload === 'put' ? (s) => sys.put(s) : (s) => sys.get(s) });
      row.runs.push(res);
      console.error(`  ${sys.name} ${row.workload} c=${row.concurrency} run ${r + 1}: ${res.opsPerSec.toFixed(0)} ops/s, p50 ${res.p50Ms.toFixed(2)} ms, p99 ${res.p99Ms.toFixed(2)} ms, errors ${res.errors}`);
    }
  }
  const failover: number[] = [];
  for (let t = 0; t < failovers; t++) {
    const ms = await sys.failover();
    failover.push(ms);
    console.error(`  ${sys.name} failover ${t + 1}: ${ms.toFixed(0)} ms`);
  }
  return { rows, failover };
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a');

async function run(args: string[]): Promise<void> {
  const seconds = arg(args, 'seconds', 5);
  const runs = arg(args, 'runs', 3);
  const failovers = arg(args, 'failovers', 5);
  const etcdBin = args.includes('--no-etcd') ? undefined : findEtcd();
  console.error(`rsvc bench: ${runs} runs of ${seconds} s per row, ${failovers} failovers; etcd: ${etcdBin ?? 'not on PATH, skipped'}`);

  const results: { name: string; rows: Row[]; failover: number[] }[] = [];
  for (const start of [ours, ...(etcdBin ? [() => etcd(etcdBin)] : [])]) {
    const sys = await start();
    try {
      results.push({ name: sys.name, ...(await measure(sys, runs, seconds, failovers)) });
    } finally {
      await sys.close();
    }
  }

  const [us, them] = results as [(typeof results)[number], (typeof results)[number] | undefined];
  const lines = [
    `| workload | clients | rsvc kv ops/s | p50 ms | p99 ms | etcd ops/s | p50 ms | p99 ms | ratio |`,
    `|---|---:|---:|---:|---:|---:|---:|---:|---:|`,
  ];
  us.rows.forEach((row, i) => {
    const o = median(row.runs.map((r) => r.opsPerSec));
    const e = them ? median(them.rows[i]!.runs.map((r) => r.opsPerSec)) : NaN;
    const p = (rs: LoopResult[] | undefined, k: 'p50Ms' | 'p99Ms') => (rs ? fmt(median(rs.map((r) => r[k])), 2) : 'n/a');
    lines.push(`| ${row.workload} | ${row.concurrency} | ${fmt(o)} | ${p(row.runs, 'p50Ms')} | ${p(row.runs, 'p99Ms')} | ${fmt(e)} | ${p(them?.rows[i]!.runs, 'p50Ms')} | ${p(them?.rows[i]!.runs, 'p99Ms')} | ${them ? fmt(o / e, 2) : 'n/a'} |`);
  });
  const fo = (f: number[] | undefined) => (f && f.length ? `p50 ${fmt(median(f))} ms, max ${fmt(Math.max(...f))} ms (${f.map((x) => fmt(x)).join(', ')})` : 'n/a');
  lines.push('', `failover (kill -9 leader → first successful write): rsvc kv ${fo(us.failover)}; etcd ${fo(them?.failover)}`);
  if (them) {
    const ratio = median(them.failover) / median(us.failover);
    lines.push(`failover ratio (etcd p50 / rsvc p50, higher is better for us): ${fmt(ratio, 2)}`);
  }
  console.log(lines.join('\n'));
}

await run(process.argv.slice(2));
