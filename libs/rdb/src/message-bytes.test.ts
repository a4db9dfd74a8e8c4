import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { DaosError, DER, rank, SeededRng } from '@daos-nats/base';
import { entryBytes, EntryType, MessageType, type Entry, type LogIndex, type NodeId, type Term } from '@daos-nats/raft';
import { KvsClass } from './keys.js';
import { messageByteLimits, MESSAGE_BYTES_MIN } from './message-bytes.js';
import { encodeRaftEnvelope, RAFT_GROUP_CHARS_MAX } from './raft-wire.js';
import { RaftRouter } from './raft-router.js';
import { packReplicaId, type ReplicaId } from './replica-id.js';
import { Replica } from './replica.js';
import { waitFor } from '../test/test-cluster.js';
import { tempDir } from '../test/test-util.js';

const MAX = MESSAGE_BYTES_MIN;

/** As raft's sendAppend takes them: entries while their cost fits, at least one. */
function limitBytes(ents: Entry[], maxBytes: number): Entry[] {
  let total = 0;
  const out: Entry[] = [];
  for (const e of ents) {
    total += entryBytes(e);
    if (out.length > 0 && total > maxBytes) break;
    out.push(e);
  }
  return out;
}
const BIG = Number.MAX_SAFE_INTEGER;

test('an App filled to appendBytesMax with the widest entries and envelope still fits in messageBytesMax', () => {
  const lim = messageByteLimits(MAX);
  const group = '\u{1F600}'.repeat(RAFT_GROUP_CHARS_MAX / 2); // 4-byte characters, 128 UTF-16 units
  const widest = (n: number, dataBytes: number): Entry[] =>
    Array.from({ length: n }, (_, k) => ({ term: BIG as Term, index: (BIG - n + k + 1) as LogIndex, type: EntryType.ConfChange, data: new Uint8Array(dataBytes) }));
  for (const [n, dataBytes] of [[5000, 0], [3000, 7], [1, lim.entryBytesMax]] as const) {
    const entries = limitBytes(widest(n, dataBytes), lim.appendBytesMax);
    const m = { type: MessageType.App, from: BIG as NodeId, to: BIG as NodeId, term: BIG as Term, logTerm: BIG as Term, index: (entries[0]!.index - 1) as LogIndex, entries, commit: BIG as LogIndex, reject: true, rejectHint: BIG as LogIndex, context: new Uint8Array(8) };
    const bytes = encodeRaftEnvelope(group, m).byteLength;
    assert.ok(bytes <= MAX, `${entries.length} entries of ${dataBytes} bytes encode to ${bytes} > ${MAX}`);
  }
  assert.throws(() => messageByteLimits(MAX - 1), /messageBytesMax/);
});

test('over a link that refuses messages above its limit, as NATS does: a too-big transaction is refused before propose, and a follower catches up in messages that fit', async () => {
  const tmp = tempDir();
  const routers = new Map<number, RaftRouter>();
  const cut = new Set<number>();
  const seen = { largest: 0, refused: 0 };
  for (const r of [1, 2, 3])
    routers.set(r, new RaftRouter({
      publish: (_group, to, bytes) => {
        seen.largest = Math.max(seen.largest, bytes.byteLength);
        if (bytes.byteLength > MAX) return void seen.refused++, false;
        const dest = routers.get(to.rank);
        if (!dest || cut.has(to.rank)) return true;
        const copy = bytes.slice();
        setImmediate(() => dest.deliver(copy));
        return true;
      },
    }));
  const ids: ReplicaId[] = [1, 2, 3].map((r) => ({ rank: rank(r), gen: 1 }));
  const replicas = ids.map((id) =>
    Replica.create(
      { file: path.join(tmp.dir, `g-${id.rank}.db`), id, transport: routers.get(id.rank)!.transport('g', packReplicaId(id)), tickIntervalMs: 10, raft: { electionTimeoutTicks: 15, heartbeatTicks: 3 }, rng: new SeededRng(id.rank), messageBytesMax: MAX },
      ids,
    ),
  );
  try {
    await waitFor('a leader', () => replicas.some((r) => r.isLeader));
    const leader = replicas.find((r) => r.isLeader)!;
    assert.equal(leader.cfg.txBytesMax, messageByteLimits(MAX).entryBytesMax, 'txBytesMax lowered to what one message carries');
    await (await leader.begin()).createRoot(KvsClass.Generic).commit();
    const last = leader.status().lastIndex;
    const tooBig = (await leader.begin()).update([], 'big', new Uint8Array(MAX));
    await assert.rejects(tooBig.commit(), (e: unknown) => e instanceof DaosError && e.code === DER.REC2BIG && /txBytesMax \d+/.test(e.message));
    assert.equal(leader.status().lastIndex, last, 'nothing was proposed');
    const follower = replicas.find((r) => r !== leader)!;
    cut.add(follower.cfg.id.rank);
    // Near-limit transactions and many small ones pile up while the follower is cut off.
    for (let k = 0; k < 6; k++) await (await leader.begin()).update([], `v${k}`, new Uint8Array(MAX - 2048)).commit();
    for (let k = 0; k < 200; k++) await (await leader.begin()).update([], `s${k}`, new Uint8Array(8)).commit();
    cut.clear();
    await waitFor('the follower caught up', () => follower.appliedIndex === leader.appliedIndex, 20_000);
    assert.equal(seen.refused, 0, `no message over ${MAX} bytes was ever sent (largest ${seen.largest})`);
    assert.ok(seen.largest > MAX / 2, 'the catch-up used large messages');
  } finally {
    for (const r of replicas) r.close();
    tmp.cleanup();
  }
});
