import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AssertionError, DER, SeededRng } from '@daos-nats/base';
import { LeaderSearch } from './leader-search.js';
import type { AttemptOutcome } from './outcome.js';

const ok = (hint?: { rank: number; term: number }): AttemptOutcome => (hint ? { kind: 'ok', hint } : { kind: 'ok' });
const err = (code: number, hint?: { rank: number; term: number }): AttemptOutcome => (hint ? { kind: 'error', code, hint } : { kind: 'error', code });
const noReply = (code: number = DER.TIMEDOUT): AttemptOutcome => ({ kind: 'noReply', code });

/** A search whose leader is `leader` at `term`, learned from the leader's own reply. */
function withLeader(ranks: number[], leader: number, term: number, seed = 1, alivenessMax = 1): LeaderSearch {
  const s = new LeaderSearch(ranks, new SeededRng(seed), { leaderAlivenessMax: alivenessMax });
  assert.equal(s.complete(leader, ok({ rank: leader, term })), 'proceed');
  assert.deepEqual(s.state.leader, { rank: leader, term });
  return s;
}

test('the rank list is sorted and deduplicated, and the hintless search visits every replica round robin', () => {
  const s = new LeaderSearch([5, 1, 3, 1, 5], new SeededRng(7));
  assert.deepEqual(s.state.ranks, [1, 3, 5]);
  const seen = [s.choose(), s.choose(), s.choose(), s.choose()];
  assert.deepEqual(new Set(seen.slice(0, 3)), new Set([1, 3, 5]), 'three choices cover three replicas');
  assert.equal(seen[3], seen[0], 'then the round robin wraps');
});

test('the hintless search starts at a random replica, replayable from the seed', () => {
  const firsts = new Set<number | undefined>();
  for (let seed = 0; seed < 40; seed++) firsts.add(new LeaderSearch([0, 1, 2, 3], new SeededRng(seed)).choose());
  assert.deepEqual([...firsts].sort(), [0, 1, 2, 3], 'different seeds start at different replicas');
  assert.equal(new LeaderSearch([0, 1, 2, 3], new SeededRng(9)).choose(), new LeaderSearch([0, 1, 2, 3], new SeededRng(9)).choose());
});

test('with no replica known, choose() answers undefined (DAOS -DER_NOTREPLICA)', () => {
  const s = new LeaderSearch([], new SeededRng(1));
  assert.equal(s.choose(), undefined);
  s.reset([4]);
  assert.equal(s.choose(), 4);
});

test('a known, alive leader is always chosen', () => {
  const s = withLeader([1, 2, 3], 2, 5);
  for (let i = 0; i < 5; i++) assert.equal(s.choose(), 2);
});

test('NOTLEADER with a newer-term hint is followed, and the hinted leader is chosen next', () => {
  const s = withLeader([1, 2, 3], 1, 4);
  assert.equal(s.complete(1, err(DER.NOTLEADER, { rank: 3, term: 5 })), 'rechoose');
  assert.deepEqual(s.state.leader, { rank: 3, term: 5 });
  assert.equal(s.state.aliveness, 1);
  assert.equal(s.choose(), 3);
});

test('a hint naming an unknown rank adds it to the list', () => {
  const s = new LeaderSearch([1, 2, 3], new SeededRng(1));
  assert.equal(s.complete(2, err(DER.NOTLEADER, { rank: 9, term: 3 })), 'rechoose');
  assert.deepEqual(s.state.ranks, [1, 2, 3, 9]);
  assert.equal(s.choose(), 9);
});

test('a hint with an older term than the cached one is ignored', () => {
  const s = withLeader([1, 2, 3], 2, 7);
  assert.equal(s.complete(3, err(DER.NOTLEADER, { rank: 1, term: 6 })), 'rechoose');
  assert.deepEqual(s.state.leader, { rank: 2, term: 7 });
  assert.equal(s.choose(), 2);
});

test('a same-term hint is not news, unless the leader names itself: then it is alive again', () => {
  const s = withLeader([1, 2, 3], 2, 7);
  s.complete(2, noReply()); // aliveness 1 → 0: leader abandoned
  assert.equal(s.state.aliveness, 0);
  s.complete(3, err(DER.NOTLEADER, { rank: 2, term: 7 }));
  assert.equal(s.state.aliveness, 0, 'a follower repeating the same term does not revive the leader');
  s.complete(2, ok({ rank: 2, term: 7 }));
  assert.equal(s.state.aliveness, 1, 'the leader answering in its own name does');
  assert.equal(s.choose(), 2);
});

