import { assert } from '@daos-nats/base';
import type { Progress } from './progress.js';
import type { Raft } from './raft.js';
import { CompactedError, SnapshotTemporarilyUnavailableError } from './storage.js';
import { entriesBytes } from './raft-log.js';
import { MessageType, ProgressState, type Entry, type LogIndex, type NodeId, type Term } from './types.js';

/**
 * The leader's sending side: App messages within each follower's flow-control window, heartbeats,
 * and snapshot chunks for followers whose next entry was compacted away.
 */

/**
 * Send `to` the entries it needs (or, if they were compacted, start a snapshot). With
 * sendIfEmpty false, nothing is sent when there are no new entries. False when nothing was sent.
 */
export function sendAppend(r: Raft, to: NodeId, sendIfEmpty = true): boolean {
  const pr = r.trk.progress.get(to);
  if (!pr || to === r.id || pr.isPaused()) return false;
  const prevIndex = pr.next - 1;
  if (prevIndex > r.log.lastIndex()) assert(false, `next ${pr.next} of ${to} beyond the leader's last index ${r.log.lastIndex()}`);
  const prevTerm = r.log.term(prevIndex);
  let ents: Entry[] | undefined;
  if (prevTerm !== undefined) {
    try {
      ents = r.log.entries(pr.next, r.cfg.appendBytesMax);
    } catch (e) {
      if (!(e instanceof CompactedError)) throw e;
    }
  }
  // The log no longer holds what the follower needs: only then is a snapshot sent.
  if (prevTerm === undefined || ents === undefined) return startSnapshot(r, to, pr);
  if (ents.length === 0 && !sendIfEmpty) return false;
  r.send({
    type: MessageType.App,
    to,
    index: prevIndex as LogIndex,
    logTerm: prevTerm as Term,
    entries: ents,
    commit: r.log.committed as LogIndex,
  });
  const last = ents.length > 0 ? ents[ents.length - 1]!.index : prevIndex;
  if (pr.state === ProgressState.Probe) pr.probeSentTick = r.leaderTicks;
  pr.sentEntries(ents.length, last, entriesBytes(ents));
  pr.sentCommit = Math.max(pr.sentCommit, r.log.committed);
  return true;
}

/** Send everything the window allows: in Replicate, several App messages back to back. */
export function sendAppendsWhileOpen(r: Raft, to: NodeId): void {
  if (!sendAppend(r, to, false)) return;
  const pr = r.trk.progress.get(to)!;
  while (pr.state === ProgressState.Replicate && sendAppend(r, to, false)) {
    // pipelining: keep filling the inflight window
  }
}

/**
 * Send each follower its new entries. An empty App goes out only where it carries news: a probe,
 * or a commit index the follower was not sent yet.
 */
export function bcastAppend(r: Raft): void {
  for (const id of r.trk.memberIds()) {
    if (id === r.id) continue;
    const pr = r.trk.progress.get(id)!;
    sendAppend(r, id, pr.state !== ProgressState.Replicate || pr.sentCommit < r.log.committed);
  }
}

export function bcastHeartbeat(r: Raft, context?: Uint8Array): void {
  const ctx = context ?? r.readOnly.lastPendingContext();
  for (const id of r.trk.memberIds()) {
    if (id === r.id) continue;
    const pr = r.trk.progress.get(id)!;
    // Never tell a follower to commit beyond what it is known to hold.
    r.send({
      type: MessageType.Heartbeat,
      to: id,
      commit: Math.min(pr.match, r.log.committed) as LogIndex,
      index: r.leaderTicks as LogIndex,
      ...(ctx ? { context: ctx } : {}),
    });
  }
}

function startSnapshot(r: Raft, to: NodeId, pr: Progress): boolean {
  let snap;
  try {
    snap = r.log.snapshot();
  } catch (e) {
    if (e instanceof SnapshotTemporarilyUnavailableError) return false; // retried on the next heartbeat response
    throw e;
  }
  assert(snap.meta.index > 0, 'the log was compacted, so a snapshot must exist');
  assert(snap.meta.index >= pr.next - 1, `snapshot ${snap.meta.index} does not cover what ${to} lacks (next ${pr.next})`);
  pr.becomeSnapshot(snap);
  sendSnapshotChunk(r, to, pr);
  return true;
}

/** Send the chunk that starts at the follower's acknowledged offset (one chunk in flight). */
export function sendSnapshotChunk(r: Raft, to: NodeId, pr: Progress): void {
  const snap = pr.snapshot;
  assert(snap !== undefined, `no snapshot in flight to ${to}`);
  const total = snap.data.totalBytes;
  const off = pr.snapshotAckedBytes;
  let data: Uint8Array;
  try {
    data = snap.data.read(off, r.cfg.snapshotChunkBytesMax);
  } catch (e) {
    if (!(e instanceof SnapshotTemporarilyUnavailableError)) throw e;
    // The storage retired this snapshot (a newer one replaced it): probe, and start over.
    pr.becomeProbe();
    pr.next = pr.match + 1;
    return;
  }
  assert(data.byteLength <= r.cfg.snapshotChunkBytesMax && (data.byteLength > 0 || off === total), `snapshot read at ${off} of ${total} returned ${data.byteLength} bytes`);
  r.send({ type: MessageType.Snap, to, snapshot: { meta: snap.meta, offsetBytes: off, totalBytes: total, data } });
  pr.snapshotSentBytes = off + data.byteLength;
  pr.snapshotIdleTicks = 0;
}

/** Commit what a quorum holds, counting only entries of the current term (Raft paper 5.4.2). */
export function maybeCommit(r: Raft): boolean {
  const mci = r.trk.committed();
  if (!Number.isFinite(mci) || mci <= r.log.committed) return false;
  if (r.log.term(mci) !== r.term && !r.knobs.unsafeCommitPreviousTermEntries) return false;
  r.log.commitTo(mci);
  return true;
}
