import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { SeededRng } from '@daos-nats/base';
import { CompactedError, type Entry, type LogIndex, type Term } from '@daos-nats/raft';
import { EntryCache } from './entry-cache.js';
import { KvsClass } from './keys.js';
import { SqliteStorage } from './sqlite-storage.js';
import { TestCluster, waitFor } from '../test/test-cluster.js';
import { tempDir } from '../test/test-util.js';

const ent = (index: number, term: number, size = 4): Entry => ({ index: index as LogIndex, term: term as Term, type: 0, data: new Uint8Array(size).fill(index % 251) });

test('the entry cache keeps the log tail within its byte bound, and follows truncation and compaction', () => {
  const c = new EntryCache(36 * 5); // five 4-byte entries (4 + 32 each)
  c.append([1, 2, 3].map((i) => ent(i, 1)));
  assert.deepEqual(c.get(1, 4, Infinity)?.map((e) => e.index), [1, 2, 3]);
  assert.deepEqual(c.get(2, 4, 36)?.map((e) => e.index), [2], 'maxBytes, at least one');
  c.append([3, 4, 5, 6].map((i) => ent(i, 2)));
  assert.equal(c.firstIndex, 2, 'the oldest entry left to keep the bound');
  assert.equal(c.heldBytes, 5 * 36);
  assert.equal(c.get(2, 7, Infinity)?.[1]!.term, 2, 'the conflicting suffix was replaced');
  assert.equal(c.get(1, 3, Infinity), undefined, 'not all of [1, 3) is held');
  c.truncateAfter(4);
  assert.equal(c.get(2, 6, Infinity), undefined);
  c.compactTo(3);
  assert.deepEqual(c.get(4, 5, Infinity)?.map((e) => e.index), [4]);
  c.append([ent(9, 3)]); // not contiguous: starts over
  assert.equal(c.firstIndex, 9);
});

test('with and without the cache, SqliteStorage answers every read the same through appends, conflicts, compactions and discards', () => {
  const tmp = tempDir();
  try {
    const plain = SqliteStorage.open(path.join(tmp.dir, 'plain.db'), { entryCacheBytesMax: 0 });
    const cached = SqliteStorage.open(path.join(tmp.dir, 'cached.db'), { entryCacheBytesMax: 600 });
    const rng = new SeededRng(11);
    let term = 1;
    for (let step = 0; step < 400; step++) {
      const last = plain.lastIndex();
      const first = plain.firstIndex();
      const op = rng.int(10);
      if (op < 6) {
        const at = Math.max(first, last + 1 - rng.int(4)); // sometimes overwrites a suffix
        if (at <= last) term++;
        const ents = Array.from({ length: 1 + rng.int(5) }, (_, k) => ent(at + k, term, rng.int(40)));
        for (const s of [plain, cached]) s.append(ents);
      } else if (op < 8 && last > first) {
        const to = first + rng.int(last - first);
        for (const s of [plain, cached]) s.compact(to as LogIndex);
      } else if (last > first) {
        const after = first + rng.int(last - first);
        for (const s of [plain, cached]) s.discardAfter(after as LogIndex);
      }
      const lo = plain.firstIndex() + rng.int(plain.lastIndex() - plain.firstIndex() + 2);
      const hi = Math.min(plain.lastIndex() + 1, lo + rng.int(8));
      const maxBytes = 40 + rng.int(200);
      if (lo > hi) continue;
      const a = plain.entries(lo as LogIndex, hi as LogIndex, maxBytes);
      const b = cached.entries(lo as LogIndex, hi as LogIndex, maxBytes);
      assert.deepEqual(b.map((e) => [e.index, e.term, Buffer.from(e.data).toString('hex')]), a.map((e) => [e.index, e.term, Buffer.from(e.data).toString('hex')]), `step ${step}: [${lo}, ${hi})`);
    }
    assert.throws(() => cached.entries(1 as LogIndex, 2 as LogIndex, 100), CompactedError);
    assert.ok(cached.stats.entryCacheHits > 100, `the cache served reads (${cached.stats.entryCacheHits})`);
    assert.equal(plain.stats.entryCacheHits, 0);
    plain.close();
    cached.close();
  } finally {
    tmp.cleanup();
  }
});

test('a leader catching a follower up on recent entries reads none of them from SQLite', async () => {
  for (const entryCacheBytesMax of [8 * 1024 * 1024, 0]) {
    const c = new TestCluster({ entryCacheBytesMax });
    try {
      c.create([1, 2, 3]);
      const leader = await c.leader();
      await (await leader.begin()).createRoot(KvsClass.Generic).commit();
      const follower = [...c.replicas.values()].find((r) => r !== leader)!;
      await c.applied(leader.appliedIndex);
      // The founding entries were written by bootstrap, not appended: reads of them do not count.
      const readsBefore = leader.storage.stats.entryDiskReads;
      c.net.isolate(follower.nodeId);
      for (let k = 0; k < 60; k++) await (await leader.begin()).update([], `k${k}`, new Uint8Array(100)).commit();
      c.net.heal();
      await waitFor('the follower caught up', () => follower.appliedIndex === leader.appliedIndex, 20_000);
      const entryDiskReads = leader.storage.stats.entryDiskReads - readsBefore;
      const { entryCacheHits } = leader.storage.stats;
      if (entryCacheBytesMax > 0) {
        assert.equal(entryDiskReads, 0, 'every App was built from memory');
        assert.ok(entryCacheHits > 0);
      } else {
        assert.ok(entryDiskReads > 0, 'without the cache the same work reads SQLite (the counter counts)');
      }
    } finally {
      c.shutdown();
    }
  }
});
