import { assert } from './assert.js';

/** A source of randomness; injected so that every random choice is replayable from a seed. */
export interface Rng {
  /** Uniform integer in [0, 2^32). */
  nextU32(): number;
  /** Uniform integer in [0, n), n >= 1. */
  int(n: number): number;
  /** Uniform float in [0, 1). */
  float(): number;
  /** True with probability p. */
  chance(p: number): boolean;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * xoshiro128** seeded through splitmix32: small, fast and good enough for simulation and jitter.
 * Not for cryptography.
 */
export class SeededRng implements Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(readonly seed: number) {
    assert(Number.isSafeInteger(seed), `seed must be an integer, got ${seed}`);
    // Fold the high bits in too, so seeds above 2^32 are distinct.
    const next = splitmix32((seed ^ Math.floor(seed / 0x1_0000_0000)) >>> 0);
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    if ((this.a | this.b | this.c | this.d) === 0) this.d = 1;
  }

  nextU32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  int(n: number): number {
    assert(Number.isSafeInteger(n) && n >= 1 && n <= 0x1_0000_0000, `int(n) needs 1 <= n <= 2^32, got ${n}`);
    // Rejection sampling keeps the result unbiased.
    const limit = 0x1_0000_0000 - (0x1_0000_0000 % n);
    for (;;) {
      const x = this.nextU32();
      if (x < limit) return x % n;
    }
  }

  float(): number {
    return this.nextU32() / 0x1_0000_0000;
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  /** A new generator whose stream is independent of this one's future draws. */
  fork(): SeededRng {
    return new SeededRng(this.nextU32() * 0x10000 + (this.nextU32() & 0xffff));
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
