import { ivOps } from '@daos-nats/api';
import { AgainError, BusyError, TimedOutError, type Rng } from '@daos-nats/base';
import { ivSubject, type Bus } from '@daos-nats/bus';
import type { IvNamespaceDesc, IvRange, IvSyncMode, IvUpdateResult, IvValue } from '@daos-nats/iv';
import { entryFromPb, syncToPb } from './iv-codec.js';

export interface IvClientOptions {
  /** Deadline of one call, retries included. */
  readonly callTimeoutMs: number;
  /** Pause between retries of DER_BUSY / DER_AGAIN (a root waiting out leases, a cache learning a term); jittered. */
  readonly retryPauseMs: number;
}

export const ivClientDefaults: IvClientOptions = { callTimeoutMs: 20_000, retryPauseMs: 200 };

/**
 * What engines and services use: the IV cache of their own rank (`rank`), per pool. Fetch and
 * update retry DER_BUSY and DER_AGAIN until the deadline; every other failure is the caller's.
 */
export class IvClient {
  private readonly o: IvClientOptions;

  constructor(
    private readonly bus: Bus,
    private readonly system: string,
    readonly rank: number,
    private readonly rng: Rng,
    opts: Partial<IvClientOptions> = {},
  ) {
    this.o = { ...ivClientDefaults, ...opts };
  }

  async fetch(pool: string, classId: number, key: Uint8Array): Promise<IvValue> {
    const rep = await this.retrying((timeoutMs) => this.bus.call(ivSubject(this.system, pool, this.rank), ivOps.fetch, { classId, key }, { timeoutMs }));
    return entryFromPb(rep.entry) ?? { version: 0 };
  }

  async update(pool: string, classId: number, key: Uint8Array, version: number, value: Uint8Array, sync: IvSyncMode): Promise<IvUpdateResult> {
    const rep = await this.retrying((timeoutMs) => this.bus.call(ivSubject(this.system, pool, this.rank), ivOps.update, { classId, key, version, present: true, value, sync: syncToPb(sync) }, { timeoutMs }));
    return { complete: rep.complete === true };
  }

  async invalidate(pool: string, classId: number, key: Uint8Array, sync: IvSyncMode = 'eager'): Promise<IvUpdateResult> {
    const rep = await this.retrying((timeoutMs) => this.bus.call(ivSubject(this.system, pool, this.rank), ivOps.update, { classId, key, present: false, sync: syncToPb(sync) }, { timeoutMs }));
    return { complete: rep.complete === true };
  }

  /** `count` consecutive ids of a range class (DAOS oid_iv), served by this rank's cache. */
  async alloc(pool: string, classId: number, key: Uint8Array, count: number): Promise<IvRange> {
    const rep = await this.retrying((timeoutMs) => this.bus.call(ivSubject(this.system, pool, this.rank), ivOps.alloc, { classId, key, count }, { timeoutMs }));
    return { first: Number(rep.range?.first ?? 0), count: Number(rep.range?.count ?? 0) };
  }

  /** The pool service leader on this rank roots `ns.pool` with its term (no retry: a stale term is final). */
  async claimRoot(ns: IvNamespaceDesc): Promise<IvUpdateResult> {
    const rep = await this.bus.call(ivSubject(this.system, ns.pool, this.rank), ivOps.claimRoot, { ns: { pool: ns.pool, root: ns.root, term: ns.term, ranks: [...ns.ranks] } }, { timeoutMs: this.o.callTimeoutMs });
    return { complete: rep.complete === true };
  }

  async stopRoot(pool: string, term: number): Promise<void> {
    await this.bus.call(ivSubject(this.system, pool, this.rank), ivOps.stopRoot, { term }, { timeoutMs: this.o.callTimeoutMs });
  }

  private async retrying<T>(call: (timeoutMs: number) => Promise<T>): Promise<T> {
    const deadline = performance.now() + this.o.callTimeoutMs;
    for (;;) {
      const left = Math.floor(deadline - performance.now());
      if (left <= 0) throw new TimedOutError(`iv call did not succeed within ${this.o.callTimeoutMs} ms`);
      try {
        return await call(left);
      } catch (e) {
        if (!(e instanceof BusyError || e instanceof AgainError)) throw e;
        const pause = Math.min(this.o.retryPauseMs + this.rng.int(this.o.retryPauseMs + 1), Math.max(0, deadline - performance.now()));
        await new Promise((r) => setTimeout(r, pause));
      }
    }
  }
}
