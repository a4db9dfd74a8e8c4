import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CanceledError,
  DER,
  NonexistError,
  NotLeaderError,
  NotReplicaError,
  ProtoError,
  SeededRng,
  TimedOutError,
  UnreachableError,
  daosError,
  type Rank,
} from '@daos-nats/base';
import { BackoffSequence, DEFAULT_BACKOFF_CONFIG } from './backoff.js';
import { RsvcClient, type Requester, type RsvcClientOptions } from './rsvc-client.js';
import { VirtualTimers } from './virtual-timers.js';

/** A client on virtual time, plus a log of every sleep it asked for. */
function client(opts: Partial<RsvcClientOptions> & { seed?: number } = {}) {
  const vt = new VirtualTimers();
  const sleeps: number[] = [];
  const c = new RsvcClient({
    service: 'pool test',
    ranks: [0, 1, 2],
    rng: new SeededRng(opts.seed ?? 1),
    clock: vt,
    sleep: (ms, signal) => (sleeps.push(ms), vt.sleep(ms, signal)),
    ...opts,
  });
  return { c, vt, sleeps };
}

/** A service whose leader is `leader` at `term`; followers redirect to it (or not, with `hints: false`). */
function service(leader: number, term: number, hints = true) {
  const tried: number[] = [];
  const requester: Requester<string> = async (rank) => {
    tried.push(rank);
    if (rank !== leader) throw new NotLeaderError(hints ? { rank: leader, term } : undefined);
    return `answer from ${rank}`;
  };
  return { tried, requester };
}

test('a call follows the NOTLEADER hint to the leader and remembers it for the next call', async () => {
  const { c, vt } = client({ seed: 3 });
  const svc = service(2, 5);
  assert.equal(await vt.drive(c.call('pool.query', svc.requester)), 'answer from 2');
  assert.ok(svc.tried.length <= 2, `at most one redirect: ${svc.tried}`);
  assert.equal(svc.tried.at(-1), 2);
  svc.tried.length = 0;
  assert.equal(await vt.drive(c.call('pool.query', svc.requester)), 'answer from 2');
  assert.deepEqual(svc.tried, [2], 'the second call goes straight to the cached leader');
});

test('without hints the call walks the replicas round robin until the leader answers', async () => {
  const { c, vt } = client({ ranks: [0, 1, 2, 3, 4], seed: 11 });
  const svc = service(4, 1, false);
  assert.equal(await vt.drive(c.call('op', svc.requester)), 'answer from 4');
  assert.equal(new Set(svc.tried).size, svc.tried.length, `no replica tried twice: ${svc.tried}`);
});

test('a non-retryable DAOS error is the answer: returned at once, after one attempt', async () => {
  const { c, vt } = client();
  let calls = 0;
  const p = c.call('cont.open', async () => {
    calls++;
    throw new NonexistError('no such container');
  });
  await assert.rejects(vt.drive(p), (e: unknown) => e instanceof NonexistError && /no such container/.test(e.message));
  assert.equal(calls, 1);
});

test('a failure that is not a DAOS error (a bug) is rethrown untouched and never retried', async () => {
  const { c, vt } = client();
  let calls = 0;
  const bug = new TypeError('cannot read properties of undefined');
  await assert.rejects(
    vt.drive(c.call('op', async () => (calls++, Promise.reject(bug)))),
    (e: unknown) => e === bug,
  );
  assert.equal(calls, 1);
});

test('retryable errors are retried with backoff until the call deadline, then TIMEDOUT with the cause', async () => {
  const { c, vt, sleeps } = client({ config: { callTimeoutMs: 10_000 } });
  const at: number[] = [];
  const p = c.call('op', async () => {
    at.push(vt.nowMs());
    throw new UnreachableError('host down');
  });
  await assert.rejects(vt.drive(p), (e: unknown) => e instanceof TimedOutError && e.cause instanceof UnreachableError && /within 10000 ms/.test(e.message));
  assert.ok(vt.nowMs() <= 10_000, `gave up by the deadline, at ${vt.nowMs()} ms`);
  assert.deepEqual(at.slice(0, 2), [0, 0], 'the first retry is immediate');
  const gaps = at.slice(1).map((t, i) => t - at[i]!);
  assert.ok(gaps.every((ms) => ms >= 0 && ms <= 4000), `every delay within [0, 4000]: ${gaps}`);
  assert.ok(at.length > 8, `retried many times: ${at.length}`);
  assert.ok(sleeps.some((ms) => ms > 0));
});

test('a requester that never answers is cut off at attemptTimeoutMs, told by its signal, and the next replica is tried', async () => {
  const { c, vt } = client({ config: { attemptTimeoutMs: 500 }, seed: 2 });
  const aborted: number[] = [];
  const p = c.call('op', (rank, attempt) => {
    if (attempt.attempt === 1) {
      assert.equal(attempt.timeoutMs, 500);
      return new Promise<string>((_, reject) => attempt.signal.addEventListener('abort', () => (aborted.push(rank), reject(attempt.signal.reason))));
    }
    return Promise.resolve(`from ${rank}`);
  });
  const got = await vt.drive(p);
  assert.equal(aborted.length, 1, 'the hung attempt saw its signal abort');
  assert.notEqual(got, `from ${aborted[0]}`, 'the answer came from another replica (the leader-less search moved on)');
  assert.equal(vt.nowMs(), 500);
});

test('the attempt deadline never outlasts the call deadline', async () => {
  const { c, vt } = client({ config: { attemptTimeoutMs: 5000, callTimeoutMs: 1200 } });
  const budgets: number[] = [];
  const p = c.call('op', (_rank, a) => {
    budgets.push(a.timeoutMs);
    return new Promise<string>(() => undefined);
  });
  await assert.rejects(vt.drive(p), TimedOutError);
  assert.equal(budgets[0], 1200);
  assert.equal(vt.nowMs(), 1200);
});

