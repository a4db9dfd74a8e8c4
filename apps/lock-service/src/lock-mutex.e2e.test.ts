import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SeededRng } from '@daos-nats/base';
import { waitFor, type ChildHandle } from '@daos-nats/testkit';
import { LockCluster, workerEvents, type WorkerEvent } from '../test/test-lock-cluster.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Run length: short in CI; `LOCK_CHECK_MS=60000` for the 60 s runs. */
const RUN_MS = Number(process.env['LOCK_CHECK_MS'] ?? 20_000);
const SEED = Number(process.env['LOCK_CHECK_SEED'] ?? 7);
const WORKERS = 3;

/**
 * The mutual-exclusion check: every act a worker recorded happened at an instant when its grant
 * was valid. Sorted by token, each grant's acts must all come before any act of a larger token:
 * `max(acts of token i) < min(acts of token j)` for every i < j. Returns the violations.
 */
export function overlaps(events: readonly WorkerEvent[]): string[] {
  const spans = new Map<number, { first: number; last: number; pid: number }>();
  for (const e of events) {
    if (e.ev !== 'act' || e.token === undefined) continue;
    const s = spans.get(e.token);
    if (!s) spans.set(e.token, { first: e.atUs, last: e.atUs, pid: e.pid });
    else {
      assert.equal(s.pid, e.pid, `token ${e.token} was used by two processes`);
      s.first = Math.min(s.first, e.atUs);
      s.last = Math.max(s.last, e.atUs);
    }
  }
  const tokens = [...spans.keys()].sort((a, b) => a - b);
  const bad: string[] = [];
  let lastEnd = -Infinity;
  let lastToken = 0;
  for (const t of tokens) {
    const s = spans.get(t)!;
    if (s.first <= lastEnd) bad.push(`token ${t} (pid ${s.pid}) acted at ${s.first} µs, before token ${lastToken} stopped at ${lastEnd} µs`);
    if (s.last > lastEnd) {
      lastEnd = s.last;
      lastToken = t;
    }
  }
  return bad;
}

