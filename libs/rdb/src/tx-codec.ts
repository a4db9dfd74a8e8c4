import { unreachable } from '@daos-nats/base';
import { ByteReader } from './byte-reader.js';
import { ByteWriter } from './byte-writer.js';
import { isKvsClass, type KvsClass } from './keys.js';
import { KEY_BYTES_MAX, VALUE_BYTES_MAX } from './kvs-tree.js';

/** Op codes as in DAOS rdb_tx.c, so a log reads the same to someone who knows DAOS. */
export enum TxOpCode {
  CreateRoot = 1,
  DestroyRoot = 2,
  CreateKvs = 3,
  DestroyKvs = 4,
  Update = 5,
  Delete = 6,
}

export type TxOp =
  | { readonly op: TxOpCode.CreateRoot; readonly cls: KvsClass }
  | { readonly op: TxOpCode.DestroyRoot }
  | { readonly op: TxOpCode.CreateKvs; readonly path: readonly Uint8Array[]; readonly key: Uint8Array; readonly cls: KvsClass }
  | { readonly op: TxOpCode.DestroyKvs; readonly path: readonly Uint8Array[]; readonly key: Uint8Array }
  | { readonly op: TxOpCode.Update; readonly path: readonly Uint8Array[]; readonly key: Uint8Array; readonly value: Uint8Array }
  | { readonly op: TxOpCode.Delete; readonly path: readonly Uint8Array[]; readonly key: Uint8Array };

/** One transaction: the whole content of one raft log entry. */
export interface TxRecord {
  /** Destroys and deletes make a transaction critical: it passes the space guard. */
  readonly critical: boolean;
  readonly ops: readonly TxOp[];
  /** W3C traceparent of the span that committed it, so apply can be traced to the request. */
  readonly traceContext?: Uint8Array;
  /** An opaque client-operation tag (dedup of retried requests, libs/rsvc). */
  readonly clientOpTag?: Uint8Array;
}

/** Format version 1; a decoder refuses any other. */
export const TX_FORMAT_VERSION = 1;
export const TX_OPS_MAX = 65_536;
export const PATH_DEPTH_MAX = 32;
export const TRACE_CONTEXT_BYTES_MAX = 512;
export const CLIENT_OP_TAG_BYTES_MAX = 256;

const FLAG_CRITICAL = 1;
const FLAG_TRACE = 2;
const FLAG_TAG = 4;
const FLAGS_KNOWN = FLAG_CRITICAL | FLAG_TRACE | FLAG_TAG;

/**
 * Layout (little-endian): u8 version, u8 flags, [bytes trace], [bytes tag], u32 op count, ops.
 * An op is u8 code then its fields; bytes are u32 length + data; a path is u32 depth + keys.
 */
export function encodeTx(tx: TxRecord): Uint8Array {
  const w = new ByteWriter(256);
  const flags = (tx.critical ? FLAG_CRITICAL : 0) | (tx.traceContext ? FLAG_TRACE : 0) | (tx.clientOpTag ? FLAG_TAG : 0);
  w.u8(TX_FORMAT_VERSION).u8(flags);
  if (tx.traceContext) w.bytes(tx.traceContext);
  if (tx.clientOpTag) w.bytes(tx.clientOpTag);
  w.u32(tx.ops.length);
  for (const op of tx.ops) {
    w.u8(op.op);
    switch (op.op) {
      case TxOpCode.CreateRoot:
        w.u8(op.cls);
        break;
      case TxOpCode.DestroyRoot:
        break;
      case TxOpCode.CreateKvs:
        writePath(w, op.path).bytes(op.key).u8(op.cls);
        break;
      case TxOpCode.Update:
        writePath(w, op.path).bytes(op.key).bytes(op.value);
        break;
      case TxOpCode.DestroyKvs:
      case TxOpCode.Delete:
        writePath(w, op.path).bytes(op.key);
        break;
      default:
        unreachable(op, 'tx op');
    }
  }
  return w.finish();
}

function writePath(w: ByteWriter, path: readonly Uint8Array[]): ByteWriter {
  w.u32(path.length);
  for (const k of path) w.bytes(k);
  return w;
}

/** Decode and validate a transaction; malformed bytes throw MalformedError (DER_INVAL) saying why. */
export function decodeTx(data: Uint8Array): TxRecord {
  const r = new ByteReader(data, 'rdb transaction');
  const version = r.u8('version');
  if (version !== TX_FORMAT_VERSION) throw r.fail(`format version ${version}, this build reads ${TX_FORMAT_VERSION}`);
  const flags = r.u8('flags');
  if ((flags & ~FLAGS_KNOWN) !== 0) throw r.fail(`unknown flags 0x${flags.toString(16)}`);
  const traceContext = flags & FLAG_TRACE ? r.bytes('trace context', TRACE_CONTEXT_BYTES_MAX) : undefined;
  const clientOpTag = flags & FLAG_TAG ? r.bytes('client op tag', CLIENT_OP_TAG_BYTES_MAX) : undefined;
  const n = r.u32('op count');
  if (n === 0 || n > TX_OPS_MAX) throw r.fail(`op count ${n} outside [1, ${TX_OPS_MAX}]`);
  const ops: TxOp[] = [];
  for (let i = 0; i < n; i++) ops.push(readOp(r, i));
  r.end();
  const tx: { -readonly [K in keyof TxRecord]: TxRecord[K] } = { critical: (flags & FLAG_CRITICAL) !== 0, ops };
  if (traceContext) tx.traceContext = traceContext;
  if (clientOpTag) tx.clientOpTag = clientOpTag;
  return tx;
}

function readOp(r: ByteReader, i: number): TxOp {
  const code = r.u8(`op ${i} code`);
  const cls = (): KvsClass => {
    const c = r.u8(`op ${i} class`);
    if (!isKvsClass(c)) throw r.fail(`op ${i}: unknown KVS class ${c}`);
    return c;
  };
  const path = (): Uint8Array[] => {
    const depth = r.u32(`op ${i} path depth`);
    if (depth > PATH_DEPTH_MAX) throw r.fail(`op ${i}: path depth ${depth}, limit ${PATH_DEPTH_MAX}`);
    return Array.from({ length: depth }, (_, d) => r.bytes(`op ${i} path key ${d}`, KEY_BYTES_MAX));
  };
  const key = () => r.bytes(`op ${i} key`, KEY_BYTES_MAX);
  switch (code) {
    case TxOpCode.CreateRoot:
      return { op: code, cls: cls() };
    case TxOpCode.DestroyRoot:
      return { op: code };
    case TxOpCode.CreateKvs: {
      const p = path();
      const k = key();
      return { op: code, path: p, key: k, cls: cls() };
    }
    case TxOpCode.Update: {
      const p = path();
      const k = key();
      return { op: code, path: p, key: k, value: r.bytes(`op ${i} value`, VALUE_BYTES_MAX) };
    }
    case TxOpCode.DestroyKvs:
    case TxOpCode.Delete: {
      const p = path();
      return { op: code, path: p, key: key() };
    }
    default:
      throw r.fail(`op ${i}: unknown op code ${code}`);
  }
}
