import { assert, InvalidError } from '@daos-nats/base';

/** Most children one cache forwards to; DAOS's CaRT trees use a similar k-ary shape. */
export const TREE_FANOUT_MAX_LIMIT = 64;

/**
 * The k-ary tree of one namespace: the root first, then the other ranks in ascending order,
 * laid out breadth-first (index i has children i*k+1 .. i*k+k). Every cache computes the same
 * tree from the same (root, ranks, fan-out), so no tree is ever sent on the wire.
 *
 * Re-parenting is local and needs no agreement: a cache that believes its parent is dead talks
 * to the nearest live ancestor, and a parent that believes a child is dead forwards to that
 * child's children instead. The root is never skipped: without it the namespace cannot answer.
 */
export class IvTree {
  private readonly order: readonly number[];
  private readonly indexOf = new Map<number, number>();

  constructor(
    readonly root: number,
    ranks: readonly number[],
    readonly fanoutMax: number,
  ) {
    if (!Number.isSafeInteger(fanoutMax) || fanoutMax < 1 || fanoutMax > TREE_FANOUT_MAX_LIMIT) throw new InvalidError(`treeFanoutMax must be an integer 1..${TREE_FANOUT_MAX_LIMIT}, got ${fanoutMax}`);
    const rest = [...new Set(ranks)].filter((r) => r !== root).sort((a, b) => a - b);
    this.order = [root, ...rest];
    this.order.forEach((r, i) => this.indexOf.set(r, i));
  }

  get size(): number {
    return this.order.length;
  }

  /** Levels below the root (0 for a root alone): the most hops a message down the tree takes. */
  get depth(): number {
    let d = 0;
    for (let i = this.order.length - 1; i > 0; i = Math.floor((i - 1) / this.fanoutMax)) d++;
    return d;
  }

  has(rank: number): boolean {
    return this.indexOf.has(rank);
  }

  get ranks(): readonly number[] {
    return this.order;
  }

  /** The tree parent, or undefined for the root. */
  parent(rank: number): number | undefined {
    const i = this.index(rank);
    return i === 0 ? undefined : this.order[Math.floor((i - 1) / this.fanoutMax)];
  }

  /** The tree children. */
  children(rank: number): number[] {
    const i = this.index(rank);
    const out: number[] = [];
    for (let c = i * this.fanoutMax + 1; c <= i * this.fanoutMax + this.fanoutMax && c < this.order.length; c++) out.push(this.order[c]!);
    return out;
  }

  /** The nearest ancestor not believed dead; the root if every other ancestor is. */
  liveParent(rank: number, dead: (r: number) => boolean): number | undefined {
    let p = this.parent(rank);
    while (p !== undefined && p !== this.root && dead(p)) p = this.parent(p);
    return p;
  }

  /** The children to forward to: a child believed dead is replaced by its own live children. */
  liveChildren(rank: number, dead: (r: number) => boolean): number[] {
    const out: number[] = [];
    const stack = this.children(rank).reverse();
    while (stack.length > 0) {
      const c = stack.pop()!;
      if (!dead(c)) out.push(c);
      else stack.push(...this.children(c).reverse());
    }
    return out;
  }

  /** Every rank below `rank` (not itself). */
  descendants(rank: number): number[] {
    const out: number[] = [];
    const stack = this.children(rank);
    while (stack.length > 0) {
      const c = stack.pop()!;
      out.push(c);
      stack.push(...this.children(c));
    }
    return out;
  }

  private index(rank: number): number {
    const i = this.indexOf.get(rank);
    assert(i !== undefined, `rank ${rank} is a member of the tree it asks about`);
    return i;
  }
}
