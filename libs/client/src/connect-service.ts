import { ProtoError, type Rng } from '@daos-nats/base';
import { serviceRequestSubject, type Bus, type OperationDef, type ReplyContent } from '@daos-nats/bus';
import { RsvcClient, type RefreshReplicas, type RsvcClientConfig } from '@daos-nats/dc-rsvc';

export interface ServiceCallerOptions {
  readonly bus: Bus;
  readonly system: string;
  /** Subject token of the service: "pool", "cont". */
  readonly service: string;
  /** Raft group: the pool uuid. */
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

/**
 * Calls one raft group of a replicated service: dc-rsvc's leader search and retry loop, each
 * attempt a bus request under the attempt's span. Every attempt of one call carries the same
 * client timestamp, so a retried write is answered from the server's dedup table, not redone.
 * (The same loop as libs/rsvc's ServiceClient, kept here so that clients do not load the server
 * framework and its SQLite.)
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

  async call<Req, Rep>(op: OperationDef<Req, Rep>, request: Req, opts: CallOptions = {}): Promise<Rep> {
    const body = op.request.encode(request).finish();
    const clientTimeUs = this.o.bus.nextClientTimeUs();
    const reply = await this.rsvc.call<ReplyContent>(
      op.name,
      // dc-rsvc makes the attempt's span the active context while this runs: the bus injects it.
      (rank, attempt) =>
        this.o.bus.requestReply(serviceRequestSubject(this.o.system, this.o.service, this.o.group, rank), op.name, body, {
          timeoutMs: Math.max(1, Math.floor(attempt.timeoutMs)),
          clientTimeUs,
        }),
      { hintOf: (r) => r.hint, ...(opts.signal ? { signal: opts.signal } : {}), ...(opts.callTimeoutMs ? { callTimeoutMs: opts.callTimeoutMs } : {}) },
    );
    try {
      return op.reply.decode(reply.body);
    } catch (e) {
      throw new ProtoError(`malformed ${op.name} reply: ${(e as Error).message}`, { cause: e });
    }
  }
}
