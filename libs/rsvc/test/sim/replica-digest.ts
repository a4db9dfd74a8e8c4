import { createHash } from 'node:crypto';
import { openSqlite } from '@daos-nats/rdb';

/** A closed replica file's state machine: applied index and a hash of every KVS row in key order. */
export interface ReplicaDigest {
  readonly appliedIndex: number;
  readonly digest: string;
  readonly rows: number;
}

export function replicaDigest(file: string): ReplicaDigest {
  const db = openSqlite(file);
  try {
    const applied = db.prepare('SELECT idx FROM applied WHERE id = 0').get() as { idx: number };
    const h = createHash('sha256');
    let rows = 0;
    const all = db.prepare('SELECT kvs, key, value, child FROM kv ORDER BY kvs, key').iterate() as Iterable<{ kvs: number; key: Uint8Array; value: Uint8Array | null; child: number | null }>;
    for (const r of all) {
      h.update(`${r.kvs}|${Buffer.from(r.key).toString('hex')}|${r.value ? Buffer.from(r.value).toString('hex') : '-'}|${r.child ?? '-'}\n`);
      rows++;
    }
    return { appliedIndex: applied.idx, digest: h.digest('hex'), rows };
  } finally {
    db.close();
  }
}
