import { NonexistError, NoSpaceError } from '@daos-nats/base';
import type { Transaction } from '@daos-nats/rdb';
import { attributeBytes, defaultAttributeLimits, type AttributeLimits, type AttributeUsage } from '@daos-nats/rsvc';
import { attrsPath, decodeJson, encodeJson, iterateAll, META_PATH, CONTS_PATH, type ContRecord } from './cont-layout.js';

/** Most containers in one pool (a create beyond it is DER_NOSPACE). */
export const CONTAINERS_PER_POOL_MAX_DEFAULT = 4_096;
/**
 * Most open handles per container. A forced destroy deletes them all in one transaction: at
 * ~100 bytes of entry each, 4,096 of them stay far below the raft entry limit.
 */
export const CONT_HANDLES_MAX_DEFAULT = 4_096;

/** The container service's named limits (contService `limits`; README "Limits"). */
export interface ContLimits extends AttributeLimits {
  readonly containersPerPoolMax: number;
  readonly contHandlesMax: number;
}

export const defaultContLimits: ContLimits = {
  ...defaultAttributeLimits,
  containersPerPoolMax: CONTAINERS_PER_POOL_MAX_DEFAULT,
  contHandlesMax: CONT_HANDLES_MAX_DEFAULT,
};

/** cont/cont_count: how many containers the pool has, kept with every create and destroy. */
const COUNT_KEY = 'cont_count';

/** The container count; a database from before the counter is counted once (paged). */
export async function readContCount(tx: Transaction): Promise<number> {
  try {
    return decodeJson<number>(await tx.lookup(META_PATH, COUNT_KEY), 'container count');
  } catch (e) {
    if (!(e instanceof NonexistError)) throw e;
  }
  return (await iterateAll(tx, CONTS_PATH)).length;
}

export function writeContCount(tx: Transaction, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`container count ${n} is not a count`);
  tx.update(META_PATH, COUNT_KEY, encodeJson(n));
}

/** DER_NOSPACE if the pool holds containersPerPoolMax containers already; else the count after one more. */
export async function countAfterCreate(tx: Transaction, limits: ContLimits): Promise<number> {
  const n = await readContCount(tx);
  if (n >= limits.containersPerPoolMax) throw new NoSpaceError(`the pool has ${n} containers: containersPerPoolMax=${limits.containersPerPoolMax} reached`);
  return n + 1;
}

/** A container's attribute usage: kept in its record; a record from before that is counted once. */
export async function contAttrUsage(tx: Transaction, rec: ContRecord): Promise<AttributeUsage> {
  if (rec.attrCount !== undefined && rec.attrBytes !== undefined) return { count: rec.attrCount, bytes: rec.attrBytes };
  const u = { count: 0, bytes: 0 };
  for (const it of await iterateAll(tx, attrsPath(rec.uuid))) {
    u.count += 1;
    u.bytes += it.key.byteLength + it.value.byteLength;
  }
  return u;
}

/** The usage after setting `entries` over `old` values (undefined: new), DER_NOSPACE beyond a limit. */
export function usageAfterSet(u: AttributeUsage, entries: readonly [string, Uint8Array, Uint8Array | undefined][], limits: AttributeLimits, what: string): AttributeUsage {
  const next = { ...u };
  for (const [n, v, old] of entries) {
    if (old) next.bytes -= attributeBytes(n, old);
    else next.count += 1;
    next.bytes += attributeBytes(n, v);
  }
  if (next.count > limits.attrsPerObjectMax) throw new NoSpaceError(`${what}: ${next.count} attributes would exceed attrsPerObjectMax=${limits.attrsPerObjectMax}`);
  if (next.bytes > limits.attrBytesPerObjectMax) throw new NoSpaceError(`${what}: ${next.bytes} bytes of attribute names and values would exceed attrBytesPerObjectMax=${limits.attrBytesPerObjectMax}`);
  return next;
}
