// `npm run bench -- locks [--seconds N] [--no-etcd]`
//
// The lock service (3 replica processes over one nats-server, SQLite WAL synchronous=FULL)
// against a 3-member etcd's lock API on loopback, same client process:
//   - uncontended acquire+release, cached: a LockClient re-acquiring a lock it caches (no round trip);
//   - uncontended acquire+release, uncached: lock.acquire + lock.release requests (two commits);
//     etcd: /v3/lock/lock + /v3/lock/unlock under a lease (etcd has no client cache);
//   - 16 clients (16 sessions / leases) contending on one lock: acquire+release, i.e. handovers.
// etcd is spoken to over its JSON gateway (bench/etcd.ts; no etcd3/gRPC client is installed here):
// the same server-side lock (a key under the lease, ordered by revision) that etcd3's `Lock` builds.
import { LOCK_GROUP_DEFAULT, lockOps } from '@daos-nats/api';
import type { LockClient } from '@daos-nats/lock-client';
import { LockCluster } from '../apps/lock-service/test/test-lock-cluster.js';
import { closedLoop, type LoopResult } from './closed-loop.js';
import { EtcdCluster, findEtcd, type EtcdEndpoint } from './etcd.js';

const args = process.argv.slice(2);
const seconds = (() => {
  const i = args.indexOf('--seconds');
  const n = i < 0 ? 5 : Number(args[i + 1]);
  if (!Number.isFinite(n) || n <= 0) throw new Error('--seconds needs a positive number');
  return n;
})();
const CONTENDERS = 16;
const b64 = (s: string): string => Buffer.from(s).toString('base64');

function line(system: string, workload: string, clients: number, r: LoopResult): void {
  const f = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : '-');
  console.log(`locks ${system.padEnd(5)} ${workload.padEnd(20)} clients=${String(clients).padEnd(3)} ops/s=${r.opsPerSec.toFixed(0).padStart(6)} p50=${f(r.p50Ms)}ms p99=${f(r.p99Ms)}ms ops=${r.ops} errors=${r.errors}`);
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

async function ours(): Promise<void> {
  await using cluster = await LockCluster.start({ leaseMs: 5000, tickMs: 10, electionTicks: 20 });
  const one = await cluster.client(1);
  line('ours', 'uncontended cached', 1, await loop(1, async () => (await one.acquire('u-cached')).release()));
  line('ours', 'uncontended uncached', 1, await loop(1, async () => {
    const g = await one.caller.call(lockOps.acquire, { name: 'u-raw' });
    await one.caller.call(lockOps.release, { name: 'u-raw', token: g.token ?? 0 });
  }));
  const clients: LockClient[] = [];
  for (let i = 0; i < CONTENDERS; i++) clients.push(await cluster.client(100 + i));
  line('ours', 'contended (1 lock)', CONTENDERS, await loop(CONTENDERS, (seq) => withOne(clients, async (c) => (await c.acquire('hot', { timeoutMs: 30_000 })).release())));
  const revokes = clients.reduce((n, c) => n + c.stats.revokesReceived, 0);
  console.log(`locks ours  contended: ${revokes} revokes received by the 16 clients (group ${LOCK_GROUP_DEFAULT})`);
}

async function etcd(bin: string): Promise<void> {
  await using cluster = await EtcdCluster.start(bin);
  const leader = cluster.endpoints[await cluster.healthy(30_000)]!;
  const lease = async (e: EtcdEndpoint): Promise<string> => String((await e.post('/v3/lease/grant', { TTL: 5 }, 5000))['ID']);
  const keepAlive = (e: EtcdEndpoint, id: string): NodeJS.Timeout => setInterval(() => void e.post('/v3/lease/keepalive', { ID: id }, 5000).catch(() => undefined), 1500);
  const lockUnlock = async (e: EtcdEndpoint, name: string, id: string): Promise<void> => {
    const r = await e.post('/v3/lock/lock', { name: b64(name), lease: id }, 60_000);
    await e.post('/v3/lock/unlock', { key: r['key'] }, 5000);
  };
  const id = await lease(leader);
  const timers = [keepAlive(leader, id)];
  try {
    line('etcd', 'uncontended uncached', 1, await loop(1, () => lockUnlock(leader, 'u', id)));
    const ids: string[] = [];
    for (let i = 0; i < CONTENDERS; i++) {
      ids.push(await lease(leader));
      timers.push(keepAlive(leader, ids[i]!));
    }
    line('etcd', 'contended (1 lock)', CONTENDERS, await loop(CONTENDERS, () => withOne(ids, (lid) => lockUnlock(leader, 'hot', lid))));
  } finally {
    for (const t of timers) clearInterval(t);
  }
}

console.log(`locks: ${seconds} s per workload, 500 ms warm-up; figures from a shared machine are indicative only`);
await ours();
const bin = args.includes('--no-etcd') ? undefined : findEtcd();
if (bin) await etcd(bin);
else console.log('locks etcd: skipped (no etcd on PATH, or --no-etcd; apt-get install -y etcd-server)');
process.exit(0);
