import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProtoError } from '@daos-nats/base';
import { CHUNK_HEADER_BYTES, decodeChunkHeader, encodeChunkHeader } from './chunk-header.js';
import { encodeChunks } from './chunk-encoder.js';
import { MessageAssembler } from './message-assembler.js';

const CHUNK = 64; // 40 data bytes per chunk keeps the cases small

function bytes(n: number, seed = 1): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (i * 31 + seed) & 0xff;
  return b;
}

describe('chunk header', () => {
  it('round-trips DAOS layout: u64 total, u64 chunk, u32 index, u32 count, little-endian', () => {
    const b = Buffer.alloc(CHUNK_HEADER_BYTES);
    encodeChunkHeader({ totalSize: 300_000, chunkSize: 131_048, chunkIdx: 1, totalChunks: 3 }, b);
    assert.equal(b.readUInt32LE(0), 300_000);
    assert.equal(b.readUInt32LE(16), 1);
    assert.deepEqual(decodeChunkHeader(b), { totalSize: 300_000, chunkSize: 131_048, chunkIdx: 1, totalChunks: 3 });
  });
  it('refuses a size beyond 2^53 instead of rounding it', () => {
    const b = Buffer.alloc(CHUNK_HEADER_BYTES);
    b.writeBigUInt64LE(1n << 60n, 0);
    assert.throws(() => decodeChunkHeader(b), ProtoError);
  });
});

describe('MessageAssembler', () => {
  it('rebuilds messages of 0, 1, exactly one chunk and several chunks, fed byte by byte or at once', () => {
    for (const n of [0, 1, 40, 41, 200]) {
      const msg = bytes(n, n);
      const wire = Buffer.concat(encodeChunks(msg, CHUNK));
      const whole = new MessageAssembler(CHUNK, 1000).push(wire);
      assert.deepEqual(whole, [msg]);
      const a = new MessageAssembler(CHUNK, 1000);
      const got: Buffer[] = [];
      for (const byte of wire) got.push(...a.push(Buffer.from([byte])));
      assert.deepEqual(got, [msg]);
      assert.equal(a.partial, false);
    }
  });
  it('splits back-to-back messages', () => {
    const m1 = bytes(90, 1);
    const m2 = bytes(5, 2);
    const wire = Buffer.concat([...encodeChunks(m1, CHUNK), ...encodeChunks(m2, CHUNK)]);
    assert.deepEqual(new MessageAssembler(CHUNK, 1000).push(wire), [m1, m2]);
  });
  it('reports a partial message', () => {
    const a = new MessageAssembler(CHUNK, 1000);
    assert.deepEqual(a.push(encodeChunks(bytes(100), CHUNK)[0]!), []);
    assert.equal(a.partial, true);
  });

  const lie = (h: { totalSize: number; chunkSize: number; chunkIdx: number; totalChunks: number }) => {
    const b = Buffer.alloc(CHUNK_HEADER_BYTES + Math.min(h.chunkSize, 100));
    encodeChunkHeader(h, b);
    return b;
  };
  const cases: [string, Buffer][] = [
    ['a message over drpcMessageBytesMax', lie({ totalSize: 1001, chunkSize: 40, chunkIdx: 0, totalChunks: 26 })],
    ['a chunk count that cannot carry the size', lie({ totalSize: 100, chunkSize: 40, chunkIdx: 0, totalChunks: 2 })],
    ['a chunk bigger than chunkBytes', lie({ totalSize: 100, chunkSize: 100, chunkIdx: 0, totalChunks: 3 })],
    ['a short middle chunk', lie({ totalSize: 100, chunkSize: 10, chunkIdx: 0, totalChunks: 3 })],
    ['a first chunk with index 1', lie({ totalSize: 100, chunkSize: 40, chunkIdx: 1, totalChunks: 3 })],
    ['a last chunk with the wrong size', lie({ totalSize: 10, chunkSize: 9, chunkIdx: 0, totalChunks: 1 })],
  ];
  for (const [what, frame] of cases) {
    it(`refuses ${what} at the header, before buffering its data`, () => {
      assert.throws(() => new MessageAssembler(CHUNK, 1000).push(frame.subarray(0, CHUNK_HEADER_BYTES)), ProtoError);
    });
  }
  it('refuses a continuation chunk whose sizes differ from the first chunk', () => {
    const a = new MessageAssembler(CHUNK, 1000);
    a.push(encodeChunks(bytes(100), CHUNK)[0]!);
    assert.throws(() => a.push(lie({ totalSize: 90, chunkSize: 40, chunkIdx: 1, totalChunks: 3 })), /differ/);
  });
  it('refuses a skipped chunk', () => {
    const a = new MessageAssembler(CHUNK, 1000);
    const chunks = encodeChunks(bytes(100), CHUNK);
    a.push(chunks[0]!);
    assert.throws(() => a.push(chunks[2]!), /expected chunk index 1/);
  });
});
