import type { Bus, Responder } from '@daos-nats/bus';
import { IvClassRegistry, IvNode, type IvConfig } from '@daos-nats/iv';
import { contCapaClass, contOidClass, contPropClass, ivCacheClasses, monotonicTimer, NatsIvTransport, poolConnClass, serveIvNode, type ContSource, type OidReserve } from '@daos-nats/iv-nats';
import type { Logger } from '@daos-nats/telemetry';
import { ServiceRanks, type ServiceRanksLookup } from './service-ranks.js';

/** How often a root checks for namespaces it newly roots (the lookup itself runs per `serviceRanks.refreshMs`). */
const SERVICE_RANKS_TICK_MS = 250;

export interface IvCacheOptions {
  readonly bus: Bus;
  readonly system: string;
  readonly rank: number;
  readonly config: IvConfig;
  /** How often a root re-announces its namespaces down the tree, so restarted caches learn them. */
  readonly announceIntervalMs: number;
  readonly log: Logger;
  /** Where the root reads container handles and properties on a miss and reserves object ids (IV_OID); absent: those classes are pushed only, no IV_OID. */
  readonly contSource?: ContSource & { readonly reserveOids: OidReserve };
  /** Widen each rooted namespace to the pool's service ranks (its container service's), looked up every `refreshMs`; absent: the claimed ranks only. */
  readonly serviceRanks?: { readonly lookup: ServiceRanksLookup; readonly refreshMs: number; readonly retryMs: number };
}

/** One rank's IV cache on NATS: the node, its responder and the root's announce loop. */
export class IvCache {
  private timer: NodeJS.Timeout | undefined;
  private widenTimer: NodeJS.Timeout | undefined;
  private announcing = false;

  private constructor(
    readonly node: IvNode,
    private readonly responder: Responder,
    private readonly o: IvCacheOptions,
  ) {}

  static async start(o: IvCacheOptions): Promise<IvCache> {
    const poolConn = poolConnClass({ bus: o.bus, system: o.system, rank: o.rank, readTimeoutMs: o.config.requestTimeoutMs });
    const cont = o.contSource ? { capa: contCapaClass(o.contSource), prop: contPropClass(o.contSource), oid: contOidClass(o.contSource.reserveOids) } : undefined;
    const node = new IvNode(o.rank, new IvClassRegistry(ivCacheClasses(poolConn, cont)), new NatsIvTransport(o.bus, o.system), monotonicTimer, o.config);
    const responder = await serveIvNode(o.bus, o.system, node);
    const cache = new IvCache(node, responder, o);
    cache.timer = setInterval(() => void cache.announceAll(), o.announceIntervalMs);
    cache.timer.unref();
    if (o.serviceRanks) {
      const announce = async (pool: string): Promise<void> => void (await node.announce(pool));
      const widener = new ServiceRanks({ node, ...o.serviceRanks, log: o.log, announce });
      cache.widenTimer = setInterval(() => void widener.round(), SERVICE_RANKS_TICK_MS);
      cache.widenTimer.unref();
    }
    return cache;
  }

  /** One round of announcements at a time: a slow round is not stacked on by the next tick. */
  private async announceAll(): Promise<void> {
    if (this.announcing) return;
    this.announcing = true;
    try {
      for (const pool of this.node.rootedPools()) {
        const r = await this.node.announce(pool).catch((err: unknown) => {
          this.o.log.warn({ err, pool }, 'iv announce failed');
          return undefined;
        });
        if (r && !r.complete) this.o.log.debug({ pool }, 'iv announce incomplete: some cache did not answer');
      }
    } finally {
      this.announcing = false;
    }
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.widenTimer) clearInterval(this.widenTimer);
    await this.responder.drain();
  }
}
