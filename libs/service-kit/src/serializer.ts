/**
 * Runs async steps one at a time, in call order, whatever the previous one's outcome: system
 * stop/start and shutdown of one process must never overlap (a start racing a close would open
 * replicas that the close then misses).
 */
export class Serializer {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(step: () => Promise<T>): Promise<T> {
    const p = this.tail.then(step, step);
    this.tail = p.catch(() => undefined);
    return p;
  }
}
