import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openSqlite } from '@daos-nats/rdb';

/** One replica's state machine as found in its SQLite file after its process stopped. */
export interface ReplicaState {
  readonly rank: number;
  readonly appliedIndex: number;
  /** SHA-256 of every KVS row (user keys, counters, label, dedup table) in key order. */
  readonly digest: string;
  readonly rows: number;
}

/** Read `<dataDir>/rank<r>/<group>.rdb` of each rank (the processes must be stopped). */
export function readReplicaStates(dataDir: string, group: string, ranks: readonly number[]): ReplicaState[] {
  return ranks.map((rank) => {
    const file = path.join(dataDir, `rank${rank}`, `${group}.rdb`);
    if (!fs.existsSync(file)) throw new Error(`no replica file ${file}`);
    const db = openSqlite(file);
    try {
      const applied = db.prepare('SELECT idx FROM applied WHERE id = 0').get() as { idx: number };
      const h = createHash('sha256');
      let rows = 0;
      for (const r of db.prepare('SELECT kvs, key, value, child FROM kv ORDER BY kvs, key').iterate() as Iterable<{ kvs: number; key: Uint8Array; value: Uint8Array | null; child: number | null }>) {
        h.update(`${r.kvs}|${Buffer.from(r.key).toString('hex')}|${r.value ? Buffer.from(r.value).toString('hex') : '-'}|${r.child ?? '-'}\n`);
        rows++;
      }
      return { rank, appliedIndex: applied.idx, digest: h.digest('hex'), rows };
    } finally {
      db.close();
    }
  });
}

export interface StateComparison {
  /** Replicas at the highest applied index whose state differs from the others' at that index. */
  readonly mismatches: number;
  /** Replicas behind the highest applied index (not a safety violation; reported). */
  readonly lagging: readonly number[];
}

/** Replicas at the same applied index must hold the same state. */
export function compareStates(states: readonly ReplicaState[]): StateComparison {
  const top = Math.max(...states.map((s) => s.appliedIndex));
  const atTop = states.filter((s) => s.appliedIndex === top);
  const digests = new Set(atTop.map((s) => s.digest));
  return { mismatches: digests.size - 1, lagging: states.filter((s) => s.appliedIndex < top).map((s) => s.rank) };
}
