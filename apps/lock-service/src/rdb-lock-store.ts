import { assert, NonexistError } from '@daos-nats/base';
import { daos } from '@daos-nats/proto';
import { KvsClass, type Transaction } from '@daos-nats/rdb';
import type { LockRec, LockStore, SessionRec } from './lock-store.js';

const m = daos.lock.v1;

/** Root keys of a lock group's database. */
export const LOCKS = 'locks';
export const SESSIONS = 'sessions';
export const META = 'lockMeta';

interface Meta {
  lastToken: number;
  sessions: number;
}

/** Create the layout of a new lock group (bootstrap). */
export function createLockLayout(tx: Transaction): void {
  tx.createKvs([], LOCKS, KvsClass.Lexical).createKvs([], SESSIONS, KvsClass.Lexical).update([], META, encodeMeta({ lastToken: 0, sessions: 0 }));
}

/** Whether the database has the lock layout (undefined meta = a new database). */
export async function readMeta(tx: Transaction): Promise<Meta | undefined> {
  try {
    return decodeMeta(await tx.lookup([], META));
  } catch (e) {
    if (e instanceof NonexistError) return undefined;
    throw e;
  }
}

function encodeMeta(meta: Meta): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(meta));
}

function decodeMeta(bytes: Uint8Array): Meta {
  const o = JSON.parse(new TextDecoder().decode(bytes)) as Meta;
  assert(Number.isSafeInteger(o.lastToken) && Number.isSafeInteger(o.sessions) && o.sessions >= 0, 'lock meta record is malformed');
  return o;
}

export function sessionKey(id: string): Uint8Array {
  return Buffer.from(id, 'hex');
}

/**
 * The LockStore of one rdb transaction: reads go to the transaction (committed state) through an
 * overlay of this operation's own writes, which are buffered on the transaction as they happen.
 * The session count is kept in the meta record, so a new session costs no scan.
 */
export class RdbLockStore implements LockStore {
  private readonly locks = new Map<string, LockRec | null>();
  private readonly sessions = new Map<string, SessionRec | null>();
  /** Whether each session read existed in the committed state. */
  private readonly committedSession = new Map<string, boolean>();
  private meta: Meta | undefined;
  private sessionsDelta = 0;
  private metaDirty = false;

  constructor(private readonly tx: Transaction) {}

  async getLock(name: string): Promise<LockRec | undefined> {
    if (!this.locks.has(name)) this.locks.set(name, await this.read([LOCKS], Buffer.from(name, 'utf8'), (b) => fromLock(m.LockRecord.decode(b))));
    return this.locks.get(name) ?? undefined;
  }

  putLock(name: string, rec: LockRec): void {
    this.locks.set(name, rec);
    this.tx.update([LOCKS], Buffer.from(name, 'utf8'), m.LockRecord.encode(toLock(rec)).finish());
  }

  deleteLock(name: string): void {
    assert(this.locks.get(name), `delete of lock ${name} never read or already gone`);
    this.locks.set(name, null);
    this.tx.delete([LOCKS], Buffer.from(name, 'utf8'));
  }

  async getSession(id: string): Promise<SessionRec | undefined> {
    if (!this.sessions.has(id)) {
      const s = await this.read([SESSIONS], sessionKey(id), (b) => fromSession(m.SessionRecord.decode(b)));
      this.sessions.set(id, s);
      this.committedSession.set(id, s !== null);
    }
    return this.sessions.get(id) ?? undefined;
  }

  putSession(id: string, rec: SessionRec): void {
    assert(this.sessions.has(id), `session ${id} written before it was read`);
    if (this.sessions.get(id) === null) this.bumpSessions(+1);
    this.sessions.set(id, rec);
    this.tx.update([SESSIONS], sessionKey(id), m.SessionRecord.encode({ leaseMs: rec.leaseMs, held: [...rec.held], waiting: [...rec.waiting] }).finish());
  }

  deleteSession(id: string): void {
    assert(this.sessions.get(id), `delete of session ${id} never read or already gone`);
    this.bumpSessions(-1);
    this.sessions.set(id, null);
    this.tx.delete([SESSIONS], sessionKey(id));
  }

  async sessionCount(): Promise<number> {
    return (await this.loadMeta()).sessions + this.sessionsDelta;
  }

  async lastToken(): Promise<number> {
    return (await this.loadMeta()).lastToken;
  }

  setLastToken(token: number): void {
    assert(this.meta && token > this.meta.lastToken, 'the token counter only grows');
    this.meta.lastToken = token;
    this.metaDirty = true;
  }

  /** Buffer the meta record (token counter, session count) if this operation changed it. Call last. */
  async flush(): Promise<void> {
    if (!this.metaDirty) return;
    const meta = await this.loadMeta();
    const next = { lastToken: meta.lastToken, sessions: meta.sessions + this.sessionsDelta };
    assert(next.sessions >= 0, 'session count stays non-negative');
    this.tx.update([], META, encodeMeta(next));
    this.meta = next;
    this.sessionsDelta = 0;
    this.metaDirty = false;
  }

  private bumpSessions(by: number): void {
    this.sessionsDelta += by;
    this.metaDirty = true;
  }

  private async loadMeta(): Promise<Meta> {
    if (!this.meta) {
      const meta = await readMeta(this.tx);
      assert(meta, 'lock meta record exists once bootstrapped');
      this.meta = meta;
    }
    return this.meta;
  }

  private async read<T>(path: string[], key: Uint8Array, decode: (b: Uint8Array) => T): Promise<T | null> {
    try {
      return decode(await this.tx.lookup(path, key));
    } catch (e) {
      if (e instanceof NonexistError) return null;
      throw e;
    }
  }
}

function toHex(b: Uint8Array): string {
  return Buffer.from(b).toString('hex');
}

function fromLock(r: daos.lock.v1.LockRecord): LockRec {
  return { owner: toHex(r.owner), token: Number(r.token), waiters: r.waiters.map(toHex) };
}

function toLock(r: LockRec): daos.lock.v1.ILockRecord {
  return { owner: sessionKey(r.owner), token: r.token, waiters: r.waiters.map(sessionKey) };
}

function fromSession(r: daos.lock.v1.SessionRecord): SessionRec {
  return { leaseMs: r.leaseMs, held: [...r.held], waiting: [...r.waiting] };
}
