// Test support: dist start/stop over any RsvcTransport (the in-memory one in rsvc-memory.test.ts).
// Production code calls ranks through libs/client's ServiceCaller (distStart/distStop there).
import { rank as toRank } from '@daos-nats/base';
import type { ReplicaId } from '@daos-nats/rdb';
import { rsvcOps } from '@daos-nats/api';
import type { RsvcTransport } from '../src/rsvc-transport.js';

/** Deadline of each rank's start/stop when the caller gives none, in ms. */
export const DIST_TIMEOUT_MS_DEFAULT = 5_000;

/** What dist start/stop need of a transport: calling a rank. */
export type RsvcCaller = Pick<RsvcTransport, 'call'>;

export interface DistStartOptions {
  readonly system: string;
  readonly service: string;
  readonly group: string;
  /** Ranks to start replicas on. */
  readonly ranks: readonly number[];
  /** Create the replicas (generation 1, these ranks as the founding members); else open existing ones. */
  readonly create: boolean;
  /** With create: the argument ServiceClass.bootstrap receives on the first leader. */
  readonly bootstrapArg?: Uint8Array;
  /** The caller's own leadership term: ranks refuse a lower one than they have seen (DER_STALE). */
  readonly fenceTerm?: number;
  readonly timeoutMs?: number;
}

/**
 * Start the replicas of a group on every rank (DAOS ds_rsvc_dist_start), in parallel. Resolves
 * with the replica ids; rejects with the first rank's failure (AggregateError-free: the error of
 * the lowest failing rank, the others in its `cause` chain's log only).
 */
export async function distStart(transport: RsvcCaller, o: DistStartOptions): Promise<ReplicaId[]> {
  const members = o.ranks.map((rank) => ({ rank, gen: 1 }));
  const results = await Promise.allSettled(
    o.ranks.map((rank) =>
      transport.call(
        { system: o.system, service: o.service, group: o.group, rank },
        rsvcOps.start,
        {
          create: o.create,
          members: o.create ? members : [],
          bootstrap: o.bootstrapArg !== undefined,
          bootstrapArg: o.bootstrapArg ?? new Uint8Array(0),
          fenceTerm: o.fenceTerm ?? 0,
          gen: o.create ? 1 : 0,
        },
        { timeoutMs: o.timeoutMs ?? DIST_TIMEOUT_MS_DEFAULT },
      ),
    ),
  );
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  return results.map((r) => {
    const self = (r as PromiseFulfilledResult<{ self?: { rank?: number; gen?: number } | null }>).value.self;
    return { rank: toRank(self?.rank ?? 0), gen: self?.gen ?? 0 };
  });
}

export interface DistStopOptions {
  readonly system: string;
  readonly service: string;
  readonly group: string;
  readonly ranks: readonly number[];
  /** Delete the replicas' files too. */
  readonly destroy: boolean;
  /** Refuse to touch a replica of a newer generation than this (0 = any). */
  readonly gen?: number;
  readonly fenceTerm?: number;
  readonly timeoutMs?: number;
}

/** Stop (and destroy) the replicas of a group on every rank (DAOS ds_rsvc_dist_stop). */
export async function distStop(transport: RsvcCaller, o: DistStopOptions): Promise<void> {
  const results = await Promise.allSettled(
    o.ranks.map((rank) =>
      transport.call(
        { system: o.system, service: o.service, group: o.group, rank },
        rsvcOps.stop,
        { destroy: o.destroy, gen: o.gen ?? 0, fenceTerm: o.fenceTerm ?? 0 },
        { timeoutMs: o.timeoutMs ?? DIST_TIMEOUT_MS_DEFAULT },
      ),
    ),
  );
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
}
