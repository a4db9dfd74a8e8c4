/**
 * Measures a streamed snapshot (issue 11, finding 3): a follower cut off while the leader takes
 * ~`MB` MB is healed and caught up by snapshot. Prints the leader's preparation time and its
 * longest event-loop stall meanwhile, the transfer+install time, and the process's peak RSS.
 * All replicas share this process, so the transfer's stall figure includes the follower's
 * install (one SQLite transaction, by design). Run:
 *   node --conditions=@daos-nats/source --import tsx libs/rdb/test/measure-snapshot-stream.ts [MB]
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { SnapshotTemporarilyUnavailableError } from '@daos-nats/raft';
import { KvsClass } from '../src/keys.js';
import { snapshotFileStats } from '../src/snapshot-file.js';
import { TestCluster, waitFor } from './test-cluster.js';

const MB = Number(process.argv[2] ?? 50);
const VALUE_BYTES = 1000;
const ITEMS_PER_TX = 800;
const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
const rssMb = () => mb(process.resourceUsage().maxRSS * 1024);

async function main(): Promise<void> {
  const c = new TestCluster({ compactEntriesMin: 8, logEntriesMax: 64, commitTimeoutMs: 60_000, raft: { electionTimeoutTicks: 100, heartbeatTicks: 3 } });
  try {
    c.create([1, 2, 3]);
    const leader = await c.leader();
    const rank = [1, 2, 3].find((r) => c.get(r) !== leader)!;
    const lagging = c.get(rank);
    await (await leader.begin()).createRoot(KvsClass.Integer).commit();
    c.net.isolate(lagging.nodeId);
    const value = new Uint8Array(VALUE_BYTES).fill(7);
    const txs = Math.ceil((MB * 1024 * 1024) / (VALUE_BYTES * ITEMS_PER_TX));
    for (let t = 0; t < txs; t++) {
      const tx = await leader.begin();
      for (let k = 0; k < ITEMS_PER_TX; k++) tx.update([], BigInt(t * ITEMS_PER_TX + k), value);
      await tx.commit();
    }
    console.log(`state: ${txs * ITEMS_PER_TX} items of ${VALUE_BYTES} B (~${mb(txs * ITEMS_PER_TX * VALUE_BYTES)} MB); peak RSS so far ${rssMb()} MB`);

    const prep = monitorEventLoopDelay({ resolution: 1 });
    prep.enable();
    let t0 = performance.now();
    let total = 0;
    await waitFor('the snapshot is prepared', () => {
      try {
        total = leader.storage.snapshot().data.totalBytes;
        return true;
      } catch (e) {
        if (e instanceof SnapshotTemporarilyUnavailableError) return false;
        throw e;
      }
    }, 600_000);
    prep.disable();
    console.log(`prepare: ${(performance.now() - t0).toFixed(0)} ms for ${mb(total)} MB; longest event-loop stall ${(prep.max / 1e6).toFixed(1)} ms (p99 ${(prep.percentile(99) / 1e6).toFixed(1)} ms); peak RSS ${rssMb()} MB`);

    const xfer = monitorEventLoopDelay({ resolution: 1 });
    xfer.enable();
    t0 = performance.now();
    c.net.heal();
    await c.applied(leader.appliedIndex, [rank], 600_000);
    xfer.disable();
    console.log(`stream + install: ${(performance.now() - t0).toFixed(0)} ms; longest stall ${(xfer.max / 1e6).toFixed(1)} ms (includes the follower's install transaction); peak RSS ${rssMb()} MB`);
    console.log(`largest single write to .snap-in ${snapshotFileStats.writeBytesMax} B, largest single read ${snapshotFileStats.readBytesMax} B`);
    const same = Buffer.compare(Buffer.from(lagging.state.dump()), Buffer.from(leader.state.dump())) === 0;
    console.log(`states equal: ${same}; load average ${(await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').trim()}`);
  } finally {
    c.shutdown();
  }
}

await main();
