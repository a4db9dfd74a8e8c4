import { createHash } from 'node:crypto';
import { assert } from '@daos-nats/base';
import type { ConfState, SnapshotSource } from '@daos-nats/raft';
import { ByteWriter } from './byte-writer.js';
import { confStateFromJson, confStateToJson } from './conf-state-json.js';
import { isKvsClass, type KvsClass } from './keys.js';
import { KEY_BYTES_MAX, VALUE_BYTES_MAX } from './kvs-tree.js';
import { MalformedError } from './malformed-error.js';
import { SourceReader } from './source-reader.js';
import { BytesSnapshotSource } from '@daos-nats/raft';

/** 2: a SHA-256 of everything before it ends the snapshot (a chunk damaged in flight is caught). */
export const SNAPSHOT_FORMAT_VERSION = 2;
export const SNAPSHOT_CHECKSUM_BYTES = 32;
const CONF_BYTES_MAX = 64 * 1024;

export interface KvsRow {
  readonly id: number;
  readonly cls: KvsClass;
}
export interface KvRow {
  readonly kvs: number;
  readonly key: Uint8Array;
  readonly value: Uint8Array | null;
  readonly child: number | null;
}

/** The whole replicated state at one applied index: membership and every KVS with its items. */
export interface StateImage {
  readonly confState: ConfState;
  readonly kvs: readonly KvsRow[];
  readonly kv: readonly KvRow[];
}

/**
 * Layout (little-endian): u8 version, bytes membership JSON, u64 KVS count, (u64 id, u8 class)*,
 * u64 item count, (u64 kvs, bytes key, u8 tag, tag 0: bytes value | tag 1: u64 child id)*,
 * then the SHA-256 of all bytes before it (32 bytes).
 * Rows in id and (kvs, key) order, so equal states give byte-identical snapshots. The counts
 * come first, so an encoder streams the rows of a consistent read as it pages through them.
 */
export function encodeSnapshot(img: StateImage): Uint8Array {
  const w = new ByteWriter(4096);
  encodeSnapshotHead(w, img.confState);
  w.u64(img.kvs.length);
  for (const k of img.kvs) encodeKvsRow(w, k);
  w.u64(img.kv.length);
  for (const r of img.kv) encodeKvRow(w, r);
  const body = w.finish();
  const out = new Uint8Array(body.byteLength + SNAPSHOT_CHECKSUM_BYTES);
  out.set(body);
  out.set(createHash('sha256').update(body).digest(), body.byteLength);
  return out;
}

/** Version and membership; a u64 KVS count follows. */
export function encodeSnapshotHead(w: ByteWriter, confState: ConfState): void {
  w.u8(SNAPSHOT_FORMAT_VERSION).bytes(new TextEncoder().encode(confStateToJson(confState)));
}

export function encodeKvsRow(w: ByteWriter, k: KvsRow): void {
  w.u64(k.id).u8(k.cls);
}

export function encodeKvRow(w: ByteWriter, r: KvRow): void {
  w.u64(r.kvs).bytes(r.key);
  if (r.value !== null) w.u8(0).bytes(r.value);
  else {
    assert(r.child !== null, 'an item is a value or a child KVS');
    w.u8(1).u64(r.child);
  }
}

/** Where a decoder hands each row as soon as it is checked (rdb: straight into SQLite). */
export interface SnapshotRowSink {
  kvs(row: KvsRow): void;
  kv(row: KvRow): void;
}

/** Decode and check a whole snapshot held in memory (tests and tools). */
export function decodeSnapshot(data: Uint8Array): StateImage {
  const kvs: KvsRow[] = [];
  const kv: KvRow[] = [];
  const confState = decodeSnapshotStream(new BytesSnapshotSource(data), data.byteLength + 1, { kvs: (r) => kvs.push(r), kv: (r) => kv.push(r) });
  return { confState, kvs, kv };
}

/**
 * Decode a snapshot from its source, reading pieces of `pieceBytes`, handing each row to `out`
 * as it goes; returns the membership. Checks everything: ids unique and in order, every item in
 * an existing KVS, every child KVS referenced exactly once, no cycles back to the root. The last
 * check comes after the rows, so `out` must be undoable (a transaction the throw rolls back).
 * Memory: the KVS ids and child links (not the items).
 */
