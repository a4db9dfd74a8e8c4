/**
 * Commit throughput of a 3-replica rdb in one process over the in-memory network (real SQLite
 * files, WAL, synchronous=FULL): one transaction = one update of a 100-byte value.
 *   sequential   one transaction at a time (latency-bound)
 *   concurrent   `inflight` transactions at once (the Ready loop batches them: group commit)
 *   reads        ReadIndex lookups, one at a time and `inflight` at once
 * Run: node --conditions=@daos-nats/source --import tsx libs/rdb/bench/commit.ts [count] [inflight]
 * This VM's fsync is not a real flush: compare shapes, not absolute rates.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rank, SeededRng } from '@daos-nats/base';
import { KvsClass } from '../src/keys.js';
import { MemoryNetwork } from '../src/memory-transport.js';
import { packReplicaId } from '../src/replica-id.js';
import { Replica } from '../src/replica.js';

const count = Number(process.argv[2] ?? 2000);
const inflight = Number(process.argv[3] ?? 64);
const value = new Uint8Array(100).fill(1);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rdb-bench-'));
const net = new MemoryNetwork(1);
const ids = [1, 2, 3].map((r) => ({ rank: rank(r), gen: 1 }));
const replicas = ids.map((id) =>
  Replica.create(
    {
      file: path.join(dir, `r${id.rank}.db`),
      id,
      transport: net.transport(packReplicaId(id)),
      tickIntervalMs: Number(process.env.TICK_MS ?? 10),
      raft: { electionTimeoutTicks: 30, heartbeatTicks: 3 },
      rng: new SeededRng(id.rank),
      compactEntriesMin: 1024,
    },
    ids,
  ),
);

try {
  const deadline = Date.now() + 10_000;
  while (!replicas.some((r) => r.isLeader)) {
    if (Date.now() > deadline) throw new Error('no leader within 10 s');
    await new Promise((r) => setTimeout(r, 10));
  }
  const leader = replicas.find((r) => r.isLeader)!;
  await (await leader.begin()).createRoot(KvsClass.Integer).commit();

  let t0 = performance.now();
  for (let i = 0; i < count / 4; i++) await (await leader.begin()).update([], BigInt(i), value).commit();
  let ms = performance.now() - t0;
  console.log(`sequential  ${count / 4} tx in ${ms.toFixed(0)} ms: ${((count / 4 / ms) * 1000).toFixed(0)} tx/s, ${((ms / (count / 4)) * 1000).toFixed(0)} µs/tx`);

  t0 = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      await (await leader.begin()).update([], BigInt(i), value).commit();
    }
  };
  await Promise.all(Array.from({ length: inflight }, worker));
  ms = performance.now() - t0;
  console.log(`concurrent  ${count} tx, ${inflight} in flight, in ${ms.toFixed(0)} ms: ${((count / ms) * 1000).toFixed(0)} tx/s`);

  t0 = performance.now();
  const reads = count / 4;
  for (let i = 0; i < reads; i++) await (await leader.begin()).lookup([], BigInt(i));
  ms = performance.now() - t0;
  console.log(`reads       ${reads} ReadIndex lookups one at a time in ${ms.toFixed(0)} ms: ${((reads / ms) * 1000).toFixed(0)} reads/s`);

  t0 = performance.now();
  let r = 0;
  const reader = async () => {
    while (r < count) await (await leader.begin()).lookup([], BigInt(r++ % count));
  };
  await Promise.all(Array.from({ length: inflight }, reader));
  ms = performance.now() - t0;
  console.log(`reads       ${count} lookups, ${inflight} in flight (one ReadIndex per batch) in ${ms.toFixed(0)} ms: ${((count / ms) * 1000).toFixed(0)} reads/s`);
} finally {
  for (const r of replicas) r.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
