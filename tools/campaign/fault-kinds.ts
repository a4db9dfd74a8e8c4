/**
 * The nemesis's faults. A leader or follower is chosen when the fault starts (the leader as the
 * replica that answers a leader-only request itself).
 * - kill-leader / kill-follower: SIGKILL, down 1-3 s, restarted on its data directory.
 * - pause-leader / pause-follower: SIGSTOP for 2-6 s, then SIGCONT (a GC pause, a frozen VM).
 * - nats-restart: SIGKILL of the nats-server, down 1-3 s, started again on the same port.
 * - slow-follower: a follower stopped 150 ms of every 500 ms for 5 s (an overloaded host).
 * - disk-full-follower: a follower's SQLite file cannot grow (SQLITE_FULL) for 3-6 s, then space
 *   comes back; the record says how far it fell behind and how long it took to catch up.
 */
export const FAULT_KINDS = ['kill-leader', 'kill-follower', 'pause-leader', 'pause-follower', 'nats-restart', 'slow-follower', 'disk-full-follower'] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];
