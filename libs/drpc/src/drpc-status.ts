import { DaosError, DER } from '@daos-nats/base';
import { daos } from '@daos-nats/proto';

export const DrpcStatus = daos.drpc.v1.Status;
export type DrpcStatus = daos.drpc.v1.Status;

/** The name of a dRPC status ("UNKNOWN_METHOD"), or `STATUS(<n>)` for one DAOS does not define. */
export function drpcStatusName(s: number): string {
  return (daos.drpc.v1.Status as unknown as Record<number, string>)[s] ?? `STATUS(${s})`;
}

/**
 * A dRPC call that did not succeed at the dRPC layer: thrown by a handler to choose the status
 * it is answered with (e.g. FAILED_UNMARSHAL_PAYLOAD), and by DrpcClient.callOk on a non-SUCCESS
 * response. DER_PROTO: the two ends disagree about the protocol.
 */
export class DrpcStatusError extends DaosError {
  constructor(
    readonly status: DrpcStatus,
    message?: string,
    options?: { cause?: unknown },
  ) {
    super(DER.PROTO, `dRPC ${drpcStatusName(status)}${message ? `: ${message}` : ''}`, options);
    this.name = 'DrpcStatusError';
  }
}

/** Decodes a method body, mapping malformed bytes to FAILED_UNMARSHAL_PAYLOAD as DAOS does. */
export function decodePayload<T>(type: { decode(b: Uint8Array): T }, body: Uint8Array): T {
  try {
    return type.decode(body);
  } catch (err) {
    throw new DrpcStatusError(DrpcStatus.FAILED_UNMARSHAL_PAYLOAD, (err as Error).message, { cause: err });
  }
}
