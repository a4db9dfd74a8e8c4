import { InvalidError } from '@daos-nats/base';
import { ENTRY_WIRE_OVERHEAD_BYTES } from '@daos-nats/raft';
import { RAFT_GROUP_CHARS_MAX } from './raft-wire.js';

/**
 * The most a RaftEnvelope adds around an App's entries: the group name (RAFT_GROUP_CHARS_MAX
 * characters of up to 4 UTF-8 bytes), sender and receiver twice, and every scalar field of the
 * message at its widest (10 bytes each), with room to spare. Entries are counted by raft's
 * entryBytes, which includes their own framing.
 */
export const RAFT_ENVELOPE_OVERHEAD_BYTES = 4 * RAFT_GROUP_CHARS_MAX + 512;

/**
 * What a Snap message adds around its chunk: the envelope and the snapshot's metadata, whose
 * membership lists stay far below this (a group has at most a few dozen members and learners).
 */
export const RAFT_SNAP_OVERHEAD_BYTES = RAFT_ENVELOPE_OVERHEAD_BYTES + 16 * 1024;

/** Below this a transport cannot carry a useful raft message. */
export const MESSAGE_BYTES_MIN = 64 * 1024;

/** The byte limits that keep every raft message of a replica within one transport message. */
export interface MessageByteLimits {
  /** raft's appendBytesMax: entries of one App, framing included. */
  readonly appendBytesMax: number;
  /** raft's snapshotChunkBytesMax: data of one Snap. */
  readonly snapshotChunkBytesMax: number;
  /** The largest entry data (one transaction): raft always sends at least one entry per App. */
  readonly entryBytesMax: number;
}

/**
 * Derive the limits from `messageBytesMax`, the transport's largest message (over NATS, the
 * server's max_payload). An entry larger than entryBytesMax would make an App NATS refuses, and
 * the leader would resend it forever: rdb refuses such a transaction before it is proposed.
 */
export function messageByteLimits(messageBytesMax: number): MessageByteLimits {
  if (!Number.isSafeInteger(messageBytesMax) || messageBytesMax < MESSAGE_BYTES_MIN)
    throw new InvalidError(`messageBytesMax must be an integer >= ${MESSAGE_BYTES_MIN}, got ${messageBytesMax}`);
  const appendBytesMax = messageBytesMax - RAFT_ENVELOPE_OVERHEAD_BYTES;
  return {
    appendBytesMax,
    snapshotChunkBytesMax: messageBytesMax - RAFT_SNAP_OVERHEAD_BYTES,
    entryBytesMax: appendBytesMax - ENTRY_WIRE_OVERHEAD_BYTES,
  };
}
