// `npm run bench -- iv [--samples N]`
//
// IV (incast variables) caches over one nats-server:
//   3 caches: real iv-cache processes (apps/iv-cache), the user in this process talking to its
//     rank's cache over NATS (IvClient), as an engine would;
//   12 and 48 caches: IvNodes in this process, each on its own subject over one NATS connection
//     (the same wire and protocol, without one process per cache).
// Figures, one line each: fetch hit p50/p99 (a leased entry), fetch miss p50/p99 (a key never
// seen: up the tree to the root and back), invalidation to all caches p50/p99 (an EAGER
// invalidate returning `complete`, i.e. every cache acknowledged). Fan-out 4; sequential calls.
// Measured on a shared machine these are indicative only: the lead re-measures on a quiet one.
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { SeededRng } from '@daos-nats/base';
import { connectBus, type Bus } from '@daos-nats/bus';
import { IvClassRegistry, IvNode, ivConfig, type IvConfig } from '@daos-nats/iv';
import { ivCacheClasses, IV_CLASS, IvClient, monotonicTimer, NatsIvTransport, POOL_KEY, serveIvNode, uuidKey } from '@daos-nats/iv-nats';
import { startNatsServer } from '@daos-nats/testkit';
import { IvCacheCluster } from '@daos-nats/iv-cache/test/iv-cache-cluster';

const POOL = 'bench-pool';
// Long enough that a hit stays a hit through one run; a new root waits this long before it answers.
const LEASE_MS = 5_000;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`--${name} needs a positive integer`);
  return n;
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function timed(n: number, op: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await op(i);
    out.push(performance.now() - t);
  }
  return out;
}

function report(caches: number, what: string, xs: number[]): void {
  console.log(`iv ${String(caches).padStart(2)} caches  ${what.padEnd(22)} p50 ${pct(xs, 50).toFixed(2)} ms  p99 ${pct(xs, 99).toFixed(2)} ms  (n=${xs.length})`);
}

/** The three measurements through `fetch`/`invalidate` of some cache (a leaf: the last rank). */
async function measure(caches: number, samples: number, fetch: (key: Uint8Array, classId: number) => Promise<unknown>, invalidate: () => Promise<boolean>, update: () => Promise<unknown>): Promise<void> {
  await update();
  await fetch(POOL_KEY, IV_CLASS.POOL_MAP);
  report(caches, 'fetch hit', await timed(samples, () => fetch(POOL_KEY, IV_CLASS.POOL_MAP)));
  report(caches, 'fetch miss', await timed(samples, () => fetch(uuidKey(randomUUID()), IV_CLASS.CONT_CAPA)));
  let incomplete = 0;
  const inval = await timed(Math.max(10, Math.floor(samples / 10)), async () => {
    if (!(await invalidate())) incomplete++;
  });
  report(caches, 'invalidate to all', inval);
  if (incomplete > 0) console.log(`iv ${caches} caches  ${incomplete} invalidations incomplete (some cache did not answer)`);
}

async function realProcesses(samples: number): Promise<void> {
  const env = { IV_TREE_FANOUT_MAX: '4', IV_ENTRY_LEASE_MS: String(LEASE_MS), IV_UPDATE_TIMEOUT_MS: String(LEASE_MS * 2), IV_ANNOUNCE_MS: '5000' };
  await using c = await IvCacheCluster.start({ env });
  const ranks = [0, 1, 2];
  for (const r of ranks) await c.spawn(r);
  await c.client(0).claimRoot({ pool: POOL, root: 0, term: 1, ranks });
  const leaf = c.client(2);
  let version = 0;
  await measure(3, samples, (key, classId) => leaf.fetch(POOL, classId, key), async () => (await leaf.invalidate(POOL, IV_CLASS.CONT_CAPA, uuidKey(randomUUID()), 'eager')).complete, () => leaf.update(POOL, IV_CLASS.POOL_MAP, POOL_KEY, ++version, new Uint8Array(64), 'eager'));
}

async function inProcess(size: number, samples: number, bus: Bus): Promise<void> {
  const config: IvConfig = ivConfig({ treeFanoutMax: 4, entryLeaseMs: LEASE_MS, updateTimeoutMs: LEASE_MS * 2, clockSlackMs: 0 });
  const system = `bench${size}`;
  const nodes: IvNode[] = [];
  const responders = [];
  for (let r = 0; r < size; r++) {
    const node = new IvNode(r, new IvClassRegistry(ivCacheClasses()), new NatsIvTransport(bus, system), monotonicTimer, config);
    nodes.push(node);
    responders.push(await serveIvNode(bus, system, node));
  }
  const ranks = nodes.map((n) => n.rank);
  await nodes[0]!.claimRoot({ pool: POOL, root: 0, term: 1, ranks });
  // A new root waits out the previous root's leases; here there was none, but the rule holds.
  const root = nodes[0]!;
  while (root.rootedPools().length > 0 && (await root.fetch(POOL, IV_CLASS.POOL_MAP, POOL_KEY).then(() => false, () => true))) await new Promise((r) => setTimeout(r, 100));
  const leaf = nodes[size - 1]!;
  const user = new IvClient(bus, system, leaf.rank, new SeededRng(size));
  await measure(size, samples, (key, classId) => user.fetch(POOL, classId, key), async () => (await user.invalidate(POOL, IV_CLASS.CONT_CAPA, uuidKey(randomUUID()), 'eager')).complete, () => user.update(POOL, IV_CLASS.POOL_MAP, POOL_KEY, 1, new Uint8Array(64), 'eager'));
  for (const r of responders) await r.drain();
}

const samples = arg('samples', 500);
await realProcesses(samples);
{
  const nats = await startNatsServer();
  const bus = await connectBus({ name: 'bench-iv', servers: nats.url });
  try {
    for (const size of [12, 48]) await inProcess(size, samples, bus);
  } finally {
    await bus.drain();
    await nats.stop();
  }
}
