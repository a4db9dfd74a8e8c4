/** The result of one closed-loop run. */
export interface LoopResult {
  readonly opsPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly ops: number;
  readonly errors: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/**
 * `concurrency` workers, each issuing its next operation as soon as the previous one returns,
 * for `warmupMs` (not counted) then `durationMs` (counted, also capped at `opsMax`). An error
 * counts and the worker goes on.
 */
export async function closedLoop(o: { concurrency: number; warmupMs: number; durationMs: number; opsMax: number; op: (seq: number) => Promise<void> }): Promise<LoopResult> {
  let seq = 0;
  let errors = 0;
  let measuring = false;
  let stop = false;
  const latencies: number[] = [];
  const worker = async () => {
    while (!stop) {
      const t0 = performance.now();
      const counted = measuring;
      try {
        await o.op(seq++);
      } catch {
        if (counted) errors++;
        continue;
      }
      if (counted && measuring && latencies.length < o.opsMax) latencies.push(performance.now() - t0);
    }
  };
  const workers = Array.from({ length: o.concurrency }, worker);
  await new Promise((r) => setTimeout(r, o.warmupMs));
  measuring = true;
  const start = performance.now();
  const deadline = start + o.durationMs;
  while (performance.now() < deadline && latencies.length < o.opsMax) await new Promise((r) => setTimeout(r, 20));
  measuring = false;
  const elapsedMs = performance.now() - start;
  const ops = latencies.length;
  stop = true;
  await Promise.all(workers);
  const sorted = Float64Array.from(latencies).sort();
  return { opsPerSec: (ops / elapsedMs) * 1000, p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99), ops, errors };
}

/** A 16-byte key from a sequence number (`key/000000001234`), cycling over `keys`. */
export function benchKey(seq: number, keys: number): string {
  return `key/${String(seq % keys).padStart(12, '0')}`;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}
