// `npm run bench -- rsvc [--seconds N] [--runs N] [--failovers N] [--no-etcd] [--no-jetstream] [--only ours,ours-etcd-timing,etcd,jetstream]`
//
// The kv-example service through dc-rsvc (3 replica processes over one nats-server, SQLite WAL
// synchronous=FULL, the services' real raft timing) against a 3-member etcd through its native
// gRPC client (etcd3) and a 3-node JetStream KV with 3 replicas, same workloads, same client
// process, one after the other in one run:
//   put and linearizable get, 16-byte keys cycling over 10,000 preloaded keys, 128-byte values,
//   closed loop at 1, 16 and 256 concurrent clients; medians of `runs` runs of `seconds` each;
//   failover: kill -9 the leader while a writer issues a put every 5 ms (at most 8 in flight),
//   time to the first successful put issued at or after the kill; `failovers` trials, the killed
//   member restarted between. Ours at its defaults and at etcd's timing, etcd at its defaults.
// Ratios are ours / theirs (higher is better for us), withheld when the machine was loaded.
import { KvCluster } from '@daos-nats/kv-example/test/kv-cluster';
import { benchKey, closedLoop, median, type LoopResult } from './closed-loop.js';
import { EtcdCluster, ETCD_DEFAULT_TIMING, findEtcd } from './etcd.js';
import { firstWriteAfter } from './first-write-after.js';
import { JetStreamCluster } from './jetstream.js';
import { loadGate, loadLine, ratio } from './load-gate.js';

const CONCURRENCY = [1, 16, 256] as const;
const KEYS = 10_000;
const VALUE = new Uint8Array(128).fill(0x61);
const enc = new TextEncoder();
const GROUP = 'bench';
/** The services' defaults (libs/service-kit common-env): 100 ms ticks, election 10 ticks, heartbeat 2 ticks. */
const OUR_DEFAULTS = { tickMs: 100, electionTicks: 10, heartbeatTicks: 2 };
/** etcd's defaults in our ticks: heartbeat 100 ms, election 1,000 ms. */
const OUR_ETCD_TIMING = { tickMs: 100, electionTicks: ETCD_DEFAULT_TIMING.electionMs / 100, heartbeatTicks: ETCD_DEFAULT_TIMING.heartbeatMs / 100 };
/** How long a replica process may take to serve (tsx compiles at start: slow on a loaded box). */
const START_TIMEOUT_MS = 180_000;
/** How long after a kill a first write may take before the trial counts as failed. */
const FAILOVER_TIMEOUT_MS = 20_000;

/** What one system offers the workloads; `failover` absent when not measured for it. */
interface System {
  readonly name: string;
  put(seq: number): Promise<void>;
  get(seq: number): Promise<void>;
  failover?(): Promise<number>;
  close(): Promise<void>;
}

