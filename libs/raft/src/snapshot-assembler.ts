import type { NodeId, Snapshot, SnapshotChunk } from './types.js';

/**
 * Follower side of a chunked snapshot: collects chunks in order in memory, never more than the
 * total size the leader announced. A chunk from another leader or term, or for another snapshot,
 * starts over (two leaders may encode the same state differently). A chunk past what is held
 * (a gap, or a buffer lost in a restart) is answered with the bytes held, so the leader resends
 * from there: from 0 after a restart.
 */
export class SnapshotAssembler {
  private from = 0;
  private term = 0;
  private meta: SnapshotChunk['meta'] | undefined;
  private totalBytes = 0;
  private parts: Uint8Array[] = [];
  private held = 0;

  get heldBytes(): number {
    return this.held;
  }

  clear(): void {
    this.meta = undefined;
    this.parts = [];
    this.held = 0;
    this.totalBytes = 0;
  }

  accept(from: NodeId, term: number, c: SnapshotChunk): { heldBytes: number; complete?: Snapshot } {
    const sane =
      Number.isSafeInteger(c.offsetBytes) &&
      Number.isSafeInteger(c.totalBytes) &&
      c.offsetBytes >= 0 &&
      c.offsetBytes + c.data.byteLength <= c.totalBytes;
    if (!sane) return { heldBytes: this.sameSnapshot(from, term, c) ? this.held : 0 };
    if (!this.sameSnapshot(from, term, c)) {
      this.clear();
      this.from = from;
      this.term = term;
      this.meta = c.meta;
      this.totalBytes = c.totalBytes;
    }
    let grew = false;
    if (c.offsetBytes === this.held && (c.data.byteLength > 0 || c.totalBytes === 0)) {
      this.parts.push(c.data.slice());
      this.held += c.data.byteLength;
      grew = true;
    }
    if (grew && this.held === this.totalBytes) {
      const data = new Uint8Array(this.totalBytes);
      let at = 0;
      for (const p of this.parts) {
        data.set(p, at);
        at += p.byteLength;
      }
      const snap: Snapshot = { meta: this.meta!, data };
      this.clear();
      return { heldBytes: data.byteLength, complete: snap };
    }
    return { heldBytes: this.held };
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
