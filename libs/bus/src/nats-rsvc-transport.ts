import { NoPermError, ProtoError } from '@daos-nats/base';
import { isInternalOperation, type OperationDef } from '@daos-nats/api';
import type { Bus } from './bus.js';
import { RaftLink } from './raft-link.js';
import type { Handler, HandlerReply, IncomingRequest, Responder, ResponderOptions } from './responder.js';
import { parseServiceSubject, serviceInternalInboxSubject, serviceOperationSubject, serviceRequestInboxSubject } from './subjects.js';

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

/** The two responders of one endpoint: client operations on `.req`, internal ones on `.internal`. */
export interface RsvcResponders {
  readonly request: Responder;
  readonly internal: Responder;
  /** Drain both; false if handlers were still running at the deadline. */
  drain(): Promise<boolean>;
}

type ServeLimits = Pick<ResponderOptions, 'handlersInFlightMax' | 'pendingRequestsMax' | 'authorize'>;

/**
 * libs/rsvc's `RsvcTransport` over NATS (it matches structurally; bus does not import rsvc):
 * requests on `daos.<system>.<service>.<group>.<rank>.req` and, for libs/api
 * `INTERNAL_OPERATIONS`, on `....internal` (a subject clients may not publish to; an internal
 * operation arriving on `.req` is refused DER_NO_PERM), through bounded Responders and
 * `Bus.call` (deadlines, trace context, DER errors with hints), raft bytes through `RaftLink`.
 * `limits.authorize` (the host's gate) runs in the Responder before any handler, with the
 * request's `Daos-Credential` header as `credential`.
 */
export interface NatsRsvcTransport {
  serve(at: RsvcEndpointAddress, handlers: ReadonlyMap<string, RsvcRequestHandler>, limits: ServeLimits): Promise<RsvcResponders>;
  call<Req, Rep>(to: RsvcEndpointAddress & { readonly group: string }, def: OperationDef<Req, Rep>, request: Req, opts: { readonly timeoutMs: number }): Promise<Rep>;
  raftLink(at: RsvcEndpointAddress): RaftLink;
}

/** The rsvc transport of a connected bus: `RsvcHost.start({ transport: natsRsvcTransport(bus), ... })`. */
export function natsRsvcTransport(bus: Bus): NatsRsvcTransport {
  return {
    serve: async (at, handlers, limits) => {
      const request = new Map<string, Handler>();
      const internal = new Map<string, Handler>();
      for (const [name, handle] of handlers) {
        if (!isInternalOperation(name)) {
          request.set(name, toBusHandler(handle));
          continue;
        }
        internal.set(name, toBusHandler(handle));
        // Refused before any handler runs: the operation exists, but not on a client subject.
        request.set(name, (req) => {
          throw new NoPermError(`${name} is internal to the services: it is served on ${req.subject.replace(/\.req$/, '.internal')} only, which clients may not publish to`);
        });
      }
      const r = await bus.serve(serviceRequestInboxSubject(at.system, at.service, at.rank), request, limits);
      const i = await bus.serve(serviceInternalInboxSubject(at.system, at.service, at.rank), internal, limits);
      return { request: r, internal: i, drain: async () => (await Promise.all([r.drain(), i.drain()])).every(Boolean) };
    },
    call: (to, def, request, opts) => bus.call(serviceOperationSubject(to.system, to.service, to.group, to.rank, def.name), def, request, { timeoutMs: opts.timeoutMs }),
    raftLink: (at) => new RaftLink(bus, at),
  };
}

function toBusHandler(handle: RsvcRequestHandler): Handler {
  return (req: IncomingRequest) => {
    // The inbox wildcards match only replica subjects; anything else is refused, not parsed on.
    const group = parseServiceSubject(req.subject)?.group;
    if (group === undefined) throw new ProtoError(`not a replica request subject: ${req.subject}`);
    return handle({ group, operation: req.operation, body: req.body, clientId: req.clientId, clientTimeUs: req.clientTimeUs, signal: req.signal });
  };
}
