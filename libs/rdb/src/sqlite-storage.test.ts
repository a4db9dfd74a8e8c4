import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { BusyError, NotSupportedError, SeededRng } from '@daos-nats/base';
import {
  CompactedError,
  MemoryStorage,
  UnavailableError,
  type ConfState,
  type Entry,
  type LogIndex,
  type NodeId,
  type Term,
  BytesSnapshotSource,
} from '@daos-nats/raft';
import { SqliteStorage } from './sqlite-storage.js';
import { tempDir } from '../test/test-util.js';

const ent = (index: number, term: number, data = `e${index}`): Entry => ({
  index: index as LogIndex,
  term: term as Term,
  type: 0,
  data: new TextEncoder().encode(data),
});
const conf = (...voters: number[]): ConfState => ({
  voters: voters as NodeId[],
  learners: [],
  votersOutgoing: [],
  learnersNext: [],
  autoLeave: false,
});

/** Outcome of a read: the value, or the error class and its message. */
function outcome(f: () => unknown): unknown {
  try {
    return { ok: f() };
  } catch (e) {
    return { err: (e as Error).name, msg: (e as Error).message };
  }
}

function sameReads(m: MemoryStorage, s: SqliteStorage, note: string): void {
  assert.equal(s.firstIndex(), m.firstIndex(), `${note}: firstIndex`);
  assert.equal(s.lastIndex(), m.lastIndex(), `${note}: lastIndex`);
  assert.deepEqual(s.initialState(), m.initialState(), `${note}: initialState`);
  assert.deepEqual(s.snapshotMeta(), m.snapshot().meta, `${note}: snapshot metadata (rdb keeps no snapshot bytes)`);
  const lo = Math.max(0, m.firstIndex() - 2);
  const hi = m.lastIndex() + 2;
  for (let i = lo; i <= hi; i++) {
    assert.deepEqual(outcome(() => s.term(i as LogIndex)), outcome(() => m.term(i as LogIndex)), `${note}: term(${i})`);
    for (let j = i; j <= hi; j++)
      for (const maxBytes of [0, 20, 40, 1 << 20])
        assert.deepEqual(
          outcome(() => s.entries(i as LogIndex, j as LogIndex, maxBytes)),
          outcome(() => m.entries(i as LogIndex, j as LogIndex, maxBytes)),
          `${note}: entries(${i}, ${j}, ${maxBytes})`,
        );
  }
}

test('a fresh SqliteStorage reads exactly like a fresh MemoryStorage', () => {
  const { dir, cleanup } = tempDir();
  try {
    const s = SqliteStorage.open(path.join(dir, 'r.db'));
    sameReads(new MemoryStorage(), s, 'fresh');
    assert.throws(() => s.snapshot(), NotSupportedError, 'no snapshot bytes are kept: a leader needs liveSnapshot');
    assert.throws(() => s.term(1 as LogIndex), UnavailableError);
    assert.throws(() => s.entries(0 as LogIndex, 1 as LogIndex, 100), CompactedError);
    s.close();
  } finally {
    cleanup();
  }
});

