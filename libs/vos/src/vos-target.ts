// The versioned object store of one target (DAOS VOS): one SQLite file, one writer (the target's
// xstream). Every version is a row stamped with its epoch; reads at an epoch see the latest
// version at or below it that no punch at or below it hides.
import Database from 'better-sqlite3';
import { assert, InvalidError, NoSpaceError } from '@daos-nats/base';
import { neededVersions, type VersionRec } from './needed-versions.js';
import { DEFAULT_VOS_LIMITS, type VosLimits } from './vos-limits.js';
import { RecordTooBigError } from './vos-errors.js';
import { checkCont, checkEpoch, checkExtents, checkKey, checkOid, objKey, type Extent } from './vos-validate.js';
import { VOS_SCHEMA } from './vos-schema.js';
import { VosRebuildIo } from './vos-rebuild.js';

export interface VosOpenOptions {
  /** Bytes this target may hold (keys, data and per-record overhead); DER_NOSPACE before any write beyond. */
  readonly capacityBytes: number;
  readonly limits?: Partial<VosLimits>;
}

/** One update: a single value (`value`) or extents of a byte array (`extents`), never both. */
export interface VosUpdate {
  /** Container uuid: objects of different containers never meet. */
  readonly cont: string;
  readonly oid: string;
  readonly dkey: Uint8Array;
  readonly akey: Uint8Array;
  readonly epoch: bigint;
  readonly value?: Uint8Array;
  readonly extents?: readonly Extent[];
}

/** Punch of a whole object (no dkey), a dkey (no akey) or an akey. */
export interface VosPunch {
  readonly cont: string;
  readonly oid: string;
  readonly dkey?: Uint8Array;
  readonly akey?: Uint8Array;
  readonly epoch: bigint;
}

export interface VosSpace {
  readonly capacityBytes: number;
  readonly usedBytes: number;
  readonly freeBytes: number;
}

/** A page of keys; `anchor` is where the next page starts, absent at the end. */
export interface VosListPage {
  readonly keys: Uint8Array[];
  readonly anchor?: Uint8Array;
}

export interface AggregateResult {
  readonly versionsRemoved: number;
  readonly punchesRemoved: number;
  readonly bytesFreed: number;
}

const KIND_SINGLE = 0;
const KIND_ARRAY = 1;
type Row = Record<string, unknown>;
const num = (v: unknown): number => Number(v as bigint);
const bytes = (v: unknown): Uint8Array => new Uint8Array(v as Buffer);

export class VosTarget {
  readonly limits: VosLimits;
  private readonly db: Database.Database;
  private readonly capacityBytes: number;
  private readonly q: ReturnType<typeof prepare>;
  private rebuild: VosRebuildIo | undefined;

  private constructor(db: Database.Database, opts: VosOpenOptions) {
    this.db = db;
    this.limits = { ...DEFAULT_VOS_LIMITS, ...opts.limits };
    assert(Number.isSafeInteger(opts.capacityBytes) && opts.capacityBytes > 0, 'capacityBytes is a positive integer');
    this.capacityBytes = opts.capacityBytes;
    this.q = prepare(db);
  }

  /** Opens (creating if need be) the store in `path`. Writes are synced before they return (acknowledged = durable). */
  static open(path: string, opts: VosOpenOptions): VosTarget {
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.defaultSafeIntegers(true);
    db.exec(VOS_SCHEMA);
    return new VosTarget(db, opts);
  }

  close(): void {
    this.db.close();
  }

  /** Rebuild's scan, export and import of this store (vos-rebuild.ts), with this store's space accounting. */
  rebuildIo(): VosRebuildIo {
    this.rebuild ??= new VosRebuildIo(this.db, this.limits, (delta) => this.reserve(delta));
    return this.rebuild;
  }

  space(): VosSpace {
    const used = this.usedBytes();
    return { capacityBytes: this.capacityBytes, usedBytes: used, freeBytes: Math.max(0, this.capacityBytes - used) };
  }

