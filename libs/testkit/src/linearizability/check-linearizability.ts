import type { Model } from './model.js';
import type { Operation } from './operation.js';
import { DEFAULT_SEARCH_LIMITS, searchLinearization, type SearchLimits, type Verdict } from './wgl-search.js';

export interface PartitionResult {
  readonly key: string;
  readonly verdict: Verdict;
  /** Operations checked (fails dropped), and how many were indeterminate. */
  readonly ops: number;
  readonly indeterminate: number;
  readonly steps: number;
  /** For a violation or unknown: what blocked the search, readable. */
  readonly explanation?: string;
}

export interface LinearizabilityResult {
  /** `violation` if any partition has one; else `unknown` if any search hit its limit; else `ok`. */
  readonly verdict: Verdict;
  readonly partitions: readonly PartitionResult[];
  readonly violations: readonly PartitionResult[];
  readonly unknown: readonly PartitionResult[];
}

/**
 * Check that `history` is linearizable with respect to `model`, one partition (key) at a time:
 * a history is linearizable iff each key's sub-history is (locality, Herlihy & Wing), which keeps
 * each search small. Failed operations are dropped (they did not happen); indeterminate ones may
 * take effect at any time after their invocation, or never.
 */
export function checkLinearizability<S, I, O>(model: Model<S, I, O>, history: readonly Operation<I, O>[], limits: SearchLimits = DEFAULT_SEARCH_LIMITS): LinearizabilityResult {
  const byKey = new Map<string, Operation<I, O>[]>();
  for (const op of history) {
    if (op.outcome === 'fail') continue;
    const k = model.partition(op.input);
    let list = byKey.get(k);
    if (!list) byKey.set(k, (list = []));
    list.push(op);
  }
  const partitions: PartitionResult[] = [];
  for (const [key, ops] of [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const r = searchLinearization(model, ops, limits);
    const base = { key, verdict: r.verdict, ops: ops.length, indeterminate: ops.filter((o) => o.outcome === 'indeterminate').length, steps: r.steps };
    if (r.verdict === 'ok') {
      partitions.push(base);
      continue;
    }
    const blocked = r.blockedBy === undefined ? undefined : ops[r.blockedBy];
    const what = blocked ? `${model.describe(blocked.input, blocked.output)} by client ${blocked.client} [${blocked.invokeMs}, ${blocked.completeMs ?? '∞'}] ms` : 'nothing';
    const explanation =
      r.verdict === 'violation'
        ? `no linearization: at most ${r.deepest} of ${ops.length} operations order legally, then ${what} cannot`
        : `search limit reached after ${r.steps} steps (${limits.searchStepsMax} steps / ${limits.memoEntriesMax} memo entries allowed)`;
    partitions.push({ ...base, explanation });
  }
  const violations = partitions.filter((p) => p.verdict === 'violation');
  const unknown = partitions.filter((p) => p.verdict === 'unknown');
  return { verdict: violations.length > 0 ? 'violation' : unknown.length > 0 ? 'unknown' : 'ok', partitions, violations, unknown };
}
