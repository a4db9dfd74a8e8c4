import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ExistError, NonexistError, InvalidError } from '@daos-nats/base';
import { daos } from '@daos-nats/proto';
import { changeTargets, decodeMap, encodeMap, exceedsRf, extendMap, failedDomains, initialMap, mapCounts, upRanks } from './pool-map.js';
import { planReplicas } from './pool-reconfigure.js';
import { applyPropSet, initialProps, selectProps } from './pool-props.js';

const S = daos.pool.v1.ComponentState;
const ranks = [1, 2, 3, 4].map((rank) => ({ rank, faultDomain: `/n${rank}` }));

test('a new map is version 1 with every target in service; bad input is refused', () => {
  const m = initialMap(ranks, 4);
  assert.equal(m.version, 1);
  assert.deepEqual(mapCounts(m), { total: 16, active: 16, disabled: 0, draining: 0, enabledRanks: [1, 2, 3, 4], disabledRanks: [] });
  assert.throws(() => initialMap([], 4), InvalidError);
  assert.throws(() => initialMap([ranks[0]!, ranks[0]!], 4), InvalidError);
  assert.throws(() => initialMap(ranks, 0), InvalidError);
  assert.throws(() => initialMap(ranks, 65), InvalidError);
});

test('exclude, drain and reintegrate bump the version once per real change', () => {
  const m1 = initialMap(ranks, 4);
  const m2 = changeTargets(m1, 'exclude', 2, [1]);
  assert.equal(m2.version, 2);
  assert.deepEqual(mapCounts(m2).disabled, 1);
  assert.equal(m2.ranks[1]!.targets[1]!.state, S.COMPONENT_STATE_DOWNOUT);
  assert.equal(changeTargets(m2, 'exclude', 2, [1]), m2, 'excluding an excluded target changes nothing');
  const m3 = changeTargets(m2, 'drain', 3, []);
  assert.equal(m3.version, 3);
  assert.deepEqual(mapCounts(m3).disabledRanks, [3]);
  const m4 = changeTargets(m3, 'reintegrate', 3, []);
  assert.equal(m4.version, 4);
  assert.deepEqual(mapCounts(m4).enabledRanks, [1, 3, 4]);
  assert.throws(() => changeTargets(m1, 'exclude', 9, []), NonexistError);
  assert.throws(() => changeTargets(m1, 'exclude', 1, [4]), NonexistError);
  assert.equal(m1.version, 1, 'the input map is never modified');
  assert.deepEqual(decodeMap(encodeMap(m4)), m4);
});

test('the redundancy check counts failed fault domains, not targets', () => {
  const m1 = initialMap(ranks, 4);
  const m2 = changeTargets(m1, 'exclude', 1, [0]);
  assert.equal(failedDomains(m2).size, 1);
  assert.equal(exceedsRf(m1, m2, 1), false);
  assert.equal(exceedsRf(m1, m2, 0), true);
  const m3 = changeTargets(m2, 'exclude', 1, []);
  assert.equal(exceedsRf(m2, m3, 0), false, 'more targets of an already failed domain add no failure');
  const m4 = changeTargets(m3, 'exclude', 2, []);
  assert.equal(exceedsRf(m3, m4, 1), true);
  const shared = initialMap([{ rank: 1, faultDomain: '/rack' }, { rank: 2, faultDomain: '/rack' }, { rank: 3, faultDomain: '' }], 2);
  const both = changeTargets(changeTargets(shared, 'exclude', 1, []), 'exclude', 2, []);
  assert.equal(failedDomains(both).size, 1, 'two ranks of one domain are one failed domain');
});

test('extend adds ranks in service and refuses a rank already there', () => {
  const m1 = initialMap(ranks, 4);
  const m2 = extendMap(m1, [{ rank: 7, faultDomain: '/n7' }], 2);
  assert.equal(m2.version, 2);
  assert.deepEqual(m2.ranks.map((r) => r.rank), [1, 2, 3, 4, 7]);
  assert.equal(mapCounts(m2).total, 18);
  assert.throws(() => extendMap(m1, [{ rank: 4, faultDomain: '' }], 2), ExistError);
  assert.throws(() => extendMap(m1, [], 2), InvalidError);
});

