// Rebuild I/O of one target's store (DAOS: the object scan and migrate of src/rebuild and
// src/object/srv_obj_migrate.c): page through the (object, dkey) pairs stored here, export every
// version and punch of one dkey with its epoch, and import such a batch on another target so that
// it holds the same versions. Import writes only versions that are not there yet and never
// replaces one: a newer write that reached the new replica first stays the one reads see, because
// visibility is decided by epochs, not by arrival order.
import type Database from 'better-sqlite3';
import { InvalidError } from '@daos-nats/base';
import { checkEpoch, checkKey, objKey } from './vos-validate.js';
import type { VosLimits } from './vos-limits.js';

/** How a rebuild record is stored: a version (single value or extent) or a punch of the object, the dkey or an akey. */
export const RebuildKind = { SINGLE: 0, EXTENT: 1, PUNCH_OBJ: 2, PUNCH_DKEY: 3, PUNCH_AKEY: 4 } as const;
export type RebuildKind = (typeof RebuildKind)[keyof typeof RebuildKind];

export interface RebuildRecord {
  readonly kind: RebuildKind;
  /** Empty for object and dkey punches. */
  readonly akey: Uint8Array;
  readonly epoch: bigint;
  readonly offset: number;
  readonly data: Uint8Array;
}

/** One (object, dkey) pair stored here and the data bytes of its versions. */
export interface RebuildDkeyRef {
  readonly cont: string;
  readonly oid: string;
  readonly dkey: Uint8Array;
  readonly bytes: number;
}

type Row = Record<string, unknown>;
const num = (v: unknown): number => Number(v as bigint);
const bytes = (v: unknown): Uint8Array => new Uint8Array(v as Buffer);
const EMPTY = new Uint8Array();

export class VosRebuildIo {
  private readonly q: ReturnType<typeof prepare>;

  /** `reserve(delta)` is the store's space check and accounting (DER_NOSPACE before any row). */
  constructor(private readonly db: Database.Database, private readonly limits: VosLimits, private readonly reserve: (delta: number) => void) {
    this.q = prepare(db);
  }

  /** Up to `limit` (object, dkey) pairs after `after`, in (object key, dkey) order; `more` if the scan is not over. */
  scan(after: { cont: string; oid: string; dkey: Uint8Array } | undefined, limit: number): { dkeys: RebuildDkeyRef[]; more: boolean } {
    const n = Math.min(Math.max(1, Math.floor(limit)), this.limits.listItemsMax);
    const rows = (after ? this.q.scanAfter.all(objKey(after.cont, after.oid), objKey(after.cont, after.oid), after.dkey, n + 1) : this.q.scanFirst.all(n + 1)) as Row[];
    const dkeys = rows.slice(0, n).map((r) => {
      const [cont, oid] = String(r['oid']).split('/') as [string, string];
      return { cont, oid, dkey: bytes(r['dkey']), bytes: num(r['b']) };
    });
    return { dkeys, more: rows.length > n };
  }

  /**
   * Versions of (cont, oid, dkey) with id above `afterId`, in write order, until `bytesMax` data
   * bytes (at least one record, so a page always moves on); the first page (afterId 0) also
   * carries the punches of the object, the dkey and its akeys. `nextId` 0 = nothing follows.
   */
  exportDkey(cont: string, oid: string, dkey: Uint8Array, afterId: number, bytesMax: number): { recs: RebuildRecord[]; nextId: number } {
    const key = objKey(cont, oid);
    checkKey('dkey', dkey, this.limits);
    const recs: RebuildRecord[] = [];
    if (afterId === 0) {
      for (const p of this.q.punchesOf.all(key, dkey) as Row[]) {
        const kind = p['dkey'] === null ? RebuildKind.PUNCH_OBJ : p['akey'] === null ? RebuildKind.PUNCH_DKEY : RebuildKind.PUNCH_AKEY;
        recs.push({ kind, akey: p['akey'] === null ? EMPTY : bytes(p['akey']), epoch: p['epoch'] as bigint, offset: 0, data: EMPTY });
      }
    }
    let used = 0;
    let last = afterId;
    for (const r of this.q.recsAfter.iterate(key, dkey, BigInt(afterId)) as Iterable<Row>) {
      const data = bytes(r['data']);
      if (used > 0 && used + data.length > bytesMax) return { recs, nextId: last };
      recs.push({ kind: num(r['kind']) === 0 ? RebuildKind.SINGLE : RebuildKind.EXTENT, akey: bytes(r['akey']), epoch: r['epoch'] as bigint, offset: num(r['off']), data });
      used += data.length;
      last = num(r['id']);
    }
    return { recs, nextId: 0 };
  }

