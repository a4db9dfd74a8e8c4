import { assert, InvalidError } from '@daos-nats/base';
import { daos } from '@daos-nats/proto';
import type { Logger } from '@daos-nats/telemetry';
import type { Bus } from './bus.js';
import type { Inbound, InboundMessage } from './inbound.js';
import { decodeMessage, encodeMessage } from './operation.js';
import { parseServiceSubject, serviceRaftInboxSubject, serviceRaftSubject, subjectToken } from './subjects.js';

type RaftEnvelope = daos.raft.v1.RaftEnvelope.$Properties;
type RaftMessage = daos.raft.v1.Message.$Properties;
const { RaftEnvelope } = daos.raft.v1;

export interface RaftRouterOptions {
  readonly system: string;
  /** The replicated service whose groups this process hosts ("pool", "cont", ...). */
  readonly service: string;
  /** This process's rank: it receives `daos.<system>.<service>.*.<rank>.raft`. */
  readonly rank: number;
  /** Raft messages waiting to be routed; beyond this they are dropped (raft tolerates loss). */
  readonly queueItemsMax?: number;
}

export const raftRouterDefaults = { queueItemsMax: 4096 } as const;

/** A raft message as received, after its envelope was checked. */
export interface RaftDelivery {
  readonly group: string;
  readonly from: number;
  readonly to: number;
  readonly message: RaftMessage;
}

export interface RaftRouterStats {
  sent: number;
  delivered: number;
  /** Envelopes that did not decode or did not match their subject: dropped and logged. */
  malformed: number;
  /** Well-formed messages for a group this process does not host (yet, or any more). */
  unknownGroup: number;
}

/**
 * Multi-raft over NATS for one process: one wildcard subscription receives the raft traffic of
 * every group of `service` hosted on `rank`, and routes each message to its group's handler. Raft
 * messages travel as `daos.raft.v1.RaftEnvelope` in one-way publishes, untraced (heartbeats are
 * too frequent for a span each). Delivery is best-effort: no acks, no retries, drops counted.
 * The raft-types mapping of `message` is the caller's (rdb).
 */
export class RaftRouter {
  readonly stats: RaftRouterStats = { sent: 0, delivered: 0, malformed: 0, unknownGroup: 0 };
  private readonly groups = new Map<string, (d: RaftDelivery) => void>();
  private inbound: Inbound | undefined;

  private constructor(
    private readonly bus: Bus,
    readonly opts: RaftRouterOptions,
    private readonly log: Logger,
  ) {}

  static async open(bus: Bus, opts: RaftRouterOptions): Promise<RaftRouter> {
    const r = new RaftRouter(bus, opts, bus.log.child({ raftRouter: `${opts.service}@${opts.rank}` }));
    r.inbound = await bus.subscribe(serviceRaftInboxSubject(opts.system, opts.service, opts.rank), (m) => r.route(m), {
      queueItemsMax: opts.queueItemsMax ?? raftRouterDefaults.queueItemsMax,
      trace: false,
    });
    return r;
  }

  /** Messages dropped because the inbound queue was full. */
  get dropped(): number {
    return this.inbound?.stats.dropped ?? 0;
  }

  /** Receive the messages of `group` (one handler per group; join again to replace it). */
  join(group: string, handler: (d: RaftDelivery) => void): void {
    subjectToken(group, 'group');
    this.groups.set(group, handler);
  }

  leave(group: string): void {
    this.groups.delete(group);
  }

  /**
   * Publish `message` to replica `to` of `group`, hosted on `toRank`. Returns without waiting;
   * the message may be lost. A message the wire cannot carry is an InvalidError (our bug).
   */
  send(group: string, toRank: number, message: RaftMessage): void {
    const from = message.from ?? 0;
    const to = message.to ?? 0;
    if (from === 0 || to === 0) throw new InvalidError(`raft message must name from and to (got ${from} -> ${to})`);
    const bytes = encodeMessage(RaftEnvelope, { group, from, to, message }, 'raft envelope');
    this.bus.publish(serviceRaftSubject(this.opts.system, this.opts.service, group, toRank), bytes, { trace: false });
    this.stats.sent++;
  }

  private route(m: InboundMessage): void {
    let env: RaftEnvelope;
    try {
      env = decodeMessage(RaftEnvelope, m.data, 'raft envelope');
      const s = parseServiceSubject(m.subject);
      assert(s !== undefined, `the inbox only matches replica subjects, got ${m.subject}`);
      const msg = env.message;
      if (!msg) throw new InvalidError('raft envelope carries no message');
      if (env.group !== s.group) throw new InvalidError(`raft envelope for group ${JSON.stringify(env.group)} arrived on ${m.subject}`);
      if (env.from !== (msg.from ?? 0) || env.to !== (msg.to ?? 0)) {
        throw new InvalidError(`raft envelope addressed ${env.from} -> ${env.to} carries a message ${msg.from} -> ${msg.to}`);
      }
      if (!env.to) throw new InvalidError('raft envelope has no recipient');
    } catch (err) {
      this.stats.malformed++;
      this.log.warn({ err, subject: m.subject, bytes: m.data.length }, 'malformed raft envelope dropped');
      return;
    }
    const handler = this.groups.get(env.group!);
    if (!handler) {
      this.stats.unknownGroup++;
      return;
    }
    this.stats.delivered++;
    handler({ group: env.group!, from: env.from!, to: env.to!, message: env.message! });
  }

  /** Stop receiving; messages already queued are still routed first. */
  async close(): Promise<void> {
    await this.inbound?.drain();
    this.groups.clear();
  }
}
