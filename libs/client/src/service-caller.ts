import { context } from '@opentelemetry/api';
import type { OperationDef } from '@daos-nats/api';
import { ProtoError, type Rng } from '@daos-nats/base';
import { serviceOperationSubject, type Bus, type ReplyContent, type RequestOptions } from '@daos-nats/bus';
import { RsvcClient, type RefreshReplicas, type RsvcClientConfig } from '@daos-nats/dc-rsvc';

export interface ServiceCallerOptions {
  readonly bus: Bus;
  readonly system: string;
  /** Subject token of the service: "pool", "cont", "ms", "kv". */
  readonly service: string;
  /** Raft group: the pool uuid, "db" for the MS. */
  readonly group: string;
  /** Ranks believed to host the group's replicas (may be empty when `refresh` is given). */
  readonly ranks: readonly number[];
  readonly rng: Rng;
  /** Asks the management service for the replica ranks (DAOS `dc_mgmt_pool_find`). */
  readonly refresh?: RefreshReplicas;
  readonly config?: Partial<RsvcClientConfig>;
}

export interface CallOptions {
  readonly signal?: AbortSignal;
  readonly callTimeoutMs?: number;
}

/** One request to one rank: a deadline is required, because nothing retries it. */
export interface RankCallOptions {
  readonly timeoutMs: number;
  /**
   * Client timestamp for dedup. Default: a fresh one (a write is recorded for its retries).
   * 0 for a call that must leave no dedup entry (probes, the MS's sweep of itself).
   */
  readonly clientTimeUs?: number;
}

/**
 * THE way to call a replicated service, for clients and services alike. Two modes over the same
 * subjects and codecs:
 *
 * - `call(op, req)`: the group's leader, wherever it is: dc-rsvc's leader search and retry loop,
 *   each attempt a bus request under the attempt's span. Every attempt of one call carries the
 *   same client timestamp, so a retried write is answered from the server's dedup table, not redone.
 * - `callRank(rank, op, req, {timeoutMs})`: one replica, one attempt, whatever its role (dist
 *   start/stop of replicas, probes): the answer or the error of that rank, no redirect.
 *
 * Lives in libs/client, not libs/rsvc, so that clients never load the server framework (and its
 * SQLite); services import it from here too.
 */
export class ServiceCaller {
  readonly rsvc: RsvcClient;

  constructor(private readonly o: ServiceCallerOptions) {
    this.rsvc = new RsvcClient({
      service: `${o.service} ${o.group}`,
      ranks: o.ranks,
      rng: o.rng,
      ...(o.refresh ? { refresh: o.refresh } : {}),
      ...(o.config ? { config: o.config } : {}),
    });
  }

  get service(): string {
    return this.o.service;
  }

  get group(): string {
    return this.o.group;
  }

  /** The subject of `operation` at the group's replica on `rank` (`.internal` for libs/api INTERNAL_OPERATIONS, else `.req`). */
  subject(rank: number, operation: string): string {
    return serviceOperationSubject(this.o.system, this.o.service, this.o.group, rank, operation);
  }

  async call<Req, Rep>(op: OperationDef<Req, Rep>, request: Req, opts: CallOptions = {}): Promise<Rep> {
    const body = op.request.encode(request).finish();
    const clientTimeUs = this.o.bus.nextClientTimeUs();
    const reply = await this.rsvc.call<ReplyContent>(
      op.name,
      // The attempt's span is the active context while the bus sends, so the server's span is its child.
      (rank, attempt) =>
        context.with(attempt.traceContext, () =>
          this.o.bus.requestReply(this.subject(rank, op.name), op.name, body, {
            timeoutMs: Math.max(1, Math.floor(attempt.timeoutMs)),
            clientTimeUs,
          }),
        ),
      { hintOf: (r) => r.hint, ...(opts.signal ? { signal: opts.signal } : {}), ...(opts.callTimeoutMs ? { callTimeoutMs: opts.callTimeoutMs } : {}) },
    );
    try {
      return op.reply.decode(reply.body);
    } catch (e) {
      throw new ProtoError(`malformed ${op.name} reply: ${(e as Error).message}`, { cause: e });
    }
  }

  /** One attempt at the replica on `rank` (not redirected to the leader). */
  async callRank<Req, Rep>(rank: number, op: OperationDef<Req, Rep>, request: Req, opts: RankCallOptions): Promise<Rep> {
    const ro: RequestOptions = { timeoutMs: opts.timeoutMs, ...(opts.clientTimeUs !== undefined ? { clientTimeUs: opts.clientTimeUs } : {}) };
    return await this.o.bus.call(this.subject(rank, op.name), op, request, ro);
  }
}