  /**
   * Writes the records of one dkey that this store does not hold yet (same kind, akey, epoch,
   * offset and length), in one transaction; an existing version is never replaced. Bad records
   * (epochs, keys, a kind clash with the akey's versions) or no space: an error and nothing written.
   */
  importDkey(cont: string, oid: string, dkey: Uint8Array, recs: readonly RebuildRecord[]): { written: number; bytesWritten: number } {
    const key = objKey(cont, oid);
    checkKey('dkey', dkey, this.limits);
    for (const r of recs) this.checkRecord(r);
    let written = 0;
    let bytesWritten = 0;
    this.db.transaction(() => {
      for (const r of recs) {
        const cost = this.importOne(key, dkey, r);
        if (cost === 0) continue;
        written++;
        bytesWritten += r.data.length;
      }
    })();
    return { written, bytesWritten };
  }

  /**
   * Removes every version and dkey/akey punch of (cont, oid, dkey) and gives back their space (what
   * reclaim does once the pool map places the dkey elsewhere and its new replicas are rebuilt).
   * Object punches stay: they are tiny and may cover other dkeys. Returns the bytes freed.
   */
  dropDkey(cont: string, oid: string, dkey: Uint8Array): number {
    const key = objKey(cont, oid);
    checkKey('dkey', dkey, this.limits);
    let freed = 0;
    this.db.transaction(() => {
      freed = num((this.q.dkeyCost.get(key, dkey) as Row)['c'] ?? 0n) + num((this.q.dkeyPunchCost.get(key, dkey) as Row)['c'] ?? 0n);
      this.q.deleteDkeyRecs.run(key, dkey);
      this.q.deleteDkeyPunches.run(key, dkey);
      this.reserve(-freed);
    })();
    return freed;
  }

  private checkRecord(r: RebuildRecord): void {
    checkEpoch(r.epoch);
    if (!Object.values(RebuildKind).includes(r.kind)) throw new InvalidError(`rebuild record kind ${r.kind} is unknown`);
    const punch = r.kind === RebuildKind.PUNCH_OBJ || r.kind === RebuildKind.PUNCH_DKEY;
    if (punch) {
      if (r.akey.length !== 0 || r.data.length !== 0) throw new InvalidError('an object or dkey punch carries no akey and no data');
      return;
    }
    checkKey('akey', r.akey, this.limits);
    if (r.kind === RebuildKind.PUNCH_AKEY && r.data.length !== 0) throw new InvalidError('an akey punch carries no data');
    if (r.kind === RebuildKind.SINGLE && r.data.length > this.limits.valueBytesMax) throw new InvalidError(`value of ${r.data.length} bytes is over valueBytesMax ${this.limits.valueBytesMax}`);
    if (r.kind === RebuildKind.EXTENT && (!Number.isSafeInteger(r.offset) || r.offset < 0 || r.data.length === 0 || r.offset + r.data.length > this.limits.arrayOffsetMax))
      throw new InvalidError(`bad extent ${r.offset}+${r.data.length}`);
  }

