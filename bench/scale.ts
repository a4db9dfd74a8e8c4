// `npm run bench -- scale [--pools N] [--concurrency C] [--idle-seconds S] [--connects K]`
//
// Many pools on few processes (issue 17's scale goal): a whole system started the way `npm start`
// starts it (3 pool-service processes, each hosting one replica of every pool), then N pools
// (default 1,000, 3 pool-service replicas each) created through the management service, C at a
// time. Measured:
//   idle CPU per pool-service process: CPU seconds used over S idle seconds (/proc/<pid>/stat);
//   memory per replica: (RSS with N pools − RSS with 1 pool) / (N − 1), per process (/proc/<pid>/status);
//   pool connect p50 at 1 client (K connects): with 1 pool, and with N pools (to random pools).
// Goals: idle CPU ≤ 5 % of a core per process, ≤ 1 MiB per replica, connect p50 unchanged.
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { callerCredential, DaosClient, MgmtClient, PoolClient, systemAuth } from '@daos-nats/client';
import { TestSystem } from '@daos-nats/testkit';
import { median } from './closed-loop.js';
import { loadGate, loadLine } from './load-gate.js';
import { cpuSeconds, rssBytes } from './proc-stats.js';

const { values: argv } = parseArgs({
  options: {
    pools: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '16' },
    'idle-seconds': { type: 'string', default: '10' },
    connects: { type: 'string', default: '32' },
  },
});
const pools = Number(argv.pools);
const concurrency = Number(argv.concurrency);
const idleSeconds = Number(argv['idle-seconds']);
const connects = Number(argv.connects);
for (const [k, v] of Object.entries({ pools, concurrency, idleSeconds, connects }))
  if (!(Number.isSafeInteger(v) && v > 0)) throw new Error(`--${k} must be a positive integer, got ${String(v)}`);
if (pools < 2) throw new Error('--pools must be at least 2 (memory per replica is a difference)');

const IDLE_CPU_GOAL_PERCENT = 5;
const REPLICA_BYTES_GOAL = 1 << 20;
/** Idle time after the last create before CPU is sampled: elections and first heartbeats settle. */
const SETTLE_MS = 5000;

const gate = loadGate();
await using sys = await TestSystem.start();
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => void sys[Symbol.asyncDispose]().finally(() => process.exit(130)));
const procs = sys.record.processes.filter((p) => p.kind === 'pool-service');
// Pool create is an admin operation: the admin role's NATS credentials and signed identity, as dmg has.
const credential = callerCredential();
const auth = await systemAuth(sys.dataDir, 'admin', credential, {});
await using client = await DaosClient.connect({ natsUrl: sys.natsUrl, system: sys.system, name: 'bench-scale', credential, ...(auth ? { auth } : {}) });
const mgmt = new MgmtClient(client, { replicas: sys.record.msReplicas });
const owner = { owner: client.credential.user, ownerGroup: client.credential.group };
const run = `s${Date.now().toString(36)}`;
const created: { uuid: string; svcRanks: readonly number[] }[] = [];
const create = async (i: number) => created.push(await mgmt.poolCreate({ uuid: randomUUID(), label: `${run}-${i}`, sizeBytes: 1e9, ...owner }));

/** p50 of `connects` rw connects (each followed by an untimed disconnect), 1 client, to pools picked by `pick`. */
async function connectP50(pick: (i: number) => (typeof created)[number]): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < connects; i++) {
    const p = pick(i);
    const pc = new PoolClient(client, { uuid: p.uuid, ranks: p.svcRanks, refresh: async (signal) => (await mgmt.poolFind(p.uuid, { signal })).svcRanks });
    await pc.disconnect((await pc.connect('rw')).handle); // untimed: finds the leader
    const t0 = performance.now();
    const h = await pc.connect('rw');
    ms.push(performance.now() - t0);
    await pc.disconnect(h.handle);
  }
  return median(ms);
}

