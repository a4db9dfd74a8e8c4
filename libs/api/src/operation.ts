import { InvalidError, ProtoError } from '@daos-nats/base';

/** What protobufjs generates for a message type (`daos.v1.Status` etc.), as far as a contract needs it. */
export interface MessageCodec<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

/**
 * One operation of a service: its name on the wire (`RequestMeta.operation`) and its request and
 * reply message types. Client (`Bus.call`, `ServiceCaller`) and server (`typedHandler`, rsvc's
 * `operation`) share the same definition, so they cannot disagree on the types.
 */
export interface OperationDef<Req, Rep> {
  readonly name: string;
  readonly request: MessageCodec<Req>;
  readonly reply: MessageCodec<Rep>;
}

export function defineOperation<Req, Rep>(name: string, request: MessageCodec<Req>, reply: MessageCodec<Rep>): OperationDef<Req, Rep> {
  if (!/^[A-Za-z][A-Za-z0-9_.-]*$/.test(name)) throw new InvalidError(`operation name ${JSON.stringify(name)} must start with a letter and use [A-Za-z0-9_.-]`);
  return { name, request, reply };
}

/** Encode our own outgoing message; a value the wire cannot carry is the caller's bug: DER_INVAL. */
export function encodeMessage<T>(codec: MessageCodec<T>, message: T, what: string): Uint8Array {
  try {
    return codec.encode(message).finish();
  } catch (e) {
    throw new InvalidError(`cannot encode ${what}: ${(e as Error).message}`, { cause: e });
  }
}

/** Decode a received message; bytes that do not decode are the sender's fault: DER_PROTO. */
export function decodeMessage<T>(codec: MessageCodec<T>, bytes: Uint8Array, what: string): T {
  try {
    return codec.decode(bytes);
  } catch (e) {
    throw new ProtoError(`malformed ${what} (${bytes.length} bytes): ${(e as Error).message}`, { cause: e });
  }
}
