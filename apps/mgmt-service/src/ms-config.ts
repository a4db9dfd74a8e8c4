import { InvalidError } from '@daos-nats/base';

/** Every limit and period of the management service, units last. */
export interface MsConfig {
  /** A Joined member silent this long becomes Unresponsive. */
  readonly unresponsiveAfterMs: number;
  /** A member silent this long (Unresponsive since) becomes Excluded. */
  readonly excludeAfterMs: number;
  /** Extra silence before a member this leader never heard is Excluded (slow restarts). */
  readonly unheardGraceMs: number;
  /**
   * Extra silence before a member this leader never heard is Unresponsive: after an MS failover a
   * member's heartbeat may still be waiting out its deadline on the dead leader, so a healthy
   * member must not flap to Unresponsive just because the MS changed leader.
   */
  readonly unheardUnresponsiveGraceMs: number;
  /** How often the leader looks for silent members. */
  readonly sweepIntervalMs: number;
  /** Deadline of one control request (stop/start/ping) to one member. */
  readonly memberControlTimeoutMs: number;
  /** Deadline of the probe leader-query sends to each other replica. */
  readonly replicaProbeTimeoutMs: number;
  /** Deadline for a new pool's (or container) service to elect a leader and bootstrap. */
  readonly serviceStartTimeoutMs: number;
  /** Pool service replicas when the request says 0 (DAOS default 3). */
  readonly svcReplicasDefault: number;
  /** At most this many pool service replicas (DAOS: 9). */
  readonly svcReplicasMax: number;
  /** Nominal targets each pool-service rank gets in the pool map (engine ranks list their real ones). */
  readonly targetsPerRank: number;
  /** A pool's share per engine target at least: a smaller pool is DER_INVAL (it could store nothing). */
  readonly targetBytesMin: number;
  /** Members at most (a bound on every scan). */
  readonly membersMax: number;
  /** Pools at most. */
  readonly poolsMax: number;
  /** Pools in one `mgmt.pool.list` page at most. */
  readonly poolListPageItemsMax: number;
  /** Encoded pool records in one `mgmt.pool.list` page at most (the rest of the reply is small). */
  readonly poolListPageBytesMax: number;
  /** Pause of a pool job between rounds of a step that must be retried (destroy of a down rank). */
  readonly jobRetryPauseMs: number;
}

export const defaultMsConfig: MsConfig = {
  unresponsiveAfterMs: 5_000,
  excludeAfterMs: 15_000,
  unheardGraceMs: 120_000,
  unheardUnresponsiveGraceMs: 10_000,
  sweepIntervalMs: 1_000,
  memberControlTimeoutMs: 15_000,
  replicaProbeTimeoutMs: 1_000,
  serviceStartTimeoutMs: 30_000,
  svcReplicasDefault: 3,
  svcReplicasMax: 9,
  targetsPerRank: 8,
  targetBytesMin: 64 * 1024,
  membersMax: 4_096,
  poolsMax: 4_096,
  poolListPageItemsMax: 256,
  poolListPageBytesMax: 256 * 1024,
  jobRetryPauseMs: 1_000,
};

export function msConfig(over: Partial<MsConfig> = {}): MsConfig {
  const c = { ...defaultMsConfig, ...over };
  for (const [k, v] of Object.entries(c)) if (!Number.isSafeInteger(v) || v <= 0) throw new InvalidError(`MS config ${k} must be a positive integer, got ${v}`);
  if (c.excludeAfterMs <= c.unresponsiveAfterMs) throw new InvalidError(`excludeAfterMs (${c.excludeAfterMs}) must exceed unresponsiveAfterMs (${c.unresponsiveAfterMs})`);
  if (c.svcReplicasDefault % 2 === 0 || c.svcReplicasDefault > c.svcReplicasMax) throw new InvalidError(`svcReplicasDefault must be odd and at most svcReplicasMax, got ${c.svcReplicasDefault}`);
  return c;
}
