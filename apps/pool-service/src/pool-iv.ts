import { IV_CLASS, uuidKey, type IvClient } from '@daos-nats/iv-nats';
import { DER } from '@daos-nats/base';
import type { Logger } from '@daos-nats/telemetry';

/**
 * What the pool service leader tells the IV caches (DAOS src/pool/srv_iv.c): it roots its pool's
 * namespace with its raft term on step-up, stops answering as root on step-down, and drops pool
 * handles from every cache once their disconnect or eviction committed. Optional in
 * createPoolService: without it the service runs as before (the container service then verifies
 * handles by asking the pool service).
 */
export interface PoolIv {
  /** The leader of `term` on `rank` claims the root of `pool` over `ranks`; in the background, failures logged. */
  leaderUp(pool: string, term: number, rank: number, ranks: readonly number[]): void;
  /** The leader of `term` stepped down: its rank stops answering as root. */
  leaderDown(pool: string, term: number): void;
  /** EAGER invalidation of each handle; resolves when every cache acknowledged or the attempt failed (logged). */
  invalidateHandles(pool: string, handles: readonly string[]): Promise<void>;
}

/**
 * Handles whose removal is being committed and whose IV invalidation has not run yet, per leader
 * term. `flush` invalidates them: the handler runs it after its commit and before its reply
 * (`ctx.afterCommit`), so a disconnect or an eviction returns only once every cache dropped the
 * handle (or the invalidation failed and the caches' leases end it: logged by `invalidate`).
 */
export class StaleHandles {
  private readonly set = new Set<string>();
  constructor(private readonly invalidate: (handles: readonly string[]) => Promise<void>) {}
  async flush(): Promise<void> {
    const handles = this.take();
    if (handles.length > 0) await this.invalidate(handles);
  }
  add(handle: string): void {
    this.set.add(handle);
  }
  /** Everything added so far, and forget it: the caller invalidates them now. */
  take(): string[] {
    const out = [...this.set];
    this.set.clear();
    return out;
  }
}

/** Most EAGER handle invalidations one leader has outstanding (each is one IV request, answered by every cache). */
export const IV_INVALIDATIONS_IN_FLIGHT_MAX = 16;

/** How long a new leader keeps trying to root its namespace (its rank's cache may be starting). */
export const IV_CLAIM_RETRY_MS_DEFAULT = 60_000;
/** Pause between attempts to root the namespace. */
export const IV_CLAIM_PAUSE_MS_DEFAULT = 1_000;

/**
 * PoolIv through the IV cache of the leader's own rank. `client` may be a function (the client
 * of `IV_RANK=self`, made once the process has its rank). Rooting is retried until it succeeds,
 * the term ends (leaderDown) or `claimRetryMs` passes: under `npm start` a restarted system's
 * leaders step up while their rank's iv-cache may still be starting.
 */
export class IvPoolHooks implements PoolIv {
  private readonly client: () => IvClient;
  /** Terms whose leadership ended, per pool: their claim loops stop. */
  private readonly ended = new Map<string, number>();

  constructor(
    client: IvClient | (() => IvClient),
    private readonly log: Logger,
    private readonly claimRetryMs = IV_CLAIM_RETRY_MS_DEFAULT,
    private readonly claimPauseMs = IV_CLAIM_PAUSE_MS_DEFAULT,
  ) {
    this.client = typeof client === 'function' ? client : () => client;
  }

  leaderUp(pool: string, term: number, rank: number, ranks: readonly number[]): void {
    const all = [...new Set([rank, ...ranks])];
    void this.claim(pool, term, rank, all);
  }

  private async claim(pool: string, term: number, rank: number, all: number[]): Promise<void> {
    const deadline = performance.now() + this.claimRetryMs;
    for (let attempt = 1; ; attempt++) {
      try {
        const r = await this.client().claimRoot({ pool, root: rank, term, ranks: all });
        this.log.info({ pool, term, caches: all.length, complete: r.complete, attempt }, 'iv: rooted the pool namespace');
        return;
      } catch (err) {
        const over = performance.now() + this.claimPauseMs > deadline || (this.ended.get(pool) ?? -1) >= term;
        const code = (err as { code?: number }).code;
        // A stale term is final; no responder or a timeout means the cache is not up yet.
        if (over || code === DER.STALE) {
          this.log.warn({ err, pool, term, attempt }, 'iv: could not root the pool namespace');
          return;
        }
        await new Promise((r) => setTimeout(r, this.claimPauseMs));
      }
    }
  }

  leaderDown(pool: string, term: number): void {
    this.ended.set(pool, Math.max(term, this.ended.get(pool) ?? -1));
    this.client().stopRoot(pool, term).catch((err: unknown) => this.log.warn({ err, pool, term }, 'iv: could not stop the root'));
  }

  /** At most IV_INVALIDATIONS_IN_FLIGHT_MAX at a time: an eviction step's batch is neither serial nor a burst. */
  async invalidateHandles(pool: string, handles: readonly string[]): Promise<void> {
    for (let i = 0; i < handles.length; i += IV_INVALIDATIONS_IN_FLIGHT_MAX) {
      await Promise.all(handles.slice(i, i + IV_INVALIDATIONS_IN_FLIGHT_MAX).map((h) => this.invalidateOne(pool, h)));
    }
  }

  private async invalidateOne(pool: string, h: string): Promise<void> {
    try {
      const r = await this.client().invalidate(pool, IV_CLASS.POOL_CONN, uuidKey(h), 'eager');
      if (!r.complete) this.log.warn({ pool, handle: h }, 'iv: handle invalidation incomplete; caches that missed it expire it with their lease');
    } catch (err) {
      this.log.warn({ err, pool, handle: h }, 'iv: handle invalidation failed; caches expire it with their lease');
    }
  }
}
