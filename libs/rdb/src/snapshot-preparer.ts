import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { assert } from '@daos-nats/base';
import type { LogIndex, Snapshot, Term } from '@daos-nats/raft';
import { ByteWriter } from './byte-writer.js';
import { confStateFromJson } from './conf-state-json.js';
import type { KvsClass } from './keys.js';
import { encodeKvRow, encodeKvsRow, encodeSnapshotHead } from './snapshot-codec.js';
import { discardFile, FileSnapshotSource, SNAPSHOT_COPY_SUFFIX, SNAPSHOT_OUT_SUFFIX } from './snapshot-file.js';
import type { SqliteDb } from './sqlite-file.js';
import { bytes } from './sqlite-storage.js';

/** How much one event-loop turn of snapshot preparation may do. */
export interface SnapshotPrepareLimits {
  /** SQLite pages copied per turn while the consistent copy is taken. */
  readonly snapshotCopyPagesPerTurnMax: number;
  /** Rows encoded per turn from that copy into the snapshot file. */
  readonly snapshotRowsPerTurnMax: number;
}

/** A snapshot whose bytes are a file the leader serves chunks from. */
export interface FileSnapshot extends Snapshot {
  readonly data: FileSnapshotSource;
}

/**
 * Prepare the snapshot a lagging follower gets, in bounded steps off the critical path:
 *  1. a consistent copy of the replica's file at one applied index, by SQLite's online backup,
 *     a few pages per turn (the file is locked EXCLUSIVE, so a second reader cannot open it;
 *     writes the replica makes meanwhile go into the copy too, so it ends consistent);
 *  2. the copy's state encoded into `<file>.snap-out`, N rows per turn by key order.
 * The copy is deleted at the end. `cancelled` is asked every turn (the replica closed).
 */
export async function prepareSnapshot(db: SqliteDb, file: string, limits: SnapshotPrepareLimits, cancelled: () => boolean): Promise<FileSnapshot> {
  const copyPath = file + SNAPSHOT_COPY_SUFFIX;
  const outPath = file + SNAPSHOT_OUT_SUFFIX;
  for (const j of ['', '-wal', '-shm', '-journal']) discardFile(copyPath + j);
  const flusher = backgroundFlusher(copyPath);
  try {
    await db.backup(copyPath, { progress: () => (flusher(), limits.snapshotCopyPagesPerTurnMax) });
    if (cancelled()) throw new Error('snapshot preparation cancelled: the replica closed');
  } catch (e) {
    // Closing the replica's connection ends a backup in progress with an error: drop the copy.
    for (const j of ['', '-wal', '-shm', '-journal']) discardFile(copyPath + j);
    throw e;
  }
  const copy = new Database(copyPath, { timeout: 0 });
  // A fresh path: an older snapshot file may still be open for a follower being sent it.
  discardFile(outPath);
  const fd = fs.openSync(outPath, 'w');
  try {
    const meta = readMeta(copy);
    const total = await encodeRows(copy, fd, meta.confJson, limits, cancelled);
    fs.closeSync(fd);
    return { meta: { index: meta.index, term: meta.term, confState: confStateFromJson(meta.confJson) }, data: new FileSnapshotSource(outPath, total) };
  } catch (e) {
    try {
      fs.closeSync(fd);
    } catch {
      // already closed
    }
    discardFile(outPath);
    throw e;
  } finally {
    copy.close();
    for (const j of ['', '-wal', '-shm', '-journal']) discardFile(copyPath + j);
  }
}

function readMeta(copy: Database.Database): { index: LogIndex; term: Term; confJson: string } {
  const applied = copy.prepare('SELECT idx, conf FROM applied WHERE id = 0').get() as { idx: number; conf: string };
  const base = copy.prepare('SELECT idx, term FROM log_base WHERE id = 0').get() as { idx: number; term: number };
  const term = applied.idx === base.idx ? base.term : (copy.prepare('SELECT term FROM log WHERE idx = ?').pluck().get(applied.idx) as number | undefined);
  assert(term !== undefined, `applied index ${applied.idx} is neither the log base ${base.idx} nor in the log`);
  return { index: applied.idx as LogIndex, term: term as Term, confJson: applied.conf };
}

