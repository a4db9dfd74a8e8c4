import { assert } from './assert.js';
import { BusyError } from './errors.js';

/**
 * A FIFO with a hard bound on its length. A full queue refuses (`offer` → false, `push` → BusyError):
 * back-pressure reaches the producer instead of memory growing without limit.
 */
export class BoundedQueue<T> {
  private items: (T | undefined)[];
  private head = 0;
  private count = 0;

  constructor(readonly capacityItems: number) {
    assert(Number.isSafeInteger(capacityItems) && capacityItems >= 1, `capacityItems must be >= 1, got ${capacityItems}`);
    this.items = new Array<T | undefined>(capacityItems);
  }

  get length(): number {
    return this.count;
  }
  get full(): boolean {
    return this.count === this.capacityItems;
  }

  /** Append unless full; returns whether it was taken. */
  offer(item: T): boolean {
    if (this.full) return false;
    this.items[(this.head + this.count) % this.capacityItems] = item;
    this.count++;
    return true;
  }

  /** Append or throw DER_BUSY. */
  push(item: T): void {
    if (!this.offer(item)) throw new BusyError(`queue full (${this.capacityItems} items)`);
  }

  shift(): T | undefined {
    if (this.count === 0) return undefined;
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head = (this.head + 1) % this.capacityItems;
    this.count--;
    return item;
  }

  peek(): T | undefined {
    return this.count === 0 ? undefined : this.items[this.head];
  }

  /** Remove and return everything, oldest first. */
  drain(): T[] {
    const out: T[] = [];
    while (this.count > 0) out.push(this.shift() as T);
    return out;
  }
}
