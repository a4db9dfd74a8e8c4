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
  /** Stop sending and receiving; idempotent. */
  close(): void;
}
