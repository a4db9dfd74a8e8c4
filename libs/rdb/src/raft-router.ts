import { assert } from '@daos-nats/base';
import type { Message, NodeId } from '@daos-nats/raft';
import { decodeRaftEnvelope, encodeRaftEnvelope } from './raft-wire.js';
import type { RaftTransport } from './raft-transport.js';
import { unpackReplicaId, type ReplicaId } from './replica-id.js';

/**
 * The byte-level link a process has to its peers (libs/bus in production: publish to
 * `daos.<system>.<service>.<group>.<rank>.raft`, one inbox subscription per process whose
 * messages go to RaftRouter.deliver).
 */
export interface RaftByteLink {
  /** Send without waiting; false when `to`'s process is known to be unreachable now. */
  publish(group: string, to: ReplicaId, bytes: Uint8Array): boolean;
  /** Write what was published so far to the wire now (see RaftTransport.flush); optional. */
  flush?(): void;
  /** Call `listener` each time the link reaches the peers again after losing them; optional. */
  onRestored?(listener: () => void): void;
}

export interface RaftRouterStats {
  delivered: number;
  /** Envelopes that did not decode (logged through onMalformed). */
  malformed: number;
  /** Well-formed envelopes for a group or replica this process does not host. */
  unroutable: number;
}

/**
 * Multi-raft over one link: every replica hosted by this process gets a RaftTransport that
 * encodes its messages as RaftEnvelopes (protobuf, group included), and everything arriving on
 * the process's inbox is decoded and handed to the replica it names. Bad bytes are dropped and
 * counted, never thrown at the link: to raft they are just a lost message.
 */
export class RaftRouter {
  private readonly handlers = new Map<string, (m: Message) => void>();
  private readonly restoredHandlers = new Map<string, () => void>();
  readonly stats: RaftRouterStats = { delivered: 0, malformed: 0, unroutable: 0 };

  constructor(
    private readonly link: RaftByteLink,
    private readonly onMalformed: (e: unknown) => void = () => undefined,
  ) {
    link.onRestored?.(() => {
      for (const h of [...this.restoredHandlers.values()]) h();
    });
  }

  /** The transport of replica `self` of `group`. */
  transport(group: string, self: NodeId): RaftTransport {
    const key = route(group, self);
    let closed = false;
    return {
      send: (to, msg) => {
        assert(msg.from === self, `replica ${self} of ${group} sends only its own messages (got from ${msg.from})`);
        if (closed) return false;
        return this.link.publish(group, unpackReplicaId(to), encodeRaftEnvelope(group, msg));
      },
      flush: () => {
        if (!closed) this.link.flush?.();
      },
      onReceive: (handler) => {
        assert(!closed, `transport of ${key} is closed`);
        this.handlers.set(key, handler);
      },
      onRestored: (handler) => {
        assert(!closed, `transport of ${key} is closed`);
        this.restoredHandlers.set(key, handler);
      },
      close: () => {
        closed = true;
        this.handlers.delete(key);
        this.restoredHandlers.delete(key);
      },
    };
  }

  /** Bytes from the inbox: decode, route, deliver. */
  deliver(bytes: Uint8Array): void {
    let env;
    try {
      env = decodeRaftEnvelope(bytes);
    } catch (e) {
      this.stats.malformed++;
      this.onMalformed(e);
      return;
    }
    const h = this.handlers.get(route(env.group, env.message.to));
    if (!h) {
      this.stats.unroutable++;
      return;
    }
    this.stats.delivered++;
    h(env.message);
  }
}

function route(group: string, id: NodeId): string {
  return `${group}\u0000${id}`;
}
