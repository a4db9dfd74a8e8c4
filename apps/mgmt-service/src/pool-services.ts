// Starting, probing and stopping the two raft groups of a pool (pool service and container
// service, both with group id = the pool uuid) on behalf of the MS.
import { CONT_SERVICE, POOL_SERVICE, poolOps, rsvcOps } from '@daos-nats/api';
import { codeOf, DER, TimedOutError } from '@daos-nats/base';
import { distStart, distStop, ServiceCaller } from '@daos-nats/client';
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

/**
 * Dist-start one group of a pool (create, generation 1, `ranks` as founding members, fenced by
 * the MS term) and wait until it answers as leader. Idempotent: a rank that already has this
 * generation with these founders answers success; one with other founders refuses (DER_EXIST).
 * Returns how long each half took (ms): the start requests, and the wait for an UP leader.
 */
export async function startGroup(
  d: MsDeps, service: string, uuid: string, ranks: readonly number[], bootstrapArg: Uint8Array, fenceTerm: number, createGen: number, signal: AbortSignal,
): Promise<{ startMs: number; upMs: number }> {
  const t0 = d.monoMs();
  await distStart(groupCaller(d, service, uuid, ranks), { ranks, create: true, fenceTerm, createGen, bootstrapArg, campaign: true, timeoutMs: d.config.serviceStartTimeoutMs });
  const t1 = d.monoMs();
  await waitServiceUp(d, service, uuid, ranks, signal);
  return { startMs: Math.round(t1 - t0), upMs: Math.round(d.monoMs() - t1) };
}

/**
 * Destroy both groups' replicas on the given ranks, retrying each rank every jobRetryPauseMs until
 * it confirms (success, or no replica there), or until it is no longer a live member (`live`:
 * an Excluded rank may never answer; what it keeps is the orphan sweep's). Ends when every rank
 * is done; rejects only when `signal` aborts. `createGenBelow` (nonzero): only replicas of an
 * earlier creation of the pool are destroyed; one of a later creation answers DER_STALE and is
 * kept (counted as done).
 */
export async function destroyReplicas(
  d: MsDeps, uuid: string, svcRanks: readonly number[], contRanks: readonly number[], fenceTerm: number, signal: AbortSignal,
  live: () => Promise<Set<number>>, createGenBelow = 0,
): Promise<void> {
  let left = [...svcRanks.map((rank) => ({ service: POOL_SERVICE, rank })), ...contRanks.map((rank) => ({ service: CONT_SERVICE, rank }))];
  while (left.length > 0) {
    signal.throwIfAborted();
    const outcomes = await Promise.all(
      left.map(async (r) => {
        try {
          await distStop(groupCaller(d, r.service, uuid, [r.rank]), { ranks: [r.rank], destroy: true, fenceTerm, createGenBelow, timeoutMs: d.config.memberControlTimeoutMs });
          return true;
        } catch (e) {
          if (codeOf(e) === DER.NONEXIST) return true;
          if (createGenBelow && codeOf(e) === DER.STALE) {
            d.log.info({ pool: uuid, service: r.service, rank: r.rank, err: (e as Error).message }, 'replica of a later creation of the pool kept');
            return true;
          }
          d.log.warn({ pool: uuid, service: r.service, rank: r.rank, err: (e as Error).message }, 'could not destroy a replica yet');
          return false;
        }
      }),
    );
    left = left.filter((_, i) => !outcomes[i]);
    if (left.length === 0) return;
    const alive = await live();
    const skipped = left.filter((r) => !alive.has(r.rank));
    if (skipped.length > 0) d.log.warn({ pool: uuid, ranks: skipped }, 'replicas on excluded ranks left to the orphan sweep');
    left = left.filter((r) => alive.has(r.rank));
    if (left.length > 0) await new Promise((r) => setTimeout(r, d.config.jobRetryPauseMs));
  }
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
export async function evictForDestroy(d: MsDeps, uuid: string, svcRanks: readonly number[], signal: AbortSignal, callTimeoutMs?: number): Promise<void> {
  await groupCaller(d, POOL_SERVICE, uuid, svcRanks).call(poolOps.evict, { destroy: true }, { signal, ...(callTimeoutMs ? { callTimeoutMs } : {}) });
}
