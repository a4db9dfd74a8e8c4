import { assert, ExistError, InvalidError, MismatchError, NonexistError } from '@daos-nats/base';
import { checkKey, isKvsClass, keyBytes, KvsClass, type KeyLike, type Path } from './keys.js';
import type { SqliteDb } from './sqlite-file.js';
import { bytes } from './sqlite-storage.js';

/**
 * Format limits: every replica must judge a key or value the same way, so these are constants of
 * the format, not configuration.
 */
export const KEY_BYTES_MAX = 4096;
export const VALUE_BYTES_MAX = 4 * 1024 * 1024;
/** Entries one iterate() returns at most, whatever the caller asks. */
export const ITERATE_ITEMS_MAX = 100_000;

/** The root KVS's id; other KVSs get ids allocated in apply order, so every replica agrees. */
const ROOT_ID = 1;

/** One entry of a KVS: a value, or a child KVS of some class. */
export interface KvsItem {
  readonly key: Uint8Array;
  readonly value?: Uint8Array;
  readonly kvsClass?: KvsClass;
}

export interface IterateOptions {
  /** Lower bound: keys > gt (or >= ge). */
  readonly gt?: KeyLike;
  readonly ge?: KeyLike;
  /** Upper bound: keys < lt (or <= le). */
  readonly lt?: KeyLike;
  readonly le?: KeyLike;
  /** Largest key first. */
  readonly reverse?: boolean;
  /** At most this many items (capped at ITERATE_ITEMS_MAX). */
  readonly limitItems?: number;
}

interface Row {
  key: Buffer;
  value: Buffer | null;
  child: number | null;
}

/**
 * The tree of KVSs over the `kvs` and `kv` tables of an rdb file. Synchronous, no transactions
 * of its own: the caller (apply, or a query) decides the SQLite transaction it runs in.
 * Errors are the deterministic ones: DER_NONEXIST, DER_EXIST, DER_MISMATCH (a value where a KVS
 * is needed or the reverse), DER_INVAL (a bad key, value or class).
 */
/** The read side of a KVS tree: what a caller of `Replica.readLocal` may do. */
export type KvsReader = Pick<KvsTree, 'lookup' | 'fetch' | 'iterate'>;

export class KvsTree {
  private readonly st;
  private readonly iterStmts = new Map<string, ReturnType<SqliteDb['prepare']>>();

  constructor(private readonly db: SqliteDb) {
    this.st = {
      kvsClass: db.prepare('SELECT class FROM kvs WHERE id = ?').pluck(),
      get: db.prepare('SELECT key, value, child FROM kv WHERE kvs = ? AND key = ?'),
      put: db.prepare('INSERT OR REPLACE INTO kv (kvs, key, value, child) VALUES (?, ?, ?, ?)'),
      del: db.prepare('DELETE FROM kv WHERE kvs = ? AND key = ?'),
      newKvs: db.prepare('INSERT INTO kvs (id, class) VALUES (?, ?)'),
      maxId: db.prepare('SELECT max(id) FROM kvs').pluck(),
      subtree: db.prepare(`WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL
        SELECT kv.child FROM kv JOIN sub ON kv.kvs = sub.id WHERE kv.child IS NOT NULL) SELECT id FROM sub`).pluck(),
      dropKvs: db.prepare('DELETE FROM kvs WHERE id = ?'),
      dropItems: db.prepare('DELETE FROM kv WHERE kvs = ?'),
    };
  }

  // ---- queries ----

  rootExists(): boolean {
    return this.st.kvsClass.get(ROOT_ID) !== undefined;
  }

  /** The class of the KVS at `path` (DER_NONEXIST if absent, DER_MISMATCH if a value is on the way). */
  classOf(path: Path): KvsClass {
    return this.resolve(path).cls;
  }

  /** The value of `key` in the KVS at `path`. */
  lookup(path: Path, key: KeyLike): Uint8Array {
    const kvs = this.resolve(path);
    const k = this.key(kvs.cls, key);
    const row = this.st.get.get(kvs.id, k) as Row | undefined;
    if (!row) throw new NonexistError(`no key ${show(k)} in ${showPath(path)}`);
    if (row.value === null) throw new MismatchError(`key ${show(k)} in ${showPath(path)} is a KVS, not a value`);
    return bytes(row.value);
  }

  /** The first (or last) item of the KVS at `path` in its order; DER_NONEXIST if it is empty. */
  fetch(path: Path, which: 'first' | 'last'): KvsItem {
    const [item] = this.iterate(path, { reverse: which === 'last', limitItems: 1 });
    if (!item) throw new NonexistError(`${showPath(path)} is empty`);
    return item;
  }

  /** Items of the KVS at `path` in key order (or reverse), within the bounds, at most limitItems. */
  iterate(path: Path, o: IterateOptions = {}): KvsItem[] {
    const kvs = this.resolve(path);
    if ((o.gt !== undefined && o.ge !== undefined) || (o.lt !== undefined && o.le !== undefined))
      throw new InvalidError('iterate takes at most one lower bound (gt or ge) and one upper bound (lt or le)');
    const limit = o.limitItems ?? ITERATE_ITEMS_MAX;
    if (!Number.isSafeInteger(limit) || limit < 0) throw new InvalidError(`limitItems must be a non-negative integer, got ${limit}`);
    const lower = o.gt !== undefined ? '>' : o.ge !== undefined ? '>=' : '';
    const upper = o.lt !== undefined ? '<' : o.le !== undefined ? '<=' : '';
    const shape = `${lower}|${upper}|${o.reverse ? 'desc' : 'asc'}`;
    let stmt = this.iterStmts.get(shape);
    if (!stmt) {
      const where = ['kvs = @kvs', lower && `key ${lower} @lo`, upper && `key ${upper} @hi`].filter(Boolean).join(' AND ');
      stmt = this.db.prepare(`SELECT key, value, child FROM kv WHERE ${where} ORDER BY key ${o.reverse ? 'DESC' : 'ASC'} LIMIT @limit`);
      this.iterStmts.set(shape, stmt);
    }
    const params: Record<string, unknown> = { kvs: kvs.id, limit: Math.min(limit, ITERATE_ITEMS_MAX) };
    const lo = o.gt ?? o.ge;
    const hi = o.lt ?? o.le;
    if (lo !== undefined) params['lo'] = keyBytes(lo);
    if (hi !== undefined) params['hi'] = keyBytes(hi);
    return (stmt.all(params) as Row[]).map((r) => this.item(r));
  }