async function encodeRows(copy: Database.Database, fd: number, confJson: string, limits: SnapshotPrepareLimits, cancelled: () => boolean): Promise<number> {
  const n = limits.snapshotRowsPerTurnMax;
  const kvsPage = copy.prepare('SELECT id, class AS cls FROM kvs WHERE id > ? ORDER BY id LIMIT ?');
  const kvPage = copy.prepare('SELECT kvs, key, value, child FROM kv WHERE (kvs, key) > (?, ?) ORDER BY kvs, key LIMIT ?');
  let at = 0;
  const hash = createHash('sha256');
  const write = (b: Uint8Array) => {
    fs.writeSync(fd, b, 0, b.byteLength, at);
    at += b.byteLength;
  };
  const flush = (w: ByteWriter) => {
    const b = w.finish();
    hash.update(b);
    write(b);
  };
  const head = new ByteWriter(1024);
  encodeSnapshotHead(head, confStateFromJson(confJson));
  const kvsCount = await countKvsRows(copy, n, cancelled);
  head.u64(kvsCount);
  flush(head);
  let lastId = 0;
  for (let written = 0; written < kvsCount; ) {
    if (cancelled()) throw new Error('snapshot preparation cancelled: the replica closed');
    const rows = kvsPage.all(lastId, n) as { id: number; cls: KvsClass }[];
    assert(rows.length > 0, `the copy lost KVS rows after ${written} of ${kvsCount}`);
    const w = new ByteWriter(16 * rows.length);
    for (const r of rows) encodeKvsRow(w, r);
    flush(w);
    written += rows.length;
    lastId = rows[rows.length - 1]!.id;
    await nextTurn();
  }
  const itemCount = await countKvRows(copy, n, cancelled);
  flush(new ByteWriter(8).u64(itemCount));
  let last: [number, Uint8Array] = [-1, new Uint8Array(0)];
  for (let written = 0; written < itemCount; ) {
    if (cancelled()) throw new Error('snapshot preparation cancelled: the replica closed');
    const rows = kvPage.all(last[0], last[1], n) as { kvs: number; key: Buffer; value: Buffer | null; child: number | null }[];
    assert(rows.length > 0, `the copy lost item rows after ${written} of ${itemCount}`);
    const w = new ByteWriter(4096);
    for (const r of rows) encodeKvRow(w, { kvs: r.kvs, key: bytes(r.key), value: r.value && bytes(r.value), child: r.child });
    flush(w);
    written += rows.length;
    const end = rows[rows.length - 1]!;
    last = [end.kvs, end.key];
    await nextTurn();
  }
  write(hash.digest());
  return at;
}

/**
 * The counts precede the rows in the format, and count(*) over a large table is one long
 * statement: count in pages of `n` rows instead, one page per turn, by key order.
 */
async function countKvsRows(copy: Database.Database, n: number, cancelled: () => boolean): Promise<number> {
  const nth = copy.prepare('SELECT id FROM kvs WHERE id > ? ORDER BY id LIMIT 1 OFFSET ?').pluck();
  const rest = copy.prepare('SELECT count(*) FROM (SELECT 1 FROM kvs WHERE id > ? LIMIT ?)').pluck();
  let count = 0;
  for (let after = 0; ; ) {
    if (cancelled()) throw new Error('snapshot preparation cancelled: the replica closed');
    const last = nth.get(after, n - 1) as number | undefined;
    if (last === undefined) return count + (rest.get(after, n) as number);
    count += n;
    after = last;
    await nextTurn();
  }
}

async function countKvRows(copy: Database.Database, n: number, cancelled: () => boolean): Promise<number> {
  const nth = copy.prepare('SELECT kvs, key FROM kv WHERE (kvs, key) > (?, ?) ORDER BY kvs, key LIMIT 1 OFFSET ?');
  const rest = copy.prepare('SELECT count(*) FROM (SELECT 1 FROM kv WHERE (kvs, key) > (?, ?) LIMIT ?)').pluck();
  let count = 0;
  for (let after: [number, Uint8Array] = [-1, new Uint8Array(0)]; ; ) {
    if (cancelled()) throw new Error('snapshot preparation cancelled: the replica closed');
    const last = nth.get(after[0], after[1], n - 1) as { kvs: number; key: Buffer } | undefined;
    if (last === undefined) return count + (rest.get(after[0], after[1], n) as number);
    count += n;
    after = [last.kvs, last.key];
    await nextTurn();
  }
}

/**
 * SQLite fsyncs the copy when the backup ends, in one step on the event loop: with the whole
 * copy dirty in the page cache that step stalled 250 ms for 50 MB. Flushing it as it grows, on
 * libuv's thread pool (one fdatasync in flight), leaves that last fsync little to do.
 */
function backgroundFlusher(file: string): () => void {
  let inFlight = false;
  return () => {
    if (inFlight) return;
    let fd: number;
    try {
      fd = fs.openSync(file, 'r');
    } catch {
      return; // not created yet
    }
    inFlight = true;
    fs.fdatasync(fd, () => {
      fs.closeSync(fd);
      inFlight = false;
    });
  };
}
