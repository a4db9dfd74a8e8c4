/**
 * Wait `ms` milliseconds, or less if `signal` aborts first. Never rejects: the caller looks at
 * the signal to tell the two apart. Injected so that tests run on virtual time.
 */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** The real-timer sleep. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