test('append, conflicting suffix, compaction, snapshots: SqliteStorage matches MemoryStorage step by step (seeded)', () => {
  const { dir, cleanup } = tempDir();
  try {
    for (let seed = 1; seed <= 6; seed++) {
      const rng = new SeededRng(seed);
      const file = path.join(dir, `r${seed}.db`);
      const m = new MemoryStorage();
      let s = SqliteStorage.open(file);
      let term = 1;
      for (let step = 0; step < 60; step++) {
        const op = rng.int(10);
        const note = `seed ${seed} step ${step} op ${op}`;
        if (op <= 4) {
          // Append a run starting anywhere from the first index to just after the last.
          const lo = m.firstIndex() - 1 + rng.int(m.lastIndex() - m.firstIndex() + 3);
          if (rng.chance(0.3)) term++;
          const es = Array.from({ length: 1 + rng.int(4) }, (_, k) => ent(lo + k, term, `s${seed}.${step}.${k}`));
          // Terms never decrease along the log; only valid appends are compared.
          const prevTerm = outcome(() => m.term((lo - 1) as LogIndex)) as { ok?: number };
          if (lo < m.firstIndex() - 1 || prevTerm.ok === undefined || prevTerm.ok > term) continue;
          m.append(es);
          s.persist({ entries: es });
        } else if (op === 5) {
          const h = { term: term as Term, vote: (1 + rng.int(3)) as NodeId, commit: m.firstIndex() as LogIndex };
          m.setHardState(h);
          s.persist({ hardState: h, entries: [] });
        } else if (op === 6 && m.lastIndex() >= m.firstIndex()) {
          const i = (m.firstIndex() + rng.int(m.lastIndex() - m.firstIndex() + 1)) as LogIndex;
          const data = new TextEncoder().encode(`state@${i}`);
          m.createSnapshot(i, conf(1, 2, 3), data);
          s.createSnapshot(i, conf(1, 2, 3));
          m.compact(i);
          s.compact(i);
        } else if (op === 7) {
          const i = (m.lastIndex() + rng.int(3) - 1) as LogIndex;
          const snap = { meta: { index: i, term: (term + 1) as Term, confState: conf(1, 2) }, data: new BytesSnapshotSource(new Uint8Array([7, 7, i & 255])) };
          term++;
          m.applySnapshot(snap);
          s.persist({ entries: [], snapshot: snap });
        } else if (op === 8) {
          s.close();
          s = SqliteStorage.open(file); // crash/reopen: what persist returned is there
        } else if (m.lastIndex() >= m.firstIndex()) {
          // Snapshot at i, compact only part of what it covers.
          const i = (m.firstIndex() + rng.int(m.lastIndex() - m.firstIndex() + 1)) as LogIndex;
          const j = (m.firstIndex() - 1 + rng.int(i - m.firstIndex() + 2)) as LogIndex;
          const data = new TextEncoder().encode(`state@${i}`);
          m.createSnapshot(i, conf(1, 2), data);
          s.createSnapshot(i, conf(1, 2));
          m.compact(j);
          s.compact(j);
        }
        sameReads(m, s, note);
        assert.deepEqual(s.hardState(), m.initialState().hardState, `${note}: hard state`);
      }
      s.close();
      s = SqliteStorage.open(file);
      sameReads(m, s, `seed ${seed} final reopen`);
      s.close();
    }
  } finally {
    cleanup();
  }
});

test('persist writes hard state, entries and snapshot in one transaction: a failure leaves the file and the caches as they were', () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = path.join(dir, 'r.db');
    const s = SqliteStorage.open(file);
    s.persist({ hardState: { term: 1 as Term, vote: 1 as NodeId, commit: 0 as LogIndex }, entries: [ent(1, 1), ent(2, 1)] });
    // A gap after the last index is a broken invariant: nothing of this Ready may land.
    assert.throws(() =>
      s.persist({ hardState: { term: 2 as Term, vote: 2 as NodeId, commit: 2 as LogIndex }, entries: [ent(3, 2), ent(5, 2)] }),
    );
    assert.equal(s.lastIndex(), 2);
    assert.equal(s.hardState().term, 1);
    s.close();
    const r = SqliteStorage.open(file);
    assert.equal(r.lastIndex(), 2);
    assert.deepEqual(r.hardState(), { term: 1, vote: 1, commit: 0 });
    assert.deepEqual(r.entries(1 as LogIndex, 3 as LogIndex, 1 << 20).map((e) => e.index), [1, 2]);
    r.close();
  } finally {
    cleanup();
  }
});

test('a snapshot persisted with a state restorer swaps state in the same transaction', () => {
  const { dir, cleanup } = tempDir();
  try {
    const s = SqliteStorage.open(path.join(dir, 'r.db'), {
      restoreState: () => {
        throw new Error('restore failed half way');
      },
    });
    s.persist({ entries: [ent(1, 1)] });
    const snap = { meta: { index: 5 as LogIndex, term: 2 as Term, confState: conf(1) }, data: new BytesSnapshotSource(new Uint8Array([1])) };
    assert.throws(() => s.persist({ entries: [], snapshot: snap }), /restore failed/);
    assert.equal(s.lastIndex(), 1, 'the log reset rolled back with the failed restore');
    assert.equal(s.snapshotMeta().index, 0);
    s.close();
  } finally {
    cleanup();
  }
});

test('a replica file has one owner at a time: a second open fails at once with DER_BUSY', () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = path.join(dir, 'r.db');
    const s = SqliteStorage.open(file);
    const t0 = Date.now();
    assert.throws(() => SqliteStorage.open(file), (e: unknown) => e instanceof BusyError && /open elsewhere/.test(e.message));
    assert.ok(Date.now() - t0 < 1000, 'no waiting for a lock that is never released');
    s.close();
    SqliteStorage.open(file).close();
  } finally {
    cleanup();
  }
});
