// A pool's targets on the engines (DAOS ds_mgmt_tgt_pool_create / _destroy, sent by the mgmt service
// through daos_server): the MS's pool jobs ask the control server of each engine's host
// (`server.<host>.req`), which asks its engines over dRPC. Every call carries the MS leader's
// term: an engine refuses a term older than the newest it has seen, so a deposed leader's late call
// changes nothing. Both directions are idempotent, so a new leader simply runs them again.
import { serverOps } from '@daos-nats/api';
import { codeOf, daosError, DER, InvalidError, TimedOutError } from '@daos-nats/base';
import { serverRequestSubject } from '@daos-nats/bus';
import type { daos } from '@daos-nats/proto';
import type { MsDeps } from './ms-deps.js';

/** An engine member as pool placement sees it. */
export interface EngineMember {
  readonly rank: number;
  readonly faultDomain: string;
  readonly targets: number;
  /** Its control server's host: the engine's `addr` is `<host>:<engine index>`. */
  readonly host: string;
}

export function engineHost(addr: string): string {
  const host = addr.slice(0, addr.lastIndexOf(':'));
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(host)) throw new InvalidError(`engine address ${JSON.stringify(addr)} names no host`);
  return host;
}

/** Engine ranks by host (the requests are per host: one control server serves its engines). */
function byHost(ranks: readonly number[], hostOf: ReadonlyMap<number, string>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const r of ranks) {
    const h = hostOf.get(r);
    if (h === undefined) throw daosError(DER.NONEXIST, `engine rank ${r} is not a member: its host is unknown`);
    out.set(h, [...(out.get(h) ?? []), r]);
  }
  return out;
}

async function callHost(d: MsDeps, op: typeof serverOps.poolCreate, host: string, req: daos.engine.v1.IServerPoolReq): Promise<void> {
  const rep = await d.bus.call(serverRequestSubject(d.system, host), op, req, { timeoutMs: d.config.memberControlTimeoutMs });
  const status = rep.result?.status ?? 0;
  if (status !== 0) throw daosError(status, `${op.name} on ${host}: ${rep.result?.message ?? ''}`);
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });

/**
 * Create the pool's targets on every rank of `pool.targetRanks`, retrying a host that fails
 * (an engine restarting, a server not up yet) every jobRetryPauseMs until serviceStartTimeoutMs;
 * then the create fails (and is rolled back). DER_STALE (a newer MS term) is final.
 */
export async function createTargets(d: MsDeps, pool: daos.mgmt.v1.PoolInfo, hostOf: ReadonlyMap<number, string>, term: number, signal: AbortSignal): Promise<void> {
  const deadline = d.monoMs() + d.config.serviceStartTimeoutMs;
  let left = byHost(pool.targetRanks, hostOf);
  for (;;) {
    signal.throwIfAborted();
    const failures: unknown[] = [];
    await Promise.all(
      [...left].map(async ([host, ranks]) => {
        try {
          await callHost(d, serverOps.poolCreate, host, { poolUuid: pool.uuid, ranks, targetBytes: pool.targetBytes, fenceTerm: term });
          left.delete(host);
        } catch (e) {
          if (codeOf(e) === DER.STALE || codeOf(e) === DER.INVAL) throw e;
          failures.push(e);
        }
      }),
    );
    if (left.size === 0) return;
    if (d.monoMs() >= deadline) throw new TimedOutError(`targets of pool ${pool.uuid} not created on ${[...left.keys()].join(',')} within ${d.config.serviceStartTimeoutMs} ms: ${(failures[0] as Error)?.message}`);
    d.log.info({ pool: pool.uuid, hosts: [...left.keys()], err: (failures[0] as Error)?.message }, 'pool targets not created yet; retrying');
    await sleep(d.config.jobRetryPauseMs, signal);
    left = new Map(left);
  }
}

/**
 * Destroy the pool's targets on every rank, retrying until each host confirms or its ranks are no
 * longer live members (`live`: an excluded engine may never answer; its directories stay on its
 * disk, logged). Rejects only when `signal` aborts or a newer MS term owns the pool (DER_STALE).
 */
export async function destroyTargets(
  d: MsDeps, pool: daos.mgmt.v1.PoolInfo, hostOf: ReadonlyMap<number, string>, term: number, signal: AbortSignal, live: () => Promise<Set<number>>,
): Promise<void> {
  const known = pool.targetRanks.filter((r) => hostOf.has(r));
  if (known.length < pool.targetRanks.length) d.log.warn({ pool: pool.uuid, ranks: pool.targetRanks.filter((r) => !hostOf.has(r)) }, 'engine ranks no longer members: their pool targets are left on their disks');
  let left = byHost(known, hostOf);
  while (left.size > 0) {
    signal.throwIfAborted();
    await Promise.all(
      [...left].map(async ([host, ranks]) => {
        try {
          await callHost(d, serverOps.poolDestroy, host, { poolUuid: pool.uuid, ranks, fenceTerm: term });
          left.delete(host);
        } catch (e) {
          if (codeOf(e) === DER.STALE) throw e;
          d.log.warn({ pool: pool.uuid, host, ranks, err: (e as Error).message }, 'could not destroy pool targets yet');
        }
      }),
    );
    if (left.size === 0) return;
    const alive = await live();
    const next = new Map<string, number[]>();
    for (const [host, ranks] of left) {
      const still = ranks.filter((r) => alive.has(r));
      if (still.length < ranks.length) d.log.warn({ pool: pool.uuid, ranks: ranks.filter((r) => !alive.has(r)) }, 'pool targets on excluded engine ranks are left on their disks');
      if (still.length > 0) next.set(host, still);
    }
    left = next;
    if (left.size > 0) await sleep(d.config.jobRetryPauseMs, signal);
  }
}