describe('mutual exclusion under faults (real processes)', { timeout: RUN_MS + 180_000 }, () => {
  it('overlaps() finds an overlap and accepts a clean history', () => {
    const e = (token: number, atUs: number, pid: number): WorkerEvent => ({ ev: 'act', token, atUs, pid });
    assert.deepEqual(overlaps([e(1, 10, 1), e(1, 20, 1), e(2, 30, 2), e(3, 40, 1)]), []);
    assert.equal(overlaps([e(1, 10, 1), e(1, 35, 1), e(2, 30, 2)]).length, 1);
    assert.equal(overlaps([e(2, 10, 2), e(1, 20, 1)]).length, 1, 'a smaller token acting later');
  });

  it('a holder paused (SIGSTOP) past its lease stops acting when it wakes; the next holder acted in between with a larger token', async () => {
    await using cluster = await LockCluster.start({ leaseMs: 1000 });
    const hold = { LOCK_ACTS: '1000000000' }; // act until the grant is no longer valid
    const a = cluster.worker('p', 'loop', 201, hold);
    await waitFor(() => workerEvents(a.stdout).some((e) => e.ev === 'act'), { timeoutMs: 30_000, intervalMs: 20, what: 'a to act' });
    const b = cluster.worker('p', 'loop', 202, hold);
    await waitFor(() => workerEvents(b.stdout).some((e) => e.ev === 'ready'), { timeoutMs: 30_000, intervalMs: 20, what: 'b to start' });
    await sleep(300); // b is queued behind a
    a.proc.kill('SIGSTOP');
    await waitFor(() => workerEvents(b.stdout).some((e) => e.ev === 'act'), { timeoutMs: 30_000, intervalMs: 20, what: 'b to act once a lost its lease' });
    a.proc.kill('SIGCONT');
    await sleep(1000); // a wakes, finds its grant invalid, and queues again
    await a.kill('SIGKILL');
    await b.kill('SIGKILL');
    const events = [...workerEvents(a.stdout), ...workerEvents(b.stdout)];
    const tokenA = events.find((e) => e.ev === 'act' && e.pid === a.pid)!.token!;
    const tokenB = events.find((e) => e.ev === 'act' && e.pid === b.pid)!.token!;
    assert.ok(tokenB > tokenA, `${tokenA} → ${tokenB}`);
    assert.deepEqual(overlaps(events), []);
  });

  it(`${WORKERS} workers on one lock, leaders and holders SIGKILLed and SIGSTOPped: zero overlaps by token order`, async () => {
    // 50 ms ticks (election after 0.5-1 s): with the fixture's 20 ms ticks, one CI run on a loaded
    // 2-core machine found no leader for 30 s after a fault (not reproduced alone; see the README).
    await using cluster = await LockCluster.start({ leaseMs: 1000, tickMs: 50, electionTicks: 10 });
    const rng = new SeededRng(SEED);
    const all: ChildHandle[] = [];
    const live: ChildHandle[] = [];
    let seed = 100;
    const spawnWorker = (): void => {
      const w = cluster.worker('m', 'loop', seed++, { LOCK_ACTS: '20' });
      all.push(w);
      live.push(w);
    };
    for (let i = 0; i < WORKERS; i++) spawnWorker();
    const observer = await cluster.client(99);
    /** The worker holding the lock now, if any: SIGSTOP is aimed at it more often than not. */
    const holder = async (): Promise<ChildHandle | undefined> => {
      const owner = (await observer.status('m').catch(() => undefined))?.owner;
      return live.find((w) => workerEvents(w.stdout).some((e) => e.ev === 'ready' && e.notify === owner));
    };
    const faults: string[] = [];
    const end = performance.now() + RUN_MS;
    while (performance.now() < end) {
      await sleep(1500 + rng.int(1500));
      const leader = await cluster.leader(60_000);
      const proc = cluster.procs.get(leader)!;
      const victim = (rng.chance(0.7) ? await holder() : undefined) ?? live[rng.int(live.length)]!;
      switch (rng.int(5)) {
        case 0:
          faults.push(`SIGKILL leader ${leader}`);
          await proc.kill('SIGKILL');
          await sleep(500);
          cluster.spawn(leader);
          break;
        case 1:
          faults.push(`SIGSTOP leader ${leader}`);
          proc.proc.kill('SIGSTOP');
          await sleep(1000 + rng.int(1500));
          proc.proc.kill('SIGCONT');
          break;
        case 2:
        case 3:
          // A paused holder (or waiter) outlives its lease, then wakes up believing nothing happened.
          faults.push(`SIGSTOP worker ${victim.pid}`);
          victim.proc.kill('SIGSTOP');
          await sleep(1500 + rng.int(1500));
          victim.proc.kill('SIGCONT');
          break;
        default:
          faults.push(`SIGKILL worker ${victim.pid}`);
          await victim.kill('SIGKILL');
          live.splice(live.indexOf(victim), 1);
          spawnWorker();
      }
    }
    for (const w of live) await w.kill('SIGKILL').catch(() => undefined);
    const events = all.flatMap((w) => workerEvents(w.stdout));
    const acts = events.filter((e) => e.ev === 'act');
    const tokens = new Set(acts.map((e) => e.token));
    const bad = overlaps(events);
    assert.deepEqual(bad, [], `overlaps after faults ${faults.join(', ')}`);
    // Not vacuous: the lock moved between processes many times, and faults happened.
    assert.ok(tokens.size >= 5, `only ${tokens.size} grants were used`);
    assert.ok(new Set(acts.map((e) => e.pid)).size >= 2, 'more than one process acted');
    assert.ok(faults.length >= 3, `faults: ${faults.join(', ')}`);
    console.log(`mutex check: ${acts.length} acts, ${tokens.size} grants, faults: ${faults.join(', ')}`);
  });
});
