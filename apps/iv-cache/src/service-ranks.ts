// The ranks of the services that use a pool's IV without being in its pool map: today the
// container service's replicas (they verify pool handles and push container handles through
// the cache of their own rank). The root of each namespace looks them up in the management
// service's pool record and widens its namespace to them (libs/iv `IvNode.widen`), on the claim
// and then every `refreshMs`, so replicas that move are followed without a new term.
import type { IvNode } from '@daos-nats/iv';
import type { Logger } from '@daos-nats/telemetry';

/** Where a pool's service ranks come from (apps/iv-cache: `mgmt.pool.find`'s contRanks). */
export type ServiceRanksLookup = (pool: string) => Promise<readonly number[]>;

export interface ServiceRanksOptions {
  readonly node: IvNode;
  readonly lookup: ServiceRanksLookup;
  /** How often a root asks again for each pool it roots. */
  readonly refreshMs: number;
  /** After a failed lookup, ask again this much later (sooner than a refresh: the container service may be unable to verify meanwhile). */
  readonly retryMs: number;
  readonly log: Logger;
  /** Announce one namespace down its tree (so new ranks learn it now, not at the next round). */
  readonly announce: (pool: string) => Promise<void>;
}

/** Keeps every namespace this cache roots widened to its pool's service ranks. */
export class ServiceRanks {
  /** When each rooted pool was last looked up (monotonic ms); absent: never (a new claim). */
  private readonly lastMs = new Map<string, number>();
  private running = false;

  constructor(private readonly o: ServiceRanksOptions) {}

  /** One pass over the rooted pools whose lookup is due; a pass in progress is not stacked on. */
  async round(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const rooted = this.o.node.rootedPools();
      for (const pool of this.lastMs.keys()) if (!rooted.includes(pool)) this.lastMs.delete(pool);
      for (const pool of rooted) {
        const last = this.lastMs.get(pool);
        if (last !== undefined && performance.now() - last < this.o.refreshMs) continue;
        this.lastMs.set(pool, performance.now());
        if (!(await this.widen(pool))) this.lastMs.set(pool, performance.now() - this.o.refreshMs + this.o.retryMs);
      }
    } finally {
      this.running = false;
    }
  }

  /** False when the lookup failed (asked again after retryMs). */
  private async widen(pool: string): Promise<boolean> {
    let ranks: readonly number[];
    try {
      ranks = await this.o.lookup(pool);
    } catch (err) {
      // Meanwhile the services fall back to asking the pool service.
      this.o.log.warn({ err, pool }, 'iv: could not look up the pool\'s service ranks');
      return false;
    }
    try {
      if (ranks.length === 0 || !this.o.node.widen(pool, ranks)) return true; // an empty record changes nothing
      this.o.log.info({ pool, ranks: this.o.node.namespace(pool)?.ranks }, 'iv: namespace widened to the pool\'s service ranks');
      await this.o.announce(pool);
    } catch (err) {
      this.o.log.warn({ err, pool }, 'iv: could not widen the namespace'); // deposed meanwhile, or too many ranks
    }
    return true;
  }
}
