import { NonexistError } from '@daos-nats/base';
import type { Transaction } from '@daos-nats/rdb';
import { ATTRS_PATH, RSVC_PATH } from './rsvc-layout.js';

/** Most user attributes one group holds (DAOS: per pool or container), by default. */
export const ATTRS_PER_OBJECT_MAX_DEFAULT = 4096;
/** Most bytes of names plus values one group's user attributes hold, by default (16 MiB). */
export const ATTR_BYTES_PER_OBJECT_MAX_DEFAULT = 16 * 1024 * 1024;

/** A group's attribute limits (a service may lower them per request: ServiceClass.attributeLimits). */
export interface AttributeLimits {
  readonly attrsPerObjectMax: number;
  readonly attrBytesPerObjectMax: number;
}

export const defaultAttributeLimits: AttributeLimits = {
  attrsPerObjectMax: ATTRS_PER_OBJECT_MAX_DEFAULT,
  attrBytesPerObjectMax: ATTR_BYTES_PER_OBJECT_MAX_DEFAULT,
};

/** How many attributes a group holds and their bytes (names + values), kept with every change. */
export interface AttributeUsage {
  count: number;
  bytes: number;
}

/** rsvc/attrUsage: the running count, so a limit check never scans the attributes. */
const USAGE_KEY = 'attrUsage';
const encoder = new TextEncoder();

function encodeUsage(u: AttributeUsage): Uint8Array {
  const b = new Uint8Array(16);
  const v = new DataView(b.buffer);
  v.setBigUint64(0, BigInt(u.count));
  v.setBigUint64(8, BigInt(u.bytes));
  return b;
}

/**
 * The group's attribute usage. A database written before the counter existed has none: it is
 * counted once here (paged), and the caller's write stores it with its change.
 */
export async function readAttributeUsage(tx: Transaction): Promise<AttributeUsage> {
  try {
    const v = new DataView((await tx.lookup(RSVC_PATH, USAGE_KEY)).slice().buffer);
    return { count: Number(v.getBigUint64(0)), bytes: Number(v.getBigUint64(8)) };
  } catch (e) {
    if (!(e instanceof NonexistError)) throw e;
  }
  const u: AttributeUsage = { count: 0, bytes: 0 };
  let after: Uint8Array | undefined;
  for (;;) {
    const items = await tx.iterate(ATTRS_PATH, after ? { gt: after } : {});
    if (items.length === 0) return u;
    for (const it of items) {
      u.count += 1;
      u.bytes += it.key.byteLength + (it.value?.byteLength ?? 0);
    }
    after = items[items.length - 1]!.key;
  }
}

export function writeAttributeUsage(tx: Transaction, u: AttributeUsage): void {
  if (u.count < 0 || u.bytes < 0) throw new Error(`attribute usage went negative: ${u.count} attributes, ${u.bytes} bytes`);
  tx.update(RSVC_PATH, USAGE_KEY, encodeUsage(u));
}

/** The bytes an attribute counts for: its UTF-8 name plus its value. */
export function attributeBytes(name: string, value: Uint8Array): number {
  return encoder.encode(name).byteLength + value.byteLength;
}
