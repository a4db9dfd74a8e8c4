import fs from 'node:fs';
import path from 'node:path';
import { InvalidError, type Rng } from '@daos-nats/base';
import { defaultConfig, ENTRY_WIRE_OVERHEAD_BYTES, type Config } from '@daos-nats/raft';
import { messageByteLimits } from './message-bytes.js';
import type { ApplyResult } from './rdb-state.js';
import type { RaftTransport } from './raft-transport.js';
import { raftPortDefaults, type RaftPortLimits } from './raft-port-guard.js';
import type { ReplicaId } from './replica-id.js';

/** Every knob of a replica, with its unit in its name. */
export interface ReplicaConfig {
  /** The SQLite file holding this replica's log, hard state and state machine. */
  readonly file: string;
  readonly id: ReplicaId;
  readonly transport: RaftTransport;
  /** Raft core limits (electionTimeoutTicks, heartbeatTicks, readOnlyOption, byte limits...). */
  readonly raft?: Partial<Omit<Config, 'id' | 'appliedIndex'>>;
  /** Wall time of one raft tick. */
  readonly tickIntervalMs: number;
  /** The longest a transaction waits for its commit (or a query for its read index, or begin for the term's first entry). */
  readonly commitTimeoutMs: number;
  /** Compact the log once this many applied entries sit above its base. */
  readonly compactEntriesMin: number;
  /**
   * A leader keeps entries a lagging follower still needs, but never more than this many: past
   * it the follower is caught up by a snapshot instead.
   */
  readonly logEntriesMax: number;
  /** Below this much free space in the file's directory the leader takes only critical transactions. */
  readonly freeSpaceFloorBytes: number;
  /** Free space of the file system holding the file (injectable for tests). */
  readonly freeSpaceBytes: () => number;
  /** Bytes of the log's most recent entries kept in memory, so a leader does not re-read SQLite per message. */
  readonly entryCacheBytesMax: number;
  /** SQLite pages copied per event-loop turn while a snapshot's consistent copy is taken. */
  readonly snapshotCopyPagesPerTurnMax: number;
  /** Rows encoded per event-loop turn into a snapshot being prepared. */
  readonly snapshotRowsPerTurnMax: number;
  /** Bytes of a received snapshot's file read at once while it is installed. */
  readonly snapshotReadBytesMax: number;
  /** After a write fails because the disk is full, the replica lags and retries this often. */
  readonly diskFullRetryMs: number;
  /** Commits and reads waiting at once; more are refused with DER_BUSY. */
  readonly pendingRequestsMax: number;
  /**
   * Largest encoded transaction commit() accepts (DER_REC2BIG beyond). Never more than one
   * transport message can carry: replicaConfig() lowers it to messageByteLimits().entryBytesMax.
   */
  readonly txBytesMax: number;
  /**
   * The transport's largest message (over NATS the server's max_payload: RaftLink.maxMessageBytes).
   * raft's appendBytesMax and snapshotChunkBytesMax, and txBytesMax, are lowered to fit it.
   */
  readonly messageBytesMax: number;
  /** The source of raft's randomized election timeouts. */
  readonly rng: Rng;
  /**
   * Told after each batch of committed entries is applied (on every replica, leader or not), with
   * the wall-clock span of the apply (ms since the epoch): for tracing, e.g. an apply span linked
   * to the request whose traceparent the transaction carries. Must not throw or block.
   */
  readonly onApplied?: (batch: AppliedBatch) => void;
  /** What the raft port accepts (termJumpMax, snapshotBytesMax, dropLogIntervalMs). */
  readonly port: RaftPortLimits;
  /** Where operational warnings go (dropped forged messages, ignored conf changes). Must not throw. */
  readonly log: (line: string) => void;
  /** Told why the replica stopped itself (storage failure, broken invariant); it is closed by then. */
  readonly onFatal?: (e: unknown) => void;
}

export interface AppliedBatch {
  readonly results: readonly ApplyResult[];
  readonly startMs: number;
  readonly endMs: number;
}

