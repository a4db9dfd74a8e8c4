import { InvalidError, ProtoError } from '@daos-nats/base';
import type { MessageCodec } from '@daos-nats/api';

// The contracts themselves (`defineOperation`, `OperationDef`) live in @daos-nats/api; the bus only
// encodes and decodes them, with the DER code that says whose fault a bad message is.
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