test('replica planning replaces replicas on ranks out of service, spreading fault domains, never removing the leader', () => {
  const m = changeTargets(initialMap([...ranks, { rank: 5, faultDomain: '/n1' }], 2), 'exclude', 2, []);
  assert.deepEqual(planReplicas([1, 2, 3], upRanks(m), 1, 3), { add: [4], remove: [2] }, '/n4 is an empty domain, /n1 (rank 5) is not');
  assert.deepEqual(planReplicas([1, 2, 3], upRanks(m), 2, 3), { add: [], remove: [] }, 'the leader on an excluded rank stays');
  assert.deepEqual(planReplicas([1, 3, 4], upRanks(m), 1, 3), { add: [], remove: [] });
  assert.deepEqual(planReplicas([1], upRanks(m), 1, 3), { add: [3, 4], remove: [] });
});

test('engine ranks: their listed targets are the pool\'s (counts), never service replica candidates; the flag survives the wire', () => {
  // Pool-service ranks 1, 2 with 8 nominal targets each; engine ranks 10 (targets 0-3) and 11 (0-1).
  const m = initialMap([...ranks.slice(0, 2), { rank: 10, faultDomain: '/n1', storage: true, targets: [0, 1, 2, 3] }, { rank: 11, faultDomain: '/n2', storage: true, targets: 2 }], 8);
  assert.deepEqual(mapCounts(m), { total: 6, active: 6, disabled: 0, draining: 0, enabledRanks: [10, 11], disabledRanks: [] });
  assert.deepEqual(upRanks(m).map((r) => r.rank), [1, 2], 'replicas only on pool-service ranks');
  const down = changeTargets(m, 'exclude', 11, [1]);
  assert.deepEqual(mapCounts(down), { total: 6, active: 5, disabled: 1, draining: 0, enabledRanks: [10], disabledRanks: [] });
  assert.deepEqual(decodeMap(encodeMap(down)), down);
  assert.deepEqual(planReplicas([1], upRanks(down), 1, 3), { add: [2], remove: [] }, 'an engine rank never gets a replica');
  assert.throws(() => initialMap([{ rank: 12, faultDomain: '', storage: true, targets: [] }], 8), InvalidError);
  assert.throws(() => initialMap([{ rank: 12, faultDomain: '', storage: true, targets: [64] }], 8), InvalidError);
});

test('pool properties: defaults, checks, create-only names, all-or-nothing sets', () => {
  const p = initialProps([{ name: 'rd_fac', value: '2' }]);
  assert.equal(p.get('rd_fac'), '2');
  assert.equal(p.get('reclaim'), 'lazy');
  assert.throws(() => initialProps([{ name: 'rd_fac', value: '9' }]), InvalidError);
  assert.throws(() => initialProps([{ name: 'nope', value: '1' }]), InvalidError);
  const q = applyPropSet(p, [{ name: 'reclaim', value: 'time' }, { name: 'ec_cell_sz', value: '131072' }]);
  assert.equal(q.get('reclaim'), 'time');
  assert.equal(p.get('reclaim'), 'lazy');
  assert.throws(() => applyPropSet(p, [{ name: 'reclaim', value: 'time' }, { name: 'ec_cell_sz', value: '1000' }]), InvalidError);
  assert.throws(() => applyPropSet(p, [{ name: 'label', value: 'x' }]), InvalidError);
  assert.throws(() => applyPropSet(p, [{ name: 'svc_rf', value: '1' }]), InvalidError);
  assert.deepEqual(selectProps(q, ['reclaim']), [{ name: 'reclaim', value: 'time' }]);
  assert.throws(() => selectProps(q, ['bogus']), InvalidError);
  assert.ok(selectProps(q, []).length >= 10);
});