export function decodeSnapshotStream(src: SnapshotSource, pieceBytes: number, out: SnapshotRowSink): ConfState {
  const r = new SourceReader(src, 'rdb snapshot', pieceBytes, SNAPSHOT_CHECKSUM_BYTES);
  const version = r.u8('version');
  if (version !== SNAPSHOT_FORMAT_VERSION) throw r.fail(`format version ${version}, this build reads ${SNAPSHOT_FORMAT_VERSION}`);
  let confState: ConfState;
  try {
    confState = confStateFromJson(new TextDecoder().decode(r.bytes('membership', CONF_BYTES_MAX)));
  } catch (e) {
    if (e instanceof MalformedError) throw e;
    throw new MalformedError(`rdb snapshot: bad membership: ${(e as Error).message}`, { cause: e });
  }
  const classes = decodeKvsRows(r, out);
  const children = decodeKvRows(r, classes, out);
  const digest = r.digest();
  const stored = r.raw('checksum', SNAPSHOT_CHECKSUM_BYTES);
  if (Buffer.compare(digest, stored) !== 0) throw r.fail('checksum mismatch: the snapshot was damaged');
  r.end();
  // Every KVS must hang off the root: walk down from it (children are referenced once, so this ends).
  let reached = 0;
  const todo = classes.size > 0 ? [1] : [];
  while (todo.length > 0) {
    reached++;
    todo.push(...(children.get(todo.pop()!) ?? []));
  }
  if (reached !== classes.size) throw r.fail(`${classes.size - reached} KVSs are not reachable from the root`);
  return confState;
}

function decodeKvsRows(r: SourceReader, out: SnapshotRowSink): Map<number, KvsClass> {
  const kvsCount = r.u64('KVS count');
  if (kvsCount * 9 > r.remaining) throw r.fail(`KVS count ${kvsCount} exceeds the bytes left`);
  const classes = new Map<number, KvsClass>();
  let prev = 0;
  for (let i = 0; i < kvsCount; i++) {
    const id = r.u64(`KVS ${i} id`);
    const cls = r.u8(`KVS ${i} class`);
    if (!isKvsClass(cls)) throw r.fail(`KVS ${id}: unknown class ${cls}`);
    if (id < 1 || (i > 0 && id <= prev)) throw r.fail(`KVS ids must start at 1 and increase, got ${id}`);
    if (i === 0 && id !== 1) throw r.fail('KVSs exist but the root (id 1) does not');
    prev = id;
    classes.set(id, cls);
    out.kvs({ id, cls });
  }
  return classes;
}

function decodeKvRows(r: SourceReader, classes: ReadonlyMap<number, KvsClass>, out: SnapshotRowSink): Map<number, number[]> {
  const itemCount = r.u64('item count');
  if (itemCount * 14 > r.remaining) throw r.fail(`item count ${itemCount} exceeds the bytes left`);
  const referenced = new Set<number>();
  const children = new Map<number, number[]>();
  for (let i = 0; i < itemCount; i++) {
    const owner = r.u64(`item ${i} KVS`);
    if (!classes.has(owner)) throw r.fail(`item ${i} belongs to KVS ${owner}, which does not exist`);
    const key = r.bytes(`item ${i} key`, KEY_BYTES_MAX);
    const tag = r.u8(`item ${i} tag`);
    if (tag === 0) {
      const value = r.bytes(`item ${i} value`, VALUE_BYTES_MAX);
      if (value.byteLength === 0) throw r.fail(`item ${i} has an empty value`);
      out.kv({ kvs: owner, key, value, child: null });
    } else if (tag === 1) {
      const child = r.u64(`item ${i} child`);
      if (!classes.has(child) || child === 1 || referenced.has(child) || child === owner)
        throw r.fail(`item ${i} names child KVS ${child}: missing, the root, or referenced twice`);
      referenced.add(child);
      const list = children.get(owner);
      if (list) list.push(child);
      else children.set(owner, [child]);
      out.kv({ kvs: owner, key, value: null, child });
    } else throw r.fail(`item ${i}: unknown tag ${tag}`);
  }
  return children;
}
