// `npm run bench -- catch-up [--entries N] [--rate R] [--concurrency C]`
//
// Catch-up of a follower that fell far behind (issue 11): 3 kv-example replica processes at the
// services' default timing; one follower is killed (SIGKILL), `entries` puts (default 100,000)
// are written while it is down, then it is restarted while a paced client keeps `rate` puts/s
// (default 500). Timed: from the restart until its applied index reaches the leader's (both read
// from each process's /metrics; the leader's is sampled first on every poll). Printed: that time,
// the raft entries and puts it was behind, whether it was caught up by a snapshot (its file's
// snapshot row moved past where it stopped), and the paced client's achieved rate and errors.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { KvCluster } from '@daos-nats/kv-example/test/kv-cluster';
import { openSqlite } from '@daos-nats/rdb';

const { values: argv } = parseArgs({
  options: {
    entries: { type: 'string', default: '100000' },
    rate: { type: 'string', default: '500' },
    concurrency: { type: 'string', default: '64' },
  },
});
const PUTS = Number(argv.entries);
const RATE_PER_S = Number(argv.rate);
const CONCURRENCY = Number(argv.concurrency);
const GROUP = 'catchup';
const RANKS = [0, 1, 2];
/** The services' defaults (libs/service-kit common-env). */
const TIMING = { tickMs: 100, electionTicks: 10, heartbeatTicks: 2 };
const START_TIMEOUT_MS = 180_000;
/** The follower must catch up within this, or the bench says it did not. */
const CATCH_UP_TIMEOUT_MS = 600_000;
const POLL_MS = 100;
/** The paced client's bound on puts in flight (beyond it a tick's puts are skipped and counted). */
const PACED_IN_FLIGHT_MAX = 512;
const PACE_TICK_MS = 10;
const KEYS = 10_000;
const VALUE = new Uint8Array(128).fill(0x62);
const enc = new TextEncoder();
const key = (i: number) => enc.encode(`k${(i % KEYS).toString().padStart(6, '0')}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (l: string) => process.stderr.write(`catch-up: ${l}\n`);

/** applied index and snapshot index in a stopped replica's file. */
function fileState(file: string): { applied: number; snapshot: number } {
  const db = openSqlite(file);
  try {
    const applied = (db.prepare('SELECT idx FROM applied WHERE id = 0').get() as { idx: number }).idx;
    const snap = db.prepare('SELECT idx FROM snapshot WHERE id = 0').get() as { idx: number } | undefined;
    return { applied, snapshot: snap?.idx ?? 0 };
  } finally {
    db.close();
  }
}

async function applied(c: KvCluster, rank: number): Promise<number> {
  for (;;) {
    const a = await c.appliedIndex(rank, GROUP);
    if (a !== undefined) return a;
    await sleep(POLL_MS);
  }
}

/** Puts at `RATE_PER_S` until stopped; counts what it could not issue or what failed. */
function pacedWriter(c: KvCluster) {
  const kv = c.client(GROUP, RANKS, 7);
  const errors = new Map<string, number>();
  let inFlight = 0,
    done = 0,
    skipped = 0,
    seq = 0,
    stopped = false,
    slowestMs = 0;
  const t0 = performance.now();
  const loop = (async () => {
    for (let tick = 1; !stopped; tick++) {
      const due = Math.floor((tick * PACE_TICK_MS * RATE_PER_S) / 1000) - Math.floor(((tick - 1) * PACE_TICK_MS * RATE_PER_S) / 1000);
      for (let k = 0; k < due; k++) {
        if (inFlight >= PACED_IN_FLIGHT_MAX) {
          skipped++;
          continue;
        }
        inFlight++;
        const at = performance.now();
        kv.put(key(seq++), VALUE)
          .then(
            () => {
              done++;
              slowestMs = Math.max(slowestMs, performance.now() - at);
            },
            (e: unknown) => errors.set((e as Error).name, (errors.get((e as Error).name) ?? 0) + 1),
          )
          .finally(() => inFlight--);
      }
      await sleep(Math.max(0, t0 + tick * PACE_TICK_MS - performance.now()));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return { seconds: (performance.now() - t0) / 1000, done, skipped, errors, slowestMs };
    },
  };
}

/** `n` puts, `CONCURRENCY` in flight. */
async function bulk(c: KvCluster, n: number): Promise<void> {
  const kv = c.client(GROUP, RANKS, 3);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < n; i = next++) {
        await kv.put(key(i), VALUE);
        if (i % 10_000 === 0 && i > 0) log(`${i} puts, ${Math.round(i / ((performance.now() - t0) / 1000))}/s`);
      }
    }),
  );
}

await using c = await KvCluster.start({ ...TIMING, system: 'bench', startTimeoutMs: START_TIMEOUT_MS, metrics: true });
await Promise.all(RANKS.map((r) => c.spawn(r)));
const leader = await c.createGroup(GROUP, RANKS);
const follower = RANKS.find((r) => r !== leader)!;
await bulk(c, 100); // every replica has the group's first entries and knows the leader
await c.kill(follower);
const file = path.join(c.dir.path, `rank${follower}`, `${GROUP}.rdb`);
const before = fileState(file);
log(`leader ${leader}; follower ${follower} killed at applied ${before.applied}; writing ${PUTS} puts`);
const tw = performance.now();
await bulk(c, PUTS);
log(`${PUTS} puts in ${((performance.now() - tw) / 1000).toFixed(1)} s`);
const writer = pacedWriter(c);
await sleep(1000);
const leaderAtRestart = await applied(c, leader);
const t0 = performance.now();
await c.spawn(follower);
const servingMs = performance.now() - t0;
let caughtUpMs: number | undefined,
  target = 0,
  mine = 0;
while (performance.now() - t0 < CATCH_UP_TIMEOUT_MS) {
  target = await applied(c, leader);
  mine = await applied(c, follower);
  if (mine >= target) {
    caughtUpMs = performance.now() - t0;
    break;
  }
  await sleep(POLL_MS);
}
const w = await writer.stop();
await c.procs.get(follower)?.stop();
const after = fileState(file);
console.log(
  `catch-up: follower rank ${follower} behind ${leaderAtRestart - before.applied} raft entries (${PUTS} puts + the paced writer's first second) at its restart`,
);
console.log(
  `catch-up: ${caughtUpMs === undefined ? `NOT caught up within ${CATCH_UP_TIMEOUT_MS} ms (applied ${mine}, leader ${target})` : `applied index reached the leader's (${target}) ${(caughtUpMs / 1000).toFixed(2)} s after the restart (the process served after ${(servingMs / 1000).toFixed(2)} s: tsx start, open)`}`,
);
console.log(
  `catch-up: snapshot used: ${after.snapshot > before.snapshot ? `yes (snapshot index ${before.snapshot} -> ${after.snapshot})` : `no (snapshot index stayed ${after.snapshot})`}`,
);
console.log(
  `catch-up: paced writer ${(w.done / w.seconds).toFixed(0)} puts/s acknowledged over ${w.seconds.toFixed(1)} s (target ${RATE_PER_S}), ${w.skipped} not issued (in flight at ${PACED_IN_FLIGHT_MAX}), errors ${JSON.stringify(Object.fromEntries(w.errors))}, slowest put ${Math.round(w.slowestMs)} ms`,
);
