import { assert, BusyError, NotLeaderError, TimedOutError } from '@daos-nats/base';
import type { LogIndex, Term } from '@daos-nats/raft';
import type { ApplyResult } from './rdb-state.js';

interface Waiter<T> {
  resolve(v: T): void;
  reject(e: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * Promises waiting on the replica's progress, each with a deadline, at most `max` at once.
 * Commits wait for their index to be applied; reads wait for their read index to be applied.
 */
export class Waiters {
  private readonly commits = new Map<number, Waiter<ApplyResult> & { term: Term }>();
  private readonly reads = new Map<number, Waiter<void> & { index: number }>();
  private nextReadId = 1;

  constructor(private readonly max: number) {}

  get size(): number {
    return this.commits.size + this.reads.size;
  }

  private room(): void {
    if (this.size >= this.max) throw new BusyError(`${this.max} commits and reads are already waiting`);
  }

  private arm<T>(timeoutMs: number, what: string, drop: () => void): { waiter: Omit<Waiter<T>, 'timer'>; promise: Promise<T>; timer: NodeJS.Timeout } {
    let waiter!: Omit<Waiter<T>, 'timer'>;
    const promise = new Promise<T>((resolve, reject) => (waiter = { resolve, reject }));
    const timer = setTimeout(() => {
      drop();
      waiter.reject(new TimedOutError(`${what} not done within ${timeoutMs} ms`));
    }, timeoutMs);
    return { waiter, promise, timer };
  }

  /** Wait until the entry proposed at `index` in `term` is applied. */
  commit(index: LogIndex, term: Term, timeoutMs: number): Promise<ApplyResult> {
    this.room();
    assert(!this.commits.has(index), `one commit waits on index ${index}`);
    const { waiter, promise, timer } = this.arm<ApplyResult>(timeoutMs, `commit of index ${index} (term ${term})`, () => this.commits.delete(index));
    this.commits.set(index, { ...waiter, timer, term });
    return promise;
  }

  /** A read: returns its id (the ReadIndex context) and a promise settled by readIndexKnown/applied. */
  read(timeoutMs: number): { id: number; done: Promise<void> } {
    this.room();
    const id = this.nextReadId++;
    const { waiter, promise, timer } = this.arm<void>(timeoutMs, `read index ${id}`, () => this.reads.delete(id));
    this.reads.set(id, { ...waiter, timer, index: Infinity });
    return { id, done: promise };
  }

  hasRead(id: number): boolean {
    return this.reads.has(id);
  }

  /** Raft refused read `id`: fail it with `err`. */
  failRead(id: number, err: Error): void {
    const w = this.reads.get(id);
    if (!w) return;
    this.reads.delete(id);
    clearTimeout(w.timer);
    w.reject(err);
  }

  /** Raft answered read `id` with a read index; it completes once `applied` reaches it. */
  readIndexKnown(id: number, index: number, applied: number): void {
    const w = this.reads.get(id);
    if (!w) return; // timed out already
    w.index = index;
    if (applied >= index) this.settleRead(id, w);
  }

  /** Entries were applied: settle commits at their indexes and reads now covered. */
  applied(results: readonly ApplyResult[], appliedIndex: number, hint: () => NotLeaderError): void {
    for (const r of results) {
      const w = this.commits.get(r.index);
      if (!w) continue;
      this.commits.delete(r.index);
      clearTimeout(w.timer);
      // Another term at our index: the proposal was overwritten by a new leader's log.
      if (r.term !== w.term) w.reject(hint());
      else w.resolve(r);
    }
    for (const [id, w] of this.reads) if (w.index <= appliedIndex) this.settleRead(id, w);
  }

  /** A snapshot moved the applied index past these commits: their fate is unknown here. */
  skippedTo(appliedIndex: number, err: () => Error): void {
    for (const [index, w] of this.commits)
      if (index <= appliedIndex) {
        this.commits.delete(index);
        clearTimeout(w.timer);
        w.reject(err());
      }
    for (const [id, w] of this.reads) if (w.index <= appliedIndex) this.settleRead(id, w);
  }

  /** Leadership is gone (or the replica stops): every waiter fails with `err`. */
  failAll(err: () => Error): void {
    for (const w of [...this.commits.values(), ...this.reads.values()]) {
      clearTimeout(w.timer);
      w.reject(err());
    }
    this.commits.clear();
    this.reads.clear();
  }

  private settleRead(id: number, w: Waiter<void>): void {
    this.reads.delete(id);
    clearTimeout(w.timer);
    w.resolve();
  }
}
