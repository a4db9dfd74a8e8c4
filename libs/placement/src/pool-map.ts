import { StaleError } from '@daos-nats/base';

/** Target states, numbered as the pool service's `ComponentState` (proto daos.pool.v1). */
export const TargetState = { NEW: 1, UP: 2, UPIN: 4, DOWN: 8, DOWNOUT: 16, DRAIN: 32 } as const;

/**
 * The pool map as placement reads it (the shape of the pool service's map): ranks with their
 * fault domain and targets; `version` grows with every change.
 */
export interface PlacementMap {
  readonly version: number;
  readonly ranks: readonly { readonly rank: number; readonly faultDomain: string; readonly targets: readonly { readonly index: number; readonly state: number }[] }[];
}

/** A target of the pool: engine rank and target index on that engine. */
export interface TargetAddr {
  readonly rank: number;
  readonly target: number;
}

/**
 * Targets that take new data: in service (UPIN) or being reintegrated (UP, which rebuild fills).
 * NEW, DOWN, DOWNOUT and DRAIN targets get no new shard.
 */
export function placeable(state: number): boolean {
  return state === TargetState.UPIN || state === TargetState.UP;
}

/**
 * A request carries the pool map version its sender placed it with. An older one than the
 * target's is DER_STALE: the client refreshes its map and places again. A newer one means the
 * target must refresh its own map first (`'refresh'`).
 */
export function checkMapVersion(requestVersion: number, localVersion: number): 'ok' | 'refresh' {
  if (requestVersion < localVersion) throw new StaleError(`request placed with pool map version ${requestVersion}; this target has version ${localVersion}`);
  return requestVersion > localVersion ? 'refresh' : 'ok';
}
