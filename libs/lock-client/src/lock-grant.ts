/** One local use of a lock: valid while the session that holds it is (check before every act). */
export interface LockGrant {
  readonly name: string;
  /** The fencing token: strictly greater than every earlier grant's of this lock. Pass it to what the lock protects. */
  readonly token: number;
  /** Whether the grant may still be used: the session's lease (minus the margin) has not run out. */
  valid(): boolean;
  /** Monotonic ms (performance.now) until which the grant is valid as of now (renewals push it). */
  validUntilMs(): number;
  /** Give the lock back to this client (it stays cached unless the server wants it). Idempotent. */
  release(): Promise<void>;
}

/** Where one lock stands in this client. */
export type EntryState = 'none' | 'acquiring' | 'free' | 'locked' | 'releasing';

/** The client's record of one lock (lab 4's per-lock state). */
export class LockEntry {
  state: EntryState = 'none';
  token = 0;
  /** The session epoch the server granted it in. */
  epoch = -1;
  /** The server wants it back: release to the server when the local holder is done. */
  revoked = false;
  /** Local callers waiting for the state to change. */
  private changed: (() => void)[] = [];
  /** Wakes the server acquire loop (a RETRY notice). */
  wake: (() => void) | undefined;

  constructor(readonly name: string) {}

  notify(): void {
    const waiting = this.changed;
    this.changed = [];
    for (const f of waiting) f();
  }

  /** Resolves at the next state change or after `ms`. */
  waitChange(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(done, Math.max(0, ms));
      const me = (): void => done();
      function done(): void {
        clearTimeout(t);
        resolve();
      }
      this.changed.push(me);
    });
  }

  get idle(): boolean {
    return this.state === 'none' && this.changed.length === 0;
  }
}
