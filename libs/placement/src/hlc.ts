import { DaosError, DER, InvalidError } from '@daos-nats/base';

/**
 * Bits of an HLC timestamp that count events within one millisecond (4096 per ms; beyond that the
 * clock runs ahead of physical time, which an HLC allows). With ms counted from
 * `HLC_BASE_MS` (2020-01-01) a timestamp stays below 2^53, so it crosses the wire as an exact
 * integer (libs/proto's 64-bit rule) until 2089. The container service's snapshot clock
 * (apps/container-service hlc.ts) has the same base and bits: snapshot epochs and object epochs
 * are one time line, which is what lets a read pin a snapshot.
 */
export const HLC_LOGICAL_BITS = 12n;
export const HLC_BASE_MS = Date.UTC(2020, 0, 1);
const LOGICAL_MASK = (1n << HLC_LOGICAL_BITS) - 1n;

/** A remote timestamp or a requested epoch further ahead of this clock than `maxDriftMs` (DER_HLC_SYNC). */
export class HlcSyncError extends DaosError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(DER.HLC_SYNC, message, options);
    this.name = 'HlcSyncError';
  }
}

export interface HlcOptions {
  /** Physical time in ms (injected: Date.now in a process, a virtual clock in a simulation). */
  readonly nowMs: () => number;
  /** How far ahead of our physical clock a received timestamp may be. */
  readonly maxDriftMs: number;
}

/** The physical ms of an HLC timestamp. */
export const hlcPhysicalMs = (t: bigint): number => Number(t >> HLC_LOGICAL_BITS) + HLC_BASE_MS;

/**
 * Hybrid logical clock (DAOS `d_hlc`): timestamps are `((ms - base) << 12) | logical`, strictly increasing
 * per clock, ahead of every timestamp it has seen. Epochs of updates come from it; a replicated
 * update is stamped once by its leader and every replica writes that same epoch.
 */
export class Hlc {
  private last = 0n;
  constructor(private readonly opts: HlcOptions) {
    if (!(opts.maxDriftMs >= 0)) throw new InvalidError(`maxDriftMs ${opts.maxDriftMs} must be >= 0`);
  }

  private physical(): bigint {
    const ms = Math.floor(this.opts.nowMs()) - HLC_BASE_MS;
    if (!(ms >= 0)) throw new InvalidError(`clock reads ${this.opts.nowMs()} ms, before the HLC base (2020-01-01)`);
    return BigInt(ms) << HLC_LOGICAL_BITS;
  }

  /** A new timestamp, greater than every one issued or seen. */
  now(): bigint {
    const p = this.physical();
    this.last = p > this.last ? p : this.last + 1n;
    return this.last;
  }

  /** Merges a received timestamp (HLC receive rule); refused if it is too far in our future. */
  update(remote: bigint): bigint {
    this.checkNotFuture(remote);
    if (remote > this.last) this.last = remote;
    return this.now();
  }

  /** An epoch given by a request may not be ahead of our clock by more than `maxDriftMs`. */
  checkNotFuture(t: bigint): void {
    const limit = this.physical() + (BigInt(this.opts.maxDriftMs) << HLC_LOGICAL_BITS) + LOGICAL_MASK;
    if (t > limit) throw new HlcSyncError(`timestamp at ${hlcPhysicalMs(t)} ms is more than ${this.opts.maxDriftMs} ms ahead of this clock (${Math.floor(this.opts.nowMs())} ms)`);
  }
}
