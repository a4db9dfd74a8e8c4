import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HLC_EPOCH_MS, HLC_LOGICAL_BITS, HybridLogicalClock } from './hlc.js';

test('timestamps strictly increase when the wall clock stalls or steps back', () => {
  let wall = HLC_EPOCH_MS + 1_000;
  const hlc = new HybridLogicalClock(() => wall);
  const a = hlc.now();
  const b = hlc.now();
  wall -= 500;
  const c = hlc.now();
  wall += 10_000;
  const d = hlc.now();
  assert.ok(a < b && b < c && c < d, `${a} ${b} ${c} ${d}`);
  assert.equal(a, 1_000 * 2 ** HLC_LOGICAL_BITS, 'physical milliseconds since the HLC epoch in the high bits');
  assert.equal(b, a + 1, 'the logical counter moves within one millisecond');
  assert.equal(HybridLogicalClock.toWallMs(d), wall);
});

test('observe moves the clock past a timestamp from elsewhere (an earlier leader with a faster clock)', () => {
  const wall = HLC_EPOCH_MS + 5;
  const hlc = new HybridLogicalClock(() => wall);
  const ahead = new HybridLogicalClock(() => wall + 60_000).now();
  hlc.observe(ahead);
  assert.ok(hlc.now() > ahead);
  assert.throws(() => hlc.observe(-1), /non-negative/);
});

test('timestamps stay exact numbers for decades', () => {
  const hlc = new HybridLogicalClock(() => Date.UTC(2080, 0, 1));
  assert.ok(Number.isSafeInteger(hlc.now()));
});
