// DAOS ds_rsvc_dist_start / ds_rsvc_dist_stop from the caller's side: the same request to every
// rank of a group, in parallel, through the caller's single-rank mode (`callRank`).
import { rsvcOps } from '@daos-nats/api';
import { rank as toRank, type Rank } from '@daos-nats/base';
import { busDefaults } from '@daos-nats/bus';
import type { ServiceCaller } from './service-caller.js';

/** A replica as dist start reports it: its rank and generation. */
export interface StartedReplica {
  readonly rank: Rank;
  readonly gen: number;
}

export interface DistStartOptions {
  /** Ranks to start replicas on. */
  readonly ranks: readonly number[];
  /** Create the replicas (generation 1, these ranks as the founding members); else open existing ones. */
  readonly create: boolean;
  /** With create: the argument ServiceClass.bootstrap receives on the first leader. */
  readonly bootstrapArg?: Uint8Array;
  /** The caller's own leadership term: ranks refuse a lower one than they have seen (DER_STALE). */
  readonly fenceTerm?: number;
  /** With create: the creator's generation of the group, kept with each replica (fences `createGenBelow` of a stop). */
  readonly createGen?: number;
  /**
   * With create: once every rank has its replica, ask the first of `ranks` to campaign at once
   * (rsvc `StartReq.campaign`), so that a fresh group does not wait out an election timeout.
   */
  readonly campaign?: boolean;
  /** Deadline of each rank's request (default busDefaults.requestTimeoutMs). */
  readonly timeoutMs?: number;
}

/**
 * Start the replicas of the caller's group on every rank, in parallel. Resolves with the replica
 * ids; rejects with the failure of the first failing rank in `ranks` order.
 */
export async function distStart(caller: ServiceCaller, o: DistStartOptions): Promise<StartedReplica[]> {
  const members = o.ranks.map((rank) => ({ rank, gen: 1 }));
  const request = {
    create: o.create,
    members: o.create ? members : [],
    bootstrap: o.bootstrapArg !== undefined,
    bootstrapArg: o.bootstrapArg ?? new Uint8Array(0),
    fenceTerm: o.fenceTerm ?? 0,
    gen: o.create ? 1 : 0,
    createGen: o.createGen ?? 0,
  };
  const timeoutMs = o.timeoutMs ?? busDefaults.requestTimeoutMs;
  const results = await Promise.allSettled(o.ranks.map((rank) => caller.callRank(rank, rsvcOps.start, request, { timeoutMs })));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  // Every founder exists now: the votes the campaign asks for have a replica to answer them.
  if (o.create && o.campaign && o.ranks.length > 0) await caller.callRank(o.ranks[0]!, rsvcOps.start, { ...request, campaign: true }, { timeoutMs });
  return results.map((r) => {
    const self = (r as PromiseFulfilledResult<{ self?: { rank?: number; gen?: number } | null }>).value.self;
    return { rank: toRank(self?.rank ?? 0), gen: self?.gen ?? 0 };
  });
}

export interface DistStopOptions {
  readonly ranks: readonly number[];
  /** Delete the replicas' files too. */
  readonly destroy: boolean;
  /** Refuse to touch a replica of a newer generation than this (0 = any). */
  readonly gen?: number;
  /** Nonzero: touch only a replica started with a create generation below this (others: DER_STALE). */
  readonly createGenBelow?: number;
  readonly fenceTerm?: number;
  /** Deadline of each rank's request (default busDefaults.requestTimeoutMs). */
  readonly timeoutMs?: number;
}

/** Stop (and destroy) the replicas of the caller's group on every rank. */
export async function distStop(caller: ServiceCaller, o: DistStopOptions): Promise<void> {
  const request = { destroy: o.destroy, gen: o.gen ?? 0, fenceTerm: o.fenceTerm ?? 0, createGenBelow: o.createGenBelow ?? 0 };
  const timeoutMs = o.timeoutMs ?? busDefaults.requestTimeoutMs;
  const results = await Promise.allSettled(o.ranks.map((rank) => caller.callRank(rank, rsvcOps.stop, request, { timeoutMs })));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
}
