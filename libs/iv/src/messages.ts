import { InvalidError, ProtoError } from '@daos-nats/base';

/** Who roots a namespace and who is in it. A root claim with a higher `term` replaces it. */
export interface IvNamespaceDesc {
  /** The pool (namespace id); a subject token. */
  readonly pool: string;
  /** Rank of the root: the pool service leader's host. */
  readonly root: number;
  /** Raft term of the pool service leader that claimed the root. */
  readonly term: number;
  /** Every rank with a cache in this namespace (the root included). */
  readonly ranks: readonly number[];
}

/**
 * How an update reaches the caches once the root has committed it. The root always revokes
 * every lease on the old value before it commits (see README), whatever the mode.
 * NONE: the root only; caches fetch on their next miss. EAGER: the call returns after every
 * reachable cache holds the new value. LAZY: pushed in the background after the call returns.
 */
export type IvSyncMode = 'none' | 'eager' | 'lazy';
export const IV_SYNC_MODES: readonly IvSyncMode[] = ['none', 'eager', 'lazy'];

/** An entry as it travels: `value` undefined means "no such key" at the source of truth. */
export interface IvValue {
  readonly version: number;
  readonly value?: Uint8Array;
}

/** Consecutive ids [first, first + count), handed out once. */
export interface IvRange {
  readonly first: number;
  readonly count: number;
}

export type IvRequest =
  /** Root (re)announces the namespace down the tree. */
  | { readonly op: 'ns'; readonly ns: IvNamespaceDesc }
  /** A child asks for an entry; the reply grants a lease of `leaseMs` on it. */
  | { readonly op: 'fetch'; readonly pool: string; readonly term: number; readonly classId: number; readonly key: Uint8Array }
  /** To the root: set (value present) or invalidate (value absent) an entry. */
  | { readonly op: 'update'; readonly pool: string; readonly term: number; readonly classId: number; readonly key: Uint8Array; readonly version: number; readonly value?: Uint8Array; readonly sync: IvSyncMode }
  /** Down the tree: drop the entry and forget its lease before the root commits a new value. */
  | { readonly op: 'revoke'; readonly ns: IvNamespaceDesc; readonly classId: number; readonly key: Uint8Array }
  /** Up the tree: hand me `count` consecutive ids of (class, key) (DAOS oid_iv); only the root allocates at the source. */
  | { readonly op: 'alloc'; readonly pool: string; readonly term: number; readonly classId: number; readonly key: Uint8Array; readonly count: number }
  /** Down the tree: the committed value, with a lease. */
  | { readonly op: 'push'; readonly ns: IvNamespaceDesc; readonly classId: number; readonly key: Uint8Array; readonly entry: IvValue; readonly leaseMs: number };

export type IvReply =
  | { readonly ok: true; readonly entry?: IvValue; readonly leaseMs?: number; /** every descendant acknowledged */ readonly complete?: boolean; readonly range?: IvRange }
  | { readonly ok: false; readonly code: number; readonly message: string; readonly hint?: { rank: number; term: number } };

const POOL_RE = /^[A-Za-z0-9_-]{1,128}$/u;

function isRankNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0 && x <= 0xffff_fffe;
}

/** Validate a namespace descriptor from anywhere; throws InvalidError. */
export function checkNamespaceDesc(d: unknown, ranksMax: number): IvNamespaceDesc {
  if (typeof d !== 'object' || d === null) throw new InvalidError('namespace: not an object');
  const o = d as Record<string, unknown>;
  if (typeof o['pool'] !== 'string' || !POOL_RE.test(o['pool'])) throw new InvalidError(`namespace: bad pool ${JSON.stringify(o['pool'])}`);
  if (!isRankNumber(o['root'])) throw new InvalidError('namespace: root is not a rank');
  if (typeof o['term'] !== 'number' || !Number.isSafeInteger(o['term']) || o['term'] < 1) throw new InvalidError('namespace: term must be a positive integer');
  const ranks = o['ranks'];
  if (!Array.isArray(ranks) || ranks.length === 0 || ranks.length > ranksMax) throw new InvalidError(`namespace: ranks must be 1..${ranksMax} ranks`);
  if (!ranks.every(isRankNumber)) throw new InvalidError('namespace: ranks must be ranks');
  if (!ranks.includes(o['root'])) throw new InvalidError('namespace: the root must be one of the ranks');
  return { pool: o['pool'], root: o['root'], term: o['term'], ranks: [...(ranks as number[])] };
}

