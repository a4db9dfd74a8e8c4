// Starting, probing and stopping the two raft groups of a pool (pool service and container
// service, both with group id = the pool uuid) on behalf of the MS.
import { CONT_SERVICE, POOL_SERVICE, poolOps, rsvcOps } from '@daos-nats/api';
import { codeOf, DER, TimedOutError } from '@daos-nats/base';
import { distStart, distStop, ServiceCaller } from '@daos-nats/client';
import { daos } from '@daos-nats/proto';
import type { MsDeps } from './ms-deps.js';

/** Per-request deadline while waiting for a new group to come up. */
const PROBE_TIMEOUT_MS = 1_000;
/** Pause between rounds of probes. */
const PROBE_PAUSE_MS = 100;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Wait until some replica of `service`/`group` answers as an UP leader (`rsvc.replicas.list`),
 * i.e. the group elected a leader and bootstrapped. Returns the members it reports.
 */
export async function waitServiceUp(d: MsDeps, service: string, group: string, ranks: readonly number[], signal: AbortSignal): Promise<number[]> {
  const deadline = d.monoMs() + d.config.serviceStartTimeoutMs;
  const caller = groupCaller(d, service, group, ranks);
  let last: unknown;
  while (d.monoMs() < deadline) {
    signal.throwIfAborted();
    for (const rank of ranks) {
      try {
        const rep = await caller.callRank(rank, rsvcOps.replicasList, {}, { timeoutMs: PROBE_TIMEOUT_MS, clientTimeUs: 0 });
        return (rep.members ?? []).map((m) => m.rank ?? 0);
      } catch (e) {
        last = e; // NOTLEADER, UNINIT (bootstrapping), TIMEDOUT: try the next one
      }
    }
    await sleep(PROBE_PAUSE_MS);
  }
  throw new TimedOutError(`the ${service} service of ${group} did not come up on ranks ${ranks.join(',')} within ${d.config.serviceStartTimeoutMs} ms`, { cause: last });
}

export interface PoolPlan {
  readonly uuid: string;
  readonly svcRanks: readonly number[];
  readonly contRanks: readonly number[];
  readonly poolBootstrap: daos.pool.v1.PoolBootstrap.$Properties;
  readonly contBootstrap: daos.cont.v1.ContBootstrap.$Properties;
}

/** Dist-start both groups (create, fenced by the MS term) and wait for both to be up; undo on failure. */
export async function startPoolServices(d: MsDeps, plan: PoolPlan, fenceTerm: number, signal: AbortSignal): Promise<void> {
  try {
    await distStart(groupCaller(d, POOL_SERVICE, plan.uuid, plan.svcRanks), {
      ranks: plan.svcRanks, create: true, fenceTerm,
      bootstrapArg: daos.pool.v1.PoolBootstrap.encode(plan.poolBootstrap).finish(), timeoutMs: d.config.serviceStartTimeoutMs,
    });
    await waitServiceUp(d, POOL_SERVICE, plan.uuid, plan.svcRanks, signal);
    await distStart(groupCaller(d, CONT_SERVICE, plan.uuid, plan.contRanks), {
      ranks: plan.contRanks, create: true, fenceTerm,
      bootstrapArg: daos.cont.v1.ContBootstrap.encode(plan.contBootstrap).finish(), timeoutMs: d.config.serviceStartTimeoutMs,
    });
    await waitServiceUp(d, CONT_SERVICE, plan.uuid, plan.contRanks, signal);
  } catch (e) {
    d.log.warn({ pool: plan.uuid, err: (e as Error).message }, 'pool create failed: destroying what was started');
    await stopPoolServices(d, plan.uuid, plan.svcRanks, plan.contRanks, fenceTerm);
    throw e;
  }
}

/** Destroy both groups' replicas on the given ranks; best effort (a down rank keeps its file). */
export async function stopPoolServices(d: MsDeps, uuid: string, svcRanks: readonly number[], contRanks: readonly number[], fenceTerm: number): Promise<void> {
  const stop = async (service: string, ranks: readonly number[]) => {
    const caller = groupCaller(d, service, uuid, ranks);
    await Promise.all(
      ranks.map((rank) =>
        distStop(caller, { ranks: [rank], destroy: true, fenceTerm, timeoutMs: d.config.memberControlTimeoutMs }).catch((e: unknown) => {
          if (codeOf(e) !== DER.NONEXIST) d.log.warn({ pool: uuid, service, rank, err: (e as Error).message }, 'could not destroy a replica');
        }),
      ),
    );
  };
  await Promise.all([stop(POOL_SERVICE, svcRanks), stop(CONT_SERVICE, contRanks)]);
}

/** Current replicas of a pool's group as its leader reports them, or `fallback` if none answers. */
export async function currentReplicas(d: MsDeps, service: string, uuid: string, fallback: readonly number[]): Promise<number[]> {
  const caller = groupCaller(d, service, uuid, fallback);
  for (const rank of fallback) {
    try {
      const rep = await caller.callRank(rank, rsvcOps.replicasList, {}, { timeoutMs: PROBE_TIMEOUT_MS, clientTimeUs: 0 });
      const ranks = (rep.members ?? []).map((m) => m.rank ?? 0);
      return [...new Set([...ranks, ...fallback])];
    } catch {
      // try the next
    }
  }
  return [...fallback];
}

/**
 * A caller of one of the pool's groups, bounded by the MS's deadlines: leader search with hints
 * and retries (`call`), or one rank at a time (`callRank`: dist start/stop, probes).
 */
function groupCaller(d: MsDeps, service: string, uuid: string, ranks: readonly number[]): ServiceCaller {
  return new ServiceCaller({
    bus: d.bus, system: d.system, service, group: uuid, ranks, rng: d.rng,
    config: { callTimeoutMs: d.config.memberControlTimeoutMs, attemptTimeoutMs: PROBE_TIMEOUT_MS * 3 },
  });
}

/** Open handles of a pool, asked of its pool service. */
export async function openHandles(d: MsDeps, uuid: string, svcRanks: readonly number[], signal: AbortSignal): Promise<number> {
  const rep = await groupCaller(d, POOL_SERVICE, uuid, svcRanks).call(poolOps.handlesList, {}, { signal });
  return (rep.handles ?? []).length;
}

/** Evict every handle and stop new connections (DAOS pvi_pool_destroy). */
export async function evictForDestroy(d: MsDeps, uuid: string, svcRanks: readonly number[], signal: AbortSignal): Promise<void> {
  await groupCaller(d, POOL_SERVICE, uuid, svcRanks).call(poolOps.evict, { destroy: true }, { signal });
}
