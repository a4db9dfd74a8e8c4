import type { LeaderHint } from '@daos-nats/base';
import type { OperationDef } from '@daos-nats/api';

/**
 * What rsvc needs from the network, and nothing more (hashicorp/raft style: the consumer declares
 * the interface). libs/bus implements it over NATS (`natsRsvcTransport(bus)`); `MemoryRsvcNetwork`
 * implements it in process for tests. Addresses are rsvc's own terms (system, service, group,
 * rank), never subjects: naming on the wire is the implementation's business.
 */
export interface RsvcTransport {
  /**
   * Serve requests for every group of `service` addressed to `rank` (over NATS:
   * `daos.<system>.<service>.*.<rank>.req`), dispatching on the operation name; an unknown name is
   * refused by the transport. At most `handlersInFlightMax` handlers run at once and
   * `pendingRequestsMax` requests wait (beyond: DER_BUSY). Resolves once serving.
   */
  serve(at: RsvcEndpoint, handlers: ReadonlyMap<string, RsvcHandler>, limits: RsvcServeOptions): Promise<RsvcServer>;

  /** Call `def` on the replica of `to.group` at `to.rank`; rejects with the callee's DaosError, or DER_TIMEDOUT after `timeoutMs`. */
  call<Req, Rep>(to: RsvcReplicaAddress, def: OperationDef<Req, Rep>, request: Req, opts: RsvcCallOptions): Promise<Rep>;

  /** The one-way raft byte link of `service` at `rank`, shared by all its groups. */
  raftLink(at: RsvcEndpoint): RsvcRaftLink;
}

/** A process's address for one service: where its replicas of every group live. */
export interface RsvcEndpoint {
  readonly system: string;
  readonly service: string;
  readonly rank: number;
}

/** One replica of one group. */
export interface RsvcReplicaAddress extends RsvcEndpoint {
  readonly group: string;
}

export interface RsvcServeLimits {
  readonly handlersInFlightMax: number;
  readonly pendingRequestsMax: number;
}

/** A request as the authorization gate sees it (libs/bus `IncomingRequest` fits). */
export interface RsvcAuthorizedRequest {
  readonly operation: string;
  /** The caller's signed credential as sent (over NATS: the `Daos-Credential` header), unverified. */
  readonly credential?: string;
  readonly body?: Uint8Array;
}

export interface RsvcServeOptions extends RsvcServeLimits {
  /**
   * Gate of every request, before any handler runs (libs/auth `operationAuthorizer`): throw
   * DER_NO_PERM to refuse. A transport that carries credentials must apply it; absent: no checks.
   */
  readonly authorize?: (req: RsvcAuthorizedRequest) => void;
}

export interface RsvcCallOptions {
  /** Deadline of the call, in ms. */
  readonly timeoutMs: number;
}

/** One request as a handler sees it: the envelope decoded, the group taken from the address. */
export interface RsvcRequest {
  readonly group: string;
  readonly operation: string;
  readonly body: Uint8Array;
  /** The client's 16-byte id and its timestamp (µs; 0 = no dedup): the dedup key of a write. */
  readonly clientId: Uint8Array;
  readonly clientTimeUs: number;
  /** Aborts at the request's deadline. */
  readonly signal: AbortSignal;
}

/** A success: the encoded reply and the replica's leader hint (a leader names itself). */
export interface RsvcReply {
  readonly body?: Uint8Array;
  readonly hint?: LeaderHint;
}

/** Answer a request, or throw a DaosError (its code, and a NotLeaderError's hint, reach the caller). */
export type RsvcHandler = (req: RsvcRequest) => Promise<RsvcReply | Uint8Array | undefined>;

export interface RsvcServer {
  /** Stop taking requests and let the running handlers finish. */
  drain(): Promise<unknown>;
}

/** Raft messages of every group of one service at one rank: unreliable, one-way, unordered. */
export interface RsvcRaftLink {
  /**
   * The largest raft message (envelope included) the link carries; rdb sizes every append,
   * snapshot chunk and transaction below it (over NATS: the server's max_payload).
   */
  readonly maxMessageBytes: number;
  /** Send without waiting; false when it could not be sent, e.g. over maxMessageBytes (raft resends). */
  publish(group: string, to: { readonly rank: number }, bytes: Uint8Array): boolean;
  /** Write what was published so far to the wire now, synchronously (rdb calls it before an fsync); optional. */
  flush?(): void;
  /** Start receiving (once): every message's bytes, in arrival order. */
  listen(deliver: (bytes: Uint8Array) => void): Promise<void>;
  /** Call `listener` each time the link reaches the peers again after losing them (NATS: a reconnect); optional. */
  onRestored?(listener: () => void): void;
  close(): Promise<void>;
}
