// Rebuild from the outside (what drives it after an exclusion or a reintegration, and what
// `dmg pool query` shows): start each in-service target's share of a pool's rebuild from one map
// version to the next, and gather every target's progress into one summary. The operations are on
// the engines' internal target subjects (rebuildOps of libs/api): under NATS auth only engines
// may publish there.
import { rebuildOps, rebuildReclaimOp } from '@daos-nats/api';
import { BusyError, DaosError } from '@daos-nats/base';
import { engineSubject, type Bus } from '@daos-nats/bus';
import { placeable, type PlacementMap } from '@daos-nats/placement';
import type { daos } from '@daos-nats/proto';

export type RebuildState = 'idle' | 'busy' | 'done' | 'failed';

export interface RebuildTargetStatus {
  readonly rank: number;
  readonly target: number;
  readonly mapVersion: number;
  readonly state: RebuildState;
  readonly objectsDone: number;
  readonly objectsTodo: number;
  readonly bytesDone: number;
  readonly bytesTodo: number;
  /** Why it failed, or why the target did not answer. */
  readonly error: string;
}

/** A pool's rebuild: `done` once every in-service target is done with `mapVersion`; `failed` if any target failed or did not answer. */
export interface RebuildSummary {
  readonly mapVersion: number;
  readonly state: RebuildState;
  readonly objectsDone: number;
  readonly objectsTodo: number;
  readonly bytesDone: number;
  readonly bytesTodo: number;
  readonly targets: readonly RebuildTargetStatus[];
}

export interface RebuildCallOptions {
  readonly bus: Bus;
  readonly system: string;
  readonly pool: string;
  /** The pool map now: its in-service targets are asked. */
  readonly map: PlacementMap;
  /** Deadline of the call to one target. */
  readonly timeoutMs?: number;
}

export const REBUILD_CALL_TIMEOUT_MS = 5_000;
/** Deadline of one target's reclaim pass (it scans the target's whole store). */
export const REBUILD_RECLAIM_TIMEOUT_MS = 120_000;

/**
 * The pool service's map (a pool query with `wantMap`) in the shape placement reads: its engine
 * ranks (`storage`) only; the pool-service ranks it also lists have no object store.
 */
export function placementMapOf(m: daos.pool.v1.IPoolMap | null | undefined): PlacementMap {
  return {
    version: m?.version ?? 0,
    ranks: (m?.ranks ?? []).filter((r) => r.storage).map((r) => ({ rank: r.rank ?? 0, faultDomain: r.faultDomain ?? '', targets: (r.targets ?? []).map((t) => ({ index: t.index ?? 0, state: t.state ?? 0 })) })),
  };
}

/** The pool map as the rebuild messages carry it. */
export function toPlaceMap(m: PlacementMap): daos.obj.v1.IPlaceMap {
  return { version: m.version, ranks: m.ranks.map((r) => ({ rank: r.rank, faultDomain: r.faultDomain, targets: r.targets.map((t) => ({ index: t.index, state: t.state })) })) };
}

const inService = (m: PlacementMap) => m.ranks.flatMap((r) => r.targets.filter((t) => placeable(t.state)).map((t) => ({ rank: r.rank, target: t.index })));

async function eachTarget(o: RebuildCallOptions, call: (subject: string) => Promise<daos.obj.v1.IRebuildStatus>): Promise<RebuildSummary> {
  const targets = await Promise.all(
    inService(o.map).map(async ({ rank, target }): Promise<RebuildTargetStatus> => {
      try {
        const s = await call(engineSubject(o.system, rank, target));
        return { rank, target, mapVersion: s.mapVersion ?? 0, state: (s.state || 'idle') as RebuildState, objectsDone: Number(s.objectsDone ?? 0), objectsTodo: Number(s.objectsTodo ?? 0), bytesDone: Number(s.bytesDone ?? 0), bytesTodo: Number(s.bytesTodo ?? 0), error: s.error ?? '' };
      } catch (e) {
        const why = e instanceof DaosError ? `${e.derName}: ${e.message}` : String(e);
        return { rank, target, mapVersion: 0, state: 'failed', objectsDone: 0, objectsTodo: 0, bytesDone: 0, bytesTodo: 0, error: `no answer: ${why}` };
      }
    }),
  );
  return summarize(o.map.version, targets);
}

/** One state for the pool: any failure fails it, any target still at work keeps it busy. */
export function summarize(mapVersion: number, targets: readonly RebuildTargetStatus[]): RebuildSummary {
  const sum = (f: (t: RebuildTargetStatus) => number) => targets.reduce((n, t) => n + f(t), 0);
  const current = targets.filter((t) => t.mapVersion === mapVersion);
  const state: RebuildState = targets.some((t) => t.state === 'failed')
    ? 'failed'
    : targets.some((t) => t.state === 'busy')
      ? 'busy'
      : current.length === targets.length && current.length > 0 && current.every((t) => t.state === 'done')
        ? 'done'
        : 'idle';
  return { mapVersion, state, objectsDone: sum((t) => t.objectsDone), objectsTodo: sum((t) => t.objectsTodo), bytesDone: sum((t) => t.bytesDone), bytesTodo: sum((t) => t.bytesTodo), targets };
}

/** Starts (or repeats: idempotent per map version) the rebuild from `prevMap` to `map` on every in-service target of `map`. */
export function startRebuild(o: RebuildCallOptions & { readonly prevMap: PlacementMap }): Promise<RebuildSummary> {
  const req = { poolUuid: o.pool, map: toPlaceMap(o.map), prevMap: toPlaceMap(o.prevMap) };
  return eachTarget(o, (s) => o.bus.call(s, rebuildOps.start, req, { timeoutMs: o.timeoutMs ?? REBUILD_CALL_TIMEOUT_MS }));
}

/** Every in-service target's rebuild progress for the pool. */
export function queryRebuild(o: RebuildCallOptions): Promise<RebuildSummary> {
  return eachTarget(o, (s) => o.bus.call(s, rebuildOps.query, { poolUuid: o.pool }, { timeoutMs: o.timeoutMs ?? REBUILD_CALL_TIMEOUT_MS }));
}

/**
 * After the rebuild to `map` is done on every in-service target: each drops the dkeys `map` no
 * longer places on it (after a reintegration, the temporary replicas), so data moves back rather
 * than being copied. DER_BUSY, with nothing dropped, unless `queryRebuild` says done.
 */
export async function reclaimRebuild(o: RebuildCallOptions): Promise<{ dkeysDropped: number; bytesFreed: number }> {
  const s = await queryRebuild(o);
  if (s.state !== 'done') throw new BusyError(`rebuild of pool ${o.pool} to map version ${o.map.version} is ${s.state}, not done: nothing reclaimed`);
  const reps = await Promise.all(
    inService(o.map).map(({ rank, target }) =>
      o.bus.call(engineSubject(o.system, rank, target), rebuildReclaimOp, { poolUuid: o.pool, map: toPlaceMap(o.map) }, { timeoutMs: o.timeoutMs ?? REBUILD_RECLAIM_TIMEOUT_MS }),
    ),
  );
  return { dkeysDropped: reps.reduce((n, r) => n + Number(r.dkeysDropped ?? 0), 0), bytesFreed: reps.reduce((n, r) => n + Number(r.bytesFreed ?? 0), 0) };
}