  /** Inserts one record unless it is there; returns its cost (0 = already there). */
  private importOne(key: string, dkey: Uint8Array, r: RebuildRecord): number {
    const overhead = this.limits.recordOverheadBytes;
    if (r.kind === RebuildKind.SINGLE || r.kind === RebuildKind.EXTENT) {
      const kind = r.kind === RebuildKind.SINGLE ? 0 : 1;
      // A single value has one version per epoch whatever its length (a retried update replaced it).
      const there = kind === 0 ? this.q.singleExists.get(key, dkey, r.akey, r.epoch) : this.q.extentExists.get(key, dkey, r.akey, r.epoch, r.offset, r.data.length);
      if (there) return 0;
      const other = this.q.kindOf.get(key, dkey, r.akey) as Row | undefined;
      if (other && num(other['kind']) !== kind) throw new InvalidError('rebuild record type differs from the akey\'s existing versions');
      const cost = overhead + dkey.length + r.akey.length + r.data.length;
      this.reserve(cost);
      this.q.insertRec.run(key, dkey, r.akey, r.epoch, kind, r.offset, r.data.length, r.data, cost);
      return cost;
    }
    const pd = r.kind === RebuildKind.PUNCH_OBJ ? null : dkey;
    const pa = r.kind === RebuildKind.PUNCH_AKEY ? r.akey : null;
    if (this.q.punchExists.get(key, pd, pa, r.epoch)) return 0;
    const cost = overhead + (pd?.length ?? 0) + (pa?.length ?? 0);
    this.reserve(cost);
    this.q.insertPunch.run(key, pd, pa, r.epoch, cost);
    return cost;
  }
}

function prepare(db: Database.Database) {
  const s = (sql: string) => db.prepare(sql);
  return {
    scanFirst: s(`SELECT oid, dkey, SUM(len) AS b FROM rec GROUP BY oid, dkey ORDER BY oid, dkey LIMIT ?`),
    scanAfter: s(`SELECT oid, dkey, SUM(len) AS b FROM rec WHERE oid > ? OR (oid = ? AND dkey > ?) GROUP BY oid, dkey ORDER BY oid, dkey LIMIT ?`),
    punchesOf: s(`SELECT dkey, akey, epoch FROM punch WHERE oid = ? AND (dkey IS NULL OR dkey = ?) ORDER BY id`),
    recsAfter: s(`SELECT id, akey, epoch, kind, off, data FROM rec WHERE oid = ? AND dkey = ? AND id > ? ORDER BY id`),
    singleExists: s(`SELECT 1 FROM rec WHERE oid = ? AND dkey = ? AND akey = ? AND epoch = ? AND kind = 0 LIMIT 1`),
    extentExists: s(`SELECT 1 FROM rec WHERE oid = ? AND dkey = ? AND akey = ? AND epoch = ? AND kind = 1 AND off = ? AND len = ? LIMIT 1`),
    kindOf: s(`SELECT kind FROM rec WHERE oid = ? AND dkey = ? AND akey = ? LIMIT 1`),
    insertRec: s(`INSERT INTO rec (oid, dkey, akey, epoch, kind, off, len, data, cost) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    punchExists: s(`SELECT 1 FROM punch WHERE oid = ? AND dkey IS ? AND akey IS ? AND epoch = ? LIMIT 1`),
    insertPunch: s(`INSERT INTO punch (oid, dkey, akey, epoch, cost) VALUES (?, ?, ?, ?, ?)`),
    dkeyCost: s(`SELECT SUM(cost) AS c FROM rec WHERE oid = ? AND dkey = ?`),
    dkeyPunchCost: s(`SELECT SUM(cost) AS c FROM punch WHERE oid = ? AND dkey = ?`),
    deleteDkeyRecs: s(`DELETE FROM rec WHERE oid = ? AND dkey = ?`),
    deleteDkeyPunches: s(`DELETE FROM punch WHERE oid = ? AND dkey = ?`),
  };
}
