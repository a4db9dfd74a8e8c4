import type { Bus, Responder } from '@daos-nats/bus';
import { IvClassRegistry, IvNode, type IvConfig } from '@daos-nats/iv';
import { contCapaClass, contOidClass, contPropClass, ivCacheClasses, monotonicTimer, NatsIvTransport, poolConnClass, serveIvNode, type ContSource, type OidReserve } from '@daos-nats/iv-nats';
import type { Logger } from '@daos-nats/telemetry';

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
}

/** One rank's IV cache on NATS: the node, its responder and the root's announce loop. */
export class IvCache {
  private timer: NodeJS.Timeout | undefined;
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
    await this.responder.drain();
  }
}