  /** Writes one version. Bad input, a type clash with the akey's existing versions or no space: an error and nothing written. */
  update(u: VosUpdate): void {
    const key = objKey(u.cont, u.oid);
    checkKey('dkey', u.dkey, this.limits);
    checkKey('akey', u.akey, this.limits);
    checkEpoch(u.epoch);
    if ((u.value === undefined) === (u.extents === undefined)) throw new InvalidError('an update carries either a single value or extents');
    const kind = u.value !== undefined ? KIND_SINGLE : KIND_ARRAY;
    if (u.value !== undefined) {
      if (!(u.value instanceof Uint8Array)) throw new InvalidError('value must be bytes');
      if (u.value.length > this.limits.valueBytesMax) throw new RecordTooBigError(`value of ${u.value.length} bytes is over valueBytesMax ${this.limits.valueBytesMax}`);
    } else checkExtents(u.extents!, this.limits);
    const keyCost = this.limits.recordOverheadBytes + u.dkey.length + u.akey.length;
    this.db.transaction(() => {
      const existing = this.q.kindOf.get(key, u.dkey, u.akey) as Row | undefined;
      if (existing && num(existing['kind']) !== kind) throw new InvalidError(`akey holds ${kind === KIND_SINGLE ? 'an array' : 'a single value'}; cannot write the other type`);
      if (kind === KIND_SINGLE) this.putSingle(key, u, keyCost);
      else this.putExtents(key, u, keyCost);
    })();
  }

  private putSingle(key: string, u: VosUpdate, keyCost: number): void {
    const value = u.value!;
    // A retried update at the same epoch replaces its earlier copy rather than adding a second.
    const old = this.q.sameEpoch.get(key, u.dkey, u.akey, u.epoch) as Row | undefined;
    const freed = old ? num(old['cost']) : 0;
    const cost = keyCost + value.length;
    this.reserve(cost - freed);
    if (old) this.q.deleteRec.run(old['id']);
    this.q.insertRec.run(key, u.dkey, u.akey, u.epoch, KIND_SINGLE, 0, value.length, value, cost);
  }

  private putExtents(key: string, u: VosUpdate, keyCost: number): void {
    const total = u.extents!.reduce((n, e) => n + keyCost + e.data.length, 0);
    this.reserve(total);
    for (const e of u.extents!) this.q.insertRec.run(key, u.dkey, u.akey, u.epoch, KIND_ARRAY, e.offset, e.data.length, e.data, keyCost + e.data.length);
  }

  /** Checked inside the write transaction, before any row: DER_NOSPACE leaves nothing written. */
  private reserve(delta: number): void {
    const used = this.usedBytes();
    if (delta > 0 && used + delta > this.capacityBytes) throw new NoSpaceError(`target has ${this.capacityBytes - used} of ${this.capacityBytes} bytes free; update needs ${delta}`);
    this.q.addUsed.run(BigInt(delta));
  }

  private usedBytes(): number {
    return num((this.q.used.get() as Row)['v']);
  }

  punch(p: VosPunch): void {
    const key = objKey(p.cont, p.oid);
    checkEpoch(p.epoch);
    if (p.akey !== undefined && p.dkey === undefined) throw new InvalidError('an akey punch needs its dkey');
    if (p.dkey !== undefined) checkKey('dkey', p.dkey, this.limits);
    if (p.akey !== undefined) checkKey('akey', p.akey, this.limits);
    const cost = this.limits.recordOverheadBytes + (p.dkey?.length ?? 0) + (p.akey?.length ?? 0);
    this.db.transaction(() => {
      this.reserve(cost);
      this.q.insertPunch.run(key, p.dkey ?? null, p.akey ?? null, p.epoch, cost);
    })();
  }

