/**
 * The raft wire and storage vocabulary. This file is the contract between the core (raft.ts,
 * raw-node.ts), the storage implementations, the simulator and rdb: change it additively only.
 */
import type { LogIndex, NodeId, Term } from '@daos-nats/base';

import type { SnapshotSource } from './snapshot-data.js';

export type { LogIndex, NodeId, Term };

/** "No node": no vote cast, no leader known. */
export const NONE = 0 as NodeId;

export enum EntryType {
  /** Application data (an rdb transaction) or, when `data` is empty, the leader's no-op. */
  Normal = 0,
  /** `data` is an encoded ConfChange (see conf-change-codec.ts). */
  ConfChange = 1,
}

export interface Entry {
  readonly term: Term;
  readonly index: LogIndex;
  readonly type: EntryType;
  readonly data: Uint8Array;
}

export interface HardState {
  readonly term: Term;
  readonly vote: NodeId;
  readonly commit: LogIndex;
}

/** Membership. In a joint configuration `votersOutgoing` is non-empty. */
export interface ConfState {
  readonly voters: readonly NodeId[];
  readonly learners: readonly NodeId[];
  /** The old voters while in a joint configuration; empty otherwise. */
  readonly votersOutgoing: readonly NodeId[];
  /** Voters of the outgoing config that become learners when the joint config is left. */
  readonly learnersNext: readonly NodeId[];
  /** Leave the joint configuration automatically once it is committed. */
  readonly autoLeave: boolean;
}

export interface SnapshotMeta {
  readonly index: LogIndex;
  readonly term: Term;
  readonly confState: ConfState;
}

/**
 * A snapshot: its metadata and a handle on its bytes (never required whole in memory). In Ready,
 * `data` is what the follower's SnapshotSink completed to: the storage installs from it.
 */
export interface Snapshot {
  readonly meta: SnapshotMeta;
  readonly data: SnapshotSource;
}

export enum ConfChangeType {
  AddVoter = 0,
  AddLearner = 1,
  RemoveNode = 2,
}

export interface ConfChangeSingle {
  readonly type: ConfChangeType;
  readonly nodeId: NodeId;
}

export enum ConfChangeTransition {
  /**
   * One change that needs no joint state (adding or removing one voter, any learner change) is
   * applied directly; anything else enters a joint configuration that is left automatically.
   */
  Auto = 0,
  /** Always use a joint configuration, and leave it automatically. */
  JointImplicit = 1,
  /** Always use a joint configuration, and wait for an explicit empty ConfChange to leave it. */
  JointExplicit = 2,
}

/** A membership change. No `changes` at all means "leave the joint configuration". */
export interface ConfChange {
  readonly transition: ConfChangeTransition;
  readonly changes: readonly ConfChangeSingle[];
  readonly context?: Uint8Array;
}

export enum MessageType {
  // Local messages: never sent over the network.
  Hup = 'Hup',
  Beat = 'Beat',
  Prop = 'Prop',
  Unreachable = 'Unreachable',
  SnapStatus = 'SnapStatus',
  CheckQuorum = 'CheckQuorum',
  // Network messages.
  App = 'App',
  AppResp = 'AppResp',
  Vote = 'Vote',
  VoteResp = 'VoteResp',
  PreVote = 'PreVote',
  PreVoteResp = 'PreVoteResp',
  Heartbeat = 'Heartbeat',
  HeartbeatResp = 'HeartbeatResp',
  /** One chunk of a snapshot (see SnapshotChunk). */
  Snap = 'Snap',
  /** A follower's acknowledgement of the snapshot chunks it holds (`index` = bytes received). */
  SnapResp = 'SnapResp',
  TransferLeader = 'TransferLeader',
  TimeoutNow = 'TimeoutNow',
  ReadIndex = 'ReadIndex',
  ReadIndexResp = 'ReadIndexResp',
}

/** A piece of a snapshot in flight. Chunks are sent in order; a receiver acks its byte offset. */
export interface SnapshotChunk {
  readonly meta: SnapshotMeta;
  /** Byte offset of `data` in the whole snapshot. */
  readonly offsetBytes: number;
  readonly totalBytes: number;
  readonly data: Uint8Array;
}

/**
 * One raft message. Field meanings follow etcd-io/raft: `index`/`logTerm` name the entry that
 * precedes `entries` in App, the candidate's last entry in (Pre)Vote, and the follower's match or
 * hint in responses.
 */
export interface Message {
  readonly type: MessageType;
  readonly from: NodeId;
  readonly to: NodeId;
  readonly term: Term;
  readonly logTerm: Term;
  readonly index: LogIndex;
  readonly entries: readonly Entry[];
  readonly commit: LogIndex;
  readonly reject: boolean;
  /** On a rejected AppResp: the follower's hint for the index to probe next. */
  readonly rejectHint: LogIndex;
  /** Snap: the chunk carried. */
  readonly snapshot?: SnapshotChunk;
  /** ReadIndex context; on Vote/PreVote a non-empty context marks a leader-transfer campaign. */
  readonly context?: Uint8Array;
}

export enum StateRole {
  Follower = 'Follower',
  PreCandidate = 'PreCandidate',
  Candidate = 'Candidate',
  Leader = 'Leader',
}

export interface SoftState {
  readonly lead: NodeId;
  readonly role: StateRole;
}

/** The answer to a readIndex(context): once `index` is applied locally, the read may be served. */
export interface ReadState {
  readonly index: LogIndex;
  readonly context: Uint8Array;
}

/**
 * What the node needs done. The driver must, in this order:
 *  1. send `messages` (they do not depend on this Ready's persistence);
 *  2. persist `hardState`, `entries` (appended, replacing any conflicting suffix) and `snapshot`
 *     atomically and durably;
 *  3. only then send `messagesAfterPersist` (votes and acknowledgements promise persisted state);
 *  4. apply `snapshot` (if any) and then `committedEntries` to the state machine;
 *  5. call `advance()`.
 */
export interface Ready {
  readonly softState?: SoftState;
  readonly hardState?: HardState;
  readonly entries: readonly Entry[];
  readonly snapshot?: Snapshot;
  readonly committedEntries: readonly Entry[];
  readonly messages: readonly Message[];
  readonly messagesAfterPersist: readonly Message[];
  readonly readStates: readonly ReadState[];
  /** Whether step 2 must fsync (false only when nothing durable changed). */
  readonly mustSync: boolean;
}

export enum ProgressState {
  Probe = 'Probe',
  Replicate = 'Replicate',
  Snapshot = 'Snapshot',
}

export interface ProgressStatus {
  readonly match: LogIndex;
  readonly next: LogIndex;
  readonly state: ProgressState;
  readonly isLearner: boolean;
  readonly recentActive: boolean;
  readonly inflightMessages: number;
  readonly inflightBytes: number;
  /** In Snapshot state: the snapshot index being sent and the bytes acknowledged so far. */
  readonly pendingSnapshot: LogIndex;
  readonly snapshotAckedBytes: number;
}

export interface Status {
  readonly id: NodeId;
  readonly hardState: HardState;
  readonly softState: SoftState;
  readonly applied: LogIndex;
  readonly lastIndex: LogIndex;
  readonly confState: ConfState;
  /** Only on the leader. */
  readonly progress?: ReadonlyMap<NodeId, ProgressStatus>;
  readonly leadTransferee: NodeId;
  /**
   * Only on the leader: the highest index the caller may compact its log to without forcing a
   * snapshot on a follower that is catching up: min(applied, the match index of every follower
   * in Probe or Replicate state). A follower already receiving a snapshot does not hold it back.
   */
  readonly compactIndexMax?: LogIndex;
}
