import { assert } from '@daos-nats/base';

/**
 * The App messages sent to one follower and not yet acknowledged, bounded both in messages and in
 * bytes. A ring buffer of (last index, bytes) pairs in send order: an ack for index i frees every
 * message whose last index is <= i.
 */
export class Inflights {
  private readonly indexes: number[];
  private readonly sizes: number[];
  private start = 0;
  private countMessages = 0;
  private totalBytes = 0;

  constructor(
    readonly messagesMax: number,
    /** 0 = no byte limit. */
    readonly bytesMax: number,
  ) {
    assert(Number.isSafeInteger(messagesMax) && messagesMax >= 1, `inflight messagesMax must be >= 1, got ${messagesMax}`);
    assert(Number.isSafeInteger(bytesMax) && bytesMax >= 0, `inflight bytesMax must be >= 0, got ${bytesMax}`);
    this.indexes = new Array<number>(messagesMax).fill(0);
    this.sizes = new Array<number>(messagesMax).fill(0);
  }

  get count(): number {
    return this.countMessages;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  /** Record a message whose last entry is `index`. The caller checks full() first. */
  add(index: number, bytes: number): void {
    assert(!this.full(), 'inflights: add() called while the window is full');
    if (this.countMessages > 0) {
      const last = this.indexes[(this.start + this.countMessages - 1) % this.messagesMax]!;
      if (index <= last) assert(false, `inflights: index ${index} not above the last inflight index ${last}`);
    }
    const slot = (this.start + this.countMessages) % this.messagesMax;
    this.indexes[slot] = index;
    this.sizes[slot] = bytes;
    this.countMessages++;
    this.totalBytes += bytes;
  }

  /** Free every message whose last index is <= `index`. */
  freeLE(index: number): void {
    while (this.countMessages > 0 && this.indexes[this.start]! <= index) {
      this.totalBytes -= this.sizes[this.start]!;
      this.start = (this.start + 1) % this.messagesMax;
      this.countMessages--;
    }
    if (this.countMessages === 0) this.start = 0;
  }

  /** Free the oldest message (a heartbeat response proves the follower is alive). */
  freeFirstOne(): void {
    if (this.countMessages === 0) return;
    this.freeLE(this.indexes[this.start]!);
  }

  full(): boolean {
    return this.countMessages === this.messagesMax || (this.bytesMax !== 0 && this.totalBytes >= this.bytesMax);
  }

  reset(): void {
    this.start = 0;
    this.countMessages = 0;
    this.totalBytes = 0;
  }
}