await create(0);
const rss1 = procs.map((p) => rssBytes(p.pid));
const connect1 = await connectP50(() => created[0]!);
const t0 = performance.now();
let next = 1;
// The first failed create stops the creating: the figures are then taken at the count reached,
// which is itself the result (a machine that cannot hold N pools says so, with the cause).
let stoppedBy: unknown;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < pools && stoppedBy === undefined) {
      const i = next++;
      try {
        await create(i);
      } catch (e) {
        stoppedBy ??= e;
        console.error(`  scale: create ${i} failed after ${((performance.now() - t0) / 1000).toFixed(0)} s with ${created.length} pools: ${String(e)}`);
      }
      if (i % 50 === 0) console.error(`  scale: ${i} pools in ${((performance.now() - t0) / 1000).toFixed(0)} s, load ${loadavg()[0]!.toFixed(1)}`);
    }
  }),
);
const createS = (performance.now() - t0) / 1000;
const reached = created.length;
await new Promise((r) => setTimeout(r, SETTLE_MS));
const cpu0 = procs.map((p) => cpuSeconds(p.pid));
// The other service processes idle too (each pool also has 3 container-service replicas): their
// share shows where the rest of the system's idle CPU goes.
const others = sys.record.processes.filter((p) => p.kind !== 'pool-service');
const otherCpu0 = others.map((p) => cpuSeconds(p.pid));
await new Promise((r) => setTimeout(r, idleSeconds * 1000));
const idlePercent = procs.map((p, i) => ((cpuSeconds(p.pid) - cpu0[i]!) / idleSeconds) * 100);
const idleLoad = loadavg();
const otherPercent = others.map((p, i) => ((cpuSeconds(p.pid) - otherCpu0[i]!) / idleSeconds) * 100);
const rssN = procs.map((p) => rssBytes(p.pid));
const perReplica = rssN.map((r, i) => (r - rss1[i]!) / Math.max(1, reached - 1));
const connectN = await connectP50(() => created[Math.floor(Math.random() * created.length)]!);

const mib = (b: number) => (b / 2 ** 20).toFixed(2);
const verdict = (ok: boolean) => (gate.quiet ? (ok ? 'met' : 'NOT met') : 'not judged (load)');
const lines = [
  `scale: ${reached} pools${reached < pools ? ` (of ${pools} asked: creates stopped at the first failure, ${String(stoppedBy)})` : ''} × 3 pool-service replicas on ${procs.length} pool-service processes (created in ${createS.toFixed(0)} s, ${concurrency} at a time; each pool also has 3 container-service replicas, not counted here)`,
  '',
  '| process | idle CPU % of a core | RSS with 1 pool MiB | RSS with N pools MiB | per replica KiB |',
  '|---|---:|---:|---:|---:|',
  ...procs.map((p, i) => `| ${p.name} (pid ${p.pid}) | ${idlePercent[i]!.toFixed(2)} | ${mib(rss1[i]!)} | ${mib(rssN[i]!)} | ${(perReplica[i]! / 1024).toFixed(1)} |`),
  '',
  `idle CPU % of a core of the other processes: ${others.map((p, i) => `${p.name} ${otherPercent[i]!.toFixed(1)}`).join(', ')}`,
  `pool connect p50, 1 client: ${connect1.toFixed(2)} ms with 1 pool, ${connectN.toFixed(2)} ms with ${reached} pools`,
  `load average during the idle sample: ${idleLoad.map((l) => l.toFixed(2)).join(' / ')}`,
  ...(reached < pools ? [`goal ${pools} pools: NOT met (${reached} created)`] : []),
  `goal idle CPU ≤ ${IDLE_CPU_GOAL_PERCENT} % per process: ${verdict(idlePercent.every((x) => x <= IDLE_CPU_GOAL_PERCENT))}; ` +
    `≤ 1 MiB per replica: ${verdict(perReplica.every((x) => x <= REPLICA_BYTES_GOAL))}; ` +
    `connect p50 unchanged (within 10 %): ${verdict(connectN <= connect1 * 1.1)}`,
  loadLine(gate),
];
console.log(lines.join('\n'));
process.exit(0);