export type ReplicaOptions = Pick<ReplicaConfig, 'file' | 'id' | 'transport'> &
  Partial<Omit<ReplicaConfig, 'port'>> & { readonly port?: Partial<RaftPortLimits> };

export const defaultReplicaConfig = {
  tickIntervalMs: 100,
  commitTimeoutMs: 10_000,
  compactEntriesMin: 256,
  logEntriesMax: 16 * 256,
  freeSpaceFloorBytes: 4 * 1024 * 1024,
  txBytesMax: 8 * 1024 * 1024,
  messageBytesMax: 1024 * 1024,
  pendingRequestsMax: 4096,
  entryCacheBytesMax: 8 * 1024 * 1024,
  diskFullRetryMs: 1000,
  snapshotCopyPagesPerTurnMax: 128,
  snapshotRowsPerTurnMax: 250,
  snapshotReadBytesMax: 1024 * 1024,
} as const;

/** Free bytes available to this process on the file system holding `file`. */
export function statfsFreeBytes(file: string): number {
  const s = fs.statfsSync(path.dirname(file));
  return s.bavail * s.bsize;
}

export function replicaConfig(o: ReplicaOptions): ReplicaConfig {
  const c: ReplicaConfig = {
    ...defaultReplicaConfig,
    freeSpaceBytes: () => statfsFreeBytes(o.file),
    rng: undefined as unknown as Rng,
    log: (line) => process.emitWarning(line),
    ...o,
    port: { ...raftPortDefaults, ...o.port },
  };
  const positive = (name: keyof ReplicaConfig, min: number) => {
    const v = c[name] as number;
    if (!Number.isSafeInteger(v) || v < min) throw new InvalidError(`replica config: ${name} must be an integer >= ${min}, got ${v}`);
  };
  positive('tickIntervalMs', 1);
  positive('commitTimeoutMs', 1);
  positive('compactEntriesMin', 1);
  positive('logEntriesMax', 1);
  positive('freeSpaceFloorBytes', 0);
  positive('txBytesMax', 1);
  positive('pendingRequestsMax', 1);
  positive('entryCacheBytesMax', 0);
  positive('diskFullRetryMs', 1);
  positive('snapshotCopyPagesPerTurnMax', 1);
  positive('snapshotRowsPerTurnMax', 1);
  positive('snapshotReadBytesMax', 64);
  for (const k of ['termJumpMax', 'snapshotBytesMax', 'dropLogIntervalMs'] as const)
    if (!Number.isSafeInteger(c.port[k]) || c.port[k] < 1) throw new InvalidError(`replica config: port.${k} must be an integer >= 1, got ${c.port[k]}`);
  const fit = fitMessages(c);
  if (fit.txBytesMax < 1) throw new InvalidError(`replica config: raft.appendBytesMax ${fit.raft?.appendBytesMax} leaves no room for a transaction`);
  if (c.logEntriesMax < c.compactEntriesMin)
    throw new InvalidError(`replica config: logEntriesMax (${c.logEntriesMax}) must be >= compactEntriesMin (${c.compactEntriesMin})`);
  if (c.rng === undefined) throw new InvalidError('replica config: rng is required (seeded in tests, e.g. from crypto in production)');
  return fit;
}

/** Lower every per-message byte limit to what one transport message carries. */
function fitMessages(c: ReplicaConfig): ReplicaConfig {
  const m = messageByteLimits(c.messageBytesMax);
  const raft = c.raft ?? {};
  const appendBytesMax = Math.min(raft.appendBytesMax ?? defaultConfig.appendBytesMax, m.appendBytesMax);
  return {
    ...c,
    txBytesMax: Math.min(c.txBytesMax, appendBytesMax - ENTRY_WIRE_OVERHEAD_BYTES),
    raft: {
      ...raft,
      appendBytesMax,
      snapshotChunkBytesMax: Math.min(raft.snapshotChunkBytesMax ?? defaultConfig.snapshotChunkBytesMax, m.snapshotChunkBytesMax),
    },
  };
}
