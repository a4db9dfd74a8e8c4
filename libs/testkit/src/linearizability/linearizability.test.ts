import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SeededRng } from '@daos-nats/base';
import { checkAllocations, checkLinearizability, counterModel, HistoryRecorder, kvModel, searchLinearization, type CounterInput, type KvInput, type KvOutput, type Operation } from './index.js';

type KvOp = Operation<KvInput, KvOutput>;
let nextId = 0;
/** An operation: `ok` with output over [inv, comp]; `comp` undefined = indeterminate; output 'FAIL' = failed. */
function op(client: number, input: KvInput, inv: number, comp: number | undefined, output?: KvOutput | 'FAIL'): KvOp {
  const id = nextId++;
  if (comp === undefined) return { id, client, input, invokeMs: inv, outcome: 'indeterminate' };
  if (output === 'FAIL') return { id, client, input, invokeMs: inv, completeMs: comp, outcome: 'fail' };
  return { id, client, input, invokeMs: inv, completeMs: comp, outcome: 'ok', output: output ?? null };
}
const put = (key: string, value: string) => ({ op: 'put', key, value }) as const;
const get = (key: string) => ({ op: 'get', key }) as const;
const del = (key: string) => ({ op: 'delete', key }) as const;
const alloc = (key: string, count: number) => ({ op: 'alloc', key, count }) as const;
const verdict = (h: KvOp[]) => checkLinearizability(kvModel, h).verdict;

test('good histories: sequential, overlapping, and with indeterminate writes that did or did not happen', () => {
  assert.equal(verdict([op(0, put('a', '1'), 0, 1), op(0, get('a'), 2, 3, '1'), op(0, del('a'), 4, 5, true), op(0, get('a'), 6, 7, null)]), 'ok');
  // A read overlapping a write may see either value.
  assert.equal(verdict([op(0, put('a', '1'), 0, 1), op(1, put('a', '2'), 2, 10), op(2, get('a'), 3, 4, '2'), op(3, get('a'), 5, 6, '2')]), 'ok');
  assert.equal(verdict([op(0, put('a', '1'), 0, 1), op(1, put('a', '2'), 2, 10), op(2, get('a'), 3, 4, '1'), op(3, get('a'), 5, 6, '2')]), 'ok');
  // An indeterminate put seen long after its client gave up, and one never seen.
  assert.equal(verdict([op(0, put('a', '1'), 0, 1), op(1, put('a', '2'), 2, undefined), op(2, get('a'), 50, 51, '1'), op(2, get('a'), 60, 61, '2')]), 'ok');
  assert.equal(verdict([op(0, put('a', '1'), 0, 1), op(1, put('a', '2'), 2, undefined), op(2, get('a'), 50, 51, '1')]), 'ok');
  // A failed operation is dropped; equal times are concurrency, not order.
  assert.equal(verdict([op(0, put('a', '1'), 0, 1, 'FAIL'), op(1, get('a'), 2, 3, null)]), 'ok');
  assert.equal(verdict([op(0, put('a', '1'), 0, 5), op(1, get('a'), 5, 6, null)]), 'ok');
  // Allocations hand out consecutive ranges; an indeterminate one may leave a gap.
  assert.equal(verdict([op(0, alloc('c', 3), 0, 1, 0), op(1, alloc('c', 2), 2, undefined), op(0, alloc('c', 1), 3, 4, 5), op(0, get('c'), 5, 6, '6')]), 'ok');
});

