import { LOCK_GROUP_DEFAULT, LOCK_REPLICAS_DEFAULT, LOCK_SERVICE, lockOps } from '@daos-nats/api';
import { DaosError, InvalidError, NonexistError, TimedOutError, BusyError, type Rng } from '@daos-nats/base';
import { lockClientSubject, type Bus, type Inbound } from '@daos-nats/bus';
import { ServiceCaller } from '@daos-nats/client';
import type { RsvcClientConfig } from '@daos-nats/dc-rsvc';
import { daos } from '@daos-nats/proto';
import { lockClientConfig, type LockClientConfig } from './lock-client-config.js';
import { LockEntry, type LockGrant } from './lock-grant.js';
import { LockSession } from './lock-session.js';

const now = (): number => performance.now();
const Kind = daos.lock.v1.Notice.Kind;

export interface LockClientOptions {
  /** The client's identity is `bus.clientId`: one LockClient per Bus. */
  readonly bus: Bus;
  readonly system: string;
  readonly group?: string;
  readonly ranks?: readonly number[];
  readonly rng: Rng;
  readonly config?: Partial<LockClientConfig>;
  readonly rsvc?: Partial<RsvcClientConfig>;
}

export interface LockClientStats {
  /** lock.acquire requests sent (round trips); a cached re-acquire sends none. */
  serverAcquires: number;
  /** lock.status reads of a queued acquire (is it mine yet?). */
  serverPolls: number;
  serverReleases: number;
  /** Acquires served from the cache. */
  cachedAcquires: number;
  revokesReceived: number;
  retriesReceived: number;
}

/**
 * The caching lock client (yfs lab 4/7): a lock released locally stays cached until the server
 * revokes it, so a hot lock costs no round trip. The server's REVOKE and RETRY notices arrive on
 * this client's own subject; a releaser gives a revoked lock back once local holders are done; a
 * queued acquire asks again on RETRY or every `retryPollMs`. Leader changes are survived by
 * dc-rsvc's retries with the same client op (dedup), and the server never grants one session
 * a lock twice: an owner asking again gets its own grant back.
 */
export class LockClient {
  readonly stats: LockClientStats = { serverAcquires: 0, serverPolls: 0, serverReleases: 0, cachedAcquires: 0, revokesReceived: 0, retriesReceived: 0 };
  readonly session: LockSession;
  /** The raw caller of this client's session (requests the cache would not make: tests, tools). */
  readonly caller: ServiceCaller;
  private readonly c: LockClientConfig;
  private readonly entries = new Map<string, LockEntry>();
  private inbox: Inbound | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private closed = false;

  private constructor(o: LockClientOptions) {
    this.c = lockClientConfig(o.config);
    this.caller = new ServiceCaller({
      bus: o.bus, system: o.system, service: LOCK_SERVICE, group: o.group ?? LOCK_GROUP_DEFAULT, ranks: o.ranks ?? LOCK_REPLICAS_DEFAULT, rng: o.rng,
      config: { callTimeoutMs: this.c.requestTimeoutMs, ...o.rsvc },
    });
    this.session = new LockSession(this.caller, this.c, (epoch) => this.dropEpoch(epoch));
  }

  /** Open a session (lease), subscribe to its notices, start heartbeats. */
  static async open(o: LockClientOptions): Promise<LockClient> {
    const client = new LockClient(o);
    await client.session.ensureOpen(client.c.requestTimeoutMs);
    client.inbox = await o.bus.subscribe(lockClientSubject(o.system, client.session.notifyToken), (m) => client.onNotice(m.data), {
      queueItemsMax: client.c.noticeQueueItemsMax,
    });
    client.beat();
    return client;
  }

  /** Count of server round trips of every kind (session ones included). */
  get roundTrips(): number {
    const s = this.session.counters;
    return this.stats.serverAcquires + this.stats.serverPolls + this.stats.serverReleases + s.opens + s.renewals;
  }

