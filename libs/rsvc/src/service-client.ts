import { context } from '@opentelemetry/api';
import { ProtoError, type Rng } from '@daos-nats/base';
import { serviceRequestSubject, type Bus, type OperationDef, type ReplyContent } from '@daos-nats/bus';
import { RsvcClient, type RefreshReplicas, type RsvcClientConfig } from '@daos-nats/dc-rsvc';

export interface ServiceClientOptions {
  readonly bus: Bus;
  readonly system: string;
  readonly service: string;
  readonly group: string;
  /** Ranks believed to host the group's replicas. */
  readonly ranks: readonly number[];
  readonly rng: Rng;
  readonly refresh?: RefreshReplicas;
  readonly config?: Partial<RsvcClientConfig>;
}

export interface ServiceCallOptions {
  readonly signal?: AbortSignal;
  readonly callTimeoutMs?: number;
}

/**
 * A client of one group of a replicated service over NATS: dc-rsvc's leader search and retry
 * loop, with each attempt sent by the bus under the attempt's span (so the server's span is its
 * child). Every attempt of one call carries the same client timestamp: the server recognizes a
 * retried write and answers it from its dedup table instead of doing it twice.
 */
export class ServiceClient {
  readonly rsvc: RsvcClient;

  constructor(private readonly o: ServiceClientOptions) {
    this.rsvc = new RsvcClient({
      service: `${o.service} ${o.group}`,
      ranks: o.ranks,
      rng: o.rng,
      ...(o.refresh ? { refresh: o.refresh } : {}),
      ...(o.config ? { config: o.config } : {}),
    });
  }

  async call<Req, Rep>(op: OperationDef<Req, Rep>, request: Req, opts: ServiceCallOptions = {}): Promise<Rep> {
    const body = op.request.encode(request).finish();
    const clientTimeUs = this.o.bus.nextClientTimeUs();
    const reply = await this.rsvc.call<ReplyContent>(
      op.name,
      (rank, attempt) =>
        context.with(attempt.traceContext, () =>
          this.o.bus.requestReply(serviceRequestSubject(this.o.system, this.o.service, this.o.group, rank), op.name, body, {
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
}
