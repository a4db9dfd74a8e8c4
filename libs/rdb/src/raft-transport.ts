import type { Message, NodeId } from '@daos-nats/raft';

/**
 * How a replica exchanges raft messages with its peers: unreliable, unordered one-way delivery
 * (NATS core publishes in production, memory in tests). Raft tolerates loss, duplication and
 * reordering; durability never depends on the transport.
 */
export interface RaftTransport {
  /** Send without waiting; may drop. Returns false when `to` is known to be unreachable now. */
  send(to: NodeId, msg: Message): boolean;
  /** The one handler for messages addressed to this replica (a later call replaces it). */
  onReceive(handler: (msg: Message) => void): void;
  /**
   * Put everything sent so far on the wire now, synchronously (optional: a transport that sends
   * at once needs none). The Ready loop calls it before a blocking fsync, so peers receive the
   * appends and work on their own disks while this replica writes to its own (raft thesis
   * 10.2.1), instead of after it (NATS would otherwise flush in a microtask, after the fsync).
   */
  flush?(): void;
  /**
   * The one handler called each time the transport reaches the peers again after losing them
   * (over NATS: a reconnect); optional. The replica then brings its election forward.
   */
  onRestored?(handler: () => void): void;
  /** Stop sending and receiving; idempotent. */
  close(): void;
}
