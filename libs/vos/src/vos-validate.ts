import { InvalidError } from '@daos-nats/base';
import { KeyTooBigError, RecordTooBigError } from './vos-errors.js';
import type { VosLimits } from './vos-limits.js';

/** A 128-bit object id as 32 lower-case hex digits (hi then lo); placement owns its class bits. */
export const OID_PATTERN = /^[0-9a-f]{32}$/;

export function checkOid(oid: string): void {
  if (typeof oid !== 'string' || !OID_PATTERN.test(oid)) throw new InvalidError(`bad OID ${JSON.stringify(oid)}: want 32 lower-case hex digits`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function checkCont(cont: string): void {
  if (typeof cont !== 'string' || !UUID.test(cont)) throw new InvalidError(`bad container uuid ${JSON.stringify(cont)}`);
}

/** The stored key of an object: `<container uuid>/<oid>`, so containers of one pool share a target file but never an object. */
export function objKey(cont: string, oid: string): string {
  checkCont(cont);
  checkOid(oid);
  return `${cont}/${oid}`;
}

export function checkKey(what: 'dkey' | 'akey', key: Uint8Array, limits: VosLimits): void {
  if (!(key instanceof Uint8Array) || key.length === 0) throw new InvalidError(`${what} must be a non-empty byte string`);
  if (key.length > limits.keyBytesMax) throw new KeyTooBigError(`${what} of ${key.length} bytes is over keyBytesMax ${limits.keyBytesMax}`);
}

export function checkEpoch(epoch: bigint): void {
  if (typeof epoch !== 'bigint' || epoch <= 0n || epoch >= 2n ** 63n) throw new InvalidError(`epoch ${String(epoch)} is not in 1..2^63-1`);
}

export interface Extent {
  readonly offset: number;
  readonly data: Uint8Array;
}

/** Extents of one update: non-negative integer offsets, non-empty, under the limits, none overlapping another. */
export function checkExtents(extents: readonly Extent[], limits: VosLimits): number {
  if (extents.length === 0) throw new InvalidError('an array update needs at least one extent');
  if (extents.length > limits.updateExtentsMax) throw new InvalidError(`${extents.length} extents is over updateExtentsMax ${limits.updateExtentsMax}`);
  let bytes = 0;
  for (const e of extents) {
    if (!Number.isSafeInteger(e.offset) || e.offset < 0) throw new InvalidError(`extent offset ${e.offset} is not a non-negative integer`);
    if (!(e.data instanceof Uint8Array) || e.data.length === 0) throw new InvalidError(`extent at ${e.offset} is empty`);
    if (e.offset + e.data.length > limits.arrayOffsetMax) throw new InvalidError(`extent at ${e.offset} ends beyond arrayOffsetMax ${limits.arrayOffsetMax}`);
    bytes += e.data.length;
  }
  if (bytes > limits.updateBytesMax) throw new RecordTooBigError(`update of ${bytes} extent bytes is over updateBytesMax ${limits.updateBytesMax}`);
  const sorted = [...extents].sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    if (prev.offset + prev.data.length > sorted[i]!.offset) throw new InvalidError(`extents at ${prev.offset} and ${sorted[i]!.offset} overlap`);
  }
  return bytes;
}
