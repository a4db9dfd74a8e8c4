import type { IvReply, IvRequest } from './messages.js';

/**
 * How one cache reaches another (hashicorp/raft style: a small interface, an in-memory version
 * for simulation beside the NATS one in apps/iv-cache). `request` resolves with the peer's
 * reply, or rejects with a DaosError when no reply came before `timeoutMs` (TimedOutError) or
 * the peer is unreachable (UnreachableError); either makes the caller re-parent.
 */
export interface IvTransport {
  request(to: number, pool: string, req: IvRequest, timeoutMs: number): Promise<IvReply>;
}

/** Time for the core: now, and a wait. Injected so the simulator runs on a virtual clock. */
export interface IvTimer {
  nowMs(): number;
  sleep(ms: number): Promise<void>;
}
