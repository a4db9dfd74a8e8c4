import fs from 'node:fs';
import path from 'node:path';
import { assert } from '@daos-nats/base';
import { SnapshotTemporarilyUnavailableError, type SnapshotSink, type SnapshotSource } from '@daos-nats/raft';

/** Files beside a replica's SQLite file: the snapshot a leader serves, one a follower receives, a copy being encoded. */
export const SNAPSHOT_OUT_SUFFIX = '.snap-out';
export const SNAPSHOT_IN_SUFFIX = '.snap-in';
export const SNAPSHOT_COPY_SUFFIX = '.snap-copy';

/** Delete what a previous run left (a snapshot being sent or received is not resumed after a restart). */
export function removeSnapshotFiles(file: string): void {
  const prefix = path.basename(file) + '.snap-';
  let names: string[];
  try {
    names = fs.readdirSync(path.dirname(file));
  } catch {
    return; // no directory: nothing left
  }
  for (const n of names) if (n.startsWith(prefix)) fs.rmSync(path.join(path.dirname(file), n), { force: true });
}

let trashSeq = 0;

/**
 * Delete a file without holding the event loop: unlinking 50 MB took 110 ms in one turn. The
 * name is freed at once (a rename), the unlink runs on libuv's thread pool; a crash in between
 * leaves a `.snap-trash-*` file that removeSnapshotFiles deletes at the next open.
 */
export function discardFile(file: string): void {
  const trash = `${file.replace(/\.snap-[a-z]+$/, '')}.snap-trash-${process.pid}-${trashSeq++}`;
  try {
    fs.renameSync(file, trash);
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return;
    throw e;
  }
  fs.rm(trash, { force: true }, () => {});
}

/** What passed through snapshot files in memory at once (tests assert nothing held more than a chunk or a read piece). */
export const snapshotFileStats = { writeBytesMax: 0, readBytesMax: 0, diskFullWrites: 0 };

/** ENOSPC or EDQUOT: the disk (or the quota) is full, which passes. */
export function isNoSpace(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/** A snapshot in a file, read by range (fs.readSync of just that range). */
export class FileSnapshotSource implements SnapshotSource {
  private fd: number | undefined;

  constructor(
    readonly path: string,
    readonly totalBytes: number,
  ) {
    this.fd = fs.openSync(path, 'r');
    assert(fs.fstatSync(this.fd).size === totalBytes, `snapshot file ${path} is not ${totalBytes} bytes`);
  }

  read(offsetBytes: number, maxBytes: number): Uint8Array {
    if (this.fd === undefined) throw new SnapshotTemporarilyUnavailableError(`snapshot file ${this.path} was retired`);
    assert(offsetBytes >= 0 && offsetBytes <= this.totalBytes, `snapshot read at ${offsetBytes} of ${this.totalBytes}`);
    const n = Math.min(maxBytes, this.totalBytes - offsetBytes);
    const out = new Uint8Array(n);
    let got = 0;
    while (got < n) {
      const k = fs.readSync(this.fd, out, got, n - got, offsetBytes + got);
      assert(k > 0, `snapshot file ${this.path} ended at ${offsetBytes + got} of ${this.totalBytes}`);
      got += k;
    }
    snapshotFileStats.readBytesMax = Math.max(snapshotFileStats.readBytesMax, n);
    return out;
  }

  /** Close: readers after this get SnapshotTemporarilyUnavailableError. */
  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }

  /** Close and delete the file. */
  retire(): void {
    this.close();
    discardFile(this.path);
  }
}

/** A follower's incoming snapshot: chunks appended to a file, fsynced at completion. */
export class FileSnapshotSink implements SnapshotSink {
  private fd: number | undefined;
  private held = 0;

  constructor(
    private readonly path: string,
    private readonly log: (line: string) => void = (line) => console.warn(line),
  ) {
    this.fd = fs.openSync(path, 'w');
  }

  get heldBytes(): number {
    return this.held;
  }

  /**
   * A full disk is not fatal (issue 11, finding 9): the chunk is not taken, heldBytes stays, and
   * raft answers with it, so the leader resends from there until space comes back. A partial
   * write is harmless: the next write lands at the same offset.
   */
  write(data: Uint8Array): void {
    assert(this.fd !== undefined, `snapshot sink ${this.path} is closed`);
    try {
      fs.writeSync(this.fd, data, 0, data.byteLength, this.held);
    } catch (e) {
      if (!isNoSpace(e)) throw e;
      snapshotFileStats.diskFullWrites++;
      if (snapshotFileStats.diskFullWrites === 1 || snapshotFileStats.diskFullWrites % 100 === 0)
        this.log(`snapshot sink ${this.path}: disk full at ${this.held} bytes (${(e as Error).message}); the leader resends (${snapshotFileStats.diskFullWrites} refused writes)`);
      return;
    }
    this.held += data.byteLength;
    snapshotFileStats.writeBytesMax = Math.max(snapshotFileStats.writeBytesMax, data.byteLength);
  }

  complete(): SnapshotSource {
    assert(this.fd !== undefined, `snapshot sink ${this.path} is closed`);
    fs.fsyncSync(this.fd);
    fs.closeSync(this.fd);
    this.fd = undefined;
    return new FileSnapshotSource(this.path, this.held);
  }

  discard(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
    this.held = 0;
    discardFile(this.path);
  }
}
