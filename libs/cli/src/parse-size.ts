import { UsageError } from './usage-error.js';

// DAOS parses sizes with go-humanize: SI suffixes are powers of 1000 (G = GB = 10^9), IEC
// suffixes powers of 1024 (GiB = 2^30). Suffixes are case-insensitive.
const UNITS: ReadonlyMap<string, number> = new Map([
  ['', 1],
  ['b', 1],
  ...['k', 'm', 'g', 't', 'p', 'e'].flatMap((p, i): [string, number][] => [
    [p, 1000 ** (i + 1)],
    [`${p}b`, 1000 ** (i + 1)],
    [`${p}i`, 1024 ** (i + 1)],
    [`${p}ib`, 1024 ** (i + 1)],
  ]),
]);

/** Parse "1G", "512MiB", "1.5TB", "4096" into bytes; a UsageError names what is wrong. */
export function parseSize(text: string, what = 'size'): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(text);
  if (!m) throw new UsageError(`${what} ${JSON.stringify(text)} is not a size (examples: 1G, 512MiB, 4096)`);
  const unit = UNITS.get(m[2]!.toLowerCase());
  if (unit === undefined) throw new UsageError(`${what} ${JSON.stringify(text)} has an unknown unit ${JSON.stringify(m[2])} (use B, K, M, G, T, P or KiB, MiB, GiB, TiB, PiB)`);
  const bytes = Math.round(Number(m[1]) * unit);
  if (!Number.isSafeInteger(bytes)) throw new UsageError(`${what} ${JSON.stringify(text)} is too large`);
  return bytes;
}

/** Bytes as DAOS prints them: "1.0 GB", "512 MB", "12 B" (SI, one decimal below 10). */
export function formatSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1000) return `${bytes} B`;
  const prefixes = ['k', 'M', 'G', 'T', 'P', 'E'];
  let v = bytes;
  let i = -1;
  while (v >= 1000 && i < prefixes.length - 1) {
    v /= 1000;
    i++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${prefixes[i]}B`;
}