  // ---- updates ----

  createRoot(cls: KvsClass): void {
    if (!isKvsClass(cls)) throw new InvalidError(`unknown KVS class ${cls}`);
    if (this.rootExists()) throw new ExistError('the root KVS already exists');
    this.st.newKvs.run(ROOT_ID, cls);
  }

  /** Destroy the root and everything under it. */
  destroyRoot(): void {
    if (!this.rootExists()) throw new NonexistError('there is no root KVS');
    this.dropSubtree(ROOT_ID);
  }

  createKvs(path: Path, key: KeyLike, cls: KvsClass): void {
    if (!isKvsClass(cls)) throw new InvalidError(`unknown KVS class ${cls}`);
    const parent = this.resolve(path);
    const k = this.key(parent.cls, key);
    if (this.st.get.get(parent.id, k)) throw new ExistError(`key ${show(k)} already exists in ${showPath(path)}`);
    const id = Math.max(ROOT_ID, (this.st.maxId.get() as number | null) ?? 0) + 1;
    this.st.newKvs.run(id, cls);
    this.st.put.run(parent.id, k, null, id);
  }

  /** Destroy the child KVS `key` of the KVS at `path`, and everything under it. */
  destroyKvs(path: Path, key: KeyLike): void {
    const parent = this.resolve(path);
    const k = this.key(parent.cls, key);
    const row = this.st.get.get(parent.id, k) as Row | undefined;
    if (!row) throw new NonexistError(`no KVS ${show(k)} in ${showPath(path)}`);
    if (row.child === null) throw new MismatchError(`key ${show(k)} in ${showPath(path)} is a value, not a KVS`);
    this.dropSubtree(row.child);
    this.st.del.run(parent.id, k);
  }

  /** Set `key` to a value (creating or replacing a value; a child KVS is never replaced). */
  update(path: Path, key: KeyLike, value: Uint8Array): void {
    const kvs = this.resolve(path);
    const k = this.key(kvs.cls, key);
    if (value.byteLength === 0) throw new InvalidError('a value must not be empty');
    if (value.byteLength > VALUE_BYTES_MAX) throw new InvalidError(`value is ${value.byteLength} bytes, limit ${VALUE_BYTES_MAX}`);
    const row = this.st.get.get(kvs.id, k) as Row | undefined;
    if (row && row.child !== null) throw new MismatchError(`key ${show(k)} in ${showPath(path)} is a KVS; destroy it first`);
    this.st.put.run(kvs.id, k, value, null);
  }

  delete(path: Path, key: KeyLike): void {
    const kvs = this.resolve(path);
    const k = this.key(kvs.cls, key);
    const row = this.st.get.get(kvs.id, k) as Row | undefined;
    if (!row) throw new NonexistError(`no key ${show(k)} in ${showPath(path)}`);
    if (row.child !== null) throw new MismatchError(`key ${show(k)} in ${showPath(path)} is a KVS; use destroyKvs`);
    this.st.del.run(kvs.id, k);
  }

  // ---- internals ----

  private resolve(path: Path): { id: number; cls: KvsClass } {
    let cls = this.st.kvsClass.get(ROOT_ID) as KvsClass | undefined;
    if (cls === undefined) throw new NonexistError('there is no root KVS');
    let id = ROOT_ID;
    for (let d = 0; d < path.length; d++) {
      const k = this.key(cls, path[d]!);
      const row = this.st.get.get(id, k) as Row | undefined;
      if (!row) throw new NonexistError(`no KVS ${showPath(path.slice(0, d + 1))}`);
      if (row.child === null) throw new MismatchError(`${showPath(path.slice(0, d + 1))} is a value, not a KVS`);
      id = row.child;
      cls = this.st.kvsClass.get(id) as KvsClass;
      assert(cls !== undefined, `KVS ${id} referenced from ${showPath(path.slice(0, d + 1))} exists`);
    }
    return { id, cls };
  }

  private key(cls: KvsClass, key: KeyLike): Uint8Array {
    const k = keyBytes(key);
    checkKey(cls, k, KEY_BYTES_MAX);
    return k;
  }

  private item(r: Row): KvsItem {
    if (r.value !== null) return { key: bytes(r.key), value: bytes(r.value) };
    return { key: bytes(r.key), kvsClass: this.st.kvsClass.get(r.child) as KvsClass };
  }

  private dropSubtree(id: number): void {
    for (const sub of this.st.subtree.all(id) as number[]) {
      this.st.dropItems.run(sub);
      this.st.dropKvs.run(sub);
    }
  }
}

function show(k: Uint8Array): string {
  const printable = k.every((c) => c >= 0x20 && c < 0x7f);
  return printable ? JSON.stringify(new TextDecoder().decode(k)) : `0x${Buffer.from(k).toString('hex')}`;
}

function showPath(path: Path): string {
  return '/' + path.map((k) => show(keyBytes(k))).join('/');
}
