import type { Rng } from '@daos-nats/base';

/** What one simulator run is: which seed, how many nodes, which core knobs. */
export interface SimOptions {
  readonly seed: number;
  /** Nodes in the universe (3..7). Not all are members at the start: see initialVoterCount(). */
  readonly nodes: number;
  /** Keep every trace event (for --trace), not only the last traceTailEvents. */
  readonly fullTrace: boolean;
  /** Planted bug in the core: count replicas to commit entries of earlier terms (Raft Figure 8). */
  readonly unsafeCommitPreviousTermEntries: boolean;
}

export const nodesMin = 3;
export const nodesMax = 7;

/** The fixed shape of every run: phases, timing and bounds. Every limit carries its unit. */
export const simLimits = {
  /** Virtual time units per raft tick; messages take fractions of a tick. */
  stepsPerTick: 10,
  /** Ticks of the faulty phase: random faults and workload. */
  faultPhaseTicks: 400,
  /**
   * Ticks after healing within which a leader must exist and every pending proposal must be
   * applied on every voter. Covers several election rounds, snapshot transfer and retries.
   */
  livenessTicksMax: 400,
  /** Election timeout and heartbeat given to every node. */
  electionTimeoutTicks: 10,
  heartbeatTicks: 1,
  /** The client re-proposes a pending proposal it has not seen applied after this long. */
  proposalRetryTicks: 30,
  /** During the liveness phase the client retries faster: faults are gone. */
  healedProposalRetryTicks: 8,
  /** Proposals the client keeps outstanding at most; more are not generated. */
  pendingProposalsMax: 40,
  /** Outstanding ReadIndex requests the checker remembers at most (older ones are forgotten). */
  pendingReadsMax: 200,
  /** Trace events kept for the failure report. */
  traceTailEvents: 120,
  /** Small byte limits so flow control, batching and snapshot chunking are exercised. */
  appendBytesMax: 256,
  inflightMessagesMax: 4,
  snapshotChunkBytesMax: 512,
  snapshotResendTicks: 12,
  readIndexPendingMax: 32,
} as const;

/** Of the node universe, how many are voters at the start; the rest join later (if ever). */
export function initialVoterCount(nodes: number): number {
  return nodes <= 3 ? nodes : nodes - 1;
}

/**
 * Per-seed fault intensities ("swarm testing": each seed turns faults up or down, so that rare
 * combinations happen in some seed rather than all faults being averaged out in every seed).
 * Probabilities are per controller tick unless named per message.
 */
export interface FaultProfile {
  readonly lossPerMessage: number;
  readonly duplicatePerMessage: number;
  /** A message is held back far longer than usual (reordering across ticks). */
  readonly longDelayPerMessage: number;
  /** Usual one-way latency, in virtual steps (1..this). */
  readonly latencyStepsMax: number;
  readonly longDelayStepsMax: number;
  readonly partitionPerTick: number;
  readonly partitionTicksMax: number;
  readonly crashPerTick: number;
  /** Given a crash, the chance that it strikes the leader rather than a random node. */
  readonly crashLeaderBias: number;
  /** Given a Ready, the chance the node crashes somewhere inside its processing. */
  readonly crashInReady: number;
  readonly downTicksMax: number;
  /** A restart rebuilds the state machine from the storage snapshot rather than keeping it. */
  readonly restartFromSnapshot: number;
  readonly proposePerTick: number;
  readonly readPerTick: number;
  readonly confChangePerTick: number;
  readonly transferPerTick: number;
  readonly compactPerTick: number;
  /** The storage says its snapshot is being produced (SnapshotTemporarilyUnavailableError). */
  readonly snapshotUnavailablePerTick: number;
  /** A send to an unreachable node is reported to the sender through reportUnreachable(). */
  readonly reportUnreachable: number;
}

/** Draw a seed's fault profile. Some seeds get a quiet network, some a storm. */
export function drawFaultProfile(rng: Rng): FaultProfile {
  const pick = (choices: readonly number[]): number => choices[rng.int(choices.length)]!;
  return {
    lossPerMessage: pick([0, 0.01, 0.05, 0.15, 0.3]),
    duplicatePerMessage: pick([0, 0.02, 0.1]),
    longDelayPerMessage: pick([0, 0.02, 0.1]),
    latencyStepsMax: pick([2, 5, 10]),
    longDelayStepsMax: pick([30, 80, 200]),
    partitionPerTick: pick([0, 0.005, 0.02, 0.05]),
    partitionTicksMax: pick([10, 40, 100]),
    crashPerTick: pick([0, 0.005, 0.02, 0.05]),
    crashLeaderBias: pick([0, 0.5, 0.9]),
    crashInReady: pick([0, 0.002, 0.01, 0.03]),
    downTicksMax: pick([5, 20, 60]),
    restartFromSnapshot: pick([0, 0.5, 1]),
    proposePerTick: pick([0.1, 0.5, 1, 2]),
    readPerTick: pick([0, 0.1, 0.5]),
    confChangePerTick: pick([0, 0.01, 0.05]),
    transferPerTick: pick([0, 0.01, 0.03]),
    compactPerTick: pick([0, 0.02, 0.1]),
    snapshotUnavailablePerTick: pick([0, 0, 0.01]),
    reportUnreachable: pick([0, 0.5]),
  };
}
