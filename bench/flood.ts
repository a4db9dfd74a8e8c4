// `npm run bench -- flood [--minutes M] [--clients C] [--keys K]`
//
// Memory under a flood of the largest requests (issue 11): 3 kv-example replica processes at the
// services' default timing; first the largest kv.put value the stack accepts is found by bisection
// (the limits in play: kv's VALUE_BYTES_MAX 4 MiB, rdb's txBytesMax and the NATS server's
// max_payload, 1 MiB by default, which the envelopes share). Then C clients (default 32), closed
// loops, put values of exactly that size over K keys (default 64) for M minutes (default 10);
// every 10th put of each client is over a limit (one byte over, twice the limit, over
// VALUE_BYTES_MAX) and must be refused. The RSS of every replica process (and of this client
// process) is sampled every 5 s (/proc). Printed: puts/s, outcomes by kind, max RSS per process,
// and the trend: mean RSS over the first minute vs the last minute. Bounded memory means the
// last minutes are flat.
import { parseArgs } from 'node:util';
import { codeOf, derName, DER } from '@daos-nats/base';
import { KvCluster } from '@daos-nats/kv-example/test/kv-cluster';
import { VALUE_BYTES_MAX } from '@daos-nats/rdb';
import { rssBytes } from './proc-stats.js';

const { values: argv } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    clients: { type: 'string', default: '32' },
    keys: { type: 'string', default: '64' },
  },
});
const DURATION_MS = Number(argv.minutes) * 60_000;
const CLIENTS = Number(argv.clients);
const KEYS = Number(argv.keys);
const GROUP = 'flood';
const RANKS = [0, 1, 2];
const TIMING = { tickMs: 100, electionTicks: 10, heartbeatTicks: 2 };
const START_TIMEOUT_MS = 180_000;
const SAMPLE_MS = 5000;
const TREND_WINDOW_MS = 60_000;
/** One put in this many is over a limit. */
const OVER_EVERY = 10;
const MIB = 1024 * 1024;
const enc = new TextEncoder();
/** Every key the same length: the largest value is exact to the byte, so a longer key would not fit. */
const key = (i: number) => enc.encode(`flood${String(i % KEYS).padStart(6, '0')}`);
const log = (l: string) => process.stderr.write(`flood: ${l}\n`);
const REFUSED = new Set<number>([DER.INVAL, DER.REC2BIG]);

/** Largest value size a put is accepted with (refusals: INVAL, REC2BIG; anything else is thrown). */
async function largestAccepted(c: KvCluster): Promise<number> {
  const kv = c.client(GROUP, RANKS, 1);
  let lo = 1,
    hi = VALUE_BYTES_MAX + 1; // lo accepted, hi refused
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const ok = await kv.put(key(0), new Uint8Array(mid)).then(
      () => true,
      (e: unknown) => {
        if (REFUSED.has(codeOf(e))) return false;
        throw e;
      },
    );
    if (ok) lo = mid;
    else hi = mid;
  }
  return lo;
}

interface Sample {
  readonly atMs: number;
  readonly rss: readonly number[];
}

const mib = (b: number) => (b / MIB).toFixed(1);
const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

await using c = await KvCluster.start({ ...TIMING, system: 'bench', startTimeoutMs: START_TIMEOUT_MS });
await Promise.all(RANKS.map((r) => c.spawn(r)));
const leader = await c.createGroup(GROUP, RANKS);
const max = await largestAccepted(c);
const overSizes = [max + 1, 2 * max, VALUE_BYTES_MAX + 1];
log(
  `largest accepted value ${max} bytes (${mib(max)} MiB); over-limit sizes ${overSizes.join(', ')}; ${CLIENTS} clients for ${DURATION_MS / 60_000} min`,
);
const value = new Uint8Array(max).fill(0x66);
const overs = overSizes.map((n) => new Uint8Array(n).fill(0x6f));
const outcomes = new Map<string, number>();
const count = (k: string) => outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
const pids = RANKS.map((r) => c.procs.get(r)!.proc.pid!);
const samples: Sample[] = [];
const t0 = performance.now();
const sample = () => samples.push({ atMs: performance.now() - t0, rss: [...pids.map((p) => rssBytes(p)), process.memoryUsage().rss] });
sample();
const sampler = setInterval(() => {
  sample();
  const last = samples.at(-1)!;
  log(`${(last.atMs / 1000).toFixed(0)} s: RSS MiB ${last.rss.map(mib).join(' / ')}; ${outcomes.get('ok') ?? 0} puts ok`);
}, SAMPLE_MS);
await Promise.all(
  Array.from({ length: CLIENTS }, async (_, ci) => {
    const kv = c.client(GROUP, RANKS, 100 + ci);
    for (let n = 0; performance.now() - t0 < DURATION_MS; n++) {
      const over = n % OVER_EVERY === OVER_EVERY - 1 ? overs[((n / OVER_EVERY) % overs.length) | 0]! : undefined;
      const e = await kv.put(key(ci * 1000 + n), over ?? value).then(
        () => undefined,
        (err: unknown) => err,
      );
      if (over) count(e === undefined ? 'over-limit ACCEPTED (bug)' : `over-limit refused ${derName(codeOf(e))}`);
      else count(e === undefined ? 'ok' : `max-size failed ${derName(codeOf(e))}`);
    }
  }),
);
clearInterval(sampler);
sample();
const elapsedS = (performance.now() - t0) / 1000;
const names = [...RANKS.map((r) => `replica rank ${r}${r === leader ? ' (leader at the start)' : ''}`), 'client (this process)'];
const first = samples.filter((s) => s.atMs <= TREND_WINDOW_MS);
const lastStart = samples.at(-1)!.atMs - TREND_WINDOW_MS;
const lastMin = samples.filter((s) => s.atMs >= lastStart);
console.log(
  `flood: ${CLIENTS} clients, ${elapsedS.toFixed(0)} s, values of ${max} bytes (the largest accepted), ${((outcomes.get('ok') ?? 0) / elapsedS).toFixed(1)} max-size puts/s (${mib(((outcomes.get('ok') ?? 0) * max) / elapsedS)} MiB/s)`,
);
console.log(`flood: outcomes ${JSON.stringify(Object.fromEntries([...outcomes].sort()))}`);
console.log('| process | RSS at start (MiB) | max RSS (MiB) | mean, first minute | mean, last minute | last minute / first |');
console.log('|---|---:|---:|---:|---:|---:|');
names.forEach((n, i) => {
  const f = mean(first.map((s) => s.rss[i]!)),
    l = mean(lastMin.map((s) => s.rss[i]!));
  console.log(
    `| ${n} | ${mib(samples[0]!.rss[i]!)} | ${mib(Math.max(...samples.map((s) => s.rss[i]!)))} | ${mib(f)} | ${mib(l)} | ${(l / f).toFixed(2)} |`,
  );
});
console.log(
  `flood: RSS by minute (MiB, replicas): ${Array.from({ length: Math.ceil(elapsedS / 60) }, (_, m) =>
    samples.filter((s) => s.atMs >= m * 60_000 && s.atMs < (m + 1) * 60_000),
  )
    .map((ss, m) => `m${m} ${RANKS.map((_, i) => mib(mean(ss.map((s) => s.rss[i]!)))).join('/')}`)
    .join(', ')}`,
);
