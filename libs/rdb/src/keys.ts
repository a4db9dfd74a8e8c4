import { InvalidError } from '@daos-nats/base';

/**
 * The three KVS classes (DAOS RDB_KVS_*). Keys are stored as bytes and every class iterates in
 * byte order (memcmp, shorter first on a common prefix): integer keys are 8-byte big-endian, so
 * byte order is numeric order. Generic keys promise no particular order to callers.
 */
export enum KvsClass {
  Generic = 0,
  Integer = 1,
  Lexical = 2,
}

/** A key as callers write it: bytes, a UTF-8 string, or an unsigned 64-bit integer. */
export type KeyLike = Uint8Array | string | bigint | number;

/** A list of keys from the root naming a KVS; [] is the root itself. */
export type Path = readonly KeyLike[];

const U64_MAX = (1n << 64n) - 1n;
const utf8 = new TextEncoder();

/** The key's stored bytes. Integers become 8-byte big-endian so that byte order is numeric order. */
export function keyBytes(k: KeyLike): Uint8Array {
  if (k instanceof Uint8Array) return k;
  if (typeof k === 'string') return utf8.encode(k);
  const n = typeof k === 'number' ? (Number.isSafeInteger(k) ? BigInt(k) : -1n) : k;
  if (n < 0n || n > U64_MAX) throw new InvalidError(`integer key ${String(k)} is not an unsigned 64-bit integer`);
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, n, false);
  return b;
}

/** An integer KVS's key back as a number. */
export function intKeyOf(b: Uint8Array): bigint {
  if (b.byteLength !== 8) throw new InvalidError(`integer key must be 8 bytes, got ${b.byteLength}`);
  return new DataView(b.buffer, b.byteOffset, 8).getBigUint64(0, false);
}

export function isKvsClass(c: number): c is KvsClass {
  return c === KvsClass.Generic || c === KvsClass.Integer || c === KvsClass.Lexical;
}

/** Structural validity of a key for a class (the same check on every replica: it decides DER_INVAL). */
export function checkKey(cls: KvsClass, key: Uint8Array, keyBytesMax: number): void {
  if (cls === KvsClass.Integer) {
    if (key.byteLength !== 8) throw new InvalidError(`integer KVS key must be 8 bytes, got ${key.byteLength}`);
    return;
  }
  if (key.byteLength === 0) throw new InvalidError('a key must not be empty');
  if (key.byteLength > keyBytesMax) throw new InvalidError(`key is ${key.byteLength} bytes, limit ${keyBytesMax}`);
}
