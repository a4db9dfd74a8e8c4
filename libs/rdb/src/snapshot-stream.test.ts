import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { MessageType, type Message } from '@daos-nats/raft';
import { KvsClass } from './keys.js';
import { MalformedError } from './malformed-error.js';
import { RdbState } from './rdb-state.js';
import { FileSnapshotSink, FileSnapshotSource, snapshotFileStats } from './snapshot-file.js';
import { openSqlite } from './sqlite-file.js';
import { SqliteStorage } from './sqlite-storage.js';
import { TestCluster, waitFor } from '../test/test-cluster.js';
import { tempDir } from '../test/test-util.js';
import type { Replica } from './replica.js';

const b = (s: string) => new TextEncoder().encode(s);
const CHUNK_BYTES = 4096;
const READ_BYTES = 8192;
const opts = {
  compactEntriesMin: 8,
  logEntriesMax: 16,
  snapshotRowsPerTurnMax: 50,
  snapshotCopyPagesPerTurnMax: 8,
  snapshotReadBytesMax: READ_BYTES,
  raft: { electionTimeoutTicks: 15, heartbeatTicks: 3, snapshotChunkBytesMax: CHUNK_BYTES },
};

/** A cluster whose leader holds ~300 KB (many chunks) and a follower cut off behind its compaction. */
async function laggingCluster(c: TestCluster): Promise<{ leader: Replica; lagging: Replica; rank: number }> {
  c.create([1, 2, 3]);
  const leader = await c.leader();
  const rank = [1, 2, 3].find((r) => c.get(r) !== leader)!;
  const lagging = c.get(rank);
  await (await leader.begin()).createRoot(KvsClass.Integer).commit();
  c.net.isolate(lagging.nodeId);
  for (let i = 0; i < 30; i++) {
    const tx = await leader.begin();
    for (let k = 0; k < 10; k++) tx.update([], BigInt(i * 10 + k), b(`v${i}.${k}.`.padEnd(1000, 'x')));
    await tx.commit();
  }
  assert.ok(leader.storage.firstIndex() > lagging.appliedIndex + 1, 'the leader no longer holds what the follower needs');
  return { leader, lagging, rank };
}

/** Count Snap chunks on the wire (and let a test act on each). */
function tapSnaps(c: TestCluster, onSnap: (m: Message) => Message | undefined = (m) => m): { chunks: number } {
  const seen = { chunks: 0 };
  const deliver = c.net['deliver'].bind(c.net);
  c.net['deliver'] = (to: Message['to'], m: Message) => {
    if (m.type !== MessageType.Snap) return deliver(to, m);
    seen.chunks++;
    const out = onSnap(m);
    return out ? deliver(to, out) : false;
  };
  return seen;
}

test('a lagging follower catches up by a streamed snapshot while the leader keeps taking writes; no side holds more than a chunk or a read piece', async () => {
  const c = new TestCluster(opts);
  try {
    const { leader, lagging } = await laggingCluster(c);
    snapshotFileStats.writeBytesMax = 0;
    snapshotFileStats.readBytesMax = 0;
    const seen = tapSnaps(c);
    c.net.heal();
    let writes = 0;
    while (lagging.storage.firstIndex() === 1 || lagging.appliedIndex < leader.storage.firstIndex() - 1) {
      await (await leader.begin()).update([], BigInt(10_000 + writes), b(`during ${writes++}`)).commit();
      // Paced below logEntriesMax per transfer: faster, the leader compacts past the snapshot
      // before it lands and the follower needs another (the cap on the log wins, by design).
      await new Promise((r) => setTimeout(r, 25));
      assert.ok(writes < 400, 'caught up within 400 writes');
    }
    await (await leader.begin()).update([], 99_999n, b('last')).commit();
    await c.applied(leader.appliedIndex, [1, 2, 3], 10_000);
    assert.ok(seen.chunks > 50, `the snapshot went in many chunks (${seen.chunks})`);
    assert.ok(writes > 0, 'the leader took writes during the transfer');
    assert.deepEqual(lagging.state.dump(), leader.state.dump());
    assert.ok(snapshotFileStats.writeBytesMax > 0 && snapshotFileStats.writeBytesMax <= CHUNK_BYTES, `follower wrote at most a chunk at once (${snapshotFileStats.writeBytesMax})`);
    assert.ok(snapshotFileStats.readBytesMax <= READ_BYTES, `at most a read piece read at once (${snapshotFileStats.readBytesMax})`);
    assert.ok(!fs.existsSync(lagging.cfg.file + '.snap-in'), 'the received file is deleted once installed');
    const stored = lagging.storage.db.prepare('SELECT length(data) FROM snapshot WHERE id = 0').pluck().get();
    assert.equal(stored, 0, 'no snapshot BLOB: the state tables are the snapshot');
  } finally {
    c.shutdown();
  }
});

