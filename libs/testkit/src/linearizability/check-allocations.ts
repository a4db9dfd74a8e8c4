import type { Outcome } from './operation.js';

/** One allocation of `count` consecutive values from a counter (an OID range). */
export interface Allocation {
  readonly client: number;
  readonly count: number;
  readonly outcome: Outcome;
  /** The first value, when acknowledged. */
  readonly start?: number;
}

export interface AllocationCheck {
  readonly acknowledged: number;
  readonly indeterminate: number;
  /** Pairs of acknowledged ranges that overlap: one allocation executed for two callers. */
  readonly overlaps: number;
  /** Acknowledged allocations not covered by the final counter (the counter went back). */
  readonly lost: number;
  /** Allocations the final counter holds beyond every acknowledged and indeterminate one. */
  readonly doubleExecutions: number;
  /** Readable findings, empty when all is well. */
  readonly problems: readonly string[];
}

/** Largest sum of indeterminate counts that subset-sum is computed for (bits of the table). */
export const SUBSET_SUM_MAX = 1_000_000;

function subsetSums(counts: readonly number[], target: number): boolean {
  if (target === 0) return true;
  if (target > SUBSET_SUM_MAX) throw new RangeError(`subset-sum target ${target} exceeds SUBSET_SUM_MAX (${SUBSET_SUM_MAX})`);
  const reach = new Uint8Array(target + 1);
  reach[0] = 1;
  for (const c of counts) for (let s = target; s >= c; s--) if (reach[s - c]) reach[s] = 1;
  return reach[target] === 1;
}

/**
 * Exactly-once for a counter allocator: acknowledged ranges never overlap, lie below the final
 * counter, and the final counter minus the initial one is the acknowledged total plus the counts
 * of some subset of the indeterminate allocations (those that took effect though their caller
 * never heard). Anything more is an allocation executed twice.
 */
export function checkAllocations(allocations: readonly Allocation[], initial: number, final: number): AllocationCheck {
  const acked = allocations.filter((a) => a.outcome === 'ok' && a.start !== undefined).sort((a, b) => a.start! - b.start!);
  const indet = allocations.filter((a) => a.outcome === 'indeterminate').map((a) => a.count);
  const problems: string[] = [];
  let overlaps = 0;
  for (let i = 1; i < acked.length; i++) {
    const a = acked[i - 1]!;
    const b = acked[i]!;
    if (a.start! + a.count > b.start!) {
      overlaps++;
      if (problems.length < 20) problems.push(`ranges overlap: [${a.start}, +${a.count}) of client ${a.client} and [${b.start}, +${b.count}) of client ${b.client}`);
    }
  }
  let lost = 0;
  for (const a of acked) {
    if (a.start! < initial || a.start! + a.count > final) {
      lost++;
      if (problems.length < 20) problems.push(`acknowledged range [${a.start}, +${a.count}) of client ${a.client} is outside [${initial}, ${final})`);
    }
  }
  const ackedSum = acked.reduce((s, a) => s + a.count, 0);
  const indetSum = indet.reduce((s, c) => s + c, 0);
  const excess = final - initial - ackedSum;
  let doubleExecutions = 0;
  if (excess < 0) {
    if (lost === 0) lost = 1;
    problems.push(`the counter advanced ${final - initial}, less than the ${ackedSum} acknowledged`);
  } else if (excess > indetSum) {
    doubleExecutions = Math.max(1, overlaps);
    problems.push(`the counter advanced ${excess} beyond the acknowledged ${ackedSum}; indeterminate allocations explain at most ${indetSum}`);
  } else if (!subsetSums(indet, excess)) {
    doubleExecutions = Math.max(1, overlaps);
    problems.push(`no subset of the indeterminate allocations sums to the ${excess} the counter advanced beyond the acknowledged ${ackedSum}`);
  }
  if (overlaps > doubleExecutions) doubleExecutions = overlaps;
  return { acknowledged: acked.length, indeterminate: indet.length, overlaps, lost, doubleExecutions, problems };
}
