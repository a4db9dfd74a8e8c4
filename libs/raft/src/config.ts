import type { LogIndex, NodeId } from './types.js';

export enum ReadOnlyOption {
  /** ReadIndex: a quorum heartbeat round confirms leadership for each batch of reads. */
  Safe = 'Safe',
  /**
   * Lease: the leader answers without a round trip while a quorum acknowledged a heartbeat it sent
   * less than (electionTimeoutTicks - leaseMarginTicks) of its ticks ago; voters refuse other
   * candidates for electionTimeoutTicks after hearing from it. Correct only if no voter's ticks
   * run faster than the leader's by more than leaseMarginTicks over an election timeout (see the
   * README). Requires checkQuorum. Without a valid lease, a read falls back to a heartbeat round.
   */
  LeaseBased = 'LeaseBased',
}

/** Every limit of the core, with its unit in its name. */
export interface Config {
  readonly id: NodeId;
  /** Ticks without hearing from a leader before a follower campaigns (randomized in [T, 2T)). */
  readonly electionTimeoutTicks: number;
  /** Ticks between the leader's heartbeats; must be < electionTimeoutTicks. */
  readonly heartbeatTicks: number;
  /** Index already applied by the state machine on restart; committed entries start after it. */
  readonly appliedIndex: LogIndex;
  readonly preVote: boolean;
  readonly checkQuorum: boolean;
  readonly readOnlyOption: ReadOnlyOption;
  /** Bytes of entry data in one App message (at least one entry is always sent). */
  readonly appendBytesMax: number;
  /** Unacknowledged App messages per follower in Replicate state. */
  readonly inflightMessagesMax: number;
  /** Unacknowledged entry bytes per follower in Replicate state (0 = no byte limit). */
  readonly inflightBytesMax: number;
  /** Bytes of proposed-but-uncommitted entry data the leader accepts (0 = no limit). */
  readonly uncommittedBytesMax: number;
  /** Bytes of committed entries handed to the application in one Ready (at least one entry). */
  readonly applyBytesMax: number;
  /** Bytes of snapshot data per Snap message. */
  readonly snapshotChunkBytesMax: number;
  /** Ticks without a SnapResp before the leader resends from the last acknowledged offset. */
  readonly snapshotResendTicks: number;
  /** Pending ReadIndex requests the leader holds at once. */
  readonly readIndexPendingMax: number;
  /** LeaseBased reads: ticks of clock drift the lease allows for (lease = election timeout - this). */
  readonly leaseMarginTicks: number;
  /**
   * After transportRestored(), a voter that has lost its leader campaigns (pre-vote) within
   * [1, this] ticks instead of waiting out the rest of its randomized election timeout: a network
   * outage longer than an election timeout leaves every node leaderless, and the campaigns it
   * started meanwhile were lost. Randomized so the nodes that reconnect together do not split.
   */
  readonly restoredCampaignTicksMax: number;
}

export const defaultConfig: Omit<Config, 'id'> = {
  electionTimeoutTicks: 10,
  heartbeatTicks: 1,
  appliedIndex: 0 as LogIndex,
  preVote: true,
  checkQuorum: true,
  readOnlyOption: ReadOnlyOption.Safe,
  appendBytesMax: 1024 * 1024,
  inflightMessagesMax: 256,
  inflightBytesMax: 8 * 1024 * 1024,
  uncommittedBytesMax: 64 * 1024 * 1024,
  applyBytesMax: 8 * 1024 * 1024,
  snapshotChunkBytesMax: 256 * 1024,
  snapshotResendTicks: 20,
  readIndexPendingMax: 4096,
  leaseMarginTicks: 2,
  restoredCampaignTicksMax: 3,
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Fill defaults and reject a config that cannot work, naming the field. */
export function validateConfig(partial: Partial<Config> & { id: NodeId }): Config {
  const c: Config = { ...defaultConfig, ...partial };
  const int = (name: keyof Config, min: number) => {
    const v = c[name] as number;
    if (!Number.isSafeInteger(v) || v < min) throw new ConfigError(`${name} must be an integer >= ${min}, got ${v}`);
  };
  int('id', 1);
  int('electionTimeoutTicks', 2);
  int('heartbeatTicks', 1);
  int('appliedIndex', 0);
  int('appendBytesMax', 1);
  int('inflightMessagesMax', 1);
  int('inflightBytesMax', 0);
  int('uncommittedBytesMax', 0);
  int('applyBytesMax', 1);
  int('snapshotChunkBytesMax', 1);
  int('snapshotResendTicks', 1);
  int('readIndexPendingMax', 1);
  int('leaseMarginTicks', 0);
  int('restoredCampaignTicksMax', 1);
  if (c.readOnlyOption === ReadOnlyOption.LeaseBased && c.leaseMarginTicks >= c.electionTimeoutTicks)
    throw new ConfigError(`leaseMarginTicks (${c.leaseMarginTicks}) must be less than electionTimeoutTicks (${c.electionTimeoutTicks})`);
  if (c.heartbeatTicks >= c.electionTimeoutTicks)
    throw new ConfigError(
      `heartbeatTicks (${c.heartbeatTicks}) must be less than electionTimeoutTicks (${c.electionTimeoutTicks})`,
    );
  if (c.restoredCampaignTicksMax > c.electionTimeoutTicks)
    throw new ConfigError(
      `restoredCampaignTicksMax (${c.restoredCampaignTicksMax}) must be at most electionTimeoutTicks (${c.electionTimeoutTicks})`,
    );
  if (c.readOnlyOption === ReadOnlyOption.LeaseBased && !c.checkQuorum)
    throw new ConfigError('readOnlyOption LeaseBased requires checkQuorum: without it a deposed leader may serve stale reads');
  if (c.inflightBytesMax !== 0 && c.inflightBytesMax < c.appendBytesMax)
    throw new ConfigError(`inflightBytesMax (${c.inflightBytesMax}) must be 0 or >= appendBytesMax (${c.appendBytesMax})`);
  return c;
}
