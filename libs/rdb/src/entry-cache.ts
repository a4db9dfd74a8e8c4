import { assert } from '@daos-nats/base';
import { entryBytes, type Entry } from '@daos-nats/raft';

/**
 * The most recent entries of the log in memory, bounded by bytes: a contiguous run
 * [first, last] that always equals the log's tail (the driver updates it in the same places it
 * changes the log). A leader answering a burst of probes and acks then reads entries from here,
 * not from SQLite per message; only a follower far behind costs disk reads.
 */
export class EntryCache {
  private ents: Entry[] = [];
  private bytes = 0;

  constructor(private readonly bytesMax: number) {
    assert(Number.isSafeInteger(bytesMax) && bytesMax >= 0, `entry cache bytesMax ${bytesMax} is a byte count`);
  }

  get firstIndex(): number {
    return this.ents[0]?.index ?? 0;
  }

  get heldBytes(): number {
    return this.bytes;
  }

  /** Entries appended at `entries[0].index`, replacing any cached entry from there on. */
  append(entries: readonly Entry[]): void {
    if (entries.length === 0 || this.bytesMax === 0) return;
    const start = entries[0]!.index;
    const first = this.firstIndex;
    const next = first + this.ents.length;
    if (this.ents.length === 0 || start < first || start > next) this.clear();
    else this.truncateAfter(start - 1);
    for (const e of entries) {
      // A view into a larger buffer (a received message) would keep all of it alive: own a copy.
      const owned = e.data.byteOffset === 0 && e.data.byteLength === e.data.buffer.byteLength;
      this.ents.push(owned ? e : { ...e, data: e.data.slice() });
      this.bytes += entryBytes(e);
    }
    while (this.bytes > this.bytesMax && this.ents.length > 0) this.bytes -= entryBytes(this.ents.shift()!);
  }

  /** Entries [lo, hi) up to maxBytes (at least one), or undefined unless all of [lo, hi) is here. */
  get(lo: number, hi: number, maxBytes: number): Entry[] | undefined {
    const first = this.firstIndex;
    if (this.ents.length === 0 || lo < first || hi > first + this.ents.length || lo >= hi) return undefined;
    const out: Entry[] = [];
    let total = 0;
    for (let i = lo; i < hi; i++) {
      const e = this.ents[i - first]!;
      total += entryBytes(e);
      if (out.length > 0 && total > maxBytes) break;
      out.push(e);
    }
    return out;
  }

  /** The log was truncated after `i`. */
  truncateAfter(i: number): void {
    const first = this.firstIndex;
    while (this.ents.length > 0 && first + this.ents.length - 1 > i) this.bytes -= entryBytes(this.ents.pop()!);
  }

  /** The log was compacted up to and including `i`. */
  compactTo(i: number): void {
    while (this.ents.length > 0 && this.ents[0]!.index <= i) this.bytes -= entryBytes(this.ents.shift()!);
  }

  clear(): void {
    this.ents = [];
    this.bytes = 0;
  }
}