test('bad histories are refused: stale read, lost write, a value never written, a reused allocation', () => {
  const stale = checkLinearizability(kvModel, [op(0, put('a', '1'), 0, 1), op(0, put('a', '2'), 2, 3), op(1, get('a'), 4, 5, '1')]);
  assert.equal(stale.verdict, 'violation');
  assert.equal(stale.violations[0]!.key, 'a');
  assert.match(stale.violations[0]!.explanation!, /get\(a\) → "1"/);
  assert.equal(verdict([op(0, put('a', '1'), 0, 1), op(1, get('a'), 2, 3, null)]), 'violation', 'lost write');
  assert.equal(verdict([op(0, put('a', '1'), 0, 1), op(1, get('a'), 2, 3, '7')]), 'violation', 'never written');
  assert.equal(verdict([op(0, put('a', '1'), 0, 1, 'FAIL'), op(1, get('a'), 2, 3, '1')]), 'violation', 'a failed write must not be seen');
  assert.equal(verdict([op(0, get('a'), 0, 1, '1'), op(1, put('a', '1'), 2, undefined)]), 'violation', 'an indeterminate write cannot act before its invocation');
  assert.equal(verdict([op(0, alloc('c', 2), 0, 1, 0), op(1, alloc('c', 2), 2, 3, 0)]), 'violation', 'the same range twice');
  assert.equal(verdict([op(0, del('a'), 0, 1, true)]), 'violation', 'deleted what never existed');
  // Two readers disagreeing on the order of two concurrent writes.
  assert.equal(
    verdict([op(0, put('a', '1'), 0, 10), op(1, put('a', '2'), 0, 10), op(2, get('a'), 11, 12, '1'), op(3, get('a'), 13, 14, '2'), op(2, get('a'), 15, 16, '1')]),
    'violation',
  );
});

test('compare-and-set: a swap needs the expected value, a refused one changes nothing', () => {
  const cas = (key: string, expect: string | null, value: string) => ({ op: 'cas', key, expect, value }) as const;
  assert.equal(verdict([op(0, cas('a', null, '1'), 0, 1, true), op(1, cas('a', null, '2'), 2, 3, false), op(0, get('a'), 4, 5, '1')]), 'ok');
  assert.equal(verdict([op(0, cas('a', null, '1'), 0, 1, true), op(1, cas('a', null, '2'), 2, 3, true)]), 'violation', 'two winners of one slot');
  assert.equal(verdict([op(0, cas('a', null, '1'), 0, 1, false), op(1, get('a'), 2, 3, '1')]), 'violation', 'a refused swap took effect');
});

test('partitions are checked apart: a violation on one key names that key only', () => {
  const r = checkLinearizability(kvModel, [op(0, put('a', '1'), 0, 1), op(0, put('b', '1'), 0, 1), op(1, get('a'), 2, 3, '1'), op(1, get('b'), 2, 3, null)]);
  assert.equal(r.partitions.length, 2);
  assert.deepEqual(r.violations.map((p) => p.key), ['b']);
});

test('a non-monotonic counter is refused; a counter with indeterminate adds is accepted', () => {
  const c = (client: number, input: CounterInput, inv: number, comp: number | undefined, output?: number): Operation<CounterInput, number | null> =>
    comp === undefined ? { id: nextId++, client, input, invokeMs: inv, outcome: 'indeterminate' } : { id: nextId++, client, input, invokeMs: inv, completeMs: comp, outcome: 'ok', output: output ?? null };
  const ok = [c(0, { op: 'add', n: 1 }, 0, 1), c(1, { op: 'add', n: 2 }, 2, undefined), c(0, { op: 'read' }, 3, 4, 1), c(0, { op: 'read' }, 5, 6, 3)];
  assert.equal(checkLinearizability(counterModel, ok).verdict, 'ok');
  const back = [c(0, { op: 'add', n: 1 }, 0, 1), c(0, { op: 'add', n: 1 }, 2, 3), c(1, { op: 'read' }, 4, 5, 2), c(1, { op: 'read' }, 6, 7, 1)];
  assert.equal(checkLinearizability(counterModel, back).verdict, 'violation');
});

test('a search over its step limit answers unknown, never ok', () => {
  const h = [op(0, put('a', '1'), 0, 10), op(1, put('a', '2'), 0, 10), op(2, get('a'), 0, 10, '2'), op(3, get('a'), 11, 12, '2')];
  const r = searchLinearization(kvModel, h, { searchStepsMax: 2, memoEntriesMax: 100 });
  assert.equal(r.verdict, 'unknown');
  assert.equal(searchLinearization(kvModel, h).verdict, 'ok');
});

