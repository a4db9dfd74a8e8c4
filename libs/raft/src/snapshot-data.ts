import { assert } from '@daos-nats/base';

/**
 * A snapshot's bytes, read by range: the leader sends them chunk by chunk and the follower's
 * storage installs from them piece by piece, so neither side ever needs them whole in memory.
 * A source may be retired by its storage (a newer snapshot replaced it): read() then throws
 * SnapshotTemporarilyUnavailableError and the leader starts that follower over.
 */
export interface SnapshotSource {
  readonly totalBytes: number;
  /** Bytes [offsetBytes, min(offsetBytes + maxBytes, totalBytes)). */
  read(offsetBytes: number, maxBytes: number): Uint8Array;
}

/**
 * Where a follower's storage collects a snapshot's chunks as they arrive, in order. Made by
 * Storage.newSnapshotSink; raft writes, completes or discards it and holds nothing else.
 */
export interface SnapshotSink {
  /** Bytes written so far (the offset the next chunk must start at). */
  readonly heldBytes: number;
  /** Append the next chunk. */
  write(data: Uint8Array): void;
  /** Every byte is written: make them durable and return what the storage installs from. */
  complete(): SnapshotSource;
  /** Drop what was written: another leader or snapshot took over. */
  discard(): void;
}

/** A snapshot held in memory (tests, the simulator, small states). */
export class BytesSnapshotSource implements SnapshotSource {
  constructor(readonly bytes: Uint8Array) {}

  get totalBytes(): number {
    return this.bytes.byteLength;
  }

  read(offsetBytes: number, maxBytes: number): Uint8Array {
    assert(offsetBytes >= 0 && offsetBytes <= this.bytes.byteLength, `snapshot read at ${offsetBytes} of ${this.bytes.byteLength}`);
    return this.bytes.subarray(offsetBytes, Math.min(this.bytes.byteLength, offsetBytes + maxBytes));
  }
}

/** The in-memory sink beside MemoryStorage: chunks kept as they came, joined at completion. */
export class MemorySnapshotSink implements SnapshotSink {
  private parts: Uint8Array[] = [];
  private held = 0;

  get heldBytes(): number {
    return this.held;
  }

  write(data: Uint8Array): void {
    this.parts.push(data.slice());
    this.held += data.byteLength;
  }

  complete(): SnapshotSource {
    const out = new Uint8Array(this.held);
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.byteLength;
    }
    this.parts = [];
    return new BytesSnapshotSource(out);
  }

  discard(): void {
    this.parts = [];
    this.held = 0;
  }
}

/** Every byte of a source, in memory: for tests and small state machines only. */
export function readAllSnapshotBytes(src: SnapshotSource, pieceBytesMax = 1 << 20): Uint8Array {
  if (src instanceof BytesSnapshotSource) return src.bytes;
  const out = new Uint8Array(src.totalBytes);
  for (let at = 0; at < src.totalBytes; ) {
    const b = src.read(at, pieceBytesMax);
    assert(b.byteLength > 0, `snapshot source returned nothing at ${at} of ${src.totalBytes}`);
    out.set(b, at);
    at += b.byteLength;
  }
  return out;
}