test('the backoff sequence: immediate retries, then full jitter under a bound doubling from 8 ms to 4 s', () => {
  const b = new BackoffSequence(DEFAULT_BACKOFF_CONFIG, new SeededRng(5));
  assert.equal(b.nextMs(), 0);
  const bounds = [8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4000, 4000, 4000];
  for (const bound of bounds) {
    assert.equal(b.currentBoundMs, bound);
    const d = b.nextMs();
    assert.ok(Number.isInteger(d) && d >= 0 && d <= bound, `${d} within [0, ${bound}]`);
  }
  assert.throws(() => new BackoffSequence({ ...DEFAULT_BACKOFF_CONFIG, backoffMaxMs: 4 }, new SeededRng(1)));
});

test('an empty replica list is refreshed through the hook, and the call goes on with the fresh list', async () => {
  let refreshes = 0;
  const { c, vt } = client({ ranks: [], refresh: async () => (refreshes++, [7, 8]) });
  const svc = service(8, 1);
  assert.equal(await vt.drive(c.call('op', svc.requester)), 'answer from 8');
  assert.equal(refreshes, 1);
  assert.deepEqual(c.search.state.ranks, [7, 8]);
});

test('NOTREPLICA from every replica empties the list and triggers a refresh', async () => {
  let refreshes = 0;
  const { c, vt } = client({ ranks: [1, 2], refresh: async () => (refreshes++, [5]) });
  const p = c.call('op', async (rank: Rank) => {
    if (rank !== 5) throw daosError(DER.NOTREPLICA);
    return 'moved';
  });
  assert.equal(await vt.drive(p), 'moved');
  assert.equal(refreshes, 1);
});

test('refreshes are bounded per call; without a refresh hook an empty list fails at once', async () => {
  let refreshes = 0;
  const a = client({ ranks: [], refresh: async () => (refreshes++, []), config: { refreshesMax: 3 } });
  await assert.rejects(a.vt.drive(a.c.call('op', async () => 'x')), (e: unknown) => e instanceof NotReplicaError && /3 refreshes/.test(e.message));
  assert.equal(refreshes, 3);
  const b = client({ ranks: [] });
  await assert.rejects(b.vt.drive(b.c.call('op', async () => 'x')), NotReplicaError);
});

test('a refresh that fails with a retryable error is retried; one that fails for good ends the call', async () => {
  let n = 0;
  const a = client({ ranks: [], refresh: async () => (++n < 2 ? Promise.reject(new UnreachableError('ms down')) : [3]) });
  assert.equal(await a.vt.drive(a.c.call('op', async (r) => `at ${r}`)), 'at 3');
  const bad = new NonexistError('pool not found');
  const b = client({ ranks: [], refresh: async () => Promise.reject(bad) });
  await assert.rejects(b.vt.drive(b.c.call('op', async () => 'x')), (e: unknown) => e === bad);
});

test('a refresh answer that is not a rank list is a clear PROTO error, not a crash', async () => {
  const a = client({ ranks: [], refresh: async () => [1, -2] });
  await assert.rejects(a.vt.drive(a.c.call('op', async () => 'x')), (e: unknown) => e instanceof ProtoError && /-2, not a rank/.test(e.message));
  const b = client({ ranks: [], refresh: async () => Array.from({ length: 100 }, (_, i) => i) });
  await assert.rejects(b.vt.drive(b.c.call('op', async () => 'x')), (e: unknown) => e instanceof ProtoError && /more than ranksMax 64/.test(e.message));
});

test('concurrent calls with an empty list share one refresh', async () => {
  let refreshes = 0;
  const { c, vt } = client({ ranks: [], refresh: async () => (refreshes++, [1]) });
  const both = Promise.all([c.call('a', async (r) => r), c.call('b', async (r) => r)]);
  assert.deepEqual(await vt.drive(both), [1, 1]);
  assert.equal(refreshes, 1);
});

test('the caller can cancel a call: CANCELED, and the running attempt is aborted', async () => {
  const { c, vt } = client();
  const ac = new AbortController();
  let sawAbort = false;
  const p = c.call('op', (_r, a) => new Promise<string>((_, reject) => a.signal.addEventListener('abort', () => ((sawAbort = true), reject(new Error('stopped'))))), {
    signal: ac.signal,
  });
  setImmediate(() => ac.abort(new Error('user pressed ^C')));
  await assert.rejects(vt.drive(p), CanceledError);
  assert.ok(sawAbort);
});

test('attemptsMax bounds the attempts even when every failure is instant and retryable', async () => {
  const { c, vt } = client({ config: { attemptsMax: 5, backoffImmediateRetries: 100 } });
  let calls = 0;
  await assert.rejects(
    vt.drive(c.call('op', async () => (calls++, Promise.reject(new NotLeaderError())))),
    NotLeaderError,
  );
  assert.equal(calls, 5);
});

test('a successful reply carrying the leader hint teaches the search the term', async () => {
  const { c, vt } = client();
  const p = c.call('op', async (rank) => ({ rank, term: 9 }), { hintOf: (r) => r });
  const reply = await vt.drive(p);
  assert.deepEqual(c.search.state.leader, { rank: reply.rank, term: 9 });
});

test('virtual timers refuse to drive a promise that waits on nothing they control', async () => {
  const vt = new VirtualTimers();
  await assert.rejects(vt.drive(new Promise(() => undefined)), /no virtual timer is left/);
});
