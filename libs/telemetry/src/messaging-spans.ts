import { SpanKind, SpanStatusCode, type Attributes, type Span } from '@opentelemetry/api';
import { ATTR_ERROR_TYPE, ATTR_SERVER_ADDRESS, ATTR_SERVER_PORT } from '@opentelemetry/semantic-conventions';

// Messaging attribute names (semconv 1.45, "development" status). Spelled out here instead of
// imported from the incubating entry point, as the OpenTelemetry docs advise for unstable names.
export const ATTR_MESSAGING_SYSTEM = 'messaging.system';
export const ATTR_MESSAGING_SYSTEM_NAME = 'messaging.system.name';
export const ATTR_MESSAGING_DESTINATION_NAME = 'messaging.destination.name';
export const ATTR_MESSAGING_DESTINATION_TEMPLATE = 'messaging.destination.template';
export const ATTR_MESSAGING_OPERATION_TYPE = 'messaging.operation.type';
export const ATTR_MESSAGING_OPERATION_NAME = 'messaging.operation.name';
export const ATTR_MESSAGING_CONSUMER_GROUP_NAME = 'messaging.consumer.group.name';
export const ATTR_MESSAGING_MESSAGE_BODY_SIZE = 'messaging.message.body.size';
export const ATTR_MESSAGING_CLIENT_ID = 'messaging.client.id';
/** No semconv constant exists for NATS; the value is the lowercase system name. */
export const MESSAGING_SYSTEM_NATS = 'nats';

export { ATTR_ERROR_TYPE, ATTR_SERVER_ADDRESS, ATTR_SERVER_PORT };

/** The four messaging span shapes: request/reply is CLIENT/SERVER, one-way is PRODUCER/CONSUMER. */
export type MessagingRole = 'client' | 'server' | 'producer' | 'consumer';

const KIND: Record<MessagingRole, SpanKind> = {
  client: SpanKind.CLIENT,
  server: SpanKind.SERVER,
  producer: SpanKind.PRODUCER,
  consumer: SpanKind.CONSUMER,
};
const OPERATION_TYPE: Record<MessagingRole, string> = {
  client: 'send',
  server: 'process',
  producer: 'send',
  consumer: 'process',
};

export interface MessagingSpanInput {
  readonly role: MessagingRole;
  /** The concrete subject. */
  readonly destination: string;
  /**
   * The subject with its variable tokens named (`daos.{system}.pool.{group}.{rank}.req`). Used as
   * the span name when given, so span names stay low-cardinality.
   */
  readonly destinationTemplate?: string;
  /** The operation name carried in the request (e.g. "pool.create"). */
  readonly operationName?: string;
  /** The NATS queue group of a responder. */
  readonly consumerGroup?: string;
  readonly bodySizeBytes?: number;
  readonly serverAddress?: string;
  readonly serverPort?: number;
}

/** Span name and start options following the messaging conventions: `{send|process} {destination}`. */
export function messagingSpan(input: MessagingSpanInput): { name: string; kind: SpanKind; attributes: Attributes } {
  const opType = OPERATION_TYPE[input.role];
  const attributes: Attributes = {
    [ATTR_MESSAGING_SYSTEM]: MESSAGING_SYSTEM_NATS,
    [ATTR_MESSAGING_SYSTEM_NAME]: MESSAGING_SYSTEM_NATS,
    [ATTR_MESSAGING_DESTINATION_NAME]: input.destination,
    [ATTR_MESSAGING_OPERATION_TYPE]: opType,
    [ATTR_MESSAGING_OPERATION_NAME]: input.operationName ?? opType,
  };
  if (input.destinationTemplate) attributes[ATTR_MESSAGING_DESTINATION_TEMPLATE] = input.destinationTemplate;
  if (input.consumerGroup) attributes[ATTR_MESSAGING_CONSUMER_GROUP_NAME] = input.consumerGroup;
  if (input.bodySizeBytes !== undefined) attributes[ATTR_MESSAGING_MESSAGE_BODY_SIZE] = input.bodySizeBytes;
  if (input.serverAddress) attributes[ATTR_SERVER_ADDRESS] = input.serverAddress;
  if (input.serverPort !== undefined) attributes[ATTR_SERVER_PORT] = input.serverPort;
  return { name: `${opType} ${input.destinationTemplate ?? input.destination}`, kind: KIND[input.role], attributes };
}

/**
 * Mark a span failed: status ERROR, `error.type` (e.g. "DER_NOTLEADER", else the error's class
 * name) and the exception event with its stack.
 */
export function recordFailure(span: Span, err: unknown, errorType?: string): void {
  const e = err instanceof Error ? err : new Error(String(err));
  span.recordException(e);
  span.setAttribute(ATTR_ERROR_TYPE, errorType ?? e.name ?? 'Error');
  span.setStatus({ code: SpanStatusCode.ERROR, message: e.message });
}