  /**
   * Hold `name` until release(): from the cache if this client has it, else from the server
   * (queued behind other clients if need be). TimedOutError past the deadline (the queue entry
   * is withdrawn). Local callers of one client take turns.
   */
  async acquire(name: string, opts: { timeoutMs?: number } = {}): Promise<LockGrant> {
    if (this.closed) throw new InvalidError('lock client closed');
    const deadline = now() + (opts.timeoutMs ?? this.c.acquireTimeoutMs);
    for (;;) {
      const e = this.entry(name);
      if (e.state === 'free' && this.session.valid(e.epoch)) {
        // Let I/O in first: a caller re-acquiring in a tight loop must still hear its revoke
        // (without this, the whole process spins on microtasks and the lock never moves).
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (e.state !== 'free' || !this.session.valid(e.epoch)) continue;
        e.state = 'locked';
        this.stats.cachedAcquires++;
        return this.grant(e);
      }
      if (e.state === 'none' || e.state === 'free') {
        e.state = 'acquiring';
        try {
          await this.fetch(e, deadline);
        } catch (err) {
          e.state = 'none';
          e.notify();
          this.forget(e);
          throw err;
        }
        e.state = 'locked';
        return this.grant(e);
      }
      if (now() >= deadline) throw new TimedOutError(`acquire ${JSON.stringify(name)}: deadline passed while another local holder had it`);
      await e.waitChange(deadline - now());
    }
  }

  /** The lock's committed state at the service (a linearizable read). */
  async status(name: string): Promise<daos.lock.v1.IStatusRep> {
    return await this.caller.call(lockOps.status, { name }, { callTimeoutMs: this.c.requestTimeoutMs });
  }

  /** Stop heartbeats and close the session: every lock held or cached goes back to the service. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.heartbeat);
    await this.inbox?.drain().catch(() => undefined);
    await this.session.close();
  }

  /**
   * Ask the server until granted or the deadline; the lock is then this session's. Queued, the
   * client waits for a RETRY notice or `retryPollMs`, then looks with a read (`lock.status`: no
   * commit) whether the lock is already its own; every `pollsPerAcquire`-th poll asks again with
   * `lock.acquire`, a write that also reminds the leader to revoke the owner.
   */
  private async fetch(e: LockEntry, deadline: number): Promise<void> {
    for (;;) {
      if (deadline - now() <= 0) return await this.abandon(e);
      if (await this.ask(e, deadline)) return;
      for (let poll = 1; poll < this.c.pollsPerAcquire && this.session.open; poll++) {
        await this.waitNotice(e, deadline);
        if (deadline - now() <= 0) return await this.abandon(e);
        if (await this.pickUp(e, deadline)) return;
      }
      if (this.session.open) await this.waitNotice(e, deadline);
    }
  }

  /** One lock.acquire: true if granted (entry filled in). */
  private async ask(e: LockEntry, deadline: number): Promise<boolean> {
    await this.session.ensureOpen(deadline - now());
    const epoch = this.session.epoch;
    const sentAt = now();
    let rep: daos.lock.v1.IAcquireRep;
    try {
      this.stats.serverAcquires++;
      rep = await this.caller.call(lockOps.acquire, { name: e.name }, { callTimeoutMs: Math.max(1, Math.floor(deadline - now())) });
    } catch (err) {
      if (!(err instanceof NonexistError)) throw err;
      this.session.expired();
      return false;
    }
    if (epoch !== this.session.epoch) return false;
    this.session.renewedAt(sentAt);
    if (!rep.granted) return false;
    this.take(e, Number(rep.token), epoch, rep.contended === true);
    return true;
  }

  /**
   * A read: is the lock ours already (granted from the queue)? It does not renew the session (a
   * read is not judged against the sweep); the grant's validity rests on the heartbeats.
   */
  private async pickUp(e: LockEntry, deadline: number): Promise<boolean> {
    const epoch = this.session.epoch;
    if (!this.session.open) return false;
    this.stats.serverPolls++;
    const st = await this.caller.call(lockOps.status, { name: e.name }, { callTimeoutMs: Math.max(1, Math.floor(deadline - now())) }).catch(() => undefined);
    if (!st?.mine || epoch !== this.session.epoch || !this.session.valid(epoch)) return false;
    this.take(e, Number(st.token ?? 0), epoch, (st.waiters ?? 0) > 0);
    return true;
  }

  private take(e: LockEntry, token: number, epoch: number, contended: boolean): void {
    e.token = token;
    e.epoch = epoch;
    e.revoked ||= contended; // a revoke may have come before the reply
  }

