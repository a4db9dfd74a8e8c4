import { createHash } from 'node:crypto';
import type { SnapshotSource } from '@daos-nats/raft';
import { MalformedError } from './malformed-error.js';

/**
 * Little-endian decoder over a SnapshotSource, holding only a window of it (about pieceBytes,
 * or one field if larger): the streaming twin of ByteReader, with the same field names in errors.
 * Everything but the last `trailerBytes` is hashed (SHA-256) as it is fetched, for a checksum.
 */
export class SourceReader {
  private buf = new Uint8Array(0);
  /** Offset in the source of buf[0]. */
  private base = 0;
  private pos = 0;
  private readonly hash = createHash('sha256');

  constructor(
    private readonly src: SnapshotSource,
    private readonly what: string,
    private readonly pieceBytes: number,
    private readonly trailerBytes = 0,
  ) {}

  /** SHA-256 of the source up to its trailer: call once every byte before the trailer was read. */
  digest(): Buffer {
    return this.hash.digest();
  }

  get offset(): number {
    return this.base + this.pos;
  }

  get remaining(): number {
    return this.src.totalBytes - this.offset;
  }

  private need(n: number, field: string): void {
    if (n > this.remaining) throw new MalformedError(`${this.what}: truncated reading ${field} at byte ${this.offset} (needs ${n}, ${this.remaining} left)`);
    if (this.pos + n <= this.buf.byteLength) return;
    const kept = this.buf.subarray(this.pos);
    const want = Math.min(Math.max(this.pieceBytes, n), this.remaining);
    const next = new Uint8Array(want);
    next.set(kept);
    let at = kept.byteLength;
    while (at < want) {
      const b = this.src.read(this.base + this.buf.byteLength + (at - kept.byteLength), want - at);
      if (b.byteLength === 0) throw new MalformedError(`${this.what}: source ended at byte ${this.offset + at}`);
      const from = this.base + this.buf.byteLength + (at - kept.byteLength);
      const hashed = Math.max(0, Math.min(b.byteLength, this.src.totalBytes - this.trailerBytes - from));
      if (hashed > 0) this.hash.update(b.subarray(0, hashed));
      next.set(b, at);
      at += b.byteLength;
    }
    this.base += this.pos;
    this.buf = next;
    this.pos = 0;
  }

  u8(field: string): number {
    this.need(1, field);
    return this.buf[this.pos++]!;
  }

  u32(field: string): number {
    this.need(4, field);
    const v = new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, 4).getUint32(0, true);
    this.pos += 4;
    return v;
  }

  u64(field: string): number {
    this.need(8, field);
    const v = new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, 8).getBigUint64(0, true);
    this.pos += 8;
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw this.fail(`${field} ${v} exceeds 2^53`);
    return Number(v);
  }

  /** u32 length then bytes, the length capped at `maxBytes`. A copy (the window moves on). */
  bytes(field: string, maxBytes: number): Uint8Array {
    const n = this.u32(`${field} length`);
    if (n > maxBytes) throw this.fail(`${field} is ${n} bytes, limit ${maxBytes}`);
    this.need(n, field);
    const b = this.buf.slice(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }

  /** `n` bytes as they are (a copy). */
  raw(field: string, n: number): Uint8Array {
    this.need(n, field);
    const b = this.buf.slice(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }

  end(): void {
    if (this.remaining !== 0) throw this.fail(`${this.remaining} trailing bytes`);
  }

  fail(why: string): MalformedError {
    return new MalformedError(`${this.what}: ${why} (at byte ${this.offset})`);
  }
}
