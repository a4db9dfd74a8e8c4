import { poolOps, rsvcOps } from '@daos-nats/api';
import type { LeaderTerm } from '@daos-nats/rsvc';
import type { Logger } from '@daos-nats/telemetry';
import { decodeMap, upRanks, type MapRank } from './pool-map.js';
import { daos } from '@daos-nats/proto';

export interface ReconfigureOptions {
  readonly log: Logger;
  readonly reportReplicas?: (uuid: string, svcRanks: readonly number[]) => Promise<void>;
  /** Deadline of each operation the leader runs on itself (and, inside replicas.add, on a new replica). */
  readonly requestTimeoutMs: number;
  /** How often to look again for a map change not yet visible to reads. */
  readonly mapWaitAttemptsMax: number;
  readonly mapWaitMs: number;
}

export const reconfigureDefaults = { requestTimeoutMs: 30_000, mapWaitAttemptsMax: 50, mapWaitMs: 20 } as const;

/**
 * Plan the service replicas for a map (DAOS ds_pool_plan_svc_reconfs): drop replicas whose rank
 * is out of service (never this leader itself: the framework cannot remove a leader), then fill up
 * to `wanted` from ranks in service, preferring fault domains no replica is in yet.
 */
export function planReplicas(current: readonly number[], ups: readonly MapRank[], self: number, wanted: number): { add: number[]; remove: number[] } {
  const up = new Map(ups.map((r) => [r.rank, r]));
  const remove = current.filter((r) => !up.has(r) && r !== self);
  const keep = current.filter((r) => !remove.includes(r));
  const domains = new Set(keep.map((r) => up.get(r)?.faultDomain || `rank:${r}`));
  const add: number[] = [];
  const candidates = ups.filter((r) => !keep.includes(r.rank));
  // Empty fault domains first, then the rest, each in rank order.
  candidates.sort((a, b) => Number(domains.has(a.faultDomain || `rank:${a.rank}`)) - Number(domains.has(b.faultDomain || `rank:${b.rank}`)) || a.rank - b.rank);
  for (const c of candidates) {
    if (keep.length + add.length >= wanted) break;
    add.push(c.rank);
    domains.add(c.faultDomain || `rank:${c.rank}`);
  }
  return { add, remove };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * After a map change (and at each step-up): replace the replicas on ranks taken out of the map,
 * record the new replica list in the pool (pool.svc-ranks.set) and tell the management service.
 * Runs as the leader of `gt.term`, one call at a time per group; runs its own operations in process
 * (`gt.run`), so every change goes through the same leader-only, locked path as a client's, and
 * ends with the term (DER_NOTLEADER) if leadership does.
 */
export async function reconfigureReplicas(o: Partial<ReconfigureOptions> & Pick<ReconfigureOptions, 'log'>, gt: LeaderTerm, state: { mapVersionWanted: number }): Promise<void> {
  const cfg = { ...reconfigureDefaults, ...o };
  const opts = () => ({ signal: AbortSignal.timeout(cfg.requestTimeoutMs) }); // a deadline per operation
  let info: daos.pool.v1.IPoolInfo | undefined;
  for (let i = 0; ; i++) {
    info = (await gt.run(poolOps.query, { wantMap: true }, opts())).info ?? undefined;
    if ((info?.mapVersion ?? 0) >= state.mapVersionWanted || i >= cfg.mapWaitAttemptsMax) break;
    await sleep(cfg.mapWaitMs); // the change that asked for this is still committing
  }
  if (!info?.map) return;
  const map = decodeMap(daos.pool.v1.PoolMap.encode(info.map).finish());
  const members = (await gt.run(rsvcOps.replicasList, {}, opts())).members ?? [];
  const current = members.map((r) => r.rank ?? 0);
  const wanted = info.svcReplicasWanted || current.length;
  const ups = upRanks(map);
  const { add, remove } = planReplicas(current, ups, gt.rank, wanted);
  let now = current;
  if (add.length > 0 || remove.length > 0) {
    cfg.log.info({ pool: gt.group, current, add, remove }, 'reconfiguring pool service replicas');
    // Add first, so the group never has fewer voters than before while a replacement is made.
    if (add.length > 0) now = ((await gt.run(rsvcOps.replicasAdd, { ranks: add }, opts())).members ?? []).map((r) => r.rank ?? 0);
    if (remove.length > 0) now = ((await gt.run(rsvcOps.replicasRemove, { ranks: remove }, opts())).members ?? []).map((r) => r.rank ?? 0);
  }
  const sorted = [...now].sort((a, b) => a - b);
  const recorded = [...(info.svcRanks ?? [])].sort((a, b) => a - b);
  if (sorted.join(',') !== recorded.join(',')) {
    await gt.run(poolOps.svcRanksSet, { svcRanks: sorted }, opts());
    if (cfg.reportReplicas) await cfg.reportReplicas(gt.group, sorted);
  }
  // A leader cannot remove itself (DAOS: the leader of an excluded rank resigns): hand over, and
  // the next leader's reconfiguration removes this replica.
  if (!ups.some((r) => r.rank === gt.rank) && sorted.length > 1) {
    cfg.log.info({ pool: gt.group, rank: gt.rank, term: gt.term }, 'leader rank left the pool map: resigning');
    gt.resign();
  }
}

