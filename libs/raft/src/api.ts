import type { ConfChange, ConfState, Message, NodeId, Ready, Status } from './types.js';

/**
 * The whole surface of a raft node (implemented by RawNode). Synchronous; no I/O; time is
 * `tick()`; all randomness comes from the Rng given to the constructor:
 *   new RawNode(config: Partial<Config> & { id }, storage: Storage, rng: Rng)
 */
export interface RaftNode {
  /** One unit of logical time (electionTimeoutTicks and heartbeatTicks count these). */
  tick(): void;
  /** Feed a message received from a peer. Messages for other nodes or stale terms are handled per the paper. */
  step(m: Message): void;
  /** Start an election now (pre-vote first when enabled). */
  campaign(): void;
  /** Append data to the log. Throws ProposalDroppedError unless leader. */
  propose(data: Uint8Array): void;
  /** Propose a membership change. Throws ProposalDroppedError (e.g. one is already pending). */
  proposeConfChange(cc: ConfChange): void;
  /** Ask for a linearizable read point; the answer comes as a ReadState carrying `context`. */
  readIndex(context: Uint8Array): void;
  /** Hand leadership to `to`: catch it up, then tell it to campaign at once. */
  transferLeadership(to: NodeId): void;
  hasReady(): boolean;
  ready(): Ready;
  /** The last Ready was processed (persisted, sent, applied). */
  advance(): void;
  /** Apply a committed ConfChange entry's change; returns the new membership. */
  applyConfChange(cc: ConfChange): ConfState;
  /** The transport could not reach `id`: back off from pipelining to it. */
  reportUnreachable(id: NodeId): void;
  /** The transport reaches the peers again after losing them: a leader heartbeats, a leaderless voter campaigns soon. */
  transportRestored(): void;
  status(): Status;
}
