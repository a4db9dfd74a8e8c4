export { connectBus, Bus, busDefaults, type BusOptions, type BusStats, type RequestOptions, type PublishOptions } from './bus.js';
export { Responder, typedHandler, responderDefaults, type Handler, type HandlerReply, type IncomingRequest, type ResponderOptions, type ResponderStats } from './responder.js';
export { Inbound, inboundDefaults, type InboundHandler, type InboundMessage, type InboundOptions, type InboundStats } from './inbound.js';
// Re-exported from @daos-nats/api (where contracts live) so that callers of `Bus.call` need one import.
export { defineOperation, type MessageCodec, type OperationDef } from '@daos-nats/api';
export { NoResponderError, fromNatsRequestError } from './errors.js';
export {
  CLIENT_ID_BYTES,
  decodeRequest,
  encodeRequest,
  decodeReply,
  encodeSuccess,
  encodeFailure,
  encodeError,
  hintOf,
  withHint,
  type RequestEnvelope,
  type ReplyContent,
} from './envelope.js';
export * from './subjects.js';
export { natsHeaderGetter, natsHeaderSetter } from './trace-headers.js';
export { RaftLink, raftLinkDefaults, type RaftLinkOptions, type RaftLinkStats, type RaftLinkAddress } from './raft-link.js';
export { natsRsvcTransport, type NatsRsvcTransport, type RsvcEndpointAddress, type RsvcIncomingRequest, type RsvcRequestHandler } from './nats-rsvc-transport.js';
