import { assert } from '@daos-nats/base';
import type { Term } from '@daos-nats/raft';

export type LeadershipEvent = { readonly kind: 'step-up'; readonly term: Term } | { readonly kind: 'step-down'; readonly term: Term };
export type LeadershipListener = (e: LeadershipEvent) => void | Promise<void>;

/**
 * Delivers step-up/step-down events to one listener strictly in order, one at a time (an async
 * listener is awaited before the next event). A step-up still waiting in the queue when the
 * step-down of the same term arrives cancels out with it (DAOS rdb_callbackd), which bounds the
 * queue to two events: the step-down of one term and the step-up of a later one.
 */
export class LeadershipEvents {
  private readonly queue: LeadershipEvent[] = [];
  private running = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly listener: LeadershipListener,
    private readonly onListenerError: (e: unknown, ev: LeadershipEvent) => void,
  ) {}

  push(ev: LeadershipEvent): void {
    const last = this.queue[this.queue.length - 1];
    if (ev.kind === 'step-down' && last?.kind === 'step-up' && last.term === ev.term) this.queue.pop();
    else this.queue.push(ev);
    assert(this.queue.length <= 2, `leadership event queue holds at most 2 events, has ${this.queue.length}`);
    if (!this.running) void this.run();
  }

  /** Resolves once every event pushed so far was delivered. */
  idle(): Promise<void> {
    if (!this.running && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      for (let ev = this.queue.shift(); ev; ev = this.queue.shift()) {
        try {
          await this.listener(ev);
        } catch (e) {
          this.onListenerError(e, ev);
        }
      }
    } finally {
      this.running = false;
      const w = this.idleWaiters;
      this.idleWaiters = [];
      for (const f of w) f();
    }
  }
}