/** A random history made from a real linearization: each op's interval contains its linearization point. */
function randomGood(seed: number, n: number, clients: number): KvOp[] {
  const rng = new SeededRng(seed);
  let state: string | null = null;
  const h: KvOp[] = [];
  const busyUntil = new Array<number>(clients).fill(0);
  for (let i = 0; i < n; i++) {
    const at = i * 10;
    const client = rng.int(clients);
    const inv = Math.max(busyUntil[client]!, at - rng.int(40));
    if (inv > at) continue; // the client is still busy
    const comp = at + rng.int(40);
    busyUntil[client] = comp + 1;
    const r = rng.int(10);
    if (r < 4) {
      state = `v${i}`;
      h.push(rng.int(5) === 0 ? op(client, put('k', state), inv, undefined) : op(client, put('k', state), inv, comp));
    } else if (r < 5) {
      const existed = state !== null;
      state = null;
      h.push(op(client, del('k'), inv, comp, existed));
    } else {
      h.push(op(client, get('k'), inv, comp, state));
    }
  }
  return h;
}

test('random histories built from a linearization are accepted; the same with one read corrupted are refused', () => {
  for (let seed = 1; seed <= 30; seed++) {
    const h = randomGood(seed, 200, 5);
    assert.equal(verdict(h), 'ok', `seed ${seed}`);
    const reads = h.filter((o) => o.input.op === 'get' && o.outcome === 'ok');
    const victim = reads[Math.floor(reads.length / 2)]!;
    const bad = h.map((o) => (o === victim ? { ...o, output: 'never-written' } : o));
    assert.equal(verdict(bad), 'violation', `seed ${seed} corrupted`);
  }
});

test('the recorder stamps invocations and completions and reports open operations as indeterminate', async () => {
  let now = 0;
  const rec = new HistoryRecorder<KvInput, KvOutput>({ nowMs: () => now++ });
  const a = await rec.run(0, put('a', '1'), async () => undefined, () => ({ outcome: 'ok', output: null }));
  const b = await rec.run(1, get('a'), async () => { throw new Error('timeout'); }, () => ({ outcome: 'indeterminate' }));
  rec.invoke(2, put('a', '2'));
  assert.deepEqual([a.invokeMs, a.completeMs, a.outcome], [0, 1, 'ok']);
  assert.equal(b.outcome, 'indeterminate');
  assert.equal(b.completeMs, undefined);
  const h = rec.history();
  assert.deepEqual(h.map((o) => o.outcome), ['ok', 'indeterminate', 'indeterminate']);
  assert.equal(rec.size, 3);
});

test('exactly-once allocations: disjoint ranges explained by acknowledged plus some indeterminate ones', () => {
  const ok = (client: number, start: number, count: number) => ({ client, start, count, outcome: 'ok' as const });
  const indet = (client: number, count: number) => ({ client, count, outcome: 'indeterminate' as const });
  const good = checkAllocations([ok(0, 10, 3), ok(1, 15, 2), indet(2, 2), indet(3, 4)], 10, 17);
  assert.deepEqual([good.overlaps, good.lost, good.doubleExecutions, good.problems], [0, 0, 0, []]);
  const twice = checkAllocations([ok(0, 10, 3), ok(1, 12, 2)], 10, 15);
  assert.equal(twice.overlaps, 1);
  assert.equal(twice.doubleExecutions, 1);
  const extra = checkAllocations([ok(0, 10, 3), indet(1, 2)], 10, 16);
  assert.equal(extra.doubleExecutions, 1, 'one more than 3 + a subset of {2}');
  const lost = checkAllocations([ok(0, 10, 3), ok(1, 13, 3)], 10, 13);
  assert.equal(lost.lost, 1);
  assert.ok(lost.problems.length > 0);
});
