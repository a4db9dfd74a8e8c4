/**
 * Object I/O. `npm run bench -- objects [--duration-ms N] [--ops-max N] [--clients 1,16,256]`.
 * Three in-process engines (ranks 0..2, 2 targets each, their own fault domains, handles checked
 * through one IV cache per rank) on one nats-server, driven by libs/client's ObjectClient:
 * 4 KiB single-value put and get at each client count, and 1 MiB array writes at 1 client, for
 * S1 and RP_3G1. Then rebuild (`--rebuild-mib N`, 64 by default; 0 skips it): four other engines
 * (one target each), N MiB of RP_3G1 arrays written in 256 KiB extents, one rank stopped and
 * excluded, and the time from the rebuild request until every target reports done; MiB/s counts
 * the bytes copied to new replicas. Prints one line per figure. Measure on a quiet machine.
 */
import { parseArgs } from 'node:util';
import { ObjectClient, queryRebuild, startRebuild } from '@daos-nats/client';
import { startObjCluster } from '@daos-nats/engine/test/obj-cluster';
import { makeOid, objectClassByName } from '@daos-nats/placement';
import { closedLoop, type LoopResult } from './closed-loop.js';

const { values } = parseArgs({ options: { 'duration-ms': { type: 'string' }, 'ops-max': { type: 'string' }, clients: { type: 'string' }, 'rebuild-mib': { type: 'string' } } });
const rebuildMib = Number(values['rebuild-mib'] ?? 64);
const durationMs = Number(values['duration-ms'] ?? 5_000);
const opsMax = Number(values['ops-max'] ?? 1_000_000);
const clientCounts = (values.clients ?? '1,16,256').split(',').map(Number);
const line = (what: string, r: LoopResult, bytes: number) =>
  console.log(
    `${what}: ${r.opsPerSec.toFixed(0)} ops/s, ${((r.opsPerSec * bytes) / 2 ** 20).toFixed(2)} MiB/s, p50 ${r.p50Ms.toFixed(2)} ms, p99 ${r.p99Ms.toFixed(2)} ms (${r.ops} ops, ${r.errors} errors)`,
  );

// Enough room for the run: every target holds its share of the writes (capacity per target).
const c = await startObjCluster(3, 2, { poolBytesPerTarget: 2 * 2 ** 30 });
try {
  const o = new ObjectClient({
    bus: c.bus, system: c.system, handles: { poolUuid: c.pool, poolHandle: c.poolHandle, contUuid: c.cont, contHandle: c.contHandle },
    map: c.map(1), refreshMap: async () => c.map(1),
  });
  const value = new Uint8Array(4096).fill(0x5a);
  const akey = new TextEncoder().encode('a');
  const dkey = (i: number) => new TextEncoder().encode(`d${i % 1024}`);
  const warmupMs = Math.min(500, durationMs / 4);
  for (const cls of ['S1', 'RP_3G1']) {
    const oids = Array.from({ length: 64 }, (_, i) => makeOid(objectClassByName(cls), BigInt(1000 + i)));
    for (const n of clientCounts) {
      const put = await closedLoop({ concurrency: n, warmupMs, durationMs, opsMax, op: async (s) => void (await o.put(oids[s % 64]!, dkey(s), akey, value)) });
      line(`${cls} put 4 KiB, ${n} client(s)`, put, 4096);
      const get = await closedLoop({ concurrency: n, warmupMs, durationMs, opsMax, op: async (s) => void (await o.get(oids[s % 64]!, dkey(s), akey)) });
      line(`${cls} get 4 KiB, ${n} client(s)`, get, 4096);
    }
    const mib = new Uint8Array(2 ** 20).fill(0x33);
    const arr = makeOid(objectClassByName(cls), 5000n);
    const w = await closedLoop({ concurrency: 1, warmupMs, durationMs, opsMax, op: async (s) => void (await o.writeArray(arr, dkey(s % 8), akey, (s % 16) * 2 ** 20, mib)) });
    line(`${cls} array write 1 MiB, 1 client`, w, 2 ** 20);
  }
} finally {
  await c[Symbol.asyncDispose]();
}

/** Rebuild MiB/s: N MiB of RP_3G1 arrays on four engines, one rank excluded, timed until every target is done. */
async function rebuildRow(mib: number): Promise<void> {
  const r = await startObjCluster(4, 1, { poolBytesPerTarget: (mib + 64) * 2 ** 20 });
  try {
    const o = new ObjectClient({
      bus: r.bus, system: r.system, handles: { poolUuid: r.pool, poolHandle: r.poolHandle, contUuid: r.cont, contHandle: r.contHandle },
      map: r.map(1), refreshMap: async () => r.map(1),
    });
    const chunk = new Uint8Array(256 * 1024).fill(0x77);
    const akey = new TextEncoder().encode('a');
    for (let i = 0; i < mib * 4; i++) await o.writeArray(makeOid(objectClassByName('RP_3G1'), BigInt(9000 + (i % 64))), new TextEncoder().encode(`d${i}`), akey, 0, chunk);
    await r.stopEngine(3);
    const map = r.map(2, [3]);
    await r.pushHandles(2);
    const t0 = performance.now();
    await startRebuild({ bus: r.bus, system: r.system, pool: r.pool, map, prevMap: r.map(1) });
    const deadline = t0 + 600_000;
    for (;;) {
      const s = await queryRebuild({ bus: r.bus, system: r.system, pool: r.pool, map });
      if (s.state === 'failed') throw new Error(`rebuild failed: ${s.targets.map((t) => t.error).filter(Boolean).join('; ')}`);
      if (s.state === 'done') {
        const sec = (performance.now() - t0) / 1000;
        console.log(`RP_3G1 rebuild after excluding 1 of 4 ranks: ${(s.bytesDone / 2 ** 20 / sec).toFixed(2)} MiB/s (${(s.bytesDone / 2 ** 20).toFixed(2)} MiB of ${mib} MiB written, ${s.objectsDone} objects, ${sec.toFixed(2)} s)`);
        return;
      }
      if (performance.now() > deadline) throw new Error('rebuild not done within 600 s');
      await new Promise((res) => setTimeout(res, 50));
    }
  } finally {
    await r[Symbol.asyncDispose]();
  }
}

if (rebuildMib > 0) await rebuildRow(rebuildMib);
