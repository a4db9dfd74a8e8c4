import { propagation, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import type { Msg, NatsConnection, Subscription } from '@nats-io/transport-node';
import { AssertionError, BoundedQueue } from '@daos-nats/base';
import { messagingSpan, recordFailure, TRACER_NAME, type Logger } from '@daos-nats/telemetry';
import { subjectTemplate } from './subjects.js';
import { natsHeaderGetter } from './trace-headers.js';

/** A one-way message as a subscriber sees it. */
export interface InboundMessage {
  /** The concrete subject (useful with wildcard subscriptions). */
  readonly subject: string;
  readonly data: Uint8Array;
}

export type InboundHandler = (msg: InboundMessage) => void | Promise<void>;

export interface InboundOptions {
  /** NATS queue group, if the subscribers share the messages. */
  readonly queue?: string;
  /** Messages waiting for the handler; when full, new ones are dropped and counted. */
  readonly queueItemsMax?: number;
  /** Bytes of messages waiting for the handler; a message that would pass it is dropped and counted. */
  readonly queueBytesMax?: number;
  /** One CONSUMER span per message (default true; off for chatty traffic such as raft heartbeats). */
  readonly trace?: boolean;
  /**
   * Messages handled per event-loop turn: after this many the pump yields (setImmediate), so a
   * backlog (a resumed peer's hundreds of raft messages) cannot hold the loop, and timers,
   * replies and the work the messages scheduled run in between.
   */
  readonly turnItemsMax?: number;
}

export const inboundDefaults = { queueItemsMax: 1024, queueBytesMax: 64 * 1024 * 1024, turnItemsMax: 64 } as const;

export interface InboundStats {
  received: number;
  /** Dropped because the queue was full: the sender's protocol must tolerate loss (raft does). */
  dropped: number;
  processed: number;
  /** Handler threw (logged; the message is gone). */
  failed: number;
  /** Times the pump gave the event loop a turn in the middle of a backlog. */
  yields: number;
}

interface Item {
  readonly msg: Msg;
}

/**
 * A one-way subscription with a bounded queue in front of a sequential handler. Messages are
 * handled one at a time, in arrival order; a full queue drops the newest and counts it, so a slow
 * handler costs messages, never memory.
 */
export class Inbound {
  readonly stats: InboundStats = { received: 0, dropped: 0, processed: 0, failed: 0, yields: 0 };
  private readonly sub: Subscription;
  private readonly queue: BoundedQueue<Item>;
  private readonly queueBytesMax: number;
  private queuedBytes = 0;
  private pumping = false;
  private idle: Promise<void> = Promise.resolve();
  private subDrained: Promise<void> | undefined;

  constructor(
    nc: NatsConnection,
    readonly subject: string,
    private readonly handler: InboundHandler,
    private readonly opts: InboundOptions,
    private readonly log: Logger,
  ) {
    this.queue = new BoundedQueue(opts.queueItemsMax ?? inboundDefaults.queueItemsMax);
    this.queueBytesMax = opts.queueBytesMax ?? inboundDefaults.queueBytesMax;
    this.sub = nc.subscribe(subject, {
      ...(opts.queue ? { queue: opts.queue } : {}),
      callback: (err, msg) => {
        if (err) {
          this.log.error({ err, subject }, 'subscription error');
          return;
        }
        this.stats.received++;
        const bytes = msg.data.byteLength;
        if (this.queuedBytes + bytes > this.queueBytesMax || !this.queue.offer({ msg })) {
          this.stats.dropped++;
          // Log the first drop and then every 1000th, not each one: drops come in floods.
          if (this.stats.dropped % 1000 === 1)
            this.log.warn({ subject, dropped: this.stats.dropped, queueItemsMax: this.queue.capacityItems, queueBytesMax: this.queueBytesMax }, 'inbound queue full; dropping');
          return;
        }
        this.queuedBytes += bytes;
        if (!this.pumping) this.idle = this.pump();
      },
    });
  }

  private async pump(): Promise<void> {
    this.pumping = true;
    try {
      const turnItemsMax = this.opts.turnItemsMax ?? inboundDefaults.turnItemsMax;
      let inTurn = 0;
      for (let item = this.queue.shift(); item; item = this.queue.shift()) {
        this.queuedBytes -= item.msg.data.byteLength;
        await this.deliver(item.msg);
        if (++inTurn >= turnItemsMax) {
          inTurn = 0;
          this.stats.yields++;
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      }
    } finally {
      this.pumping = false;
    }
  }

  private async deliver(msg: Msg): Promise<void> {
    const run = async (): Promise<void> => {
      try {
        await this.handler({ subject: msg.subject, data: msg.data });
        this.stats.processed++;
      } catch (err) {
        this.stats.failed++;
        this.log.error({ err, subject: msg.subject }, 'inbound handler failed; message dropped');
        if (err instanceof AssertionError) {
          queueMicrotask(() => {
            throw err;
          });
        }
        throw err;
      }
    };
    if (this.opts.trace === false) {
      await run().catch(() => undefined);
      return;
    }
    const parent = propagation.extract(ROOT_CONTEXT, msg.headers, natsHeaderGetter);
    const s = messagingSpan({
      role: 'consumer',
      destination: msg.subject,
      destinationTemplate: subjectTemplate(msg.subject),
      bodySizeBytes: msg.data.length,
      ...(this.opts.queue ? { consumerGroup: this.opts.queue } : {}),
    });
    await trace.getTracer(TRACER_NAME).startActiveSpan(s.name, { kind: s.kind, attributes: s.attributes }, parent, async (span) => {
      try {
        await run();
      } catch (err) {
        recordFailure(span, err);
      } finally {
        span.end();
      }
    });
  }

  /** Messages waiting for the handler. */
  get queued(): number {
    return this.queue.length;
  }

  /** Bytes of the messages waiting for the handler. */
  get queuedBytesNow(): number {
    return this.queuedBytes;
  }

  /** Unsubscribe after the messages already received are handled. */
  async drain(): Promise<void> {
    this.subDrained ??= this.sub.isClosed() ? Promise.resolve() : this.sub.drain();
    await this.subDrained;
    await this.idle;
  }
}
