import type { CampaignResult } from './campaign.js';

const s1 = (ms: number | undefined) => (ms === undefined ? 'never' : `${(ms / 1000).toFixed(2)} s`);

/** The readable summary; its last line is the one-line verdict. */
export function formatReport(r: CampaignResult): string {
  const lines: string[] = [];
  const o = r.options;
  lines.push(`== campaign seed ${o.seed}: ${o.seconds} s, ${o.replicas} replicas, ${o.clients} clients, nemesis ${o.nemesis.join(',') || 'none'}`);
  lines.push(`operations: ${r.ops} (${r.okOps} ok, ${r.indeterminateOps} indeterminate)`);
  const lin = r.linearizability;
  lines.push(`linearizability: ${lin.verdict} over ${lin.partitions.length} keys (${lin.partitions.map((p) => `${p.key}:${p.ops}`).join(' ')})`);
  for (const p of [...lin.violations, ...lin.unknown]) lines.push(`  ${p.verdict} on ${p.key}: ${p.explanation}`);
  for (const l of r.lostWrites) lines.push(`  lost write on ${l.key}: final ${JSON.stringify(l.finalValue)} lost ${l.lost}`);
  for (const a of r.allocations)
    lines.push(`allocation ${a.key}: final ${a.final ?? '?'}, ${a.acknowledged} acknowledged, ${a.indeterminate} indeterminate, ${a.overlaps} overlaps${a.problems.length ? `; ${a.problems.join('; ')}` : ''}`);
  lines.push(`faults: ${r.faults.length} injected${r.skippedFaults.length ? `, ${r.skippedFaults.length} skipped (${r.skippedFaults.join('; ')})` : ''}`);
  lines.push(`writes resumed after heal (election timeout ${r.electionTimeoutMs} ms, client attempt timeout ${o.attemptTimeoutMs} ms); gap = longest time without a write ack from fault start to resume:`);
  for (const k of r.resume) {
    const over = k.maxMs !== undefined && k.maxMs > r.electionTimeoutMs ? '  > election timeout' : '';
    lines.push(`  ${k.kind.padEnd(15)} ${String(k.faults).padStart(3)} faults  max ${s1(k.maxMs).padStart(7)}  [${k.resumeMs.map((x) => (x === undefined ? 'never' : Math.round(x))).join(', ')}] ms  gaps [${k.gapMs.map((x) => (x === undefined ? '?' : Math.round(x))).join(', ')}] ms${k.stalls ? `  ${k.stalls} STALLS` : ''}${over}`);
  }
  lines.push(`  final heal      first write after ${s1(r.finalResumeMs)}`);
  lines.push(`replicas: ${r.states.map((s) => `rank ${s.rank} applied ${s.appliedIndex} rows ${s.rows} ${s.digest.slice(0, 12)}`).join('; ')}`);
  lines.push(`replica states: ${r.stateComparison.mismatches === 0 ? 'equal' : `${r.stateComparison.mismatches} DIFFER`} at the highest applied index${r.stateComparison.lagging.length ? `; behind: ranks ${r.stateComparison.lagging.join(',')}` : ''}`);
  if (r.inconclusive) lines.push(`inconclusive: ${r.inconclusive} (search limit or unread keys: ${r.unreadKeys.join(',')})`);
  lines.push(`campaign: ${r.ops} ops, ${r.violations} violations, ${r.lost} lost acknowledged writes, ${r.doubleExecutions} double executions`);
  return lines.join('\n');
}

/** A run passes when nothing was violated, lost or done twice, and nothing was left unchecked. */
export function passed(r: CampaignResult): boolean {
  return r.violations === 0 && r.lost === 0 && r.doubleExecutions === 0 && r.inconclusive === 0;
}
