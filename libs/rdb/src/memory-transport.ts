import { assert, SeededRng, type Rng } from '@daos-nats/base';
import type { Message, NodeId } from '@daos-nats/raft';
import type { RaftTransport } from './raft-transport.js';

/**
 * An in-process network for tests: every message is delivered on a later macrotask (never
 * re-entrantly), and can be dropped at random, or cut by isolating a node.
 */
export class MemoryNetwork {
  private readonly handlers = new Map<NodeId, (m: Message) => void>();
  private readonly restoredHandlers = new Map<NodeId, () => void>();
  private readonly isolated = new Set<NodeId>();
  private readonly rng: Rng;
  /** Probability of losing any one message. */
  dropRate = 0;
  sentMessages = 0;
  droppedMessages = 0;

  constructor(seed = 1) {
    this.rng = new SeededRng(seed);
  }

  transport(id: NodeId): RaftTransport {
    const net = this;
    let closed = false;
    return {
      send(to: NodeId, msg: Message): boolean {
        assert(msg.from === id, `node ${id} sends only its own messages (got from ${msg.from})`);
        if (closed) return false;
        return net.deliver(to, msg);
      },
      onReceive(handler) {
        net.handlers.set(id, handler);
      },
      onRestored(handler) {
        net.restoredHandlers.set(id, handler);
      },
      close() {
        closed = true;
        net.handlers.delete(id);
        net.restoredHandlers.delete(id);
      },
    };
  }

  /** Cut `id` off: nothing it sends or is sent arrives until heal(). */
  isolate(id: NodeId): void {
    this.isolated.add(id);
  }

  heal(id?: NodeId): void {
    if (id === undefined) this.isolated.clear();
    else this.isolated.delete(id);
  }

  /** heal(), and tell the healed replicas their transport is back, as a NATS reconnect does. */
  restore(id?: NodeId): void {
    const healed = id === undefined ? [...this.handlers.keys()] : [id];
    this.heal(id);
    for (const h of healed) this.restoredHandlers.get(h)?.();
  }

  private deliver(to: NodeId, msg: Message): boolean {
    this.sentMessages++;
    if (!this.handlers.has(to)) {
      this.droppedMessages++;
      return false;
    }
    if (this.isolated.has(to) || this.isolated.has(msg.from) || (this.dropRate > 0 && this.rng.chance(this.dropRate))) {
      this.droppedMessages++;
      return true;
    }
    setImmediate(() => {
      if (this.isolated.has(to) || this.isolated.has(msg.from)) return;
      this.handlers.get(to)?.(msg);
    });
    return true;
  }
}
