import type { TextMapGetter, TextMapSetter } from '@opentelemetry/api';
import type { MsgHdrs } from '@nats-io/transport-node';

// NATS has no OpenTelemetry instrumentation; W3C trace context rides in message headers
// (`traceparent`, `tracestate`, `baggage`) through these adapters.

export const natsHeaderSetter: TextMapSetter<MsgHdrs> = {
  set: (carrier, key, value) => carrier.set(key, value),
};

export const natsHeaderGetter: TextMapGetter<MsgHdrs | undefined> = {
  keys: (carrier) => (carrier ? carrier.keys() : []),
  get: (carrier, key) => (carrier && carrier.has(key) ? carrier.get(key) : undefined),
};
