import { assert } from '@daos-nats/base';
import type { IvValue } from './messages.js';

export interface CachedEntry {
  readonly entry: IvValue;
  /** Clock time after which the entry must not be served: the lease granted by the parent. */
  readonly expiresAtMs: number;
  readonly bytes: number;
}

/** Bookkeeping bytes charged per entry on top of key and value, so empty values still count. */
const ENTRY_OVERHEAD_BYTES = 64;

function hex(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += x.toString(16).padStart(2, '0');
  return s;
}

/**
 * The entries of one cache, all namespaces together, bounded in items and bytes. Dropping an
 * entry is always safe (the next fetch goes up the tree), so when full the least recently
 * stored entry goes. Versions only move forward: a store of an older version than the one held
 * is refused, so a late push can never replace a newer value.
 */
export class EntryCache {
  private readonly map = new Map<string, CachedEntry>();
  private bytesUsed = 0;

  constructor(
    readonly entriesMax: number,
    readonly cacheBytesMax: number,
  ) {
    assert(entriesMax >= 1 && cacheBytesMax >= 1, 'an entry cache holds at least one entry');
  }

  static id(pool: string, classId: number, key: Uint8Array): string {
    return `${pool}/${classId}/${hex(key)}`;
  }

  get size(): number {
    return this.map.size;
  }

  get bytes(): number {
    return this.bytesUsed;
  }

  get(id: string): CachedEntry | undefined {
    return this.map.get(id);
  }

  /** Store unless an entry with a newer version is held; returns whether it was stored. */
  put(id: string, keyBytes: number, entry: IvValue, expiresAtMs: number): boolean {
    const old = this.map.get(id);
    if (old && old.entry.version > entry.version) return false;
    const bytes = ENTRY_OVERHEAD_BYTES + id.length + keyBytes + (entry.value?.length ?? 0);
    if (bytes > this.cacheBytesMax) return false;
    this.delete(id);
    while (this.map.size >= this.entriesMax || this.bytesUsed + bytes > this.cacheBytesMax) {
      const oldest = this.map.keys().next().value as string;
      this.delete(oldest);
    }
    this.map.set(id, { entry, expiresAtMs, bytes });
    this.bytesUsed += bytes;
    assert(this.bytesUsed <= this.cacheBytesMax && this.map.size <= this.entriesMax, 'the entry cache stays within its bounds');
    return true;
  }

  delete(id: string): boolean {
    const old = this.map.get(id);
    if (!old) return false;
    this.map.delete(id);
    this.bytesUsed -= old.bytes;
    return true;
  }

  /** Drop every entry of a namespace (its root changed). */
  dropPool(pool: string): void {
    for (const id of [...this.map.keys()]) if (id.startsWith(`${pool}/`)) this.delete(id);
  }

  clear(): void {
    this.map.clear();
    this.bytesUsed = 0;
  }
}