test('no reply from the leader lowers its aliveness; at 0 the search abandons it', () => {
  const s = withLeader([1, 2, 3, 4, 5], 3, 2, 1, 2);
  assert.equal(s.state.aliveness, 2);
  assert.equal(s.complete(3, noReply()), 'rechoose');
  assert.equal(s.state.aliveness, 1);
  assert.equal(s.choose(), 3, 'still trusted after one miss');
  assert.equal(s.complete(3, noReply(DER.UNREACH)), 'rechoose');
  assert.equal(s.state.aliveness, 0);
  assert.notEqual(s.choose(), 3, 'abandoned: the round robin restarts away from it');
});

test('after abandoning a leader the search restarts at a random non-leader replica', () => {
  const starts = new Set<number | undefined>();
  for (let seed = 0; seed < 60; seed++) {
    const s = withLeader([1, 2, 3, 4], 2, 1, seed);
    s.complete(2, noReply());
    const first = s.choose();
    assert.notEqual(first, 2, `seed ${seed}: not the abandoned leader first`);
    starts.add(first);
  }
  assert.deepEqual([...starts].sort(), [1, 3, 4]);
});

test('no reply from a replica that is not the leader changes nothing but the choice', () => {
  const s = new LeaderSearch([1, 2, 3], new SeededRng(3));
  const before = s.state;
  assert.equal(s.complete(1, noReply()), 'rechoose');
  assert.deepEqual(s.state, before);
});

test('NOTLEADER without a hint abandons the leader that sent it', () => {
  const s = withLeader([1, 2, 3], 1, 3);
  assert.equal(s.complete(1, err(DER.NOTLEADER)), 'rechoose');
  assert.equal(s.state.aliveness, 0);
  assert.deepEqual(s.state.leader, { rank: 1, term: 3 }, 'the term stays known so stale hints are still refused');
  assert.notEqual(s.choose(), 1);
});

test('a leader stepping up answers NOTLEADER naming itself: it becomes the trusted leader', () => {
  const s = new LeaderSearch([1, 2, 3], new SeededRng(1), { leaderAlivenessMax: 3 });
  assert.equal(s.complete(2, err(DER.NOTLEADER, { rank: 2, term: 4 })), 'rechoose');
  assert.equal(s.state.aliveness, 3, 'aliveness MAX for a self-naming hint');
  s.complete(1, err(DER.NOTLEADER, { rank: 3, term: 5 }));
  assert.equal(s.state.aliveness, 1, 'a hint about another replica earns only 1');
});

test('NOTREPLICA drops the rank and forgets the leader', () => {
  const s = withLeader([1, 2, 3], 2, 4);
  assert.equal(s.complete(2, err(DER.NOTREPLICA)), 'rechoose');
  assert.deepEqual(s.state.ranks, [1, 3]);
  assert.equal(s.state.leader, undefined);
  const next = [s.choose(), s.choose()];
  assert.deepEqual(new Set(next), new Set([1, 3]));
});

test('dropping every replica empties the list', () => {
  const s = new LeaderSearch([1, 2], new SeededRng(1));
  s.complete(1, err(DER.NOTREPLICA));
  s.complete(2, noReply(DER.OOG));
  assert.deepEqual(s.state.ranks, []);
  assert.equal(s.choose(), undefined);
});

test('a transport INVAL or UNREG is the answer (proceed); other transport errors rechoose', () => {
  const s = withLeader([1, 2, 3], 1, 1);
  assert.equal(s.complete(1, noReply(DER.UNREG)), 'proceed');
  assert.equal(s.state.aliveness, 1, 'UNREG says nothing about leadership');
  assert.equal(s.complete(1, noReply(DER.INVAL)), 'proceed');
  assert.equal(s.state.aliveness, 0, 'INVAL counts as a miss, as in DAOS');
  assert.equal(s.complete(2, noReply(DER.HG)), 'rechoose');
});

