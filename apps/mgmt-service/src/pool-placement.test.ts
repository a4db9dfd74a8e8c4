import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeReplicas, type Candidate } from './pool-placement.js';

const c = (rank: number, faultDomain: string): Candidate => ({ rank, faultDomain });
const domains = (cands: readonly Candidate[], ranks: readonly number[]) => ranks.map((r) => cands.find((x) => x.rank === r)!.faultDomain);

test('one replica per fault domain before any domain gets a second', () => {
  const cands = [c(1, '/a'), c(2, '/a'), c(3, '/a'), c(4, '/b'), c(5, '/b'), c(6, '/c')];
  for (let i = 0; i < 50; i++) {
    const seed = `pool-${i}`;
    const three = placeReplicas(cands, 3, seed);
    assert.equal(three.length, 3);
    assert.deepEqual(new Set(domains(cands, three)), new Set(['/a', '/b', '/c']), seed);
    const five = placeReplicas(cands, 5, seed);
    const counts = domains(cands, five).reduce((m, d) => m.set(d, (m.get(d) ?? 0) + 1), new Map<string, number>());
    assert.deepEqual([...counts.values()].sort(), [1, 2, 2], `${seed}: balanced after the first round`);
    assert.equal(new Set(five).size, 5, 'no rank twice');
  }
});

test('deterministic per seed, different across seeds, never more than the candidates', () => {
  const cands = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((r) => c(r, `/n${r}`));
  assert.deepEqual(placeReplicas(cands, 3, 'x'), placeReplicas([...cands].reverse(), 3, 'x'), 'input order does not matter');
  const leaders = new Set(Array.from({ length: 40 }, (_, i) => placeReplicas(cands, 3, `p${i}`)[0]));
  assert.ok(leaders.size >= 5, `first replicas spread over ranks (${[...leaders].join(',')})`);
  assert.deepEqual(placeReplicas(cands.slice(0, 2), 3, 'x').length, 2);
  assert.deepEqual(placeReplicas([], 3, 'x'), []);
});
