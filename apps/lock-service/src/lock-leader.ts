import { lockClientSubject, type Bus } from '@daos-nats/bus';
import { daos } from '@daos-nats/proto';
import type { Logger } from '@daos-nats/telemetry';
import type { LockConfig } from './lock-config.js';

const Notice = daos.lock.v1.Notice;

/** What the lock service needs from its process. */
export interface LockDeps {
  readonly bus: Bus;
  readonly system: string;
  readonly rank: number;
  readonly config: LockConfig;
  readonly log: Logger;
  /** This process's monotonic clock (ms): leases are judged on the leader's own clock. */
  readonly monoMs: () => number;
  /** A session's notify token, derived from its id (so the subject does not reveal the id). */
  readonly notifyTokenOf: (sid: string) => string;
}

/**
 * What the leader of one term knows beyond the database:
 *
 * - when it last heard each session (heartbeats touch only this: no raft write per heartbeat). A
 *   session it has not heard counts from the step-up, so a new leader waits a whole lease before
 *   expiring a session it inherited: the old leader may have renewed it up to the moment it lost
 *   leadership, and the client's validity is counted from before that;
 * - the sessions a sweep has decided to expire and not yet seen committed (`expiring`): a
 *   heartbeat that races the sweep must not be answered "renewed";
 * - which locks need a notice: names marked by handlers, looked up again (committed state,
 *   through a read of its own) by the notifier loop, which then publishes REVOKE to owners with
 *   waiters and RETRY to owners granted from the queue. Never inside a handler.
 */
export class LockLeader {
  readonly expiring = new Set<string>();
  private readonly heardAt = new Map<string, number>();
  private readonly sinceMs: number;
  private readonly dirty = new Set<string>();
  private readonly contended = new Set<string>();
  /** Token of each lock whose owner was told (RETRY), so a grant is announced once per sweep of notices. */
  private readonly announced = new Map<string, number>();
  private sweepTimer: NodeJS.Timeout | undefined;
  private repeatTimer: NodeJS.Timeout | undefined;
  private notifying = false;
  private stopped = false;
  readonly noticesSent = { revoke: 0, retry: 0, dropped: 0 };

  constructor(private readonly d: LockDeps) {
    this.sinceMs = d.monoMs();
  }

  /** A request of session `sid` reached this leader (its lease runs from now). */
  heard(sid: string): void {
    if (!this.expiring.has(sid)) this.heardAt.set(sid, this.d.monoMs());
  }

  silenceMs(sid: string): number {
    return this.d.monoMs() - (this.heardAt.get(sid) ?? this.sinceMs);
  }

  /** The session is gone (closed, or its expiry is being committed). */
  forget(sid: string): void {
    this.heardAt.delete(sid);
  }

  /** Locks whose owner or queue changed: the notifier looks at them after the commit. */
  touch(names: Iterable<string>): void {
    for (const n of names) {
      if (this.dirty.size >= this.d.config.noticeNamesMax) {
        this.noticesSent.dropped++;
        break;
      }
      this.dirty.add(n);
    }
    if (this.dirty.size > 0) setImmediate(() => void this.notifyLoop());
  }

  start(sweep: () => Promise<void>, peek: (names: string[]) => Promise<daos.lock.v1.IPeekItem[]>): void {
    this.peek = peek;
    const loop = (): void => {
      this.sweepTimer = setTimeout(() => void sweep().finally(() => !this.stopped && loop()), this.d.config.sweepIntervalMs);
      this.sweepTimer.unref();
    };
    loop();
    this.repeatTimer = setInterval(() => this.touch([...this.contended]), this.d.config.noticeRepeatMs);
    this.repeatTimer.unref();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.sweepTimer);
    clearInterval(this.repeatTimer);
  }

  private peek: (names: string[]) => Promise<daos.lock.v1.IPeekItem[]> = async () => [];

  /** One notifier at a time; each round reads committed state for a batch of names. */
  private async notifyLoop(): Promise<void> {
    if (this.notifying || this.stopped) return;
    this.notifying = true;
    try {
      while (this.dirty.size > 0 && !this.stopped) {
        const names = [...this.dirty].slice(0, this.d.config.peekNamesMax);
        for (const n of names) this.dirty.delete(n);
        let items: daos.lock.v1.IPeekItem[];
        try {
          items = await this.peek(names);
        } catch (err) {
          this.d.log.debug({ err: (err as Error).message }, 'lock notices: peek failed; clients poll');
          return;
        }
        for (const it of items) this.noticesFor(it);
      }
    } finally {
      this.notifying = false;
    }
  }

  private noticesFor(it: daos.lock.v1.IPeekItem): void {
    const name = it.name ?? '';
    const owner = it.owner ?? '';
    const token = Number(it.token ?? 0);
    if (!owner) {
      this.contended.delete(name);
      this.announced.delete(name);
      return;
    }
    if (this.announced.get(name) !== token) {
      // Bounded like the dirty set; forgetting only costs a repeated RETRY, which is harmless.
      if (this.announced.size >= this.d.config.noticeNamesMax) this.announced.clear();
      this.announced.set(name, token);
      this.send(owner, Notice.Kind.RETRY, name, token);
    }
    if ((it.waiters ?? 0) > 0) {
      if (this.contended.size < this.d.config.noticeNamesMax) this.contended.add(name);
      this.send(owner, Notice.Kind.REVOKE, name, token);
    } else this.contended.delete(name);
  }

  private send(notifyToken: string, kind: daos.lock.v1.Notice.Kind, name: string, token: number): void {
    try {
      this.d.bus.publish(lockClientSubject(this.d.system, notifyToken), Notice.encode({ kind, name, token }).finish());
      if (kind === Notice.Kind.REVOKE) this.noticesSent.revoke++;
      else this.noticesSent.retry++;
    } catch (err) {
      this.d.log.debug({ err: (err as Error).message }, 'lock notice not sent');
    }
  }
}
