import { Acl, contCapabilities, isValidPrincipalName, POOL_CAPA, type Requestor } from '@daos-nats/acl';
import { InvalidError, NoPermError } from '@daos-nats/base';
import type { daos } from '@daos-nats/proto';
import { loadCont, type ContRecord, type OpenModeName } from './cont-layout.js';
import type { ContCtx } from './cont-leader.js';
import type { HandleVerifier, VerifiedPoolHandle } from './handle-verifier.js';

/** A principal as requests carry it (daos.cont.v1.Principal). */
export interface WirePrincipal {
  user?: string | null;
  group?: string | null;
  groups?: string[] | null;
}

/** Who is calling and under which pool handle, once the handle is verified. */
export interface Caller {
  readonly pool: VerifiedPoolHandle;
  readonly who: Requestor;
  /** Owner group of what this caller creates. */
  readonly primaryGroup: string;
}

/**
 * Verify the pool handle and settle who the caller is: the identity the pool service recorded
 * with the handle (DAOS uses the handle's credential), or, if it recorded none, the one the
 * request carries.
 */
export async function callerOf(verifier: HandleVerifier, poolHandle: string | null | undefined, wire: WirePrincipal | null | undefined, signal?: AbortSignal): Promise<Caller> {
  const pool = await verifier.verify(poolHandle ?? '', signal);
  const p = pool.principal ?? { user: wire?.user ?? '', group: wire?.group ?? '', groups: wire?.groups ?? [] };
  if (!isValidPrincipalName(p.user)) throw new InvalidError(`caller ${JSON.stringify(p.user)} is not a valid user name`);
  const groups = [...new Set([...(p.group ? [p.group] : []), ...p.groups])].filter(isValidPrincipalName);
  return { pool, who: { user: p.user, groups }, primaryGroup: p.group || groups[0] || p.user };
}

/**
 * The capabilities `caller` has on the container for an operation that reads (`ro`) or changes
 * (`rw`) it: what DAOS's open in that mode would grant, so an operation without a container
 * handle is allowed exactly what "open, do it, close" would be. A read-only pool handle can only
 * read.
 */
export function contCapas(rec: ContRecord, caller: Caller, mode: OpenModeName, evictAll = false): number {
  if (mode !== 'ro' && caller.pool.mode === 'ro') return 0;
  return contCapabilities(Acl.parse(rec.acl), { user: rec.owner, group: rec.group }, caller.who, { mode, evictAll });
}

/** DER_NO_PERM unless `capas` has `bit`. */
export function need(capas: number, bit: number, what: string): void {
  if ((capas & bit) === 0) throw new NoPermError(`permission denied: ${what}`);
}

/** DER_NO_PERM unless the pool handle has the pool capability `bit`. */
export function needPool(caller: Caller, bit: number, what: string): void {
  if ((caller.pool.capabilities & bit) === 0) throw new NoPermError(`permission denied: the pool handle may not ${what}`);
}

export { POOL_CAPA };

/** Verify the pool handle, find the container, and compute what the caller may do to it in `mode`. */
export async function access(
  ctx: ContCtx,
  t: daos.cont.v1.ContTarget.$Properties | null | undefined,
  mode: OpenModeName,
): Promise<{ caller: Caller; rec: ContRecord; capas: number }> {
  const { caller, rec } = await callerAndCont(ctx, t);
  return { caller, rec, capas: contCapas(rec, caller, mode) };
}

/**
 * Verify the pool handle and read the container at once (a pool-service round trip and a
 * ReadIndex round overlap). A bad pool handle is reported before a missing container.
 */
export async function callerAndCont(ctx: ContCtx, t: daos.cont.v1.ContTarget.$Properties | null | undefined): Promise<{ caller: Caller; rec: ContRecord }> {
  const [caller, rec] = await Promise.allSettled([callerOf(ctx.state.verifier, t?.poolHandle, t?.principal, ctx.signal), loadCont(ctx.tx, t?.cont ?? '')]);
  if (caller.status === 'rejected') throw caller.reason;
  if (rec.status === 'rejected') throw rec.reason;
  return { caller: caller.value, rec: rec.value };
}
