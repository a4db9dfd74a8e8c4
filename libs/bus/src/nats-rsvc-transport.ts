import { ProtoError } from '@daos-nats/base';
import { type OperationDef } from '@daos-nats/api';
import type { Bus } from './bus.js';
import { RaftLink } from './raft-link.js';
import type { Handler, HandlerReply, IncomingRequest, Responder, ResponderOptions } from './responder.js';
import { parseServiceSubject, serviceRequestInboxSubject, serviceRequestSubject } from './subjects.js';

/** A process's address for one service (rsvc's `RsvcEndpoint`). */
export interface RsvcEndpointAddress {
  readonly system: string;
  readonly service: string;
  readonly rank: number;
}

/** A request as an rsvc handler sees it (rsvc's `RsvcRequest`): the group comes from the subject. */
export interface RsvcIncomingRequest {
  readonly group: string;
  readonly operation: string;
  readonly body: Uint8Array;
  readonly clientId: Uint8Array;
  readonly clientTimeUs: number;
  readonly signal: AbortSignal;
}

export type RsvcRequestHandler = (req: RsvcIncomingRequest) => Promise<HandlerReply | Uint8Array | undefined>;

/**
 * libs/rsvc's `RsvcTransport` over NATS (it matches structurally; bus does not import rsvc):
 * requests on `daos.<system>.<service>.<group>.<rank>.req` through the bounded Responder and
 * `Bus.call` (deadlines, trace context, DER errors with hints), raft bytes through `RaftLink`.
 */
export interface NatsRsvcTransport {
  serve(at: RsvcEndpointAddress, handlers: ReadonlyMap<string, RsvcRequestHandler>, limits: Pick<ResponderOptions, 'handlersInFlightMax' | 'pendingRequestsMax'>): Promise<Responder>;
  call<Req, Rep>(to: RsvcEndpointAddress & { readonly group: string }, def: OperationDef<Req, Rep>, request: Req, opts: { readonly timeoutMs: number }): Promise<Rep>;
  raftLink(at: RsvcEndpointAddress): RaftLink;
}

/** The rsvc transport of a connected bus: `RsvcHost.start({ transport: natsRsvcTransport(bus), ... })`. */
export function natsRsvcTransport(bus: Bus): NatsRsvcTransport {
  return {
    serve: (at, handlers, limits) => {
      const map = new Map<string, Handler>(
        [...handlers].map(([name, handle]) => [
          name,
          (req: IncomingRequest) => {
            // The inbox wildcard matches only replica subjects; anything else is refused, not parsed on.
            const group = parseServiceSubject(req.subject)?.group;
            if (group === undefined) throw new ProtoError(`not a replica request subject: ${req.subject}`);
            return handle({ group, operation: req.operation, body: req.body, clientId: req.clientId, clientTimeUs: req.clientTimeUs, signal: req.signal });
          },
        ]),
      );
      return bus.serve(serviceRequestInboxSubject(at.system, at.service, at.rank), map, limits);
    },
    call: (to, def, request, opts) => bus.call(serviceRequestSubject(to.system, to.service, to.group, to.rank), def, request, { timeoutMs: opts.timeoutMs }),
    raftLink: (at) => new RaftLink(bus, at),
  };
}