  /** Latest punch at or below `epoch` covering the akey (0n if none). */
  private punchFloor(oid: string, dkey: Uint8Array, akey: Uint8Array, epoch: bigint): bigint {
    const r = this.q.punchFloor.get(oid, epoch, dkey, akey) as Row;
    return (r['p'] as bigint | null) ?? 0n;
  }

  /** The single value visible at `epoch`, or undefined. */
  fetch(cont: string, obj: string, dkey: Uint8Array, akey: Uint8Array, epoch: bigint): Uint8Array | undefined {
    const oid = this.checkRead(cont, obj, dkey, akey, epoch);
    const r = this.q.latestSingle.get(oid, dkey, akey, epoch) as Row | undefined;
    if (!r || (r['epoch'] as bigint) <= this.punchFloor(oid, dkey, akey, epoch)) return undefined;
    return bytes(r['data']);
  }

  /** `length` bytes of the array from `offset` as visible at `epoch` (holes read as zeros), and the array's size. */
  readArray(cont: string, obj: string, dkey: Uint8Array, akey: Uint8Array, offset: number, length: number, epoch: bigint): { data: Uint8Array; sizeBytes: number } {
    const oid = this.checkRead(cont, obj, dkey, akey, epoch);
    if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0) throw new InvalidError(`bad range ${offset}+${length}`);
    if (length > this.limits.readBytesMax) throw new RecordTooBigError(`read of ${length} bytes is over readBytesMax ${this.limits.readBytesMax}`);
    const floor = this.punchFloor(oid, dkey, akey, epoch);
    const out = new Uint8Array(length);
    for (const r of this.q.overlapping.iterate(oid, dkey, akey, epoch, floor, offset + length, offset) as Iterable<Row>) {
      const off = num(r['off']);
      const data = bytes(r['data']);
      const from = Math.max(off, offset);
      const to = Math.min(off + data.length, offset + length);
      out.set(data.subarray(from - off, to - off), from - offset);
    }
    const size = (this.q.arraySize.get(oid, dkey, akey, epoch, floor) as Row)['s'];
    return { data: out, sizeBytes: size === null ? 0 : num(size) };
  }

  /** Validates a read; returns the stored object key. */
  private checkRead(cont: string, oid: string, dkey: Uint8Array, akey: Uint8Array, epoch: bigint): string {
    const key = objKey(cont, oid);
    checkKey('dkey', dkey, this.limits);
    checkKey('akey', akey, this.limits);
    checkEpoch(epoch);
    return key;
  }

  private akeyVisible(oid: string, dkey: Uint8Array, akey: Uint8Array, epoch: bigint): boolean {
    const r = this.q.latestAny.get(oid, dkey, akey, epoch) as Row;
    const e = r['e'] as bigint | null;
    return e !== null && e > this.punchFloor(oid, dkey, akey, epoch);
  }

  /** Dkeys of `oid` with a visible value at `epoch`, in byte order, after `anchor`. */
  listDkeys(cont: string, obj: string, epoch: bigint, anchor: Uint8Array | undefined, limit: number): VosListPage {
    const oid = objKey(cont, obj);
    checkEpoch(epoch);
    return this.page(limit, anchor, (after, n) => this.q.dkeysAfter.all(oid, after, epoch, n) as Row[], (dkey) =>
      (this.q.akeysAfter.all(oid, dkey, new Uint8Array(), epoch, 1_000_000) as Row[]).some((a) => this.akeyVisible(oid, dkey, bytes(a['k']), epoch)),
    );
  }

  /** Akeys of one dkey with a visible value at `epoch`, after `anchor`. */
  listAkeys(cont: string, obj: string, dkey: Uint8Array, epoch: bigint, anchor: Uint8Array | undefined, limit: number): VosListPage {
    const oid = objKey(cont, obj);
    checkKey('dkey', dkey, this.limits);
    checkEpoch(epoch);
    return this.page(limit, anchor, (after, n) => this.q.akeysAfter.all(oid, dkey, after, epoch, n) as Row[], (akey) => this.akeyVisible(oid, dkey, akey, epoch));
  }

  /** Every object of container `cont` stored here (any epoch), after `anchor`: what rebuild scans. */
  listObjects(cont: string, anchor: string | undefined, limit: number): { oids: string[]; anchor?: string } {
    checkCont(cont);
    if (anchor !== undefined) checkOid(anchor);
    const n = Math.min(Math.max(1, Math.floor(limit)), this.limits.listItemsMax);
    const rows = this.q.oidsAfter.all(`${cont}/${anchor ?? ''}`, `${cont}/\uffff`, n + 1) as Row[];
    const oids = rows.slice(0, n).map((r) => String(r['oid']).slice(cont.length + 1));
    return rows.length > n ? { oids, anchor: oids[oids.length - 1]! } : { oids };
  }

  /** Scans candidate keys in batches, keeping visible ones, until the page is full (items or bytes) or keys run out. */
  private page(limit: number, anchor: Uint8Array | undefined, batch: (after: Uint8Array, n: number) => Row[], visible: (k: Uint8Array) => boolean): VosListPage {
    if (!Number.isSafeInteger(limit) || limit < 1) throw new InvalidError(`list limit ${limit} must be a positive integer`);
    const max = Math.min(limit, this.limits.listItemsMax);
    const keys: Uint8Array[] = [];
    let after = anchor ?? new Uint8Array();
    let pageBytes = 0;
    for (;;) {
      const rows = batch(after, max);
      for (const r of rows) {
        const k = bytes(r['k']);
        if (keys.length === max || pageBytes + k.length > this.limits.listBytesMax) return { keys, anchor: after };
        after = k;
        if (!visible(k)) continue;
        keys.push(k);
        pageBytes += k.length;
      }
      if (rows.length < max) return { keys };
    }
  }

  /**
   * Removes versions at or below `boundary` that neither a snapshot in `snapshots` nor any read at
   * or above the boundary can see, and punches that hide nothing left. Reads at those epochs answer
   * the same before and after.
   */
  aggregate(boundary: bigint, snapshots: readonly bigint[]): AggregateResult {
    checkEpoch(boundary);
    const views = [...new Set([...snapshots.filter((s) => s <= boundary), boundary])];
    let versionsRemoved = 0;
    let bytesFreed = 0;
    for (const k of this.q.akeysBelow.all(boundary) as Row[]) {
      const [oid, dkey, akey] = [String(k['oid']), bytes(k['dkey']), bytes(k['akey'])];
      this.db.transaction(() => {
        const rows = this.q.versionsBelow.all(oid, dkey, akey, boundary) as Row[];
        const recs: VersionRec[] = rows.map((r) => ({ id: num(r['id']), epoch: r['epoch'] as bigint, single: num(r['kind']) === KIND_SINGLE, off: num(r['off']), len: num(r['len']) }));
        const punches = (this.q.punchesFor.all(oid, boundary, dkey, akey) as Row[]).map((r) => r['epoch'] as bigint);
        const keep = neededVersions(recs, punches, views);
        rows.forEach((r) => {
          if (keep.has(num(r['id']))) return;
          this.q.deleteRec.run(r['id']);
          this.q.addUsed.run(-(r['cost'] as bigint));
          versionsRemoved++;
          bytesFreed += num(r['cost']);
        });
      })();
    }
    const punchesRemoved = this.dropIdlePunches(boundary, (n) => (bytesFreed += n));
    return { versionsRemoved, punchesRemoved, bytesFreed };
  }

  /** A punch matters only while a version it hides (epoch at or below it) is kept. */
  private dropIdlePunches(boundary: bigint, freed: (n: number) => void): number {
    let removed = 0;
    this.db.transaction(() => {
      for (const p of this.q.punchesBelow.all(boundary) as Row[]) {
        if (this.q.hidesSomething.get(p['oid'], p['dkey'], p['dkey'], p['akey'], p['akey'], p['epoch'])) continue;
        this.q.deletePunch.run(p['id']);
        this.q.addUsed.run(-(p['cost'] as bigint));
        freed(num(p['cost']));
        removed++;
      }
    })();
    return removed;
  }
}

