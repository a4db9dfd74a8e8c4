import { assert, DaosError, DER } from '@daos-nats/base';
import { EntryType, type ConfState, type Entry, type LogIndex, type Snapshot } from '@daos-nats/raft';
import { confStateFromJson, confStateToJson } from './conf-state-json.js';
import { KvsTree } from './kvs-tree.js';
import { decodeSnapshotStream, encodeSnapshot, type KvRow, type KvsRow } from './snapshot-codec.js';
import type { SqliteDb } from './sqlite-file.js';
import { bytes } from './sqlite-storage.js';
import { decodeTx, TxOpCode, type TxOp, type TxRecord } from './tx-codec.js';

/**
 * Errors that every replica reaches the same way from the same state and entry: the transaction
 * changes nothing, its entry stays in the log, and the error is its result.
 */
export const DETERMINISTIC_ERRORS: ReadonlySet<number> = new Set([DER.NONEXIST, DER.EXIST, DER.MISMATCH, DER.INVAL, DER.NO_PERM]);

/** Bytes of a snapshot read at once while it is installed. */
export const RESTORE_READ_BYTES_MAX = 1024 * 1024;

export function isDeterministic(e: unknown): e is DaosError {
  return e instanceof DaosError && DETERMINISTIC_ERRORS.has(e.code);
}

/** What applying one entry came to. */
export interface ApplyResult {
  readonly index: LogIndex;
  readonly term: number;
  /** The transaction, when the entry held one that decoded. */
  readonly tx?: TxRecord;
  /** The deterministic error the transaction failed with (nothing of it was applied). */
  readonly error?: DaosError;
}

/** Decodes a ConfChange entry, has raft apply it and returns the new membership. */
export type ConfChangeApplier = (e: Entry) => ConfState;

/**
 * The replicated state machine of one rdb: the KVS tree plus the applied index and the membership
 * as of that index, all in the replica's SQLite file, so every apply is one SQLite transaction
 * that moves state and applied index together: a restart neither replays nor skips an entry.
 */
export class RdbState {
  readonly tree: KvsTree;
  private appliedIdx: LogIndex;
  private conf: ConfState;
  private readonly st;

  constructor(readonly db: SqliteDb) {
    this.tree = new KvsTree(db);
    this.st = {
      applied: db.prepare('SELECT idx, conf FROM applied WHERE id = 0'),
      setApplied: db.prepare('UPDATE applied SET idx = ?, conf = ? WHERE id = 0'),
      allKvs: db.prepare('SELECT id, class AS cls FROM kvs ORDER BY id'),
      allKv: db.prepare('SELECT kvs, key, value, child FROM kv ORDER BY kvs, key'),
      clearKvs: db.prepare('DELETE FROM kvs'),
      clearKv: db.prepare('DELETE FROM kv'),
      insKvs: db.prepare('INSERT INTO kvs (id, class) VALUES (?, ?)'),
      insKv: db.prepare('INSERT INTO kv (kvs, key, value, child) VALUES (?, ?, ?, ?)'),
    };
    const row = this.st.applied.get() as { idx: number; conf: string } | undefined;
    assert(row !== undefined, 'the applied row exists (SqliteStorage creates it)');
    this.appliedIdx = row.idx as LogIndex;
    this.conf = confStateFromJson(row.conf);
  }

  get appliedIndex(): LogIndex {
    return this.appliedIdx;
  }

  /** Membership as of the applied index. */
  get confState(): ConfState {
    return this.conf;
  }

