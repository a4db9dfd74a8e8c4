// The campaign's own pure checks: lost writes from final values, resume figures from a history.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findLostWrites } from './lost-writes.js';
import { resumeStats } from './resume-stats.js';
import type { CampaignOp } from './workload.js';

let id = 0;
const put = (key: string, value: string, inv: number, comp?: number): CampaignOp =>
  comp === undefined ? { id: id++, client: 0, input: { op: 'put', key, value }, invokeMs: inv, outcome: 'indeterminate' } : { id: id++, client: 0, input: { op: 'put', key, value }, invokeMs: inv, completeMs: comp, outcome: 'ok', output: null };
const del = (key: string, inv: number, comp: number, existed: boolean): CampaignOp => ({ id: id++, client: 1, input: { op: 'delete', key }, invokeMs: inv, completeMs: comp, outcome: 'ok', output: existed });

test('a final value from a write that precedes an acknowledged one is a lost write; overlapping or indeterminate writes are not', () => {
  const h = [put('a', 'v1', 0, 1), put('a', 'v2', 2, 3), put('b', 'w1', 0, 10), put('b', 'w2', 2, 3), put('c', 'x1', 0, 1), put('c', 'x2', 2)];
  const lost = findLostWrites(h, new Map([['a', 'v1'], ['b', 'w1'], ['c', 'x1']]));
  assert.deepEqual(lost.map((l) => l.key), ['a'], 'a: v2 was acknowledged after v1 completed; b: overlapping; c: x2 never acknowledged');
  assert.match(lost[0]!.lost, /put\(v2\)/);
  assert.deepEqual(findLostWrites([put('d', 'y', 0, 1)], new Map([['d', null]])).map((l) => l.key), ['d'], 'absent after an acknowledged put');
  assert.deepEqual(findLostWrites([put('e', 'y', 0, 1), del('e', 2, 3, true)], new Map([['e', null]])), [], 'absent after an acknowledged delete');
  assert.deepEqual(findLostWrites([put('f', 'y', 0, 1), del('f', 2, 3, true), put('f', 'z', 4, 5)], new Map([['f', null]])).map((l) => l.key), ['f']);
});

test('resume figures: heal to the first acknowledged write, the longest gap from the fault start, and stalls', () => {
  const acks = [0, 100, 900, 2500, 2600].map((t) => put('k', `v${t}`, t - 1, t));
  const s = resumeStats(
    [
      { kind: 'pause-leader', rank: 0, startMs: 150, healMs: 2000, detail: '' },
      { kind: 'kill-follower', rank: 1, startMs: 2550, healMs: 3000, detail: '' },
    ],
    acks,
  );
  const pause = s.find((x) => x.kind === 'pause-leader')!;
  assert.deepEqual(pause.resumeMs, [500]);
  assert.deepEqual(pause.gapMs, [1600], 'from the ack at 900 to the one at 2500');
  assert.equal(pause.stalls, 0);
  const kill = s.find((x) => x.kind === 'kill-follower')!;
  assert.deepEqual(kill.resumeMs, [undefined]);
  assert.equal(kill.stalls, 1);
  assert.equal(kill.maxMs, undefined);
});
