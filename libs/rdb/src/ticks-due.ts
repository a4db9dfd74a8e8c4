/**
 * How many raft ticks a timer beat delivers after `elapsedMs` of wall time: the ticks a stalled
 * event loop swallowed, at least 1 and at most `capTicks` (an election timeout's worth is enough
 * to expire any lease and run check-quorum).
 */
export function ticksDue(elapsedMs: number, tickIntervalMs: number, capTicks: number): number {
  const missed = Math.floor(elapsedMs / tickIntervalMs);
  return Math.max(1, Math.min(missed, capTicks));
}
