// The pool-service process: joins the system as a member (rank from the management service),
// then hosts the pool service replicas the MS places on that rank (one raft group per pool).
// `pool-service --help` lists its environment; libs/service-kit runs it.
import { MemberState, MgmtClient, placementMapOf, reclaimRebuild, startRebuild, type RebuildSummary } from '@daos-nats/client';
import { lazyIvClient, parseIvRank } from '@daos-nats/iv-nats';
import { envVar, runServiceProcess } from '@daos-nats/service-kit';
import { IvPoolHooks } from './pool-iv.js';
import { poolLimitsEnv, poolLimitsFromEnv } from './pool-limits-env.js';
import { createPoolService } from './pool-service.js';

/** A rebuild's state for the leader's log: counts, and the first targets that failed. */
function summaryOf(s: RebuildSummary): { state: RebuildSummary['state']; detail: string } {
  const failed = s.targets.filter((t) => t.state === 'failed').slice(0, 3).map((t) => `rank ${t.rank} target ${t.target}: ${t.error}`);
  return { state: s.state, detail: `${s.objectsDone}/${s.objectsTodo} objects, ${s.bytesDone}/${s.bytesTodo} bytes${failed.length > 0 ? `; ${failed.join('; ')}` : ''}` };
}

await runServiceProcess({
  name: 'pool-service',
  summary: 'hosts the pool service replicas the management service places on this member',
  role: 'pool',
  identity: 'member',
  kind: 'pool-service',
  hostDir: 'pools',
  env: {
    SELF_HEAL_INTERVAL_MS: envVar.integer('how often a pool leader looks for system-excluded ranks', 'ms', 2_000),
    REBUILD_INTERVAL_MS: envVar.integer('how often a pool leader asks the engines how a pending rebuild goes (and starts it)', 'ms', 1_000),
    ...poolLimitsEnv,
    IV_RANK: envVar.optionalString('root pool namespaces in the IV cache of this rank and invalidate evicted handles there: a rank, or "self" (this member\'s rank; npm start runs an iv-cache per member rank); unset: no IV'),
  },
  service: (p) => {
    const ivRank = parseIvRank(p.env.IV_RANK);
    const iv = ivRank === undefined ? undefined : new IvPoolHooks(lazyIvClient(p.bus, p.system, ivRank, () => p.rank, p.rng), p.log);
    const mgmt = new MgmtClient({ bus: p.bus, system: p.system, rng: p.rng, rsvcConfig: { callTimeoutMs: 30_000 } }, p.msReplicas ? { replicas: p.msReplicas } : {});
    return createPoolService({
      log: p.log,
      reportReplicas: async (uuid, svcRanks) => {
        await mgmt.poolUpdateReplicas({ uuid, svcRanks: [...svcRanks] });
      },
      excludedRanks: async (ranks) =>
        (await mgmt.systemQuery({ ranks, stateMask: MemberState.Excluded | MemberState.AdminExcluded })).members.map((m) => m.rank),
      selfHeal: { intervalMs: p.env.SELF_HEAL_INTERVAL_MS },
      rebuild: {
        intervalMs: p.env.REBUILD_INTERVAL_MS,
        driver: {
          start: async (pool, map, base) => summaryOf(await startRebuild({ bus: p.bus, system: p.system, pool, map: placementMapOf(map), prevMap: placementMapOf(base) })),
          reclaim: async (pool, map) => void (await reclaimRebuild({ bus: p.bus, system: p.system, pool, map: placementMapOf(map) })),
        },
      },
      limits: poolLimitsFromEnv(p.env),
      ...(iv ? { iv } : {}),
    });
  },
});
