import { TimedOutError } from '@daos-nats/base';
import type { Sleep } from './sleep.js';

export type Timed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly timedOut: false; readonly err: unknown }
  /** The deadline passed first, or the caller aborted (the caller's signal tells which). */
  | { readonly ok: false; readonly timedOut: true };

/**
 * The reason the expiry timer is cancelled with: abort() without one builds a DOMException with a
 * stack trace on every request (it showed in the put path's CPU profile); nothing reads it.
 */
const TIMER_NOT_NEEDED = Object.freeze({ reason: 'the work finished before its deadline' });

/**
 * Run `work` for at most `timeoutMs` on the injected timer. On expiry (or the caller's abort) the
 * work's signal is aborted and its late result ignored; the work is never awaited past the deadline.
 * Never rejects: a failure of the work is returned as a value.
 */
export async function withTimeout<T>(
  work: (signal: AbortSignal) => Promise<T>,
  timeoutMs: number,
  sleep: Sleep,
  callerSignal?: AbortSignal,
): Promise<Timed<T>> {
  const stopWork = new AbortController();
  const stopTimer = new AbortController();
  const onCallerAbort = (): void => {
    stopWork.abort(callerSignal?.reason);
    stopTimer.abort(TIMER_NOT_NEEDED);
  };
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  let running: Promise<Timed<T>>;
  try {
    running = work(stopWork.signal).then(
      (value): Timed<T> => ({ ok: true, value }),
      (err: unknown): Timed<T> => ({ ok: false, timedOut: false, err }),
    );
  } catch (err) {
    running = Promise.resolve({ ok: false, timedOut: false, err });
  }
  if (callerSignal?.aborted) onCallerAbort();
  const expiry = sleep(timeoutMs, stopTimer.signal).then((): Timed<T> => ({ ok: false, timedOut: true }));
  try {
    const r = await Promise.race([running, expiry]);
    if (!r.ok && r.timedOut) stopWork.abort(new TimedOutError(`no result within ${timeoutMs} ms`));
    return r;
  } finally {
    stopTimer.abort(TIMER_NOT_NEEDED);
    callerSignal?.removeEventListener('abort', onCallerAbort);
  }
}
