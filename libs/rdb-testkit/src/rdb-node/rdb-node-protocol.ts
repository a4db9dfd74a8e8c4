/**
 * The control protocol of an rdb test node (`rdb-node/main.ts`): what a test or a benchmark may
 * ask one replica process over the bus. Bodies are JSON, not protobuf: this is a test harness's
 * private channel, never part of the system's wire format, and keeping it out of proto/ leaves
 * the generated code to the services.
 */
import { ProtoError } from '@daos-nats/base';
import { defineOperation, serviceRequestSubject, type MessageCodec } from '@daos-nats/bus';
import type { RaftRouterStats } from '@daos-nats/rdb';

/** The service name of test nodes: raft on `daos.<system>.rdbtest.<group>.<rank>.raft`, control on `...req`. */
export const RDB_NODE_SERVICE = 'rdbtest';

/** Where the node of `rank` serving `group` takes control requests. */
export function rdbNodeSubject(system: string, group: string, rank: number): string {
  return serviceRequestSubject(system, RDB_NODE_SERVICE, group, rank);
}

/** What a node prints on stdout once it serves control requests. */
export const RDB_NODE_READY_LINE = 'rdb-node: ready';

/** A replica id as JSON (`ReplicaId` with a plain number rank). */
export interface NodeReplicaId {
  readonly rank: number;
  readonly gen: number;
}

export interface NodeStatus {
  readonly id: NodeReplicaId;
  readonly pid: number;
  /** Leading and serving its term (its first entry of the term is applied). */
  readonly leader: boolean;
  readonly term: number;
  /** The leader this replica knows of in `term`, if any. */
  readonly leaderRank: number | null;
  readonly applied: number;
  /** First index still in the log (everything below was compacted or came in a snapshot). */
  readonly firstIndex: number;
  readonly lastIndex: number;
  /** Voters of the applied membership. */
  readonly members: readonly NodeReplicaId[];
  readonly isMember: boolean;
  /**
   * SHA-256 (hex) of the state at `applied` (KVS tree and membership): equal states, equal
   * digests. Only when asked for: it dumps the whole state.
   */
  readonly stateSha256?: string;
  /** Snapshot chunks received from a leader since this process started. */
  readonly snapshotChunksReceived: number;
  readonly router: RaftRouterStats;
  /** Raft messages the inbox dropped because its queue was full. */
  readonly inboxDropped: number;
}

export type KvsClassName = 'generic' | 'integer' | 'lexical';

/** One update of a transaction; keys, path elements and values are UTF-8 strings. */
export type WriteOp =
  | { readonly op: 'createRoot'; readonly cls: KvsClassName }
  | { readonly op: 'createKvs'; readonly path?: readonly string[]; readonly key: string; readonly cls: KvsClassName }
  | { readonly op: 'put'; readonly path?: readonly string[]; readonly key: string; readonly value: string }
  | { readonly op: 'putCritical'; readonly path?: readonly string[]; readonly key: string; readonly value: string }
  | { readonly op: 'delete'; readonly path?: readonly string[]; readonly key: string };

export interface WriteRequest {
  /** Committed as ONE transaction (one log entry), all or nothing. */
  readonly ops: readonly WriteOp[];
  /**
   * Failover probe: wait until a leader of a term later than this one is known (up to
   * `leaderWaitMs`); commit if it is this replica, else answer DER_NOTLEADER with its hint.
   */
  readonly afterTerm?: number;
  readonly leaderWaitMs?: number;
}

export interface WriteReply {
  /** The log index and term of the transaction's entry. */
  readonly index: number;
  readonly term: number;
}

export interface ReadRequest {
  readonly path?: readonly string[];
  readonly keys: readonly string[];
}

/** One value per key, null where the key does not exist. */
export interface ReadReply {
  readonly values: readonly (string | null)[];
}

export interface MemberRequest {
  readonly id: NodeReplicaId;
}

export interface MembersReply {
  readonly members: readonly NodeReplicaId[];
}

export interface FreeSpaceRequest {
  /** The free-space figure the space guard sees; null restores the file system's. */
  readonly bytes: number | null;
}

export interface WorkloadRequest {
  /** Transactions to commit, one update each, on this replica (it must lead). */
  readonly count: number;
  /** Transactions in flight at once. */
  readonly inFlight: number;
  readonly keyBytes: number;
  readonly valueBytes: number;
}

export interface WorkloadReply {
  readonly committed: number;
  readonly failed: number;
  /** The first failure's name and message, if any. */
  readonly firstError: string | null;
  readonly elapsedMs: number;
  readonly commitsPerSec: number;
  /** Commit latency (begin to applied) of the committed transactions. */
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

export type Empty = Record<string, never>;

export interface StatusRequest {
  /** Include stateSha256. */
  readonly digest?: boolean;
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A MessageCodec for JSON objects: anything but an object on the wire is DER_PROTO. */
export function jsonCodec<T>(what: string): MessageCodec<T> {
  return {
    encode: (m) => ({ finish: () => utf8.encode(JSON.stringify(m)) }),
    decode: (bytes) => {
      const v: unknown = JSON.parse(fromUtf8.decode(bytes));
      if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new ProtoError(`${what} must be a JSON object`);
      return v as T;
    },
  };
}

const op = <Req, Rep>(name: string) => defineOperation<Req, Rep>(`rdbtest.${name}`, jsonCodec<Req>(`${name} request`), jsonCodec<Rep>(`${name} reply`));

/** Every operation a node serves. */
export const rdbNodeOps = {
  status: op<StatusRequest, NodeStatus>('status'),
  write: op<WriteRequest, WriteReply>('write'),
  read: op<ReadRequest, ReadReply>('read'),
  addReplica: op<MemberRequest, MembersReply>('add-replica'),
  removeReplica: op<MemberRequest, MembersReply>('remove-replica'),
  transferLeadership: op<MemberRequest, Empty>('transfer-leadership'),
  setFreeSpace: op<FreeSpaceRequest, Empty>('set-free-space'),
  workload: op<WorkloadRequest, WorkloadReply>('workload'),
} as const;
