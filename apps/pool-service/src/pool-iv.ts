import { IV_CLASS, uuidKey, type IvClient } from '@daos-nats/iv-nats';
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

/** Handles whose removal committed but whose IV invalidation has not run yet, per leader term. */
export class StaleHandles {
  private readonly set = new Set<string>();
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

/** PoolIv through the IV cache of the leader's own rank. */
export class IvPoolHooks implements PoolIv {
  constructor(
    private readonly client: IvClient,
    private readonly log: Logger,
  ) {}

  leaderUp(pool: string, term: number, rank: number, ranks: readonly number[]): void {
    const all = [...new Set([rank, ...ranks])];
    this.client.claimRoot({ pool, root: rank, term, ranks: all }).then(
      (r) => this.log.info({ pool, term, caches: all.length, complete: r.complete }, 'iv: rooted the pool namespace'),
      (err: unknown) => this.log.warn({ err, pool, term }, 'iv: could not root the pool namespace'),
    );
  }

  leaderDown(pool: string, term: number): void {
    this.client.stopRoot(pool, term).catch((err: unknown) => this.log.warn({ err, pool, term }, 'iv: could not stop the root'));
  }

  async invalidateHandles(pool: string, handles: readonly string[]): Promise<void> {
    for (const h of handles) {
      try {
        const r = await this.client.invalidate(pool, IV_CLASS.POOL_CONN, uuidKey(h), 'eager');
        if (!r.complete) this.log.warn({ pool, handle: h }, 'iv: handle invalidation incomplete; caches that missed it expire it with their lease');
      } catch (err) {
        this.log.warn({ err, pool, handle: h }, 'iv: handle invalidation failed; caches expire it with their lease');
      }
    }
  }
}
