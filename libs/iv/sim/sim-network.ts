import { assert, TimedOutError, UnreachableError, type Rng } from '@daos-nats/base';
import type { IvTimer, IvTransport } from '../src/iv-transport.js';
import type { IvReply, IvRequest } from '../src/messages.js';

interface Event {
  readonly atMs: number;
  readonly seq: number;
  readonly fn: () => void;
}

/**
 * A virtual clock and event queue: the only source of time and ordering in a simulation, so a
 * seed replays exactly. `run` pops events in time order and lets the promise reactions each
 * one triggers settle before the next.
 */
export class SimClock implements IvTimer {
  private now = 0;
  private seq = 0;
  private readonly events: Event[] = [];

  nowMs(): number {
    return this.now;
  }

  at(atMs: number, fn: () => void): void {
    assert(atMs >= this.now, 'events are never scheduled in the past');
    const e = { atMs, seq: this.seq++, fn };
    let i = this.events.length;
    while (i > 0 && (this.events[i - 1]!.atMs > atMs || (this.events[i - 1]!.atMs === atMs && this.events[i - 1]!.seq > e.seq))) i--;
    this.events.splice(i, 0, e);
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.at(this.now + Math.max(0, ms), resolve));
  }

  /** Run events until the clock passes `untilMs` or nothing is left. */
  async runUntil(untilMs: number): Promise<void> {
    await settle();
    while (this.events.length > 0 && this.events[0]!.atMs <= untilMs) {
      const e = this.events.shift()!;
      this.now = e.atMs;
      e.fn();
      await settle();
    }
    this.now = Math.max(this.now, untilMs);
  }

  /** Drive the simulation until `p` settles (or `limitMs` of virtual time passes, a test bug). */
  async until<T>(p: Promise<T>, limitMs = 600_000): Promise<T> {
    let done = false;
    const wrapped = p.finally(() => (done = true));
    wrapped.catch(() => undefined);
    const end = this.now + limitMs;
    await settle();
    while (!done && this.events.length > 0 && this.events[0]!.atMs <= end) {
      const e = this.events.shift()!;
      this.now = e.atMs;
      e.fn();
      await settle();
    }
    assert(done, `the awaited operation settled within ${limitMs} virtual ms`);
    return wrapped;
  }
}

/** Let every pending promise reaction run (setImmediate runs after the microtask queue drains). */
function settle(): Promise<void> {
  return new Promise((r) => setImmediate(r));
}

export interface SimNetOptions {
  readonly delayMsMin: number;
  readonly delayMsMax: number;
  /** Probability that one message (request or reply) is lost. */
  readonly lossRate: number;
}

type Handler = (req: IvRequest) => Promise<IvReply>;

/**
 * The in-memory network of a simulation: one-way delays and losses drawn from the seeded rng,
 * killed ranks that neither receive nor send, and incarnations so a killed cache's leftover
 * promises never reach the network again.
 */
export class SimNetwork {
  private readonly handlers = new Map<number, { handler: Handler; incarnation: number }>();
  private incarnations = 0;
  /** Messages delivered (requests and replies): what the benchmark counts. */
  delivered = 0;

  constructor(
    readonly clock: SimClock,
    private readonly rng: Rng,
    public options: SimNetOptions,
  ) {}

  /** Attach a rank (again, after a kill) and get its transport. */
  attach(rank: number, handler: Handler): IvTransport {
    const incarnation = ++this.incarnations;
    this.handlers.set(rank, { handler, incarnation });
    return { request: (to, _pool, req, timeoutMs) => this.request(rank, incarnation, to, req, timeoutMs) };
  }

  kill(rank: number): void {
    this.handlers.delete(rank);
  }

  isUp(rank: number): boolean {
    return this.handlers.has(rank);
  }

  private alive(rank: number, incarnation: number): boolean {
    return this.handlers.get(rank)?.incarnation === incarnation;
  }

  private delay(): number {
    const { delayMsMin: lo, delayMsMax: hi } = this.options;
    return lo + this.rng.int(hi - lo + 1);
  }

  private request(from: number, inc: number, to: number, req: IvRequest, timeoutMs: number): Promise<IvReply> {
    return new Promise<IvReply>((resolve, reject) => {
      if (!this.alive(from, inc)) return; // a dead cache's leftovers never settle, like a killed process
      let settled = false;
      this.clock.at(this.clock.nowMs() + timeoutMs, () => {
        if (settled || !this.alive(from, inc)) return;
        settled = true;
        reject(this.handlers.has(to) ? new TimedOutError(`sim: rank ${to} did not answer in ${timeoutMs} ms`) : new UnreachableError(`sim: rank ${to} is down`));
      });
      if (this.rng.chance(this.options.lossRate)) return;
      const copy = structuredClone(req);
      this.clock.at(this.clock.nowMs() + this.delay(), () => {
        const target = this.handlers.get(to);
        if (!target) return;
        this.delivered++;
        void target.handler(copy).then((reply) => {
          if (!this.alive(to, target.incarnation) || this.rng.chance(this.options.lossRate)) return;
          const back = structuredClone(reply);
          this.clock.at(this.clock.nowMs() + this.delay(), () => {
            if (settled || !this.alive(from, inc)) return;
            this.delivered++;
            settled = true;
            resolve(back);
          });
        });
      });
    });
  }
}
