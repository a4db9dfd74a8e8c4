import { assert, BusyError, InvalidError, NoPermError, NonexistError } from '@daos-nats/base';
import type { LockConfig } from './lock-config.js';
import type { LockRec, LockStore, SessionRec } from './lock-store.js';

export interface AcquireResult {
  readonly granted: boolean;
  /** The grant's token, or the current owner's when not granted. */
  readonly token: number;
  /** Others wait for this lock. */
  readonly contended: boolean;
}

/**
 * The lock table's rules, over a LockStore, with no I/O, clock or randomness of its own (the
 * leader decides *when* a session expires; this decides what expiring does). Every method either
 * throws a DaosError having written nothing, or leaves the store consistent:
 *
 * - a lock record exists iff the lock has an owner; the owner is a live session whose `held` names
 *   the lock; each waiter is a live session, at most once, never the owner, whose `waiting` names it;
 * - every grant takes a token above every token given before (one counter per group), so tokens
 *   grow strictly per lock and across owners;
 * - a lock that is released or whose owner expires goes to its first waiter at once.
 *
 * `touched` collects the names whose owner or queue changed in a way someone must be told of
 * (a new waiter: revoke the owner; a new owner from the queue: tell it).
 */
export class LockTable {
  readonly touched = new Set<string>();

  constructor(
    private readonly store: LockStore,
    private readonly c: LockConfig,
  ) {}

  checkName(name: string): string {
    const bytes = Buffer.byteLength(name ?? '', 'utf8');
    if (bytes === 0 || bytes > this.c.lockNameBytesMax) throw new InvalidError(`lock name must be 1..${this.c.lockNameBytesMax} bytes, got ${bytes}`);
    if (name.includes('\uFFFD')) throw new InvalidError('lock name is not valid UTF-8');
    return name;
  }

  checkLease(leaseMs: number): number {
    if (leaseMs === 0) return this.c.leaseMsDefault;
    if (leaseMs < this.c.leaseMsMin || leaseMs > this.c.leaseMsMax) throw new InvalidError(`lease must be ${this.c.leaseMsMin}..${this.c.leaseMsMax} ms, got ${leaseMs}`);
    return leaseMs;
  }

  /** Create session `sid` (or find it: an open is idempotent; its lease is kept). */
  async open(sid: string, leaseMs: number): Promise<SessionRec> {
    const lease = this.checkLease(leaseMs);
    const s = await this.store.getSession(sid);
    if (s) return s;
    if ((await this.store.sessionCount()) >= this.c.sessionsMax) throw new BusyError(`${this.c.sessionsMax} sessions already (sessionsMax)`);
    const rec: SessionRec = { leaseMs: lease, held: [], waiting: [] };
    this.store.putSession(sid, rec);
    return rec;
  }

  async session(sid: string): Promise<SessionRec> {
    const s = await this.store.getSession(sid);
    if (!s) throw new NonexistError('no such session (expired or never opened): open a new one');
    return s;
  }

  async acquire(sid: string, name: string, tryOnly: boolean): Promise<AcquireResult> {
    this.checkName(name);
    const s = await this.session(sid);
    const lock = await this.store.getLock(name);
    if (!lock) {
      this.checkRoom(s);
      const token = await this.grantTo(sid, s, name, []);
      return { granted: true, token, contended: false };
    }
    if (lock.owner === sid) return { granted: true, token: lock.token, contended: lock.waiters.length > 0 };
    // Asked again while queued (a poll, or a new leader): remind the owner.
    this.touched.add(name);
    if (lock.waiters.includes(sid) || tryOnly) return { granted: false, token: lock.token, contended: true };
    this.checkRoom(s);
    if (lock.waiters.length >= this.c.waitersPerLockMax) throw new BusyError(`${this.c.waitersPerLockMax} sessions already wait for ${JSON.stringify(name)} (waitersPerLockMax)`);
    this.store.putLock(name, { ...lock, waiters: [...lock.waiters, sid] });
    this.store.putSession(sid, { ...s, waiting: [...s.waiting, name] });
    return { granted: false, token: lock.token, contended: true };
  }