test('a follower restarted mid-transfer starts the snapshot over from offset 0 and catches up', async () => {
  const c = new TestCluster(opts);
  try {
    const { leader, lagging, rank } = await laggingCluster(c);
    const file = lagging.cfg.file;
    let cut = false;
    let afterRestartFirstOffset = -1;
    let restarted = false;
    tapSnaps(c, (m) => {
      if (m.to !== lagging.nodeId) return m;
      if (restarted && afterRestartFirstOffset < 0) afterRestartFirstOffset = m.snapshot!.offsetBytes;
      if (!cut && m.snapshot!.offsetBytes >= 10 * CHUNK_BYTES) {
        cut = true;
        c.net.isolate(lagging.nodeId);
        return undefined;
      }
      return m;
    });
    c.net.heal();
    await waitFor('part of the snapshot received', () => cut, 10_000);
    const held = fs.statSync(file + '.snap-in').size;
    assert.ok(held >= 10 * CHUNK_BYTES, `the partial snapshot is on disk (${held} bytes), not in memory`);
    c.close(rank);
    const back = c.open(rank);
    assert.ok(!fs.existsSync(file + '.snap-in'), 'a restart deletes the partial file');
    restarted = true;
    c.net.heal();
    await (await leader.begin()).update([], 77_777n, b('after restart')).commit();
    await c.applied(leader.appliedIndex, [1, 2, 3], 10_000);
    assert.ok(afterRestartFirstOffset > 0, 'the leader first resumed from where it was');
    assert.deepEqual(back.state.dump(), leader.state.dump());
  } finally {
    c.shutdown();
  }
});

test('a corrupt snapshot file is refused (MalformedError) before anything changes, and deleted', () => {
  const { dir, cleanup } = tempDir();
  try {
    const src = SqliteStorage.open(path.join(dir, 'src.db'));
    const srcState = new RdbState(src.db);
    srcState.setConfState({ voters: [1 as never], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false });
    src.db.transaction(() => {
      srcState.tree.createRoot(KvsClass.Generic);
      for (let i = 0; i < 200; i++) srcState.tree.update([], new Uint8Array([i]), b(`value ${i}`));
    })();
    const good = srcState.dump();
    const file = path.join(dir, 'dst.db');
    const db = openSqlite(file);
    const state = new RdbState(db);
    const storage = new SqliteStorage(db, { restoreState: (s) => state.restore(s, 64), snapshotFile: file, liveSnapshot: () => assert.fail('not a leader') });
    const before = state.dump();
    const meta = { index: 50 as never, term: 2 as never, confState: srcState.confState };
    for (const at of [good.byteLength - 1, Math.floor(good.byteLength / 2), 20]) {
      const bad = good.slice();
      bad[at] = bad[at]! ^ 0xff;
      const sink = storage.newSnapshotSink(meta, bad.byteLength) as FileSnapshotSink;
      for (let off = 0; off < bad.byteLength; off += 100) sink.write(bad.subarray(off, off + 100));
      const data = sink.complete();
      assert.throws(() => storage.persist({ entries: [], snapshot: { meta, data } }), MalformedError, `corrupt byte ${at}`);
      assert.deepEqual(state.dump(), before, 'state unchanged');
      assert.equal(storage.firstIndex(), 1, 'log unchanged');
      assert.ok(!fs.existsSync(file + '.snap-in'), 'the refused file is deleted');
    }
    const truncated = storage.newSnapshotSink(meta, good.byteLength - 5);
    truncated.write(good.subarray(0, good.byteLength - 5));
    assert.throws(() => storage.persist({ entries: [], snapshot: { meta, data: truncated.complete() } }), MalformedError);
    const sink = storage.newSnapshotSink(meta, good.byteLength);
    sink.write(good);
    storage.persist({ entries: [], snapshot: { meta, data: sink.complete() } });
    assert.deepEqual(state.dump(), good, 'the intact snapshot installs');
    assert.equal(state.appliedIndex, 50);
    db.close();
    src.close();
  } finally {
    cleanup();
  }
});

test('closing the leader while it prepares a snapshot ends the preparation quietly and leaves no snapshot files', async () => {
  const c = new TestCluster({ ...opts, snapshotCopyPagesPerTurnMax: 1 });
  try {
    const { leader } = await laggingCluster(c);
    const file = leader.cfg.file;
    assert.throws(() => leader.storage.snapshot(), /being prepared/);
    await new Promise((r) => setImmediate(r));
    leader.close();
    await new Promise((r) => setTimeout(r, 100));
    const left = fs.readdirSync(path.dirname(file)).filter((n) => n.startsWith(path.basename(file) + '.snap-') && !n.includes('trash'));
    assert.deepEqual(left, [], 'neither the copy nor a served snapshot file is left');
  } finally {
    c.shutdown();
  }
});

test('a follower whose disk is full refuses the chunk without failing: bytes held stay, the leader resends, and it goes on when space comes back', () => {
  const { dir, cleanup } = tempDir();
  try {
    // A link to /dev/full: every write is ENOSPC, as on a full disk (and discard removes the link only).
    const link = path.join(dir, 'full.snap-in');
    fs.symlinkSync('/dev/full', link);
    const lines: string[] = [];
    const full = new FileSnapshotSink(link, (l) => lines.push(l));
    const before = snapshotFileStats.diskFullWrites;
    full.write(b('chunk one'));
    full.write(b('chunk one'));
    assert.equal(full.heldBytes, 0, 'a refused chunk is not held');
    assert.equal(snapshotFileStats.diskFullWrites, before + 2);
    assert.match(lines[0] ?? '', /disk full at 0 bytes/);
    full.discard();
    assert.ok(fs.existsSync('/dev/full'), 'discard removed the link, not the device');

    const sink = new FileSnapshotSink(path.join(dir, 'ok.snap-in'));
    sink.write(b('chunk one'));
    assert.equal(sink.heldBytes, 9, 'with space back, the resent chunk is held');
    const src = sink.complete() as FileSnapshotSource;
    assert.equal(new TextDecoder().decode(src.read(0, 100)), 'chunk one');
    src.close();
  } finally {
    cleanup();
  }
});
