import { InvalidError } from '@daos-nats/base';
import { objectClassById, type ObjectClass } from './object-class.js';

/**
 * A 128-bit object id as 32 lower-case hex digits: `hi` (first 16) then `lo`. The top 16 bits of
 * `hi` hold the object class id (DAOS keeps the class in the high bits of `oid.hi` too); the other
 * 112 bits come from the container's OID allocator.
 */
export type Oid = string & { readonly __brand: 'Oid' };

const OID_HEX = /^[0-9a-f]{32}$/;
const SEQ_MAX = (1n << 112n) - 1n;

/** The OID of allocator value `seq` with class `cls`. */
export function makeOid(cls: ObjectClass, seq: bigint): Oid {
  if (seq < 0n || seq > SEQ_MAX) throw new InvalidError(`OID sequence ${seq} is outside 0..2^112-1`);
  return ((BigInt(cls.id) << 112n) | seq).toString(16).padStart(32, '0') as Oid;
}

/** Parses an OID; a malformed one or one with an unknown class is DER_INVAL. */
export function parseOid(s: string): { oid: Oid; cls: ObjectClass; seq: bigint } {
  if (typeof s !== 'string' || !OID_HEX.test(s)) throw new InvalidError(`bad OID ${JSON.stringify(s)}: want 32 lower-case hex digits`);
  const v = BigInt(`0x${s}`);
  const cls = objectClassById(Number(v >> 112n));
  return { oid: s as Oid, cls, seq: v & SEQ_MAX };
}