  /**
   * Apply committed entries, in order, following the applied index without a gap, in ONE SQLite
   * transaction together with the new applied index. A transaction failing with a deterministic
   * error is rolled back alone (a savepoint) and reported; any other failure aborts the whole
   * batch (nothing applied) and is thrown: the replica cannot go on.
   */
  apply(entries: readonly Entry[], applyConfChange: ConfChangeApplier): ApplyResult[] {
    if (entries.length === 0) return [];
    const results: ApplyResult[] = [];
    let conf = this.conf;
    let next = this.appliedIdx + 1;
    this.db.transaction(() => {
      for (const e of entries) {
        assert(e.index === next, `committed entry ${e.index} follows applied index ${next - 1}`);
        next++;
        if (e.type === EntryType.ConfChange) {
          conf = applyConfChange(e);
          results.push({ index: e.index, term: e.term });
        } else if (e.data.byteLength === 0) {
          results.push({ index: e.index, term: e.term }); // a leader's no-op
        } else {
          results.push(this.applyTx(e));
        }
      }
      this.st.setApplied.run(next - 1, confStateToJson(conf));
    })();
    this.appliedIdx = (next - 1) as LogIndex;
    this.conf = conf;
    return results;
  }

  private applyTx(e: Entry): ApplyResult {
    let tx: TxRecord;
    try {
      tx = decodeTx(e.data);
    } catch (err) {
      // Same bytes on every replica, so the same verdict: the entry is a failed transaction.
      if (isDeterministic(err)) return { index: e.index, term: e.term, error: err };
      throw err;
    }
    try {
      this.db.transaction(() => {
        for (const op of tx.ops) this.applyOp(op);
      })();
      return { index: e.index, term: e.term, tx };
    } catch (err) {
      if (isDeterministic(err)) return { index: e.index, term: e.term, tx, error: err };
      throw err;
    }
  }

  private applyOp(op: TxOp): void {
    const t = this.tree;
    switch (op.op) {
      case TxOpCode.CreateRoot:
        return t.createRoot(op.cls);
      case TxOpCode.DestroyRoot:
        return t.destroyRoot();
      case TxOpCode.CreateKvs:
        return t.createKvs(op.path, op.key, op.cls);
      case TxOpCode.DestroyKvs:
        return t.destroyKvs(op.path, op.key);
      case TxOpCode.Update:
        return t.update(op.path, op.key, op.value);
      case TxOpCode.Delete:
        return t.delete(op.path, op.key);
    }
  }

  /**
   * The state at the applied index as snapshot bytes, whole in memory (a consistent read: one
   * SQLite read transaction): for tests and digests. Followers get a streamed one (snapshot-preparer.ts).
   */
  dump(): Uint8Array {
    return this.db.transaction(() =>
      encodeSnapshot({
        confState: this.conf,
        kvs: this.st.allKvs.all() as KvsRow[],
        kv: (this.st.allKv.all() as { kvs: number; key: Buffer; value: Buffer | null; child: number | null }[]).map(
          (r): KvRow => ({ kvs: r.kvs, key: bytes(r.key), value: r.value && bytes(r.value), child: r.child }),
        ),
      }),
    )();
  }

  /**
   * Replace the whole state with a snapshot's, and the applied index with its index: run inside
   * the SQLite transaction that persists the snapshot. The snapshot is decoded as a stream,
   * `readBytesMax` at a time, its rows inserted as they are checked; bad bytes throw and the
   * transaction rolls back, so nothing changes.
   */
  restore(s: Snapshot, readBytesMax: number = RESTORE_READ_BYTES_MAX): void {
    let conf: ConfState | undefined;
    this.db.transaction(() => {
      this.st.clearKv.run();
      this.st.clearKvs.run();
      conf = decodeSnapshotStream(s.data, readBytesMax, {
        kvs: (k) => this.st.insKvs.run(k.id, k.cls),
        kv: (r) => this.st.insKv.run(r.kvs, r.key, r.value, r.child),
      });
      if (confStateToJson(conf) !== confStateToJson(s.meta.confState))
        throw new DaosError(DER.INVAL, `snapshot at ${s.meta.index}: membership in the data differs from its metadata`);
      this.st.setApplied.run(s.meta.index, confStateToJson(conf));
    })();
    this.appliedIdx = s.meta.index;
    this.conf = conf!;
  }

  /** Set membership without a log entry: bootstrap of a new replica, and `dictate`. */
  setConfState(conf: ConfState): void {
    this.st.setApplied.run(this.appliedIdx, confStateToJson(conf));
    this.conf = conf;
  }
}
