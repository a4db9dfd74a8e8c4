import { ExistError, InvalidError, NonexistError, assert } from '@daos-nats/base';
import { daos } from '@daos-nats/proto';

const S = daos.pool.v1.ComponentState;
export type ComponentState = daos.pool.v1.ComponentState;

/** How many targets a rank gets when nobody says (DAOS engines commonly run 8 or 16). */
export const TARGETS_PER_RANK_DEFAULT = 8;
/** Bound on targets per rank (DAOS: at most 64 targets per engine). */
export const TARGETS_PER_RANK_MAX = 64;
/** Bound on the ranks of one pool map. */
export const MAP_RANKS_MAX = 4096;

export interface MapTarget {
  readonly index: number;
  readonly state: ComponentState;
}

export interface MapRank {
  readonly rank: number;
  readonly faultDomain: string;
  readonly targets: readonly MapTarget[];
  /**
   * An engine rank, whose targets hold the pool's objects (placement, target counts, space);
   * otherwise a pool-service member rank that may host a service replica, whose targets are
   * nominal (their states say whether the rank is in service).
   */
  readonly storage?: boolean;
}

/** A rank of a new map: `targets` is a count (indexes 0..n-1) or the target indexes themselves. */
export interface NewRank {
  readonly rank: number;
  readonly faultDomain: string;
  readonly storage?: boolean;
  readonly targets?: number | readonly number[];
}

/** The pool map: ranks ordered by rank, targets by index; `version` grows with every change. */
export interface PoolMap {
  readonly version: number;
  readonly ranks: readonly MapRank[];
}

export type TargetsOp = 'exclude' | 'drain' | 'reintegrate';

const IN_SERVICE: ReadonlySet<ComponentState> = new Set([S.COMPONENT_STATE_UPIN, S.COMPONENT_STATE_UP, S.COMPONENT_STATE_NEW]);
const DISABLED: ReadonlySet<ComponentState> = new Set([S.COMPONENT_STATE_DOWN, S.COMPONENT_STATE_DOWNOUT]);

function checkTargetsPerRank(n: number): number {
  if (!Number.isSafeInteger(n) || n < 1 || n > TARGETS_PER_RANK_MAX) throw new InvalidError(`targets per rank must be 1..${TARGETS_PER_RANK_MAX}, got ${n}`);
  return n;
}

function newRank(r: NewRank, targetsPerRank: number): MapRank {
  const given = r.targets ?? targetsPerRank;
  const indexes = typeof given === 'number' ? Array.from({ length: checkTargetsPerRank(given) }, (_, i) => i) : [...new Set(given)].sort((a, b) => a - b);
  if (indexes.length === 0 || indexes.length > TARGETS_PER_RANK_MAX || indexes.some((i) => !Number.isSafeInteger(i) || i < 0 || i >= TARGETS_PER_RANK_MAX))
    throw new InvalidError(`rank ${r.rank} must list 1..${TARGETS_PER_RANK_MAX} targets with indexes below ${TARGETS_PER_RANK_MAX}, got ${JSON.stringify(given)}`);
  return { rank: r.rank, faultDomain: r.faultDomain, targets: indexes.map((index) => ({ index, state: S.COMPONENT_STATE_UPIN })), ...(r.storage ? { storage: true } : {}) };
}

/** Map version 1 of a new pool: every rank's targets in service. */
export function initialMap(ranks: readonly NewRank[], targetsPerRank: number): PoolMap {
  if (ranks.length === 0) throw new InvalidError('a pool needs at least one rank');
  if (ranks.length > MAP_RANKS_MAX) throw new InvalidError(`a pool spans at most ${MAP_RANKS_MAX} ranks, got ${ranks.length}`);
  checkTargetsPerRank(targetsPerRank);
  const seen = new Set<number>();
  for (const r of ranks) {
    if (seen.has(r.rank)) throw new InvalidError(`rank ${r.rank} listed twice in the pool map`);
    seen.add(r.rank);
  }
  return { version: 1, ranks: [...ranks].sort((a, b) => a.rank - b.rank).map((r) => newRank(r, targetsPerRank)) };
}

function nextState(op: TargetsOp, s: ComponentState): ComponentState {
  // No data lives behind the targets, so the rebuild an exclusion or drain starts completes at
  // once (DOWN → DOWNOUT, DRAIN → DOWNOUT) and a reintegration goes straight to UPIN.
  switch (op) {
    case 'exclude':
      return DISABLED.has(s) ? s : S.COMPONENT_STATE_DOWNOUT;
    case 'drain':
      return s === S.COMPONENT_STATE_UPIN || s === S.COMPONENT_STATE_DRAIN ? S.COMPONENT_STATE_DOWNOUT : s;
    case 'reintegrate':
      return S.COMPONENT_STATE_UPIN;
  }
}

/**
 * Change the state of `targets` (all when empty) of `rank`. Returns the same map when nothing
 * changes (a retry of an applied change, or targets already in that state), else the next
 * version. DER_NONEXIST for a rank or target not in the map.
 */
