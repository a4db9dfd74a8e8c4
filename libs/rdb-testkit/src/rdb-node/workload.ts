import { randomBytes } from 'node:crypto';
import { InvalidError } from '@daos-nats/base';
import type { Replica } from '@daos-nats/rdb';
import type { WorkloadReply, WorkloadRequest } from './rdb-node-protocol.js';

/** Limits of one workload request, so a typo cannot pin a node for an hour. */
export const workloadLimits = { countMax: 1_000_000, inFlightMax: 4096, keyBytesMax: 4096, valueBytesMax: 1024 * 1024 } as const;

/** The value at quantile `q` (0..1) of ascending `sorted`, nearest rank; 0 when empty. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function checkRequest(r: WorkloadRequest): void {
  const int = (name: keyof WorkloadRequest, max: number) => {
    const v = r[name];
    if (!Number.isSafeInteger(v) || v < 1 || v > max) throw new InvalidError(`workload: ${name} must be an integer in [1, ${max}], got ${JSON.stringify(v)}`);
  };
  int('count', workloadLimits.countMax);
  int('inFlight', workloadLimits.inFlightMax);
  int('keyBytes', workloadLimits.keyBytesMax);
  int('valueBytes', workloadLimits.valueBytesMax);
}

/**
 * Commit `count` transactions of one update each (a random key of `keyBytes` in the root KVS, a
 * value of `valueBytes`) on `replica`, which must lead, with `inFlight` of them outstanding at
 * once, all in the term current at the start. Stops at the first failure: a run that lost its
 * leadership measures nothing.
 */
export async function runWorkload(replica: Replica, req: WorkloadRequest): Promise<WorkloadReply> {
  checkRequest(req);
  const term = replica.currentTerm;
  await replica.leading(term);
  const value = new Uint8Array(randomBytes(req.valueBytes));
  const latencies: number[] = [];
  let issued = 0;
  let failed = 0;
  let firstError: string | null = null;
  const worker = async () => {
    while (issued < req.count && firstError === null) {
      issued++;
      const key = new Uint8Array(randomBytes(req.keyBytes));
      const t0 = performance.now();
      try {
        const tx = await replica.begin(term);
        tx.update([], key, value);
        await tx.commit();
        latencies.push(performance.now() - t0);
      } catch (e) {
        failed++;
        firstError ??= `${(e as Error).name}: ${(e as Error).message}`;
      }
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: Math.min(req.inFlight, req.count) }, worker));
  const elapsedMs = performance.now() - start;
  latencies.sort((a, b) => a - b);
  return {
    committed: latencies.length,
    failed,
    firstError,
    elapsedMs,
    commitsPerSec: latencies.length / (elapsedMs / 1000),
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
    maxMs: latencies.at(-1) ?? 0,
  };
}
