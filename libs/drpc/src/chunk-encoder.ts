import { assert } from '@daos-nats/base';
import { CHUNK_HEADER_BYTES, chunkDataBytesMax, chunksFor, encodeChunkHeader } from './chunk-header.js';

/**
 * Splits one message into chunks, each a header and its data: every chunk but the last carries
 * exactly chunkDataBytesMax bytes, which is what MessageAssembler demands.
 */
export function encodeChunks(message: Uint8Array, chunkBytes: number): Buffer[] {
  const dataMax = chunkDataBytesMax(chunkBytes);
  const totalChunks = chunksFor(message.length, chunkBytes);
  const out: Buffer[] = [];
  for (let i = 0; i < totalChunks; i++) {
    const start = i * dataMax;
    const data = message.subarray(start, Math.min(start + dataMax, message.length));
    const chunk = Buffer.allocUnsafe(CHUNK_HEADER_BYTES + data.length);
    encodeChunkHeader({ totalSize: message.length, chunkSize: data.length, chunkIdx: i, totalChunks }, chunk);
    chunk.set(data, CHUNK_HEADER_BYTES);
    out.push(chunk);
  }
  assert(out.length === totalChunks, 'encodeChunks produced the announced chunk count');
  return out;
}
