/**
 * Object I/O. `npm run bench -- objects [--duration-ms N] [--ops-max N] [--clients 1,16,256]`.
 * Three in-process engines (ranks 0..2, 2 targets each, their own fault domains, handles checked
 * through one IV cache per rank) on one nats-server, driven by libs/client's ObjectClient:
 * 4 KiB single-value put and get at each client count, and 1 MiB array writes at 1 client, for
 * S1 and RP_3G1. Prints one line per figure. Measure on a quiet machine. Not measured here:
 * rebuild (not built yet).
 */
import { parseArgs } from 'node:util';
import { ObjectClient } from '@daos-nats/client';
import { startObjCluster } from '@daos-nats/engine/test/obj-cluster';
import { makeOid, objectClassByName } from '@daos-nats/placement';
import { closedLoop, type LoopResult } from './closed-loop.js';

const { values } = parseArgs({ options: { 'duration-ms': { type: 'string' }, 'ops-max': { type: 'string' }, clients: { type: 'string' } } });
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
