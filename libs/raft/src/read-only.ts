import { assert } from '@daos-nats/base';
import type { NodeId } from './types.js';

/** One ReadIndex request waiting for a heartbeat round to confirm the leader. */
export interface ReadIndexRequest {
  readonly index: number;
  readonly context: Uint8Array;
  readonly acks: Set<NodeId>;
}

/** Context bytes as a map key (hex). */
export function contextKey(ctx: Uint8Array): string {
  let s = '';
  for (const b of ctx) s += (b < 16 ? '0' : '') + b.toString(16);
  return s;
}

/**
 * ReadIndex bookkeeping on the leader (Safe mode): requests in arrival order, each with the commit
 * index at arrival and the set of followers that answered a heartbeat carrying its context. Once a
 * quorum acked a request, it and every earlier request are confirmed (a later heartbeat round
 * confirms leadership for everything queued before it).
 */
export class ReadOnly {
  private queue: ReadIndexRequest[] = [];
  private byKey = new Map<string, ReadIndexRequest>();

  get size(): number {
    return this.queue.length;
  }

  add(index: number, context: Uint8Array, self: NodeId): void {
    const key = contextKey(context);
    if (this.byKey.has(key)) return; // the same read asked twice: one answer serves both
    const r: ReadIndexRequest = { index, context, acks: new Set([self]) };
    this.queue.push(r);
    this.byKey.set(key, r);
  }

  /** Record that `from` answered a heartbeat carrying `context`; returns the acks so far. */
  recvAck(from: NodeId, context: Uint8Array): ReadonlySet<NodeId> | undefined {
    const r = this.byKey.get(contextKey(context));
    if (!r) return undefined;
    r.acks.add(from);
    return r.acks;
  }

  /** Remove and return every request up to and including the one with `context`. */
  advance(context: Uint8Array): ReadIndexRequest[] {
    const key = contextKey(context);
    const at = this.queue.findIndex((r) => contextKey(r.context) === key);
    assert(at >= 0, 'readOnly.advance of an unknown context');
    const done = this.queue.splice(0, at + 1);
    for (const r of done) this.byKey.delete(contextKey(r.context));
    return done;
  }

  /** The context of the newest request, sent with heartbeats. */
  lastPendingContext(): Uint8Array | undefined {
    return this.queue.length > 0 ? this.queue[this.queue.length - 1]!.context : undefined;
  }

  reset(): void {
    this.queue = [];
    this.byKey.clear();
  }
}
