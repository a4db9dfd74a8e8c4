/**
 * One SQLite file per replica, or one file shared by every replica in a process? Measures the
 * durable write path of G raft groups each persisting one 256-byte entry + hard state per round:
 *   per-file        G files, G transactions (G fsyncs) per round
 *   shared-per-tx   1 file, G transactions per round (what independent Ready loops would do)
 *   shared-batched  1 file, 1 transaction per round for all groups (cross-group group commit)
 * Run: node --conditions=@daos-nats/source --import tsx libs/rdb/bench/file-layout.ts [groups] [rounds]
 * Numbers from this VM overstate real disks (its fsync is ~11 µs); compare ratios, not rates.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqlite, type SqliteDb } from '../src/sqlite-file.js';

const groups = Number(process.argv[2] ?? 16);
const rounds = Number(process.argv[3] ?? 500);
const payload = new Uint8Array(256).fill(7);

function tables(db: SqliteDb, g: number): void {
  db.exec(`CREATE TABLE IF NOT EXISTS log_${g} (idx INTEGER PRIMARY KEY, term INTEGER NOT NULL, data BLOB NOT NULL) STRICT;
           CREATE TABLE IF NOT EXISTS hs_${g} (id INTEGER PRIMARY KEY, term INTEGER, commit_index INTEGER) STRICT;
           INSERT OR IGNORE INTO hs_${g} VALUES (0, 0, 0);`);
}

function writer(db: SqliteDb, g: number): (i: number) => void {
  const ins = db.prepare(`INSERT INTO log_${g} (idx, term, data) VALUES (?, 1, ?)`);
  const hs = db.prepare(`UPDATE hs_${g} SET term = 1, commit_index = ? WHERE id = 0`);
  return (i) => {
    ins.run(i, payload);
    hs.run(i);
  };
}

function run(name: string, setup: (dir: string) => { round: (i: number) => void; close: () => void }): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rdb-bench-'));
  try {
    const { round, close } = setup(dir);
    const t0 = performance.now();
    for (let i = 1; i <= rounds; i++) round(i);
    const ms = performance.now() - t0;
    close();
    const perGroup = (rounds / ms) * 1000;
    console.log(`${name.padEnd(16)} groups=${groups} rounds=${rounds}  ${ms.toFixed(0)} ms  ${perGroup.toFixed(0)} entries/s per group  ${(perGroup * groups).toFixed(0)} entries/s total`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

run('per-file', (dir) => {
  const dbs = Array.from({ length: groups }, (_, g) => openSqlite(path.join(dir, `g${g}.db`)));
  const ws = dbs.map((db, g) => (tables(db, g), db.transaction(writer(db, g))));
  return { round: (i) => ws.forEach((w) => w(i)), close: () => dbs.forEach((d) => d.close()) };
});

run('shared-per-tx', (dir) => {
  const db = openSqlite(path.join(dir, 'all.db'));
  const ws = Array.from({ length: groups }, (_, g) => (tables(db, g), db.transaction(writer(db, g))));
  return { round: (i) => ws.forEach((w) => w(i)), close: () => db.close() };
});

run('shared-batched', (dir) => {
  const db = openSqlite(path.join(dir, 'all.db'));
  const ws = Array.from({ length: groups }, (_, g) => (tables(db, g), writer(db, g)));
  const all = db.transaction((i: number) => ws.forEach((w) => w(i)));
  return { round: (i) => all(i), close: () => db.close() };
});
