import { EntryType, type Entry } from '../src/index.js';

const decoder = new TextDecoder();

/**
 * What an entry means, as one comparable string: the payload of a normal entry, "" for a no-op,
 * "cc:<hex>" for a membership change. Two entries are the same entry iff type, term, index and
 * this key are equal.
 */
export function entryKey(e: Entry): string {
  if (e.type === EntryType.ConfChange) return `cc:${hex(e.data)}`;
  return e.data.byteLength === 0 ? '' : decoder.decode(e.data);
}

function hex(data: Uint8Array): string {
  let s = '';
  for (const b of data) s += b.toString(16).padStart(2, '0');
  return s;
}
