import { ProtoError } from '@daos-nats/base';

/**
 * DAOS's dRPC chunk header (src/common/drpc.c): every chunk of a message starts with it, so a
 * receiver can check each chunk against the message it belongs to. Little-endian, 24 bytes:
 * total_size u64, chunk_size u64 (data bytes in this chunk), chunk_idx u32, total_chunks u32.
 */
export interface ChunkHeader {
  readonly totalSize: number;
  readonly chunkSize: number;
  readonly chunkIdx: number;
  readonly totalChunks: number;
}

export const CHUNK_HEADER_BYTES = 24;

export function encodeChunkHeader(h: ChunkHeader, into: Buffer, at = 0): void {
  into.writeBigUInt64LE(BigInt(h.totalSize), at);
  into.writeBigUInt64LE(BigInt(h.chunkSize), at + 8);
  into.writeUInt32LE(h.chunkIdx, at + 16);
  into.writeUInt32LE(h.totalChunks, at + 20);
}

/** Reads a header; a 64-bit size beyond 2^53 is refused here, not rounded. */
export function decodeChunkHeader(buf: Buffer, at = 0): ChunkHeader {
  const total = buf.readBigUInt64LE(at);
  const chunk = buf.readBigUInt64LE(at + 8);
  if (total > BigInt(Number.MAX_SAFE_INTEGER) || chunk > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new ProtoError(`dRPC chunk header: size beyond 2^53 (total ${total}, chunk ${chunk})`);
  }
  return {
    totalSize: Number(total),
    chunkSize: Number(chunk),
    chunkIdx: buf.readUInt32LE(at + 16),
    totalChunks: buf.readUInt32LE(at + 20),
  };
}

/** Data bytes one chunk may carry under a chunk size limit. */
export function chunkDataBytesMax(chunkBytes: number): number {
  return chunkBytes - CHUNK_HEADER_BYTES;
}

/** How many chunks a message of `totalSize` bytes takes: at least one, even when empty. */
export function chunksFor(totalSize: number, chunkBytes: number): number {
  return Math.max(1, Math.ceil(totalSize / chunkDataBytesMax(chunkBytes)));
}
