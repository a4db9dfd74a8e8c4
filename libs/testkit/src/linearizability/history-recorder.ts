import { assert } from '@daos-nats/base';
import type { Operation, Outcome } from './operation.js';

export interface HistoryRecorderOptions {
  /** Milliseconds on a monotonic clock; default `performance.now()`. */
  readonly nowMs?: () => number;
  /** Operations recorded at most; one more is a broken invariant of the caller. */
  readonly opsMax?: number;
}

/** What the caller learned about an operation: its output, a definite failure, or nothing sure. */
export type Classified<O> = { readonly outcome: 'ok'; readonly output: O } | { readonly outcome: 'fail' | 'indeterminate' };

interface Open<I> {
  readonly id: number;
  readonly client: number;
  readonly input: I;
  readonly invokeMs: number;
}

/**
 * Records a concurrent history: `invoke` stamps the start, `complete` the outcome. Operations
 * still open when the history is read count as indeterminate (the client never learned).
 */
export class HistoryRecorder<I, O> {
  private readonly nowMs: () => number;
  private readonly opsMax: number;
  private readonly open = new Map<number, Open<I>>();
  private readonly done: Operation<I, O>[] = [];
  private nextId = 0;

  constructor(o: HistoryRecorderOptions = {}) {
    this.nowMs = o.nowMs ?? (() => performance.now());
    this.opsMax = o.opsMax ?? 1_000_000;
  }

  get size(): number {
    return this.nextId;
  }

  invoke(client: number, input: I): number {
    assert(this.nextId < this.opsMax, `history holds at most ${this.opsMax} operations`);
    const id = this.nextId++;
    this.open.set(id, { id, client, input, invokeMs: this.nowMs() });
    return id;
  }

  complete(id: number, c: Classified<O>): Operation<I, O> {
    const op = this.open.get(id);
    assert(op !== undefined, `operation ${id} is open`);
    this.open.delete(id);
    const outcome: Outcome = c.outcome;
    const done: Operation<I, O> =
      c.outcome === 'ok' ? { ...op, outcome, output: c.output, completeMs: this.nowMs() } : c.outcome === 'fail' ? { ...op, outcome, completeMs: this.nowMs() } : { ...op, outcome };
    this.done.push(done);
    return done;
  }

  /** Run `fn` as one operation; `classify` turns its result or error into an outcome. */
  async run<R>(client: number, input: I, fn: () => Promise<R>, classify: (r: { value: R } | { error: unknown }) => Classified<O>): Promise<Operation<I, O>> {
    const id = this.invoke(client, input);
    let c: Classified<O>;
    try {
      c = classify({ value: await fn() });
    } catch (error) {
      c = classify({ error });
    }
    return this.complete(id, c);
  }

  /** Every operation so far, in invocation order; open ones as indeterminate. */
  history(): Operation<I, O>[] {
    const open: Operation<I, O>[] = [...this.open.values()].map((o) => ({ ...o, outcome: 'indeterminate' }));
    return [...this.done, ...open].sort((a, b) => a.id - b.id);
  }
}