function prepare(db: Database.Database) {
  const s = (sql: string) => db.prepare(sql);
  return {
    used: s(`SELECT v FROM meta WHERE k = 'usedBytes'`),
    addUsed: s(`UPDATE meta SET v = v + ? WHERE k = 'usedBytes'`),
    kindOf: s(`SELECT kind FROM rec WHERE oid = ? AND dkey = ? AND akey = ? LIMIT 1`),
    sameEpoch: s(`SELECT id, cost FROM rec WHERE oid = ? AND dkey = ? AND akey = ? AND epoch = ? AND kind = 0`),
    insertRec: s(`INSERT INTO rec (oid, dkey, akey, epoch, kind, off, len, data, cost) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    deleteRec: s(`DELETE FROM rec WHERE id = ?`),
    insertPunch: s(`INSERT INTO punch (oid, dkey, akey, epoch, cost) VALUES (?, ?, ?, ?, ?)`),
    deletePunch: s(`DELETE FROM punch WHERE id = ?`),
    punchFloor: s(`SELECT MAX(epoch) AS p FROM punch WHERE oid = ? AND epoch <= ? AND (dkey IS NULL OR (dkey = ? AND (akey IS NULL OR akey = ?)))`),
    punchesFor: s(`SELECT epoch FROM punch WHERE oid = ? AND epoch <= ? AND (dkey IS NULL OR (dkey = ? AND (akey IS NULL OR akey = ?)))`),
    latestSingle: s(`SELECT epoch, data FROM rec WHERE oid = ? AND dkey = ? AND akey = ? AND epoch <= ? AND kind = 0 ORDER BY epoch DESC LIMIT 1`),
    latestAny: s(`SELECT MAX(epoch) AS e FROM rec WHERE oid = ? AND dkey = ? AND akey = ? AND epoch <= ?`),
    overlapping: s(`SELECT off, data FROM rec WHERE oid = ? AND dkey = ? AND akey = ? AND kind = 1 AND epoch <= ? AND epoch > ? AND off < ? AND off + len > ? ORDER BY epoch, id`),
    arraySize: s(`SELECT MAX(off + len) AS s FROM rec WHERE oid = ? AND dkey = ? AND akey = ? AND kind = 1 AND epoch <= ? AND epoch > ?`),
    dkeysAfter: s(`SELECT DISTINCT dkey AS k FROM rec WHERE oid = ? AND dkey > ? AND epoch <= ? ORDER BY dkey LIMIT ?`),
    akeysAfter: s(`SELECT DISTINCT akey AS k FROM rec WHERE oid = ? AND dkey = ? AND akey > ? AND epoch <= ? ORDER BY akey LIMIT ?`),
    oidsAfter: s(`SELECT DISTINCT oid FROM rec WHERE oid > ? AND oid < ? ORDER BY oid LIMIT ?`),
    akeysBelow: s(`SELECT DISTINCT oid, dkey, akey FROM rec WHERE epoch <= ?`),
    versionsBelow: s(`SELECT id, epoch, kind, off, len, cost FROM rec WHERE oid = ? AND dkey = ? AND akey = ? AND epoch <= ?`),
    punchesBelow: s(`SELECT id, oid, dkey, akey, epoch, cost FROM punch WHERE epoch <= ?`),
    hidesSomething: s(`SELECT 1 FROM rec WHERE oid = ? AND (? IS NULL OR dkey = ?) AND (? IS NULL OR akey = ?) AND epoch <= ? LIMIT 1`),
  };
}