test('a leader reply with a hint is learned; a reply without one changes nothing', () => {
  const s = new LeaderSearch([1, 2, 3], new SeededRng(1));
  const before = s.state;
  assert.equal(s.complete(3, ok()), 'proceed');
  assert.deepEqual(s.state, before);
  assert.equal(s.complete(3, err(DER.NONEXIST, { rank: 3, term: 2 })), 'proceed', 'a deterministic error is the answer');
  assert.deepEqual(s.state.leader, { rank: 3, term: 2 });
});

test('a leader reply whose hint names another rank is a broken hint and is ignored', () => {
  const s = new LeaderSearch([1, 2, 3], new SeededRng(1));
  assert.equal(s.complete(1, ok({ rank: 2, term: 9 })), 'proceed');
  assert.equal(s.state.leader, undefined);
});

test('hints cannot grow the rank list past ranksMax', () => {
  const s = new LeaderSearch([1, 2], new SeededRng(1), { ranksMax: 3 });
  s.complete(1, err(DER.NOTLEADER, { rank: 7, term: 1 }));
  assert.deepEqual(s.state.ranks, [1, 2, 7]);
  s.complete(7, err(DER.NOTLEADER, { rank: 8, term: 2 }));
  assert.deepEqual(s.state.ranks, [1, 2, 7], 'the unknown rank is not added');
  assert.deepEqual(s.state.leader, { rank: 7, term: 1 }, 'and the hint is not followed');
  assert.throws(() => s.reset([1, 2, 3, 4]), AssertionError);
});

test('a malformed hint from the wire is ignored, not a crash', () => {
  const s = new LeaderSearch([1, 2], new SeededRng(1));
  assert.equal(s.complete(1, err(DER.NOTLEADER, { rank: -3, term: 2 })), 'rechoose');
  assert.equal(s.complete(1, err(DER.NOTLEADER, { rank: 2, term: 1.5 })), 'rechoose');
  assert.equal(s.state.leader, undefined);
});

test('remove() drops ranks (e.g. not UPIN in the pool map) and forgets a removed leader', () => {
  const s = withLeader([1, 2, 3, 4], 3, 2);
  s.remove([1]);
  assert.deepEqual(s.state.leader, undefined, 'like DAOS, any removal forgets the leader');
  s.complete(3, ok({ rank: 3, term: 2 }));
  s.remove([3, 99]);
  assert.deepEqual(s.state.ranks, [2, 4]);
  assert.equal(s.state.leader, undefined);
});

test('invalid configuration and ranks are refused loudly', () => {
  assert.throws(() => new LeaderSearch([1], new SeededRng(1), { leaderAlivenessMax: 0 }), AssertionError);
  assert.throws(() => new LeaderSearch([-1], new SeededRng(1)), AssertionError);
  assert.throws(() => new LeaderSearch([1], new SeededRng(1)).complete(1.5, ok()), AssertionError);
});

test('random outcome sequences keep every invariant and choose() only known ranks (2000 seeds)', () => {
  const codes = [DER.NOTLEADER, DER.NOTREPLICA, DER.NONEXIST, DER.BUSY];
  const transport = [DER.TIMEDOUT, DER.UNREACH, DER.OOG, DER.INVAL, DER.UNREG];
  for (let seed = 0; seed < 2000; seed++) {
    const rng = new SeededRng(seed);
    const s = new LeaderSearch([0, 1, 2, 3, 4].filter(() => rng.chance(0.8)), new SeededRng(seed + 1), {
      leaderAlivenessMax: 1 + rng.int(3),
      ranksMax: 8,
    });
    let term = 0;
    for (let step = 0; step < 50; step++) {
      const r = s.choose();
      if (r === undefined) {
        s.reset([0, 1, 2].filter(() => rng.chance(0.7)));
        continue;
      }
      assert.ok(s.state.ranks.includes(r), `seed ${seed}: chose a known rank`);
      if (rng.chance(0.3)) term += rng.int(2);
      const hint = rng.chance(0.5) ? { rank: rng.int(10), term: Math.max(0, term - rng.int(2)) } : undefined;
      const roll = rng.int(3);
      const outcome: AttemptOutcome =
        roll === 0 ? ok(hint) : roll === 1 ? err(codes[rng.int(codes.length)]!, hint) : noReply(transport[rng.int(transport.length)]!);
      // complete() asserts its invariants after every change; any violation throws here.
      const d = s.complete(r, outcome);
      assert.ok(d === 'proceed' || d === 'rechoose');
    }
  }
});
