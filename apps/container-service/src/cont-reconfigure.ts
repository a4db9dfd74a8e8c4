// The container service's replicas follow the system (issue 12 item 5), as the pool service's do
// (apps/pool-service/pool-reconfigure.ts): off ranks taken out of service, onto ranks in service,
// and the new list reported to the management service.
import { rsvcOps } from '@daos-nats/api';
import type { LeaderTerm } from '@daos-nats/rsvc';
import type { Logger } from '@daos-nats/telemetry';

/** A container-service rank in service (Joined in the MS), with its fault domain. */
export interface ServiceRank {
  readonly rank: number;
  readonly faultDomain: string;
}

export interface ContReconfigureOptions {
  /** The container-service ranks in service now (the MS's Joined container-service members). */
  readonly inService: (signal: AbortSignal) => Promise<ServiceRank[]>;
  /** Tell the MS the group's replicas after a change (mgmt.pool.update-replicas, contRanks). */
  readonly report: (pool: string, contRanks: readonly number[], signal: AbortSignal) => Promise<void>;
  /** How often the leader looks. */
  readonly intervalMs: number;
  /** Deadline of each look (the MS query, each membership change, the report). */
  readonly requestTimeoutMs: number;
}

/**
 * Drop replicas on ranks out of service (never this leader: it resigns instead), then fill up to
 * `wanted` from ranks in service, empty fault domains first, each in rank order.
 */
export function planContReplicas(current: readonly number[], ups: readonly ServiceRank[], self: number, wanted: number): { add: number[]; remove: number[] } {
  const up = new Map(ups.map((r) => [r.rank, r]));
  const remove = current.filter((r) => !up.has(r) && r !== self);
  const keep = current.filter((r) => !remove.includes(r));
  const domains = new Set(keep.map((r) => up.get(r)?.faultDomain || `rank:${r}`));
  const domainOf = (r: ServiceRank) => r.faultDomain || `rank:${r.rank}`;
  const candidates = ups.filter((r) => !keep.includes(r.rank)).sort((a, b) => Number(domains.has(domainOf(a))) - Number(domains.has(domainOf(b))) || a.rank - b.rank);
  const add: number[] = [];
  for (const c of candidates) {
    if (keep.length + add.length >= wanted) break;
    add.push(c.rank);
    domains.add(domainOf(c));
  }
  return { add, remove };
}

/**
 * One look: move replicas off ranks out of service, grow back to `wanted` (the founding count; 0:
 * the current count) from ranks in service, report a change. Runs as the leader of gt.term.
 */
export async function reconfigureContReplicas(o: ContReconfigureOptions, gt: LeaderTerm, log: Logger, wanted = 0): Promise<void> {
  const signal = () => AbortSignal.timeout(o.requestTimeoutMs);
  const ups = await o.inService(signal());
  if (ups.length === 0) return; // the MS answered nothing useful: change nothing on no evidence
  const current = ((await gt.run(rsvcOps.replicasList, {}, { signal: signal() })).members ?? []).map((m) => m.rank ?? 0);
  const { add, remove } = planContReplicas(current, ups, gt.rank, wanted || current.length);
  if (add.length > 0 || remove.length > 0) {
    log.info({ pool: gt.group, current, add, remove }, 'reconfiguring container service replicas');
    // Add first, so the group never has fewer voters than before while a replacement is made.
    let now = current;
    if (add.length > 0) now = ((await gt.run(rsvcOps.replicasAdd, { ranks: add }, { signal: signal() })).members ?? []).map((m) => m.rank ?? 0);
    if (remove.length > 0) now = ((await gt.run(rsvcOps.replicasRemove, { ranks: remove }, { signal: signal() })).members ?? []).map((m) => m.rank ?? 0);
    await o.report(gt.group, [...now].sort((a, b) => a - b), signal());
  }
  // A leader cannot remove itself: hand over, and the next leader's look removes this replica.
  if (!ups.some((r) => r.rank === gt.rank) && current.length > 1) {
    log.info({ pool: gt.group, rank: gt.rank, term: gt.term }, 'leader rank is out of service: resigning');
    gt.resign();
  }
}

/** Look every intervalMs until the returned stop is called (one look at a time). */
export function startContReconfiguration(o: ContReconfigureOptions, gt: LeaderTerm, log: Logger, wanted = 0): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const loop = (): void => {
    timer = setTimeout(() => {
      void reconfigureContReplicas(o, gt, log, wanted)
        .catch((e: unknown) => log.debug({ pool: gt.group, err: (e as Error).message }, 'container service reconfiguration failed; next look retries'))
        .finally(() => {
          if (!stopped) loop();
        });
    }, o.intervalMs);
    timer.unref();
  };
  loop();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
