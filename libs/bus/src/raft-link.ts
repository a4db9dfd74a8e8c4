import { assert } from '@daos-nats/base';
import type { Bus } from './bus.js';
import type { Inbound, InboundStats } from './inbound.js';
import { parseServiceSubject, serviceRaftInboxSubject, serviceRaftSubject, subjectToken } from './subjects.js';

export interface RaftLinkOptions {
  readonly system: string;
  /** The replicated service whose groups this process hosts ("pool", "cont", ...). */
  readonly service: string;
  /** This process's rank: it receives `daos.<system>.<service>.*.<rank>.raft`. */
  readonly rank: number;
  /** Raft messages received but not yet delivered; beyond this they are dropped (raft tolerates loss). */
  readonly queueItemsMax?: number;
  /** Bytes of raft messages received but not yet delivered; beyond this they are dropped too. */
  readonly queueBytesMax?: number;
}

export const raftLinkDefaults = { queueItemsMax: 4096, queueBytesMax: 64 * 1024 * 1024 } as const;

/** Where a received message was addressed, read from its subject (the bytes are not inspected). */
export interface RaftLinkAddress {
  readonly group: string;
  readonly rank: number;
}

export interface RaftLinkStats {
  sent: number;
  /** publish() answered false: the bus is down or closing, so the message was not sent. */
  notSent: number;
  /**
   * Of notSent: larger than the server's max_payload. rdb sizes appends and transactions below
   * maxMessageBytes, so this stays 0 unless that sizing is wrong.
   */
  oversize: number;
}

/**
 * The byte link that carries the raft traffic of every group of one service hosted in this
 * process (what rdb's RaftRouter needs: `publish(group, to, bytes)` plus one inbox). Sending is a
 * one-way, untraced publish to `daos.<system>.<service>.<group>.<to.rank>.raft` (heartbeats are
 * too frequent for a span each); receiving is one wildcard subscription for this rank, through a
 * bounded queue that drops when full. No acks, no retries: raft copes with loss.
 */
/** Raft subjects a RaftLink keeps built (groups × ranks it sends to). */
export const RAFT_SUBJECTS_CACHED_MAX = 65_536;

export class RaftLink {
  readonly stats: RaftLinkStats = { sent: 0, notSent: 0, oversize: 0 };
  private inbound: Inbound | undefined;
  /** Removes this link's reconnect listeners from the bus, which may outlive the link. */
  private readonly stopListening: (() => void)[] = [];
  /**
   * Subjects by group and rank: building and checking one per message showed in the put path's
   * CPU profile (~3 % of the leader's). Bounded: cleared when full (a process hosts far fewer).
   */
  private readonly subjects = new Map<string, string>();

  /** Ready to publish at once; call listen() to receive. */
  constructor(
    private readonly bus: Bus,
    readonly opts: RaftLinkOptions,
  ) {
    subjectToken(opts.system, 'system');
    subjectToken(opts.service, 'service');
  }

  /**
   * Subscribe this rank's inbox (once); every message's bytes go to `deliver` in arrival order,
   * with the group and rank its subject named. `deliver` should drop and count bad bytes rather
   * than throw (a throw is logged and counted in inboxStats.failed).
   */
  async listen(deliver: (bytes: Uint8Array, to: RaftLinkAddress) => void): Promise<void> {
    assert(this.inbound === undefined, 'a RaftLink listens once');
    this.inbound = await this.bus.subscribe(
      serviceRaftInboxSubject(this.opts.system, this.opts.service, this.opts.rank),
      (m) => {
        // The inbox wildcard only matches replica subjects, so this parses.
        const s = parseServiceSubject(m.subject)!;
        deliver(m.data, { group: s.group, rank: s.rank });
      },
      {
        queueItemsMax: this.opts.queueItemsMax ?? raftLinkDefaults.queueItemsMax,
        queueBytesMax: this.opts.queueBytesMax ?? raftLinkDefaults.queueBytesMax,
        trace: false,
      },
    );
  }

  /**
   * Send `bytes` to the replica of `group` on `to.rank`, without waiting. False when the bus is
   * known to be down or closing (raft then treats the peer as unreachable); true does not mean
   * delivered. A group that cannot be a subject token is an InvalidError (our bug).
   */
  publish(group: string, to: { readonly rank: number }, bytes: Uint8Array): boolean {
    const subject = this.subjectOf(group, to.rank);
    if (!this.bus.connected) {
      this.stats.notSent++;
      return false;
    }
    if (bytes.byteLength > this.bus.maxPayloadBytes) {
      this.stats.notSent++;
      this.stats.oversize++;
      this.bus.log.error({ subject, bytes: bytes.byteLength, maxPayloadBytes: this.bus.maxPayloadBytes }, 'raft message over max_payload not sent');
      return false;
    }
    try {
      this.bus.publish(subject, bytes, { trace: false });
    } catch {
      this.stats.notSent++;
      return false;
    }
    this.stats.sent++;
    return true;
  }

  private subjectOf(group: string, rank: number): string {
    const key = `${group}\u0000${rank}`;
    let subject = this.subjects.get(key);
    if (subject === undefined) {
      subject = serviceRaftSubject(this.opts.system, this.opts.service, subjectToken(group, 'group'), rank);
      if (this.subjects.size >= RAFT_SUBJECTS_CACHED_MAX) this.subjects.clear();
      this.subjects.set(key, subject);
    }
    return subject;
  }

  /** Call `listener` whenever the bus reconnects to NATS (until close()): the peers are reachable again. */
  onRestored(listener: () => void): void {
    this.stopListening.push(this.bus.onReconnect(listener));
  }

  /** Write what was published so far to the socket now (Bus.flushNow): rdb calls it before an fsync. */
  flush(): void {
    this.bus.flushNow();
  }

  /** The largest raft message (envelope included) the bus can carry: the server's max_payload. */
  get maxMessageBytes(): number {
    return this.bus.maxPayloadBytes;
  }

  /** The inbox's counters: received, dropped (queue full), processed, failed (deliver threw). */
  get inboxStats(): Readonly<InboundStats> {
    return this.inbound?.stats ?? { received: 0, dropped: 0, processed: 0, failed: 0, yields: 0 };
  }

  /** Stop receiving; messages already queued are delivered first. */
  async close(): Promise<void> {
    for (const stop of this.stopListening.splice(0)) stop();
    await this.inbound?.drain();
  }
}