export function changeTargets(map: PoolMap, op: TargetsOp, rank: number, targets: readonly number[]): PoolMap {
  const r = map.ranks.find((x) => x.rank === rank);
  if (!r) throw new NonexistError(`rank ${rank} is not in the pool map (ranks ${map.ranks.map((x) => x.rank).join(',')})`);
  const wanted = new Set(targets);
  for (const t of wanted) {
    if (!r.targets.some((x) => x.index === t)) throw new NonexistError(`rank ${rank} has no target ${t} (targets 0..${r.targets.length - 1})`);
  }
  let changed = false;
  const next = r.targets.map((t) => {
    if (wanted.size > 0 && !wanted.has(t.index)) return t;
    const state = nextState(op, t.state);
    if (state !== t.state) changed = true;
    return { index: t.index, state };
  });
  if (!changed) return map;
  return { version: map.version + 1, ranks: map.ranks.map((x) => (x === r ? { ...r, targets: next } : x)) };
}

/** Add ranks; DER_EXIST for a rank already in the map. */
export function extendMap(map: PoolMap, ranks: readonly NewRank[], targetsPerRank: number): PoolMap {
  if (ranks.length === 0) throw new InvalidError('extend needs at least one rank');
  checkTargetsPerRank(targetsPerRank);
  const have = new Set(map.ranks.map((r) => r.rank));
  for (const r of ranks) {
    if (have.has(r.rank)) throw new ExistError(`rank ${r.rank} is already in the pool map`);
    have.add(r.rank);
  }
  if (have.size > MAP_RANKS_MAX) throw new InvalidError(`a pool spans at most ${MAP_RANKS_MAX} ranks`);
  const all = [...map.ranks, ...ranks.map((r) => newRank(r, targetsPerRank))].sort((a, b) => a.rank - b.rank);
  return { version: map.version + 1, ranks: all };
}

/** Fault domains (the rank itself when it has none) with a target out of service. */
export function failedDomains(map: PoolMap): Set<string> {
  const failed = new Set<string>();
  for (const r of map.ranks) {
    if (r.targets.some((t) => !IN_SERVICE.has(t.state))) failed.add(r.faultDomain || `rank:${r.rank}`);
  }
  return failed;
}

/**
 * DER_RF (DAOS pool_map_rf_verify): an exclusion or drain may not take more fault domains out of
 * service than the pool's redundancy factor, unless it adds no newly failed domain.
 */
export function exceedsRf(before: PoolMap, after: PoolMap, rdFac: number): boolean {
  const a = failedDomains(after).size;
  return a > rdFac && a > failedDomains(before).size;
}

export interface MapCounts {
  readonly total: number;
  readonly active: number;
  readonly disabled: number;
  readonly draining: number;
  readonly enabledRanks: number[];
  readonly disabledRanks: number[];
}

/**
 * The ranks whose targets count as the pool's targets: its engine ranks; a map without any (a pool
 * created on a system without engines, as the services' own tests run) counts its nominal ones.
 */
export function storageRanks(map: PoolMap): readonly MapRank[] {
  const engines = map.ranks.filter((r) => r.storage);
  return engines.length > 0 ? engines : map.ranks;
}

export function mapCounts(map: PoolMap): MapCounts {
  let total = 0;
  let active = 0;
  let disabled = 0;
  let draining = 0;
  const enabledRanks: number[] = [];
  const disabledRanks: number[] = [];
  for (const r of storageRanks(map)) {
    for (const t of r.targets) {
      total++;
      if (IN_SERVICE.has(t.state)) active++;
      else if (DISABLED.has(t.state)) disabled++;
      else if (t.state === S.COMPONENT_STATE_DRAIN) draining++;
    }
    if (r.targets.every((t) => IN_SERVICE.has(t.state))) enabledRanks.push(r.rank);
    else if (r.targets.every((t) => DISABLED.has(t.state))) disabledRanks.push(r.rank);
  }
  return { total, active, disabled, draining, enabledRanks, disabledRanks };
}

/** Pool-service ranks whose targets are all in service: where service replicas may live (never an engine rank). */
export function upRanks(map: PoolMap): MapRank[] {
  return map.ranks.filter((r) => !r.storage && r.targets.length > 0 && r.targets.every((t) => IN_SERVICE.has(t.state)));
}

export function encodeMap(map: PoolMap): Uint8Array {
  return daos.pool.v1.PoolMap.encode(toWireMap(map)).finish();
}

export function toWireMap(map: PoolMap): daos.pool.v1.IPoolMap {
  return {
    version: map.version,
    ranks: map.ranks.map((r) => ({ rank: r.rank, faultDomain: r.faultDomain, targets: r.targets.map((t) => ({ index: t.index, state: t.state })), ...(r.storage ? { storage: true } : {}) })),
  };
}

export function decodeMap(bytes: Uint8Array): PoolMap {
  const w = daos.pool.v1.PoolMap.decode(bytes);
  assert(w.version >= 1, `stored pool map has version ${w.version}`);
  return {
    version: w.version,
    ranks: w.ranks.map((r) => ({
      rank: r.rank ?? 0,
      faultDomain: r.faultDomain ?? '',
      targets: (r.targets ?? []).map((t) => ({ index: t.index ?? 0, state: t.state ?? S.COMPONENT_STATE_UNKNOWN })),
      ...(r.storage ? { storage: true } : {}),
    })),
  };
}