  /**
   * The owner gives back grant `token` (the next waiter gets the lock), or a waiter leaves the
   * queue. `token` 0 means "whatever I have" (a client abandoning an acquire past its deadline,
   * which may have been granted meanwhile). Anything else: DER_NO_PERM, nothing changed.
   */
  async release(sid: string, name: string, token: number): Promise<void> {
    this.checkName(name);
    const s = await this.session(sid);
    const lock = await this.store.getLock(name);
    if (lock && lock.owner === sid && (token === 0 || token === lock.token)) {
      await this.handOver(name, lock);
      this.store.putSession(sid, { ...(await this.session(sid)), held: without(s.held, name) });
      return;
    }
    if (lock && lock.waiters.includes(sid) && token === 0) {
      this.store.putLock(name, { ...lock, waiters: without(lock.waiters, sid) });
      this.store.putSession(sid, { ...s, waiting: without(s.waiting, name) });
      return;
    }
    const why = !lock || lock.owner !== sid ? 'this session does not hold it' : `it is held under token ${lock.token}, not ${token}`;
    throw new NoPermError(`cannot release ${JSON.stringify(name)}: ${why}`);
  }

  /** Session `sid` is gone (lease expired, or closed): its locks go to their next waiters. */
  async expire(sid: string): Promise<void> {
    const s = await this.session(sid);
    for (const name of s.waiting) {
      const lock = await this.store.getLock(name);
      assert(lock && lock.waiters.includes(sid), `session waits for ${name} but is not queued`);
      this.store.putLock(name, { ...lock, waiters: without(lock.waiters, sid) });
    }
    for (const name of s.held) {
      const lock = await this.store.getLock(name);
      assert(lock && lock.owner === sid, `session holds ${name} but does not own it`);
      await this.handOver(name, lock);
    }
    this.store.deleteSession(sid);
  }

  /** Every lock `sid` holds, with its token. */
  async held(sid: string): Promise<{ name: string; token: number }[]> {
    const s = await this.session(sid);
    const out: { name: string; token: number }[] = [];
    for (const name of s.held) {
      const lock = await this.store.getLock(name);
      assert(lock && lock.owner === sid, `session holds ${name} but does not own it`);
      out.push({ name, token: lock.token });
    }
    return out;
  }

  private checkRoom(s: SessionRec): void {
    if (s.held.length + s.waiting.length >= this.c.locksPerSessionMax) throw new BusyError(`the session holds or waits for ${this.c.locksPerSessionMax} locks already (locksPerSessionMax)`);
  }

  /** The lock's owner is done: the first waiter gets it, or the lock record goes. */
  private async handOver(name: string, lock: LockRec): Promise<void> {
    const [next, ...rest] = lock.waiters;
    if (next === undefined) {
      this.store.deleteLock(name);
      return;
    }
    const ns = await this.store.getSession(next);
    assert(ns && ns.waiting.includes(name), `waiter of ${name} has no session or does not wait`);
    const token = await this.grantTo(next, { ...ns, waiting: without(ns.waiting, name) }, name, rest, lock.token);
    assert(token > lock.token, 'tokens grow');
    this.touched.add(name);
  }

  private async grantTo(sid: string, s: SessionRec, name: string, waiters: readonly string[], previous = 0): Promise<number> {
    const token = (await this.store.lastToken()) + 1;
    assert(token > previous && Number.isSafeInteger(token), `token ${token} must exceed ${previous}`);
    this.store.setLastToken(token);
    this.store.putLock(name, { owner: sid, token, waiters });
    this.store.putSession(sid, { ...s, held: [...s.held, name] });
    return token;
  }
}

function without<T>(list: readonly T[], item: T): T[] {
  return list.filter((x) => x !== item);
}
