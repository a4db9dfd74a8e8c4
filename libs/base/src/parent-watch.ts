/**
 * Set by a supervisor (the launcher, the test fixture) in its children's environment to its own
 * pid: a child then stops by itself when the supervisor dies, even by SIGKILL, instead of running
 * on as an orphan that still holds its data directory and its rank. Carrying the pid (rather
 * than a flag) also catches a supervisor that died while the child was still starting.
 */
export const EXIT_WITH_PARENT_ENV = 'DAOS_NATS_EXIT_WITH_PARENT';

export interface ParentWatchOptions {
  /** How often to look at the parent pid; an orphan is noticed within this. */
  readonly pollIntervalMs?: number;
  readonly env?: NodeJS.ProcessEnv;
}

/** The environment entry that makes a child follow this process. */
export function exitWithParentEnv(): Record<string, string> {
  return { [EXIT_WITH_PARENT_ENV]: String(process.pid) };
}

/**
 * When EXIT_WITH_PARENT_ENV names a pid, call `onOrphaned` once this process's parent is no
 * longer that pid (the kernel reparents an orphan). Returns a function that stops watching.
 * Without the variable it does nothing: a service deployed alone has no supervisor to follow.
 */
export function exitWithParent(onOrphaned: (why: string) => void, opts: ParentWatchOptions = {}): () => void {
  const raw = (opts.env ?? process.env)[EXIT_WITH_PARENT_ENV];
  const supervisor = Number(raw);
  if (raw === undefined || !Number.isSafeInteger(supervisor) || supervisor <= 1) return () => {};
  let fired = false;
  const check = () => {
    if (fired || process.ppid === supervisor) return;
    fired = true;
    clearInterval(timer);
    onOrphaned(`supervisor process ${supervisor} is gone`);
  };
  const timer = setInterval(check, opts.pollIntervalMs ?? 500);
  timer.unref(); // never the reason the process stays alive
  queueMicrotask(check);
  return () => clearInterval(timer);
}
