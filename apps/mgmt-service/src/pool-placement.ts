import { createHash } from 'node:crypto';

export interface Candidate {
  readonly rank: number;
  readonly faultDomain: string;
}

function score(seed: string, item: string): string {
  return createHash('sha256').update(seed).update('\0').update(item).digest('hex');
}

/**
 * Pick `n` ranks among `candidates`, one per fault domain before any domain gets a second (DAOS
 * `ds_pool_plan_svc_reconfs`: fill empty domains first, then balance). The order within and
 * across domains is a hash of `seed` (the pool uuid): the same pool over the same members always
 * gets the same ranks, so a create retried on a new MS leader starts the same replicas again, and
 * different pools spread their leaders over the members.
 */
export function placeReplicas(candidates: readonly Candidate[], n: number, seed: string): number[] {
  const domains = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = domains.get(c.faultDomain) ?? [];
    list.push(c);
    domains.set(c.faultDomain, list);
  }
  const ordered = [...domains.entries()]
    .sort(([a], [b]) => (score(seed, `d:${a}`) < score(seed, `d:${b}`) ? -1 : 1))
    .map(([, list]) => list.sort((a, b) => (score(seed, `r:${a.rank}`) < score(seed, `r:${b.rank}`) ? -1 : 1)));
  const out: number[] = [];
  for (let round = 0; out.length < n; round++) {
    let took = false;
    for (const list of ordered) {
      const c = list[round];
      if (c && out.length < n) {
        out.push(c.rank);
        took = true;
      }
    }
    if (!took) break;
  }
  return out;
}