  /** Until a RETRY notice for this lock, retryPollMs, or the deadline. */
  private async waitNotice(e: LockEntry, deadline: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, Math.max(0, Math.min(this.c.retryPollMs, deadline - now())));
      e.wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
    e.wake = undefined;
  }

  /** Past the deadline: leave the queue, or give back a grant that raced the deadline. */
  private async abandon(e: LockEntry): Promise<never> {
    if (this.session.open) await this.serverRelease(e.name, 0).catch(() => undefined);
    throw new TimedOutError(`acquire ${JSON.stringify(e.name)}: not granted before the deadline`);
  }

  private grant(e: LockEntry): LockGrant {
    const token = e.token;
    const epoch = e.epoch;
    let released = false;
    return {
      name: e.name,
      token,
      valid: () => !released && this.session.valid(epoch),
      validUntilMs: () => (released ? 0 : this.session.validUntilMs(epoch)),
      release: async () => {
        if (released) return;
        released = true;
        await this.localRelease(e, token, epoch);
      },
    };
  }

  private async localRelease(e: LockEntry, token: number, epoch: number): Promise<void> {
    if (e.state !== 'locked' || e.token !== token || e.epoch !== epoch) return; // the session died meanwhile
    if (!e.revoked && this.session.valid(epoch)) {
      e.state = 'free';
      e.notify();
      return;
    }
    e.state = 'releasing';
    await this.giveBack(e);
  }

  /** The releaser: hand a lock back to the server; on any outcome the entry ends 'none'. */
  private async giveBack(e: LockEntry): Promise<void> {
    try {
      if (this.session.valid(e.epoch) || this.session.open) await this.serverRelease(e.name, e.token);
    } catch (err) {
      // NO_PERM / NONEXIST: not ours any more (the session expired). Anything else: the lease will end it.
      if (!(err instanceof DaosError)) throw err;
    } finally {
      e.state = 'none';
      e.revoked = false;
      e.notify();
      this.forget(e);
    }
  }

  private async serverRelease(name: string, token: number): Promise<void> {
    this.stats.serverReleases++;
    try {
      await this.caller.call(lockOps.release, { name, token }, { callTimeoutMs: this.c.requestTimeoutMs });
    } catch (err) {
      if (err instanceof NonexistError) this.session.expired();
      throw err;
    }
  }

  private onNotice(data: Uint8Array): void {
    let n: daos.lock.v1.Notice;
    try {
      n = daos.lock.v1.Notice.decode(data);
    } catch {
      return; // a hint we cannot read: polls cover it
    }
    const e = this.entries.get(n.name);
    if (n.kind === Kind.RETRY) {
      this.stats.retriesReceived++;
      e?.wake?.();
      return;
    }
    if (n.kind !== Kind.REVOKE) return;
    this.stats.revokesReceived++;
    if (!e || e.state === 'none') {
      // The server thinks we hold it (an abandoned acquire it granted anyway): give it back.
      if (Number(n.token) > 0) void this.serverRelease(n.name, Number(n.token)).catch(() => undefined);
      return;
    }
    if (e.state === 'free') {
      e.state = 'releasing';
      void this.giveBack(e);
    } else if (e.state === 'locked' || e.state === 'acquiring') e.revoked = true;
  }

  /** Heartbeats every third of the lease; locks the server says we hold but we do not know are given back. */
  private beat(): void {
    const period = Math.max(50, Math.floor((this.session.leaseMs || this.c.retryPollMs * 3) / 3));
    this.heartbeat = setTimeout(() => {
      void (async () => {
        if (!this.session.open) await this.session.ensureOpen(this.c.requestTimeoutMs).catch(() => undefined);
        const held = await this.session.renew();
        for (const h of held ?? []) {
          const e = this.entries.get(h.name);
          if (!e || e.state === 'none') void this.serverRelease(h.name, h.token).catch(() => undefined);
        }
      })().finally(() => {
        if (!this.closed) this.beat();
      });
    }, period);
    this.heartbeat.unref();
  }

  /** The session of `epoch` is gone: cached and releasing locks are no longer ours. */
  private dropEpoch(epoch: number): void {
    for (const e of this.entries.values()) {
      if (e.epoch !== epoch) continue;
      if (e.state === 'free' || e.state === 'releasing') e.state = 'none';
      e.revoked = false;
      e.notify();
      this.forget(e);
    }
  }

  private entry(name: string): LockEntry {
    let e = this.entries.get(name);
    if (!e) {
      if (this.entries.size >= this.c.locksMax) throw new BusyError(`this client tracks ${this.c.locksMax} locks already (locksMax)`);
      e = new LockEntry(name);
      this.entries.set(name, e);
    }
    return e;
  }

  private forget(e: LockEntry): void {
    if (e.idle && this.entries.get(e.name) === e) this.entries.delete(e.name);
  }
}
