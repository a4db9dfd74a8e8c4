import type { SnapshotSink } from './snapshot-data.js';
import type { NodeId, Snapshot, SnapshotChunk, SnapshotMeta } from './types.js';

export type SnapshotSinkFactory = (meta: SnapshotMeta, totalBytes: number) => SnapshotSink;

/**
 * Follower side of a chunked snapshot: feeds chunks in order into a sink the storage supplies
 * (rdb: a file), never more than the total size the leader announced, and keeps none of the
 * bytes itself. A chunk from another leader or term, or for another snapshot, discards the sink
 * and starts over (two leaders may encode the same state differently). A chunk past what is held
 * (a gap, or a sink lost in a restart) is answered with the bytes held, so the leader resends
 * from there: from 0 after a restart.
 */
export class SnapshotAssembler {
  private from = 0;
  private term = 0;
  private meta: SnapshotMeta | undefined;
  private totalBytes = 0;
  private sink: SnapshotSink | undefined;

  constructor(private readonly newSink: SnapshotSinkFactory) {}

  get heldBytes(): number {
    return this.sink?.heldBytes ?? 0;
  }

  clear(): void {
    this.sink?.discard();
    this.sink = undefined;
    this.meta = undefined;
    this.totalBytes = 0;
  }

  accept(from: NodeId, term: number, c: SnapshotChunk): { heldBytes: number; complete?: Snapshot } {
    const sane =
      Number.isSafeInteger(c.offsetBytes) &&
      Number.isSafeInteger(c.totalBytes) &&
      c.offsetBytes >= 0 &&
      c.offsetBytes + c.data.byteLength <= c.totalBytes;
    if (!sane) return { heldBytes: this.sameSnapshot(from, term, c) ? this.heldBytes : 0 };
    if (!this.sameSnapshot(from, term, c)) {
      this.clear();
      // A chunk past 0 cannot start a sink: answer 0 so the leader resends from the start.
      if (c.offsetBytes !== 0) return { heldBytes: 0 };
      this.from = from;
      this.term = term;
      this.meta = c.meta;
      this.totalBytes = c.totalBytes;
      this.sink = this.newSink(c.meta, c.totalBytes);
    }
    const sink = this.sink!;
    if (c.offsetBytes !== sink.heldBytes || (c.data.byteLength === 0 && c.totalBytes !== 0)) return { heldBytes: sink.heldBytes };
    sink.write(c.data);
    if (sink.heldBytes < this.totalBytes) return { heldBytes: sink.heldBytes };
    const snap: Snapshot = { meta: this.meta!, data: sink.complete() };
    this.sink = undefined;
    this.clear();
    return { heldBytes: snap.data.totalBytes, complete: snap };
  }

  private sameSnapshot(from: NodeId, term: number, c: SnapshotChunk): boolean {
    return (
      this.meta !== undefined &&
      this.from === from &&
      this.term === term &&
      this.meta.index === c.meta.index &&
      this.meta.term === c.meta.term &&
      this.totalBytes === c.totalBytes
    );
  }
}
