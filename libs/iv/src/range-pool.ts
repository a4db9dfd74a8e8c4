import { assert } from '@daos-nats/base';
import type { IvRange } from './messages.js';

/**
 * The ids one cache holds for each range key (DAOS oid_iv): handed out from the front, refilled
 * from the parent. Each id is in at most one cache's pool and leaves it exactly once, so no id is
 * ever handed out twice; a pool lost with its cache (a kill) only wastes ids. Bounded in keys.
 */
export class RangePool {
  private readonly ranges = new Map<string, { next: number; end: number }>();

  constructor(readonly keysMax: number) {
    assert(keysMax >= 1, 'a range pool holds at least one key');
  }

  /** Take `count` ids if this cache holds that many for `id`. */
  take(id: string, count: number): IvRange | undefined {
    const r = this.ranges.get(id);
    if (!r || r.end - r.next < count) return undefined;
    const out = { first: r.next, count };
    r.next += count;
    return out;
  }

  /** Keep `range` (fresh from the parent) for later requests; a leftover it replaces is wasted, never reused. */
  keep(id: string, range: IvRange): void {
    assert(Number.isSafeInteger(range.first) && range.first >= 0 && range.count >= 0 && Number.isSafeInteger(range.first + range.count), 'a kept range is within safe integers');
    if (!this.ranges.has(id) && this.ranges.size >= this.keysMax) this.ranges.delete(this.ranges.keys().next().value as string);
    this.ranges.set(id, { next: range.first, end: range.first + range.count });
  }

  clear(): void {
    this.ranges.clear();
  }
}