/** Validate a request that arrived from the wire (any bytes, from anyone); throws a DER error. */
export function checkRequest(r: unknown, limits: { ranksMax: number; keyBytesMax: number; valueBytesMax: number }): IvRequest {
  if (typeof r !== 'object' || r === null) throw new ProtoError('iv request: not an object');
  const o = r as Record<string, unknown>;
  const bytes = (name: string, max: number, optional = false): Uint8Array | undefined => {
    const v = o[name];
    if (v === undefined && optional) return undefined;
    if (!(v instanceof Uint8Array)) throw new InvalidError(`iv request: ${name} must be bytes`);
    if (v.length > max) throw new InvalidError(`iv request: ${name} is ${v.length} bytes, more than ${max}`);
    return v;
  };
  const int = (name: string, min: number): number => {
    const v = o[name];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) throw new InvalidError(`iv request: ${name} must be an integer >= ${min}`);
    return v;
  };
  const pool = (): string => {
    const v = o['pool'];
    if (typeof v !== 'string' || !POOL_RE.test(v)) throw new InvalidError(`iv request: bad pool ${JSON.stringify(v)}`);
    return v;
  };
  switch (o['op']) {
    case 'ns':
      return { op: 'ns', ns: checkNamespaceDesc(o['ns'], limits.ranksMax) };
    case 'fetch':
      return { op: 'fetch', pool: pool(), term: int('term', 0), classId: int('classId', 1), key: bytes('key', limits.keyBytesMax)! };
    case 'update': {
      const sync = o['sync'];
      if (!IV_SYNC_MODES.includes(sync as IvSyncMode)) throw new InvalidError(`iv request: bad sync mode ${JSON.stringify(sync)}`);
      const value = bytes('value', limits.valueBytesMax, true);
      const base = { op: 'update' as const, pool: pool(), term: int('term', 0), classId: int('classId', 1), key: bytes('key', limits.keyBytesMax)!, version: int('version', 0), sync: sync as IvSyncMode };
      return value === undefined ? base : { ...base, value };
    }
    case 'revoke':
      return { op: 'revoke', ns: checkNamespaceDesc(o['ns'], limits.ranksMax), classId: int('classId', 1), key: bytes('key', limits.keyBytesMax)! };
    case 'alloc':
      return { op: 'alloc', pool: pool(), term: int('term', 0), classId: int('classId', 1), key: bytes('key', limits.keyBytesMax)!, count: int('count', 1) };
    case 'push': {
      const e = o['entry'] as Record<string, unknown> | undefined;
      if (typeof e !== 'object' || e === null) throw new InvalidError('iv request: push without entry');
      const version = e['version'];
      if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) throw new InvalidError('iv request: entry version must be an integer >= 0');
      const value = e['value'];
      if (value !== undefined && (!(value instanceof Uint8Array) || value.length > limits.valueBytesMax)) throw new InvalidError('iv request: entry value must be bytes within valueBytesMax');
      const entry: IvValue = value === undefined ? { version } : { version, value };
      return { op: 'push', ns: checkNamespaceDesc(o['ns'], limits.ranksMax), classId: int('classId', 1), key: bytes('key', limits.keyBytesMax)!, entry, leaseMs: int('leaseMs', 0) };
    }
    default:
      throw new ProtoError(`iv request: unknown op ${JSON.stringify(o['op'])}`);
  }
}
