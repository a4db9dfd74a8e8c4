import type { FaultKind } from './fault-kinds.js';
import type { FaultRecord } from './nemesis.js';
import type { CampaignOp } from './workload.js';

export interface ResumeStats {
  readonly kind: FaultKind;
  readonly faults: number;
  /** Heal → first acknowledged write, per fault (ms); undefined = no write before the next fault or the end. */
  readonly resumeMs: readonly (number | undefined)[];
  readonly maxMs: number | undefined;
  /** Per fault: the longest time without an acknowledged write, from the fault's start to the first write after its heal. */
  readonly gapMs: readonly (number | undefined)[];
  /** Faults after which writes did not resume at all. */
  readonly stalls: number;
}

const isWrite = (o: CampaignOp) => o.input.op === 'put' || o.input.op === 'delete' || o.input.op === 'alloc';

/** Per fault kind: how long after each heal the first write was acknowledged. */
export function resumeStats(faults: readonly FaultRecord[], history: readonly CampaignOp[]): ResumeStats[] {
  const acks = history.filter((o) => o.outcome === 'ok' && isWrite(o)).map((o) => o.completeMs!).sort((a, b) => a - b);
  const indexAfter = (t: number): number => {
    let lo = 0;
    let hi = acks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (acks[mid]! >= t) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const firstAckAfter = (t: number): number | undefined => acks[indexAfter(t)];
  const longestGap = (fromMs: number, toMs: number): number => {
    let prev = fromMs;
    let gap = 0;
    for (let i = Math.max(0, indexAfter(fromMs) - 1); i < acks.length && acks[i]! <= toMs; i++) {
      gap = Math.max(gap, acks[i]! - prev);
      prev = Math.max(prev, acks[i]!);
    }
    return gap;
  };
  const byKind = new Map<FaultKind, { resume: (number | undefined)[]; gap: (number | undefined)[] }>();
  for (const f of faults) {
    const ack = firstAckAfter(f.healMs);
    const e = byKind.get(f.kind) ?? { resume: [], gap: [] };
    e.resume.push(ack === undefined ? undefined : ack - f.healMs);
    e.gap.push(ack === undefined ? undefined : longestGap(f.startMs, ack));
    byKind.set(f.kind, e);
  }
  return [...byKind].map(([kind, { resume, gap }]) => {
    const known = resume.filter((x): x is number => x !== undefined);
    return { kind, faults: resume.length, resumeMs: resume, gapMs: gap, maxMs: known.length ? Math.max(...known) : undefined, stalls: resume.length - known.length };
  });
}

/** Percentile of sorted `xs` (nearest rank). */
function pct(xs: readonly number[], p: number): number {
  return xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
}

/**
 * Over many runs, per fault kind: median, p90 and max of heal → first write and of the gap, and
 * how many faults resumed later than one election timeout (lines for the --runs total).
 */
export function formatResumeTotals(runs: readonly (readonly ResumeStats[])[], electionTimeoutMs: number): string[] {
  const byKind = new Map<FaultKind, { resume: number[]; gap: number[]; stalls: number }>();
  for (const run of runs)
    for (const k of run) {
      const e = byKind.get(k.kind) ?? { resume: [], gap: [], stalls: 0 };
      e.resume.push(...k.resumeMs.filter((x): x is number => x !== undefined));
      e.gap.push(...k.gapMs.filter((x): x is number => x !== undefined));
      e.stalls += k.stalls;
      byKind.set(k.kind, e);
    }
  const lines = [`writes resumed after heal, all runs (ms; election timeout ${electionTimeoutMs} ms): kind, faults, median / p90 / max, over the election timeout, gap median / max`];
  for (const [kind, e] of [...byKind].sort(([a], [b]) => a.localeCompare(b))) {
    const r = [...e.resume].sort((a, b) => a - b);
    const g = [...e.gap].sort((a, b) => a - b);
    const over = r.filter((x) => x > electionTimeoutMs).length;
    const fmt = (xs: number[], p: number) => (xs.length ? String(Math.round(pct(xs, p))) : '-');
    lines.push(`  ${kind.padEnd(18)} ${String(r.length + e.stalls).padStart(3)}  ${fmt(r, 50)} / ${fmt(r, 90)} / ${fmt(r, 100)}  over ${over}  gap ${fmt(g, 50)} / ${fmt(g, 100)}${e.stalls ? `  ${e.stalls} STALLS` : ''}`);
  }
  return lines;
}
