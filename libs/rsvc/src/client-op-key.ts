import { InvalidError } from '@daos-nats/base';
import type { ClientOp } from './service-class.js';

export const CLIENT_ID_BYTES = 16;
const TIME_BYTES = 8;

/**
 * The dedup key of a client operation: 8-byte big-endian client time (µs), then the 16-byte
 * client id. Time first, so the lexical KVS iterates oldest first and aging out is a range scan.
 */
export function clientOpKey(op: ClientOp): Uint8Array {
  if (op.clientId.length !== CLIENT_ID_BYTES) throw new InvalidError(`client id must be ${CLIENT_ID_BYTES} bytes, got ${op.clientId.length}`);
  if (!Number.isSafeInteger(op.clientTimeUs) || op.clientTimeUs <= 0) throw new InvalidError(`client time must be a positive integer of µs, got ${op.clientTimeUs}`);
  const k = new Uint8Array(TIME_BYTES + CLIENT_ID_BYTES);
  new DataView(k.buffer).setBigUint64(0, BigInt(op.clientTimeUs), false);
  k.set(op.clientId, TIME_BYTES);
  return k;
}

/** The smallest key of any operation at `timeUs`: every key below it is older. */
export function clientTimeBound(timeUs: number): Uint8Array {
  const k = new Uint8Array(TIME_BYTES);
  new DataView(k.buffer).setBigUint64(0, BigInt(Math.max(0, Math.floor(timeUs))), false);
  return k;
}

/** Printable form for logs and in-flight maps. */
export function clientOpKeyHex(key: Uint8Array): string {
  return Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('hex');
}
