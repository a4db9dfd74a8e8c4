import { DaosError, IoError, NotLeaderError, ProtoError } from '@daos-nats/base';
import { EntryCache } from './entry-cache.js';
import type { IvClass } from './iv-class.js';
import type { IvConfig } from './iv-config.js';
import type { IvNamespace } from './iv-namespace.js';
import type { IvRange } from './messages.js';
import type { RangePool } from './range-pool.js';
import type { TreeLinks } from './tree-links.js';

/** A class that hands out id ranges (it has `allocSource`). */
export type RangeClass = IvClass & Required<Pick<IvClass, 'allocSource'>>;

/**
 * Id ranges through the tree (DAOS oid_iv): serve from this cache's range, else a batch from
 * the parent, and at the root from the class's source. See RangePool for why no id repeats.
 */
export class RangeAllocator {
  constructor(
    private readonly rank: number,
    private readonly links: TreeLinks,
    private readonly ranges: RangePool,
    private readonly config: IvConfig,
    /** Whether `ns` is still this cache's view of its namespace (not replaced by a newer term). */
    private readonly isCurrent: (ns: IvNamespace) => boolean,
  ) {}

  async allocIn(ns: IvNamespace, cls: RangeClass, key: Uint8Array, count: number): Promise<IvRange> {
    const id = EntryCache.id(ns.pool, cls.id, key);
    const local = this.ranges.take(id, count);
    if (local) return local;
    const want = Math.min(this.config.allocIdsMax, Math.max(count, this.config.allocBatchIds));
    let got: IvRange | undefined;
    if (ns.isRoot) {
      if (ns.stopped || !this.isCurrent(ns)) throw new NotLeaderError(undefined, `iv ${ns.pool}: rank ${this.rank} is no longer the root of term ${ns.term}`);
      try {
        got = await cls.allocSource(ns.pool, key, want);
      } catch (e) {
        throw e instanceof DaosError ? e : new IoError(`iv ${ns.pool}: class ${cls.name} could not allocate at its source`, { cause: e });
      }
    } else {
      got = (await this.links.up(ns, { op: 'alloc', pool: ns.pool, term: ns.term, classId: cls.id, key, count: want })).range;
    }
    if (!got || !Number.isSafeInteger(got.first) || got.first < 0 || !Number.isSafeInteger(got.count) || got.count < count || !Number.isSafeInteger(got.first + got.count)) throw new ProtoError(`iv ${ns.pool}: asked for ${want} ids, got ${JSON.stringify(got)}`);
    // Concurrent refills may replace each other's leftovers: those ids are wasted, never handed out twice.
    this.ranges.keep(id, { first: got.first + count, count: got.count - count });
    return { first: got.first, count };
  }
}
