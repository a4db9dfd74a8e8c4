import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SnapshotAssembler } from './snapshot-assembler.js';
import { MemorySnapshotSink, readAllSnapshotBytes, type SnapshotSink } from './snapshot-data.js';
import type { NodeId, SnapshotChunk } from './types.js';

const meta = (index: number) => ({ index: index as never, term: 1 as never, confState: { voters: [], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false } });
const chunk = (index: number, off: number, bytes: number[], total: number): SnapshotChunk => ({ meta: meta(index), offsetBytes: off, totalBytes: total, data: Uint8Array.from(bytes) });
const L = 1 as NodeId;

/** Sinks that record what happens to them, so tests see every sink made, written and dropped. */
function tracked(): { make: () => SnapshotSink; made: { sink: MemorySnapshotSink; discarded: boolean; completed: boolean }[] } {
  const made: { sink: MemorySnapshotSink; discarded: boolean; completed: boolean }[] = [];
  return {
    made,
    make: () => {
      const rec = { sink: new MemorySnapshotSink(), discarded: false, completed: false };
      made.push(rec);
      return {
        get heldBytes() {
          return rec.sink.heldBytes;
        },
        write: (d: Uint8Array) => rec.sink.write(d),
        complete: () => ((rec.completed = true), rec.sink.complete()),
        discard: () => ((rec.discarded = true), rec.sink.discard()),
      };
    },
  };
}

test('snapshot assembler: in-order chunks go to the sink and complete the snapshot; duplicates and gaps are answered with what is held', () => {
  const t = tracked();
  const a = new SnapshotAssembler(t.make);
  assert.equal(a.accept(L, 1, chunk(5, 0, [1, 2], 5)).heldBytes, 2);
  assert.equal(a.accept(L, 1, chunk(5, 0, [1, 2], 5)).heldBytes, 2, 'duplicate');
  assert.equal(a.accept(L, 1, chunk(5, 4, [5], 5)).heldBytes, 2, 'gap: answers the bytes held');
  const r = a.accept(L, 1, chunk(5, 2, [3, 4, 5], 5));
  assert.deepEqual([...readAllSnapshotBytes(r.complete!.data)], [1, 2, 3, 4, 5]);
  assert.equal(r.complete!.data.totalBytes, 5);
  assert.equal(a.heldBytes, 0, 'cleared after completion');
  assert.equal(t.made.length, 1, 'one sink for one snapshot');
  assert.deepEqual([t.made[0]!.completed, t.made[0]!.discarded], [true, false], 'completed, not discarded');
});

test('snapshot assembler: restarts for a lost sink, another leader, another snapshot; rejects bad bounds', () => {
  const t = tracked();
  const a = new SnapshotAssembler(t.make);
  assert.equal(a.accept(L, 1, chunk(5, 2, [3], 5)).heldBytes, 0, 'no sink (a restart): resend from 0');
  assert.equal(t.made.length, 0, 'a chunk past 0 makes no sink');
  a.accept(L, 1, chunk(5, 0, [1, 2], 5));
  assert.equal(a.accept(2 as NodeId, 2, chunk(5, 2, [3], 5)).heldBytes, 0, 'a new leader starts over');
  assert.equal(t.made[0]!.discarded, true, 'the old leader\'s sink is discarded');
  a.accept(L, 1, chunk(5, 0, [1, 2], 5));
  assert.equal(a.accept(L, 1, chunk(6, 0, [9], 3)).heldBytes, 1, 'a newer snapshot replaces the sink');
  assert.equal(t.made[1]!.discarded, true);
  assert.equal(a.accept(L, 1, chunk(6, 1, [1, 2, 3], 3)).heldBytes, 1, 'a chunk beyond the announced size is refused');
  assert.equal(a.accept(L, 1, { ...chunk(6, -1, [], 3) }).heldBytes, 1);
  assert.equal(a.accept(L, 2, chunk(6, 1, [2], 3)).heldBytes, 0, 'a new term of the same leader starts over');
  const empty = new SnapshotAssembler(t.make).accept(L, 1, chunk(7, 0, [], 0));
  assert.equal(empty.complete!.data.totalBytes, 0, 'an empty snapshot is one empty chunk');
});
