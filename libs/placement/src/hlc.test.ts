import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DER, DaosError } from '@daos-nats/base';
import { Hlc, hlcPhysicalMs } from './hlc.js';

test('HLC: strictly increasing when the clock stalls or steps back; follows the physical clock', () => {
  let ms = Date.UTC(2026, 0, 1);
  const h = new Hlc({ nowMs: () => ms, maxDriftMs: 500 });
  const a = h.now();
  const b = h.now();
  ms -= 10;
  const c = h.now();
  assert.ok(a < b && b < c);
  ms += 1000;
  const d = h.now();
  assert.equal(hlcPhysicalMs(d), ms);
  assert.ok(d < 2n ** 53n, 'an epoch fits the wire as an exact integer');
});

test('HLC: a received timestamp moves the clock past it; one too far ahead is DER_HLC_SYNC', () => {
  let ms = Date.UTC(2026, 0, 1);
  const h = new Hlc({ nowMs: () => ms, maxDriftMs: 100 });
  const other = new Hlc({ nowMs: () => ms + 80, maxDriftMs: 100 });
  const remote = other.now();
  assert.ok(h.update(remote) > remote);
  assert.ok(h.now() > remote);
  const far = new Hlc({ nowMs: () => ms + 200, maxDriftMs: 100 }).now();
  assert.throws(() => h.update(far), (e: unknown) => e instanceof DaosError && e.code === DER.HLC_SYNC);
  assert.throws(() => h.checkNotFuture(far), (e: unknown) => e instanceof DaosError && e.code === DER.HLC_SYNC);
  ms += 150;
  h.checkNotFuture(far);
});

test('HLC: same time line as the container service snapshot clock (base 2020-01-01, 12 logical bits)', () => {
  const ms = Date.UTC(2026, 5, 1);
  const t = new Hlc({ nowMs: () => ms, maxDriftMs: 0 }).now();
  assert.equal(t, BigInt(ms - Date.UTC(2020, 0, 1)) * 4096n);
});
