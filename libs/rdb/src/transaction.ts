import { InvalidError } from '@daos-nats/base';
import type { Term } from '@daos-nats/raft';
import { keyBytes, type KeyLike, type KvsClass, type Path } from './keys.js';
import { KEY_BYTES_MAX, VALUE_BYTES_MAX, type IterateOptions, type KvsItem, type KvsReader } from './kvs-tree.js';
import type { ApplyResult } from './rdb-state.js';
import { PATH_DEPTH_MAX, TX_OPS_MAX, TxOpCode, type TxOp, type TxRecord } from './tx-codec.js';

export interface TxOptions {
  /** W3C traceparent of the caller's span, carried in the log entry. */
  readonly traceContext?: Uint8Array;
  /** Opaque client-operation tag (dedup of retried requests). */
  readonly clientOpTag?: Uint8Array;
}

/**
 * What a transaction needs of its replica, and nothing more (so transaction.ts does not import
 * replica.ts): a linearizable read point, the local state once that point is reached, and the
 * commit of one log entry. `Replica` implements it.
 */
export interface TransactionHost {
  /** Leadership of `term` confirmed and applied up to the read index (DER_NOTLEADER otherwise). */
  readBarrier(term: number): Promise<void>;
  /** The applied state, readable while this replica serves `term` (see `Replica.readLocal`). */
  readLocal(term: number): KvsReader;
  /** Replicate `tx` as one entry of `term` and resolve with its apply result. */
  commitTx(term: number, tx: TxRecord): Promise<ApplyResult>;
}

/**
 * A transaction bound to one term of one replica's leadership. Queries read committed state
 * only (never this transaction's own pending updates), each after confirming leadership.
 * Updates are buffered and become ONE log entry at commit(), which resolves once the entry is
 * applied, or rejects with its deterministic error, DER_NOTLEADER (leadership lost), DER_NOSPACE
 * or DER_TIMEDOUT.
 */
export class Transaction {
  private readonly ops: TxOp[] = [];
  private critical = false;
  private done = false;

  constructor(
    private readonly host: TransactionHost,
    readonly term: Term,
    private readonly opts: TxOptions = {},
  ) {}

  // ---- queries ----

  async lookup(path: Path, key: KeyLike): Promise<Uint8Array> {
    await this.verified();
    return this.host.readLocal(this.term).lookup(path, key);
  }

  async fetch(path: Path, which: 'first' | 'last'): Promise<KvsItem> {
    await this.verified();
    return this.host.readLocal(this.term).fetch(path, which);
  }

  async iterate(path: Path, o?: IterateOptions): Promise<KvsItem[]> {
    await this.verified();
    return this.host.readLocal(this.term).iterate(path, o);
  }

  private async verified(): Promise<void> {
    this.open();
    await this.host.readBarrier(this.term);
  }

  // ---- updates (buffered) ----

  createRoot(cls: KvsClass): this {
    return this.add({ op: TxOpCode.CreateRoot, cls });
  }
  destroyRoot(): this {
    return this.add({ op: TxOpCode.DestroyRoot }, true);
  }
  createKvs(path: Path, key: KeyLike, cls: KvsClass): this {
    return this.add({ op: TxOpCode.CreateKvs, path: path.map(keyBytes), key: keyBytes(key), cls });
  }
  destroyKvs(path: Path, key: KeyLike): this {
    return this.add({ op: TxOpCode.DestroyKvs, path: path.map(keyBytes), key: keyBytes(key) }, true);
  }
  update(path: Path, key: KeyLike, value: Uint8Array): this {
    return this.add({ op: TxOpCode.Update, path: path.map(keyBytes), key: keyBytes(key), value });
  }
  /** An update that must pass even when space is short (e.g. marking something for deletion). */
  updateCritical(path: Path, key: KeyLike, value: Uint8Array): this {
    return this.add({ op: TxOpCode.Update, path: path.map(keyBytes), key: keyBytes(key), value }, true);
  }
  delete(path: Path, key: KeyLike): this {
    return this.add({ op: TxOpCode.Delete, path: path.map(keyBytes), key: keyBytes(key) }, true);
  }

  get isCritical(): boolean {
    return this.critical;
  }

  /**
   * Refuse at once what every replica would refuse on decode (DER_INVAL), rather than replicate
   * an entry that can only fail. Class-specific key checks happen at apply.
   */
  private add(op: TxOp, critical = false): this {
    this.open();
    if (this.ops.length >= TX_OPS_MAX) throw new InvalidError(`a transaction holds at most ${TX_OPS_MAX} ops`);
    if ('path' in op) {
      if (op.path.length > PATH_DEPTH_MAX) throw new InvalidError(`path depth ${op.path.length}, limit ${PATH_DEPTH_MAX}`);
      for (const k of [...op.path, op.key])
        if (k.byteLength > KEY_BYTES_MAX) throw new InvalidError(`key is ${k.byteLength} bytes, limit ${KEY_BYTES_MAX}`);
    }
    if ('value' in op && (op.value.byteLength === 0 || op.value.byteLength > VALUE_BYTES_MAX))
      throw new InvalidError(`value is ${op.value.byteLength} bytes; values are 1..${VALUE_BYTES_MAX} bytes`);
    this.ops.push(op);
    this.critical ||= critical;
    return this;
  }

  /** Replicate the updates as one entry and wait for their apply result. */
  async commit(): Promise<ApplyResult | undefined> {
    this.open();
    this.done = true;
    if (this.ops.length === 0) return undefined;
    const res = await this.host.commitTx(this.term, {
      critical: this.critical,
      ops: this.ops,
      ...(this.opts.traceContext ? { traceContext: this.opts.traceContext } : {}),
      ...(this.opts.clientOpTag ? { clientOpTag: this.opts.clientOpTag } : {}),
    });
    if (res.error) throw res.error;
    return res;
  }

  /** Drop the pending updates; the transaction cannot be used again. */
  discard(): void {
    this.done = true;
  }

  private open(): void {
    if (this.done) throw new InvalidError('transaction already committed or discarded');
  }
}
