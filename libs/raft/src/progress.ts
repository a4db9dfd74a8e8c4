import { assert } from '@daos-nats/base';
import { Inflights } from './inflights.js';
import { ProgressState, type LogIndex, type ProgressStatus, type Snapshot } from './types.js';

/**
 * What the leader knows of one follower's log, etcd-style:
 *  - Probe: one App at a time until the follower's match is found (after a rejection, a restart
 *    of leadership or an unreachable report);
 *  - Replicate: App messages are pipelined optimistically within the inflight window;
 *  - Snapshot: the log no longer holds what the follower needs; a snapshot is being streamed in
 *    chunks, one chunk in flight, and nothing else is sent until it is installed.
 */
export class Progress {
  match = 0;
  next: number;
  state = ProgressState.Probe;
  /** In Probe: an App was sent since the last response, so wait (a heartbeat response resets it). */
  probeSent = false;
  /** The leader tick at which the last probe went out (-1: none this leadership). */
  probeSentTick = -1;
  /** Heard from since the last check-quorum round. */
  recentActive = false;
  /** The highest commit index sent in an App to this follower. */
  sentCommit = 0;
  /** Lease reads: the leader tick stamped on the newest heartbeat this follower acknowledged. */
  leaseAckTick = -Infinity;
  isLearner: boolean;
  readonly inflights: Inflights;

  /** Snapshot state: the snapshot being streamed, and the bytes of it the follower acknowledged. */
  snapshot: Snapshot | undefined = undefined;
  pendingSnapshot = 0;
  snapshotAckedBytes = 0;
  /** End offset of the last chunk sent. */
  snapshotSentBytes = 0;
  /** Ticks since the last SnapResp; at snapshotResendTicks the leader resends from the ack. */
  snapshotIdleTicks = 0;

  constructor(next: number, inflightMessagesMax: number, inflightBytesMax: number, isLearner: boolean) {
    this.next = next;
    this.isLearner = isLearner;
    this.inflights = new Inflights(inflightMessagesMax, inflightBytesMax);
  }

  private resetState(state: ProgressState): void {
    this.probeSent = false;
    this.state = state;
    this.snapshot = undefined;
    this.pendingSnapshot = 0;
    this.snapshotAckedBytes = 0;
    this.snapshotSentBytes = 0;
    this.snapshotIdleTicks = 0;
    this.inflights.reset();
  }

  becomeProbe(): void {
    if (this.state === ProgressState.Snapshot) {
      // Resume right after the snapshot (or the match, if the follower is already past it).
      const pending = this.pendingSnapshot;
      this.resetState(ProgressState.Probe);
      this.next = Math.max(this.match + 1, pending + 1);
    } else {
      this.resetState(ProgressState.Probe);
      this.next = this.match + 1;
    }
  }

  becomeReplicate(): void {
    this.resetState(ProgressState.Replicate);
    this.next = this.match + 1;
  }

  becomeSnapshot(snapshot: Snapshot): void {
    this.resetState(ProgressState.Snapshot);
    this.snapshot = snapshot;
    this.pendingSnapshot = snapshot.meta.index;
  }

  /** An App carrying entries up to `last` (and `bytes` of them) was sent. */
  sentEntries(count: number, last: number, bytes: number): void {
    if (this.state === ProgressState.Replicate) {
      if (count > 0) {
        this.next = last + 1;
        this.inflights.add(last, bytes);
      }
    } else if (this.state === ProgressState.Probe) {
      this.probeSent = true;
    } else {
      assert(false, `sending entries to a follower in state ${this.state}`);
    }
  }

  /** The follower acknowledged `n`; false when the ack is stale. */
  maybeUpdate(n: number): boolean {
    if (n <= this.match) return false;
    this.match = n;
    this.next = Math.max(this.next, n + 1);
    this.probeSent = false;
    return true;
  }

  /**
   * The follower rejected the App that followed `rejected`; `hint` is where to probe next.
   * False when the rejection is stale.
   */
  maybeDecrTo(rejected: number, hint: number): boolean {
    if (this.state === ProgressState.Replicate) {
      // In Replicate, only a rejection of something above match is news.
      if (rejected <= this.match) return false;
      this.next = this.match + 1;
      return true;
    }
    // In Probe, only a rejection of the one App we sent (next - 1) counts.
    if (this.next - 1 !== rejected) return false;
    this.next = Math.max(Math.min(rejected, hint + 1), this.match + 1, 1);
    this.probeSent = false;
    return true;
  }

  isPaused(): boolean {
    switch (this.state) {
      case ProgressState.Probe:
        return this.probeSent;
      case ProgressState.Replicate:
        return this.inflights.full();
      case ProgressState.Snapshot:
        return true;
    }
  }

  status(): ProgressStatus {
    return {
      match: this.match as LogIndex,
      next: this.next as LogIndex,
      state: this.state,
      isLearner: this.isLearner,
      recentActive: this.recentActive,
      inflightMessages: this.inflights.count,
      inflightBytes: this.inflights.bytes,
      pendingSnapshot: this.pendingSnapshot as LogIndex,
      snapshotAckedBytes: this.snapshotAckedBytes,
    };
  }
}
