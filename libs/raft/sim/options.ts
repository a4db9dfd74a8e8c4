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
  /** Small limits so flow control, batching and snapshot chunking are exercised. */
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
  /**
   * Bytes per App message (an entry costs about 26). Small values split a new leader's catch-up
   * into many messages, so old-term entries reach a majority before its own no-op does.
   */
  readonly appendBytesMax: number;
  /**
   * Given a node just became leader, the chance it is ambushed: cut off before its first messages
   * leave (ambushIsolateShare of the time), or else crashed within ambushTicksMax ticks.
   */
  readonly ambushNewLeader: number;
  readonly ambushIsolateShare: number;
  readonly ambushTicksMax: number;
  /** Given a leader's commit index advanced in a Ready, the chance it crashes inside that Ready. */
  readonly crashLeaderOnCommit: number;
  /**
   * Every calmPeriodTicks the last calmTicks are a lull: no new crashes, partitions or ambushes,
   * everyone restarted. Leaders then catch followers up, which is when commit rules matter most.
   * 0 = no lulls.
   */
  readonly calmPeriodTicks: number;
  readonly calmTicks: number;
  /** A random node is told to campaign() now (a disruptive election). */
  readonly campaignPerTick: number;
  /** Core options: most seeds run the defaults, some run without pre-vote or check-quorum, or with lease reads. */
  readonly preVote: boolean;
  readonly checkQuorum: boolean;
  readonly leaseReads: boolean;
}

/**
 * Draw a seed's fault profile. Some seeds get a quiet network, some a storm; a share of them get
 * leader churn, the schedule of Raft's Figure 8: leaders crash or are cut off soon after taking
 * proposals, so their entries sit on a minority while other leaders come and go, and small App
 * messages let old-term entries reach a majority before a new leader's own no-op does.
 */
export function drawFaultProfile(rng: Rng): FaultProfile {
  const pick = (choices: readonly number[]): number => choices[rng.int(choices.length)]!;
  const swarm = drawSwarmProfile(rng, pick);
  if (!rng.chance(leaderChurnShare)) return swarm;
  return {
    ...swarm,
    lossPerMessage: pick([0, 0.05, 0.1]),
    partitionPerTick: pick([0.02, 0.05]),
    partitionTicksMax: pick([20, 40]),
    crashPerTick: pick([0.02, 0.05]),
    crashLeaderBias: 1,
    downTicksMax: pick([10, 30]),
    proposePerTick: pick([1, 2]),
    confChangePerTick: 0,
    appendBytesMax: pick([30, 40, 60]),
    ambushNewLeader: pick([0.5, 0.8]),
    ambushIsolateShare: 0.8,
    ambushTicksMax: pick([0, 1, 2]),
    crashLeaderOnCommit: pick([0.3, 0.6, 0.9]),
    calmPeriodTicks: pick([40, 60, 100]),
    calmTicks: pick([10, 20]),
  };
}

function coreOptions(rng: Rng): Pick<FaultProfile, 'preVote' | 'checkQuorum' | 'leaseReads'> {
  const preVote = rng.chance(0.85);
  const checkQuorum = rng.chance(0.85);
  // Lease reads are safe only with check-quorum; the nodes' tick sources run at one rate here.
  return { preVote, checkQuorum, leaseReads: checkQuorum && rng.chance(0.25) };
}

/** Share of seeds that run the leader-churn schedule rather than a purely random one. */
export const leaderChurnShare = 0.4;

function drawSwarmProfile(rng: Rng, pick: (choices: readonly number[]) => number): FaultProfile {
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
    appendBytesMax: pick([40, 100, 300, 4096]),
    ambushNewLeader: pick([0, 0, 0.1]),
    ambushIsolateShare: 0.5,
    ambushTicksMax: pick([1, 3]),
    crashLeaderOnCommit: pick([0, 0, 0.02]),
    calmPeriodTicks: pick([0, 0, 100]),
    calmTicks: pick([20, 40]),
    campaignPerTick: pick([0, 0, 0.01]),
    ...coreOptions(rng),
  };
}
