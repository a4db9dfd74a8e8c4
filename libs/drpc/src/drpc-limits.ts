/**
 * Every limit of a dRPC endpoint, named with its unit last. DAOS sends a message in chunks of at
 * most UNIXCOMM_MAXMSGSIZE (128 KiB) including the chunk header; we keep that size.
 */
export interface DrpcLimits {
  /** Largest whole message (a Call or a Response, encoded) either side accepts or sends. */
  readonly drpcMessageBytesMax: number;
  /** Largest chunk on the socket, header included. */
  readonly chunkBytes: number;
  /** Longest a message may stay half-received before the connection is closed. */
  readonly partialMessageTimeoutMs: number;
  /** Deadline of one handler on the server; past it the call is answered FAILURE. */
  readonly handlerTimeoutMs: number;
  /** Whole messages a server connection may hold unanswered (received while one is handled). */
  readonly pendingCallsMax: number;
  /** Bytes of those pending messages. */
  readonly pendingBytesMax: number;
  /** Client connections a server accepts at once; more are refused (closed) with a log line. */
  readonly connectionsMax: number;
}

export const DEFAULT_DRPC_LIMITS: DrpcLimits = {
  drpcMessageBytesMax: 8 * 1024 * 1024,
  chunkBytes: 128 * 1024,
  partialMessageTimeoutMs: 5_000,
  handlerTimeoutMs: 30_000,
  pendingCallsMax: 16,
  pendingBytesMax: 16 * 1024 * 1024,
  connectionsMax: 64,
};

export function drpcLimits(over: Partial<DrpcLimits> = {}): DrpcLimits {
  const l = { ...DEFAULT_DRPC_LIMITS, ...over };
  for (const [k, v] of Object.entries(l)) {
    if (!Number.isSafeInteger(v) || v <= 0) throw new RangeError(`dRPC limit ${k} must be a positive integer, got ${v}`);
  }
  if (l.chunkBytes <= 24) throw new RangeError(`dRPC limit chunkBytes must exceed the 24-byte chunk header`);
  return l;
}