function arg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(args[i + 1]);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} needs a number ≥ 0`);
  return n;
}

async function ours(name: string, timing: typeof OUR_DEFAULTS): Promise<System> {
  const cluster = await KvCluster.start({ ...timing, system: 'bench', startTimeoutMs: START_TIMEOUT_MS });
  await Promise.all([0, 1, 2].map((r) => cluster.spawn(r)));
  await cluster.createGroup(GROUP, [0, 1, 2]);
  const kv = cluster.client(GROUP, [0, 1, 2], 1);
  const key = (seq: number) => enc.encode(benchKey(seq, KEYS));
  let trial = 0;
  return {
    name,
    put: (seq) => kv.put(key(seq), VALUE),
    get: async (seq) => void (await kv.get(key(seq))),
    async failover() {
      const leader = await cluster.leader(GROUP, [0, 1, 2]);
      const w = cluster.client(GROUP, [0, 1, 2], 100 + trial++, { callTimeoutMs: 2000, attemptTimeoutMs: 250, backoffMaxMs: 50 });
      await w.put(key(0), VALUE); // the writer knows the leader before the fault
      const ms = await firstWriteAfter(() => cluster.kill(leader), (seq) => w.put(key(seq), VALUE), FAILOVER_TIMEOUT_MS);
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
  const c = cluster.client;
  return {
    name: 'etcd',
    put: async (seq) => void (await c.put(benchKey(seq, KEYS)).value(Buffer.from(VALUE)).exec()),
    get: async (seq) => {
      // Linearizable: etcd3's get is serializable=false unless asked otherwise.
      if ((await c.get(benchKey(seq, KEYS)).buffer()) === null) throw new Error(`etcd get ${seq}: not found`);
    },
    async failover() {
      const leader = await cluster.healthy(30_000);
      const survivors = [0, 1, 2].filter((i) => i !== leader).map((i) => cluster.member(i));
      let n = 0;
      const put = async (seq: number) => void (await survivors[n++ % 2]!.put(benchKey(seq, KEYS)).value(Buffer.from(VALUE)).options({ deadline: new Date(Date.now() + 2000) }).exec());
      const ms = await firstWriteAfter(() => cluster.kill(leader), put, FAILOVER_TIMEOUT_MS);
      cluster.spawn(leader);
      await cluster.healthy(60_000);
      await new Promise((r) => setTimeout(r, 1000));
      return ms;
    },
    close: () => cluster[Symbol.asyncDispose](),
  };
}

async function jetstream(): Promise<System> {
  const cluster = await JetStreamCluster.start();
  const kv = await cluster.kv(GROUP);
  return {
    name: 'JetStream KV R3',
    put: async (seq) => void (await kv.put(benchKey(seq, KEYS), VALUE)),
    get: async (seq) => {
      if ((await kv.get(benchKey(seq, KEYS))) === null) throw new Error(`kv get ${seq}: not found`);
    },
    close: () => cluster[Symbol.asyncDispose](),
  };
}

type Row = { workload: 'put' | 'get'; concurrency: number; runs: LoopResult[] };
type Result = { name: string; rows: Row[]; failover: number[] };

async function measure(sys: System, runs: number, seconds: number, failovers: number, loops: boolean): Promise<Result> {
  const rows: Row[] = [];
  if (loops) {
    // Preload every key (gets must find them).
    await closedLoop({ concurrency: 64, warmupMs: 0, durationMs: 600_000, opsMax: KEYS, op: (seq) => sys.put(seq) });
    for (const workload of ['put', 'get'] as const) for (const c of CONCURRENCY) rows.push({ workload, concurrency: c, runs: [] });
    for (let r = 0; r < runs; r++)
      for (const row of rows) {
        const res = await closedLoop({ concurrency: row.concurrency, warmupMs: 500, durationMs: seconds * 1000, opsMax: 3_000_000, op: row.workload === 'put' ? (s) => sys.put(s) : (s) => sys.get(s) });
        row.runs.push(res);
        console.error(`  ${sys.name} ${row.workload} c=${row.concurrency} run ${r + 1}: ${res.opsPerSec.toFixed(0)} ops/s, p50 ${res.p50Ms.toFixed(2)} ms, p99 ${res.p99Ms.toFixed(2)} ms, errors ${res.errors}`);
      }
  }
  const failover: number[] = [];
  for (let t = 0; sys.failover && t < failovers; t++) {
    failover.push(await sys.failover());
    console.error(`  ${sys.name} failover ${t + 1}: ${failover.at(-1)!.toFixed(0)} ms`);
  }
  return { name: sys.name, rows, failover };
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a');
const med = (row: Row | undefined, k: keyof LoopResult) => (row ? median(row.runs.map((r) => r[k])) : NaN);

async function run(args: string[]): Promise<void> {
  const gate = loadGate();
  const seconds = arg(args, 'seconds', 5);
  const runs = arg(args, 'runs', 3);
  const failovers = arg(args, 'failovers', 5);
  const etcdBin = args.includes('--no-etcd') ? undefined : findEtcd();
  console.error(`rsvc bench: ${runs} runs of ${seconds} s per row, ${failovers} failovers; etcd: ${etcdBin ?? 'not found (apt-get install -y etcd-server) or --no-etcd: skipped'}`);

  const only = (() => {
    const i = args.indexOf('--only');
    return i < 0 ? undefined : new Set((args[i + 1] ?? '').split(','));
  })();
  const plan: { key: string; start: () => Promise<System>; loops: boolean }[] = [
    { key: 'ours', start: () => ours('ours', OUR_DEFAULTS), loops: true },
    { key: 'ours-etcd-timing', start: () => ours('ours at etcd timing', OUR_ETCD_TIMING), loops: false },
    ...(etcdBin ? [{ key: 'etcd', start: () => etcd(etcdBin), loops: true }] : []),
    ...(args.includes('--no-jetstream') ? [] : [{ key: 'jetstream', start: jetstream, loops: true }]),
  ].filter((p) => !only || only.has(p.key));
  const results: Result[] = [];
  for (const p of plan) {
    const sys = await p.start();
    try {
      results.push(await measure(sys, runs, seconds, failovers, p.loops));
    } finally {
      await sys.close();
    }
  }
  console.log(table(results, gate).join('\n'));
}

function table(results: Result[], gate: ReturnType<typeof loadGate>): string[] {
  const us: Result = results.find((r) => r.name === 'ours') ?? { name: 'ours', rows: [], failover: [] };
  if (us.rows.length === 0) for (const r of results[0]?.rows ?? []) us.rows.push({ ...r, runs: [] });
  const peers = results.filter((r) => r.rows.length > 0 && r !== us);
  const lines = [
    `| workload | clients | ours ops/s | p50 ms | p99 ms |${peers.map((p) => ` ${p.name} ops/s | p50 ms | p99 ms | ours/${p.name} |`).join('')}`,
    `|---|---:|---:|---:|---:|${peers.map(() => '---:|---:|---:|---:|').join('')}`,
  ];
  us.rows.forEach((row, i) => {
    const o = med(row, 'opsPerSec');
    const cells = peers.map((p) => {
      const r = p.rows[i];
      return `${fmt(med(r, 'opsPerSec'))} | ${fmt(med(r, 'p50Ms'), 2)} | ${fmt(med(r, 'p99Ms'), 2)} | ${ratio(gate, o, med(r, 'opsPerSec'))}`;
    });
    lines.push(`| ${row.workload === 'get' ? 'linearizable get' : 'put'} | ${row.concurrency} | ${fmt(o)} | ${fmt(med(row, 'p50Ms'), 2)} | ${fmt(med(row, 'p99Ms'), 2)} |${cells.map((c) => ` ${c} |`).join('')}`);
  });
  const fo = (f: number[]) => (f.length ? `p50 ${fmt(median(f))} ms, max ${fmt(Math.max(...f))} ms (${f.map((x) => fmt(x)).join(', ')})` : 'not measured');
  lines.push('', '| failover (kill -9 leader → first successful write) | timing | result |', '|---|---|---|');
  const timing: Record<string, string> = {
    ours: `tick ${OUR_DEFAULTS.tickMs} ms, heartbeat ${OUR_DEFAULTS.heartbeatTicks} ticks, election ${OUR_DEFAULTS.electionTicks} ticks (services' defaults)`,
    'ours at etcd timing': `tick ${OUR_ETCD_TIMING.tickMs} ms, heartbeat ${OUR_ETCD_TIMING.heartbeatTicks} tick, election ${OUR_ETCD_TIMING.electionTicks} ticks`,
    etcd: `heartbeat ${ETCD_DEFAULT_TIMING.heartbeatMs} ms, election ${ETCD_DEFAULT_TIMING.electionMs} ms (defaults)`,
  };
  for (const r of results) if (timing[r.name]) lines.push(`| ${r.name} | ${timing[r.name]} | ${fo(r.failover)} |`);
  const e = results.find((r) => r.name === 'etcd');
  const oe = results.find((r) => r.name === 'ours at etcd timing');
  if (e?.failover.length && oe?.failover.length)
    lines.push('', `failover ratio at etcd timing (etcd p50 / ours p50, higher is better for us): ${ratio(gate, median(e.failover), median(oe.failover))}`);
  lines.push('', loadLine(gate));
  return lines;
}

await run(process.argv.slice(2));
process.exit(0);
