// `npm run bench -- locks [--seconds N] [--no-etcd]`
//
// The lock service (3 replica processes over one nats-server, SQLite WAL synchronous=FULL)
// against a 3-member etcd through its native gRPC client (etcd3), same client process, one run:
//   - uncontended acquire+release, cached: a LockClient re-acquiring a lock it caches (no round trip);
//   - uncontended acquire+release, uncached: lock.acquire + lock.release requests (two commits);
//     etcd: its mutex recipe under one session lease (bench/etcd-mutex.ts; etcd has no client cache);
//   - 16 clients (16 sessions / leases) contending on one lock: acquire+release, i.e. handovers/s.
// Ratios are ours / etcd in ops/s, withheld when the machine was loaded at the start.
import { LOCK_GROUP_DEFAULT, lockOps } from '@daos-nats/api';
import type { LockClient } from '@daos-nats/lock-client';
import { LockCluster } from '@daos-nats/lock-service/test/test-lock-cluster';
import { closedLoop, type LoopResult } from './closed-loop.js';
import { EtcdCluster, findEtcd } from './etcd.js';
import { EtcdSession } from './etcd-mutex.js';
import { loadGate, loadLine, ratio } from './load-gate.js';

const args = process.argv.slice(2);
const seconds = (() => {
  const i = args.indexOf('--seconds');
  const n = i < 0 ? 5 : Number(args[i + 1]);
  if (!Number.isFinite(n) || n <= 0) throw new Error('--seconds needs a positive number');
  return n;
})();
const CONTENDERS = 16;
/** Session lease of either system: long enough that no lease lapses during a run. */
const LEASE_SECONDS = 5;
const WORKLOADS = ['uncontended cached', 'uncontended uncached', 'contended (1 lock)'] as const;
type Workload = (typeof WORKLOADS)[number];
type Results = Partial<Record<Workload, LoopResult>>;

function progress(system: string, workload: Workload, r: LoopResult): void {
  console.error(`  locks ${system} ${workload}: ${r.opsPerSec.toFixed(0)} ops/s, p50 ${r.p50Ms.toFixed(2)} ms, p99 ${r.p99Ms.toFixed(2)} ms, ops ${r.ops}, errors ${r.errors}`);
}

/** Run `f` with a member of `pool` no other op is using (16 workers, 16 sessions: one each at a time). */
async function withOne<T>(pool: T[], f: (x: T) => Promise<void>): Promise<void> {
  const x = pool.pop();
  if (x === undefined) throw new Error('pool empty: more workers than sessions');
  try {
    await f(x);
  } finally {
    pool.push(x);
  }
}

const loop = (concurrency: number, op: (seq: number) => Promise<void>): Promise<LoopResult> =>
  closedLoop({ concurrency, warmupMs: 500, durationMs: seconds * 1000, opsMax: 1_000_000, op });

async function ours(): Promise<Results> {
  const r: Results = {};
  await using cluster = await LockCluster.start({ leaseMs: LEASE_SECONDS * 1000, tickMs: 10, electionTicks: 20 });
  const one = await cluster.client(1);
  progress('ours', 'uncontended cached', (r['uncontended cached'] = await loop(1, async () => (await one.acquire('u-cached')).release())));
  r['uncontended uncached'] = await loop(1, async () => {
    const g = await one.caller.call(lockOps.acquire, { name: 'u-raw' });
    await one.caller.call(lockOps.release, { name: 'u-raw', token: g.token ?? 0 });
  });
  progress('ours', 'uncontended uncached', r['uncontended uncached']);
  const clients: LockClient[] = [];
  for (let i = 0; i < CONTENDERS; i++) clients.push(await cluster.client(100 + i));
  r['contended (1 lock)'] = await loop(CONTENDERS, () => withOne(clients, async (c) => (await c.acquire('hot', { timeoutMs: 30_000 })).release()));
  progress('ours', 'contended (1 lock)', r['contended (1 lock)']);
  const revokes = clients.reduce((n, c) => n + c.stats.revokesReceived, 0);
  console.error(`  locks ours contended: ${revokes} revokes received by the ${CONTENDERS} clients (group ${LOCK_GROUP_DEFAULT})`);
  return r;
}

async function etcd(bin: string): Promise<Results> {
  const r: Results = {};
  await using cluster = await EtcdCluster.start(bin);
  const sessions: EtcdSession[] = [];
  try {
    const one = await EtcdSession.open(cluster.client, LEASE_SECONDS);
    sessions.push(one);
    r['uncontended uncached'] = await loop(1, async () => (await one.lock('u'))());
    progress('etcd', 'uncontended uncached', r['uncontended uncached']);
    const pool: EtcdSession[] = [];
    for (let i = 0; i < CONTENDERS; i++) pool.push(await EtcdSession.open(cluster.client, LEASE_SECONDS));
    sessions.push(...pool);
    r['contended (1 lock)'] = await loop(CONTENDERS, () => withOne(pool, async (s) => (await s.lock('hot'))()));
    progress('etcd', 'contended (1 lock)', r['contended (1 lock)']);
  } finally {
    await Promise.all(sessions.map((s) => s.close()));
  }
  return r;
}

const gate = loadGate();
console.error(`locks: ${seconds} s per workload, 500 ms warm-up`);
const us = await ours();
const bin = args.includes('--no-etcd') ? undefined : findEtcd();
const them: Results | undefined = bin ? await etcd(bin) : undefined;
const f = (x: number | undefined, d = 2): string => (x !== undefined && Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const lines = ['| workload | clients | ours ops/s | p50 ms | p99 ms | etcd ops/s | p50 ms | p99 ms | ours/etcd |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|'];
for (const w of WORKLOADS) {
  const o = us[w];
  const e = them?.[w];
  lines.push(`| ${w} | ${w.startsWith('contended') ? CONTENDERS : 1} | ${f(o?.opsPerSec, 0)} | ${f(o?.p50Ms)} | ${f(o?.p99Ms)} | ${f(e?.opsPerSec, 0)} | ${f(e?.p50Ms)} | ${f(e?.p99Ms)} | ${e && o ? ratio(gate, o.opsPerSec, e.opsPerSec) : 'n/a'} |`);
}
if (!bin) lines.push('', 'etcd: skipped (no etcd on PATH, or --no-etcd; apt-get install -y etcd-server)');
lines.push('', 'etcd has no client-side lock cache: its uncached row is the comparable one for the cached row too.', loadLine(gate));
console.log(lines.join('\n'));
process.exit(0);
