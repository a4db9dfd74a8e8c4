import { assert, InvalidError, NoHandleError, type Clock } from '@daos-nats/base';
import type { OpenModeName } from './cont-layout.js';

/** The identity a pool handle was opened with (DAOS `ph_cred`). */
export interface HandlePrincipal {
  readonly user: string;
  /** Primary group; "" if the pool service does not know it. */
  readonly group: string;
  readonly groups: readonly string[];
}

/** What the container service learns about a pool handle. */
export interface VerifiedPoolHandle {
  readonly handle: string;
  readonly mode: OpenModeName;
  /** POOL_CAPA_* bits (libs/acl). */
  readonly capabilities: number;
  /** Absent when the pool service recorded no identity with the handle. */
  readonly principal?: HandlePrincipal;
}

/**
 * Is a pool handle open, and with what? Every container operation asks first (DAOS
 * `ds_pool_hdl_lookup`). Today the answer comes from the pool service (`pool.verify-handle`);
 * later the IV cache serves it, which is why this is an interface.
 */
export interface HandleVerifier {
  /** DER_NO_HDL if the handle is not open; transport failures (DER_TIMEDOUT, ...) as they come. */
  verify(handle: string, signal?: AbortSignal): Promise<VerifiedPoolHandle>;
  /** Drop what is known of `handle` (it was found closed or evicted). */
  forget(handle: string): void;
}

/** The pool service's answer to `pool.verify-handle`, as far as it matters here. */
export interface VerifyHandleAnswer {
  readonly valid?: boolean | null;
  readonly capabilities?: number | null;
  /** ConnectFlag: 1 RO, 2 RW, 4 EX. */
  readonly flags?: number | null;
  readonly principal?: { user?: string | null; group?: string | null; groups?: string[] | null } | null;
}

export interface PoolServiceVerifierOptions {
  /** Asks the pool service (leader search, retries) about one handle. */
  readonly ask: (handle: string, signal?: AbortSignal) => Promise<VerifyHandleAnswer>;
  readonly clock: Clock;
  /**
   * How long a positive answer is reused. A handle evicted meanwhile keeps working here for at
   * most this long (DAOS's IV cache has the same window until its invalidation arrives); 0 = ask
   * every time.
   */
  readonly cacheTtlMs: number;
  /** Bound on remembered handles; the oldest answer is dropped first. */
  readonly cacheEntriesMax: number;
}

export const poolServiceVerifierDefaults = { cacheTtlMs: 1_000, cacheEntriesMax: 4_096 } as const;

const MODE_OF_FLAG: Readonly<Record<number, OpenModeName>> = { 1: 'ro', 2: 'rw', 4: 'ex' };

/** A HandleVerifier that asks the pool service and caches positive answers briefly. */
export class PoolServiceVerifier implements HandleVerifier {
  private readonly cache = new Map<string, { readonly v: VerifiedPoolHandle; readonly expiresMs: number }>();

  constructor(private readonly o: PoolServiceVerifierOptions) {
    assert(o.cacheTtlMs >= 0 && o.cacheEntriesMax >= 1, 'verifier cache limits must be non-negative and hold an entry');
  }

  async verify(handle: string, signal?: AbortSignal): Promise<VerifiedPoolHandle> {
    if (handle === '') throw new NoHandleError('no pool handle given');
    const now = this.o.clock.nowMs();
    const hit = this.cache.get(handle);
    if (hit && hit.expiresMs > now) return hit.v;
    if (hit) this.cache.delete(handle);
    const a = await this.o.ask(handle, signal);
    if (a.valid !== true) throw new NoHandleError(`pool handle ${handle} is not open`);
    const mode = MODE_OF_FLAG[a.flags ?? 0];
    if (mode === undefined) throw new InvalidError(`pool service reported handle ${handle} with flags ${a.flags}`);
    const p = a.principal;
    const v: VerifiedPoolHandle = {
      handle,
      mode,
      capabilities: a.capabilities ?? 0,
      ...(p?.user ? { principal: { user: p.user, group: p.group ?? '', groups: [...(p.groups ?? [])] } } : {}),
    };
    if (this.o.cacheTtlMs > 0) {
      while (this.cache.size >= this.o.cacheEntriesMax) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(handle, { v, expiresMs: now + this.o.cacheTtlMs });
    }
    return v;
  }

  forget(handle: string): void {
    this.cache.delete(handle);
  }
}
