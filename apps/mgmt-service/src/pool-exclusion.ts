import { codeOf, DER } from '@daos-nats/base';
import { POOL_SERVICE, ServiceCaller, mgmtOps, msReplicaSubject, poolOps } from '@daos-nats/client';
import type { MsDeps } from './ms-deps.js';

/**
 * Exclude dead ranks from every pool's map (DAOS: SWIM marks a rank dead, the pool services
 * exclude it, self_heal=exclude being the default). Each pool service then moves its replicas off
 * an excluded rank (its own reconfiguration) and reports the new ranks to the MS. A pool whose map
 * does not hold the rank answers DER_NONEXIST, which is fine; DER_RF (the pool would lose data
 * redundancy) is left to an administrator, as DAOS does without `force`.
 */
export async function excludeFromPools(d: MsDeps, ranks: readonly number[], signal: AbortSignal): Promise<void> {
  // The pool list through our own subject: a read on the leader, like any client's.
  const rep = await d.bus.requestReply(msReplicaSubject(d.system, d.rank), mgmtOps.poolList.name, mgmtOps.poolList.request.encode({}).finish(), {
    timeoutMs: d.config.memberControlTimeoutMs,
    clientTimeUs: 0,
  });
  const pools = mgmtOps.poolList.reply.decode(rep.body).pools ?? [];
  for (const pool of pools) {
    const caller = new ServiceCaller({
      bus: d.bus, system: d.system, service: POOL_SERVICE, group: pool.uuid ?? '', ranks: pool.svcRanks ?? [], rng: d.rng,
      config: { callTimeoutMs: d.config.memberControlTimeoutMs },
    });
    for (const rank of ranks) {
      signal.throwIfAborted();
      try {
        const r = await caller.call(poolOps.exclude, { rank, targets: [], force: false }, { signal });
        d.log.warn({ pool: pool.uuid, rank, mapVersion: r.mapVersion }, 'dead rank excluded from the pool map');
      } catch (e) {
        if (codeOf(e) === DER.NONEXIST) continue;
        d.log.warn({ pool: pool.uuid, rank, err: (e as Error).message }, 'could not exclude a dead rank from the pool map');
      }
    }
  }
}
