import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SnapshotAssembler } from './snapshot-assembler.js';
import type { NodeId, SnapshotChunk } from './types.js';

const meta = (index: number) => ({ index: index as never, term: 1 as never, confState: { voters: [], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false } });
const chunk = (index: number, off: number, bytes: number[], total: number): SnapshotChunk => ({ meta: meta(index), offsetBytes: off, totalBytes: total, data: Uint8Array.from(bytes) });
const L = 1 as NodeId;

test('snapshot assembler: in-order chunks complete the snapshot; duplicates and gaps are answered with what is held', () => {
  const a = new SnapshotAssembler();
  assert.equal(a.accept(L, 1, chunk(5, 0, [1, 2], 5)).heldBytes, 2);
  assert.equal(a.accept(L, 1, chunk(5, 0, [1, 2], 5)).heldBytes, 2, 'duplicate');
  assert.equal(a.accept(L, 1, chunk(5, 4, [5], 5)).heldBytes, 2, 'gap');
  const r = a.accept(L, 1, chunk(5, 2, [3, 4, 5], 5));
  assert.deepEqual([...r.complete!.data], [1, 2, 3, 4, 5]);
  assert.equal(a.heldBytes, 0, 'cleared after completion');
});

test('snapshot assembler: restarts for a lost buffer, another leader, another snapshot; rejects bad bounds', () => {
  const a = new SnapshotAssembler();
  assert.equal(a.accept(L, 1, chunk(5, 2, [3], 5)).heldBytes, 0, 'no buffer: start from 0');
  a.accept(L, 1, chunk(5, 0, [1, 2], 5));
  assert.equal(a.accept(2 as NodeId, 2, chunk(5, 2, [3], 5)).heldBytes, 0, 'a new leader starts over');
  a.accept(L, 1, chunk(5, 0, [1, 2], 5));
  assert.equal(a.accept(L, 1, chunk(6, 0, [9], 3)).heldBytes, 1, 'a newer snapshot replaces the buffer');
  assert.equal(a.accept(L, 1, chunk(6, 1, [1, 2, 3], 3)).heldBytes, 1, 'a chunk beyond the announced size is refused');
  assert.equal(a.accept(L, 1, { ...chunk(6, -1, [], 3) }).heldBytes, 1);
  const empty = new SnapshotAssembler().accept(L, 1, chunk(7, 0, [], 0));
  assert.equal(empty.complete!.data.byteLength, 0, 'an empty snapshot is one empty chunk');
});
