import { lockOps } from '@daos-nats/api';
import { NonexistError, ProtoError } from '@daos-nats/base';
import type { ServiceCaller } from '@daos-nats/client';
import type { LockClientConfig } from './lock-client-config.js';

const now = (): number => performance.now();

export interface SessionCounters {
  opens: number;
  renewals: number;
  expiries: number;
}

/**
 * The client's session: its lease and what a grant's validity rests on. Every request that the
 * leader answered renews the lease *from the request's send time* (the leader heard it later, so
 * its own expiry is later still). `epoch` changes when the server says the session is gone: grants
 * of an older epoch are dead whatever the clock says.
 */
export class LockSession {
  epoch = 0;
  leaseMs = 0;
  notifyToken = '';
  private validUntil = 0;
  private opening: Promise<void> | undefined;
  readonly counters: SessionCounters = { opens: 0, renewals: 0, expiries: 0 };

  constructor(
    private readonly caller: ServiceCaller,
    private readonly c: LockClientConfig,
    private readonly onExpired: (epoch: number) => void,
  ) {}

  get open(): boolean {
    return this.leaseMs > 0;
  }

  /** Monotonic ms (performance.now) until which grants of `epoch` may be used. */
  validUntilMs(epoch: number): number {
    return epoch === this.epoch ? this.validUntil : 0;
  }

  valid(epoch: number): boolean {
    return now() < this.validUntilMs(epoch);
  }

  /** A request sent at `sentAt` was answered by the leader: the lease runs from then. */
  renewedAt(sentAt: number): void {
    const until = sentAt + (this.leaseMs * (100 - this.c.leaseMarginPercent)) / 100;
    if (until > this.validUntil) this.validUntil = until;
  }

  /** Open (or find) the session; one open at a time. */
  async ensureOpen(timeoutMs: number): Promise<void> {
    if (this.open) return;
    this.opening ??= (async () => {
      const sentAt = now();
      const rep = await this.caller.call(lockOps.open, { leaseMs: this.c.leaseMs }, { callTimeoutMs: timeoutMs });
      this.counters.opens++;
      this.leaseMs = rep.leaseMs ?? 0;
      this.notifyToken = rep.notifyToken ?? '';
      if (this.leaseMs <= 0 || !this.notifyToken) throw new ProtoError('lock.session.open reply lacks a lease or notify token');
      this.renewedAt(sentAt);
    })().finally(() => (this.opening = undefined));
    await this.opening;
  }

  /** The server no longer knows the session: every grant of this epoch is dead. */
  expired(): void {
    if (!this.open) return;
    this.counters.expiries++;
    const old = this.epoch;
    this.epoch++;
    this.leaseMs = 0;
    this.validUntil = 0;
    this.onExpired(old);
  }

  /** One heartbeat: the locks the server says we hold, or undefined if it failed. */
  async renew(): Promise<{ name: string; token: number }[] | undefined> {
    if (!this.open) return undefined;
    const sentAt = now();
    try {
      const rep = await this.caller.call(lockOps.renew, {}, { callTimeoutMs: Math.max(1, Math.floor(this.leaseMs / 2)) });
      this.counters.renewals++;
      this.renewedAt(sentAt);
      return (rep.held ?? []).map((h) => ({ name: h.name ?? '', token: Number(h.token ?? 0) }));
    } catch (e) {
      if (e instanceof NonexistError) this.expired();
      return undefined;
    }
  }

  /** Close the session at the server (its locks go to their waiters). */
  async close(): Promise<void> {
    if (!this.open) return;
    await this.caller.call(lockOps.close, {}, { callTimeoutMs: this.c.requestTimeoutMs }).catch(() => undefined);
    this.leaseMs = 0;
    this.validUntil = 0;
    this.epoch++;
  }
}
