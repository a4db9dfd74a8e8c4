import { BusyError, DaosError, NotLeaderError, ShutdownError, TimedOutError, UnreachableError } from '@daos-nats/base';

/**
 * Failures a retry on the (new) leader may cure: not the leader, no answer in time, nobody
 * serving the subject (UnreachableError, which NoResponderError is: the node is down or not yet
 * serving), shutting down, busy. Anything else is an answer.
 */
export function isTransient(e: unknown): e is DaosError {
  return [NotLeaderError, TimedOutError, UnreachableError, ShutdownError, BusyError].some((k) => e instanceof k);
}
