import { MalformedError } from './malformed-error.js';

/** Little-endian binary decoder that refuses to read past the end, naming what it was reading. */
export class ByteReader {
  private pos = 0;
  private readonly view: DataView;

  constructor(
    private readonly buf: Uint8Array,
    private readonly what: string,
  ) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  private need(n: number, field: string): void {
    if (this.pos + n > this.buf.byteLength)
      throw new MalformedError(`${this.what}: truncated reading ${field} at byte ${this.pos} (needs ${n}, ${this.remaining} left)`);
  }

  get remaining(): number {
    return this.buf.byteLength - this.pos;
  }

  u8(field: string): number {
    this.need(1, field);
    return this.buf[this.pos++]!;
  }

  u32(field: string): number {
    this.need(4, field);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }

  u64(field: string): number {
    this.need(8, field);
    const v = this.view.getBigUint64(this.pos, true);
    this.pos += 8;
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw this.fail(`${field} ${v} exceeds 2^53`);
    return Number(v);
  }

  /** u32 length then bytes, the length capped at `maxBytes`. Returns a view, not a copy. */
  bytes(field: string, maxBytes: number): Uint8Array {
    const n = this.u32(`${field} length`);
    if (n > maxBytes) throw this.fail(`${field} is ${n} bytes, limit ${maxBytes}`);
    this.need(n, field);
    const b = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }

  /** The whole input must have been consumed. */
  end(): void {
    if (this.remaining !== 0) throw this.fail(`${this.remaining} trailing bytes`);
  }

  fail(why: string): MalformedError {
    return new MalformedError(`${this.what}: ${why} (at byte ${this.pos})`);
  }
}
