/** A 32-bit mix of 32-bit words (murmur3's finalizer over a running combine): pure, stable across platforms. */
export function hash32(...words: number[]): number {
  let h = 0x9747b28c;
  for (const w of words) {
    let k = Math.imul(w >>> 0, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= words.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 32-bit words of a byte string (length first, so "a" and "a\0" differ). */
export function bytesToWords(b: Uint8Array): number[] {
  const words = [b.length];
  for (let i = 0; i < b.length; i += 4) words.push((b[i]! | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16) | ((b[i + 3] ?? 0) << 24)) >>> 0);
  return words;
}

/** The four 32-bit words of a 32-hex-digit OID. */
export function oidToWords(oid: string): number[] {
  return [0, 8, 16, 24].map((i) => parseInt(oid.slice(i, i + 8), 16));
}
