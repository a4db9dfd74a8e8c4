/** A lock as stored: its owner session, the fencing token of the owner's grant, the queue. */
export interface LockRec {
  readonly owner: string;
  readonly token: number;
  readonly waiters: readonly string[];
}

/** A session as stored: its lease, the locks it holds and the ones it waits for. */
export interface SessionRec {
  readonly leaseMs: number;
  readonly held: readonly string[];
  readonly waiting: readonly string[];
}

/**
 * Where the lock table lives. Reads see this operation's own earlier writes; writes are buffered
 * and made durable together (one rdb transaction) or not at all. Session ids are hex strings.
 */
export interface LockStore {
  getLock(name: string): Promise<LockRec | undefined>;
  putLock(name: string, rec: LockRec): void;
  deleteLock(name: string): void;
  getSession(id: string): Promise<SessionRec | undefined>;
  putSession(id: string, rec: SessionRec): void;
  deleteSession(id: string): void;
  sessionCount(): Promise<number>;
  /** The last fencing token given (0 if none). */
  lastToken(): Promise<number>;
  setLastToken(token: number): void;
}

/** The in-memory LockStore, for the seeded tests of the table logic. */
export class MemoryLockStore implements LockStore {
  readonly locks = new Map<string, LockRec>();
  readonly sessions = new Map<string, SessionRec>();
  token = 0;

  async getLock(name: string): Promise<LockRec | undefined> {
    return this.locks.get(name);
  }
  putLock(name: string, rec: LockRec): void {
    this.locks.set(name, rec);
  }
  deleteLock(name: string): void {
    this.locks.delete(name);
  }
  async getSession(id: string): Promise<SessionRec | undefined> {
    return this.sessions.get(id);
  }
  putSession(id: string, rec: SessionRec): void {
    this.sessions.set(id, rec);
  }
  deleteSession(id: string): void {
    this.sessions.delete(id);
  }
  async sessionCount(): Promise<number> {
    return this.sessions.size;
  }
  async lastToken(): Promise<number> {
    return this.token;
  }
  setLastToken(token: number): void {
    this.token = token;
  }
}
