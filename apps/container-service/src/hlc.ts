import { assert, InvalidError } from '@daos-nats/base';

/** Wall-clock milliseconds (Date.now), injected so tests control it. */
export type WallClock = () => number;

/**
 * Where HLC time starts: 2020-01-01T00:00:00Z. Counting from here instead of 1970 keeps every
 * timestamp an exact JavaScript number (and within the codec's 2^53 - 1) until about 2089.
 */
export const HLC_EPOCH_MS = Date.UTC(2020, 0, 1);
/** Low bits of a timestamp that count events within one millisecond. */
export const HLC_LOGICAL_BITS = 12;
const LOGICAL_SPAN = 2 ** HLC_LOGICAL_BITS;
/** Largest timestamp: the wire codec refuses anything above 2^53 - 1. */
export const HLC_MAX = Number.MAX_SAFE_INTEGER;

/**
 * A hybrid logical clock (DAOS `crt_hlc`): physical milliseconds since HLC_EPOCH_MS in the high
 * bits, a logical counter in the low HLC_LOGICAL_BITS. `now()` is strictly increasing even when
 * the wall clock stalls or steps back, and `observe(t)` moves it past a timestamp seen elsewhere
 * (e.g. the highest epoch already committed by an earlier leader), so epochs stay ordered across
 * leader changes whatever the clocks of the replicas say.
 */
export class HybridLogicalClock {
  private last = 0;

  constructor(private readonly wall: WallClock = Date.now) {}

  /** A timestamp greater than every one returned or observed before. */
  now(): number {
    const physical = (Math.floor(this.wall()) - HLC_EPOCH_MS) * LOGICAL_SPAN;
    assert(physical >= 0, `wall clock ${this.wall()} is before the HLC epoch`);
    const next = Math.max(physical, this.last + 1);
    if (next > HLC_MAX) throw new InvalidError(`hybrid logical clock overflow at ${next}`);
    this.last = next;
    return next;
  }

  /** Never return `t` or anything below it from now on. */
  observe(t: number): void {
    if (!Number.isSafeInteger(t) || t < 0) throw new InvalidError(`HLC timestamp must be a non-negative safe integer, got ${t}`);
    this.last = Math.max(this.last, t);
  }

  /** Wall-clock milliseconds of an HLC timestamp (its physical part). */
  static toWallMs(t: number): number {
    return HLC_EPOCH_MS + Math.floor(t / LOGICAL_SPAN);
  }
}
