import { assert, ProtoError } from '@daos-nats/base';
import { CHUNK_HEADER_BYTES, type ChunkHeader, chunkDataBytesMax, chunksFor, decodeChunkHeader } from './chunk-header.js';

/**
 * Rebuilds whole messages from a byte stream of chunks (pure: no socket, no timer). Every header
 * is checked against the message it continues, so a peer that lies about sizes is caught at the
 * header, before its data is buffered: the assembler then throws a ProtoError and the caller
 * closes the connection. Buffered bytes never exceed one chunk plus one message.
 */
export class MessageAssembler {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private first: ChunkHeader | undefined;
  private message: Buffer | undefined;
  private filled = 0;
  private nextIdx = 0;

  constructor(
    private readonly chunkBytes: number,
    private readonly messageBytesMax: number,
  ) {
    assert(chunkBytes > CHUNK_HEADER_BYTES, 'chunkBytes exceeds the header');
  }

  /** True while part of a message (or of a chunk) has arrived but not all of it. */
  get partial(): boolean {
    return this.pendingBytes > 0 || this.first !== undefined;
  }

  /** Feeds bytes from the socket; returns the messages they completed, in order. */
  push(bytes: Buffer): Buffer[] {
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    const done: Buffer[] = [];
    for (;;) {
      const m = this.step();
      if (m === 'more') return done;
      if (m !== 'chunk') done.push(m);
    }
  }

  private step(): Buffer | 'more' | 'chunk' {
    if (this.pendingBytes < CHUNK_HEADER_BYTES) return 'more';
    const head = this.peek(CHUNK_HEADER_BYTES);
    const h = decodeChunkHeader(head);
    this.check(h);
    if (this.pendingBytes < CHUNK_HEADER_BYTES + h.chunkSize) return 'more';
    const chunk = this.take(CHUNK_HEADER_BYTES + h.chunkSize);
    if (h.chunkIdx === 0) {
      this.first = h;
      this.message = Buffer.allocUnsafe(h.totalSize);
      this.filled = 0;
    }
    assert(this.message !== undefined, 'a message is being assembled');
    chunk.copy(this.message, this.filled, CHUNK_HEADER_BYTES);
    this.filled += h.chunkSize;
    this.nextIdx = h.chunkIdx + 1;
    if (this.nextIdx < h.totalChunks) return 'chunk';
    assert(this.filled === h.totalSize, 'the chunks filled the message exactly');
    const whole = this.message;
    this.first = undefined;
    this.message = undefined;
    this.nextIdx = 0;
    return whole;
  }

  /** Refuses a header that does not continue the current message exactly as the encoder would. */
  private check(h: ChunkHeader): void {
    const bad = (why: string) => new ProtoError(`dRPC chunk ${h.chunkIdx}/${h.totalChunks}: ${why}`);
    if (h.totalSize > this.messageBytesMax) throw bad(`message of ${h.totalSize} bytes exceeds drpcMessageBytesMax ${this.messageBytesMax}`);
    if (h.totalChunks !== chunksFor(h.totalSize, this.chunkBytes)) throw bad(`${h.totalChunks} chunks cannot carry ${h.totalSize} bytes`);
    if (h.chunkIdx !== this.nextIdx) throw bad(`expected chunk index ${this.nextIdx}`);
    const f = this.first;
    if (f && (f.totalSize !== h.totalSize || f.totalChunks !== h.totalChunks)) throw bad('sizes differ from the first chunk');
    const dataMax = chunkDataBytesMax(this.chunkBytes);
    const want = h.chunkIdx < h.totalChunks - 1 ? dataMax : h.totalSize - dataMax * (h.totalChunks - 1);
    if (h.chunkSize !== want) throw bad(`chunk size ${h.chunkSize}, expected ${want}`);
  }

  private peek(n: number): Buffer {
    if (this.pending[0]!.length >= n) return this.pending[0]!.subarray(0, n);
    const joined = Buffer.concat(this.pending);
    this.pending = [joined];
    return joined.subarray(0, n);
  }

  private take(n: number): Buffer {
    const buf = this.peek(n);
    const head = this.pending[0]!;
    if (head.length === n) this.pending.shift();
    else this.pending[0] = head.subarray(n);
    this.pendingBytes -= n;
    return buf;
  }
}
