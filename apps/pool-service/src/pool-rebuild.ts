// Rebuild, driven by the pool service leader (DAOS: the pool service schedules rebuild after a map
// change, ds_rebuild_schedule). A change of the engine ranks' targets (exclude, drain, reintegrate,
// extend) records, in the same transaction, the map the engines must rebuild from: the map before
// the first such change since the last rebuild every target completed (`rebuild_base`). The
// leader's loop asks every in-service target to rebuild from that base to the current map (the
// engines' `obj.rebuild_start` is idempotent per map version and restarts a failed one) until all
// are done with the current version, then clears the base (`pool.rebuild.complete`, which keeps it
// if the map moved on meanwhile) and asks the targets to drop what the map no longer places on them.
import { poolOps } from '@daos-nats/api';
import { daos } from '@daos-nats/proto';
import { operation, type HandlerContext, type LeaderTerm } from '@daos-nats/rsvc';
import type { Logger } from '@daos-nats/telemetry';
import { deleteRebuildBase, readMap, readRebuildBase } from './pool-layout.js';
import { toWireMap, type PoolMap } from './pool-map.js';

const m = daos.pool.v1;

export type RebuildRunState = 'idle' | 'busy' | 'done' | 'failed';

/** How the leader reaches the engines (main.ts: libs/client startRebuild / reclaimRebuild over the bus). */
export interface RebuildDriver {
  /** Ask every in-service target of `map` to rebuild from `base`; the pool's summary state and why. */
  start(pool: string, map: daos.pool.v1.IPoolMap, base: daos.pool.v1.IPoolMap, signal: AbortSignal): Promise<{ readonly state: RebuildRunState; readonly detail: string }>;
  /** After a completed rebuild: every target drops the dkeys `map` no longer places on it. */
  reclaim(pool: string, map: daos.pool.v1.IPoolMap, signal: AbortSignal): Promise<void>;
}

export interface RebuildWatchOptions {
  readonly log: Logger;
  readonly driver: RebuildDriver;
  /** Between two looks (each look is one round of calls to every in-service target). */
  readonly intervalMs: number;
  /** Deadline of one look's calls (the engines' own per-call deadline is shorter). */
  readonly lookTimeoutMs: number;
}

export const rebuildWatchDefaults = { intervalMs: 1_000, lookTimeoutMs: 30_000 } as const;

/** Whether a map change touches the engine ranks (their ranks, targets or target states). */
export function storageChanged(before: PoolMap, after: PoolMap): boolean {
  const key = (map: PoolMap) => JSON.stringify(map.ranks.filter((r) => r.storage).map((r) => [r.rank, r.targets.map((t) => [t.index, t.state])]));
  return key(before) !== key(after);
}

/** The two internal operations the loop runs on its own leader (`ctx.run`). */
export function rebuildOperations<S>() {
  return [
    operation(poolOps.rebuildState, 'read', async (_q, ctx: HandlerContext<S>) => {
      const base = await readRebuildBase(ctx.tx);
      return { map: toWireMap(await readMap(ctx.tx)), ...(base ? { base: toWireMap(base) } : {}) };
    }),
    operation(poolOps.rebuildComplete, 'write', async (q, ctx: HandlerContext<S>) => {
      const req = m.RebuildCompleteReq.create(q);
      const map = await readMap(ctx.tx);
      if (map.version !== req.mapVersion || !(await readRebuildBase(ctx.tx))) return { cleared: false };
      deleteRebuildBase(ctx.tx);
      return { cleared: true };
    }),
  ];
}

/** The leader's rebuild loop for one pool and one term: one look at a time, stopped at step-down. */
export class RebuildWatch {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private lastState = '';
  /**
   * Whether a rebuild may be pending: at step-up (a former leader may have left one), and after
   * every map change this leader commits (`poke`). Looks cost nothing until then, so an idle pool
   * (of thousands on one process) makes no read at all.
   */
  private pending = true;

  constructor(
    private readonly o: RebuildWatchOptions,
    private readonly gt: LeaderTerm,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.look(), this.o.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** A map change was committed: look again. */
  poke(): void {
    this.pending = true;
  }

  /** One look (exported for tests); overlapping looks are skipped. The state it saw. */
  async look(): Promise<RebuildRunState> {
    if (this.running || !this.timer || !this.pending) return 'idle';
    this.running = true;
    try {
      const signal = AbortSignal.timeout(this.o.lookTimeoutMs);
      this.pending = false; // a change from now on pokes again
      const st = await this.gt.run(poolOps.rebuildState, {}, { signal });
      if (!st.base || !st.map) return 'idle';
      this.pending = true; // until cleared
      const version = st.map.version ?? 0;
      const r = await this.o.driver.start(this.gt.group, st.map, st.base, signal);
      this.report(`${r.state} ${version}`, { pool: this.gt.group, from: st.base.version, to: version, state: r.state, detail: r.detail });
      if (r.state !== 'done') return r.state;
      const done = await this.gt.run(poolOps.rebuildComplete, { mapVersion: version }, { signal });
      if (done.cleared) {
        this.pending = false;
        this.o.log.info({ pool: this.gt.group, mapVersion: version }, 'rebuild complete on every target');
        await this.o.driver.reclaim(this.gt.group, st.map, signal).catch((err: unknown) => this.o.log.warn({ err, pool: this.gt.group }, 'reclaim after rebuild failed (the data stays, also where the map no longer places it)'));
      }
      return 'done';
    } catch (err) {
      this.pending = true;
      this.o.log.warn({ err, pool: this.gt.group }, 'rebuild look failed; the next one retries');
      return 'failed';
    } finally {
      this.running = false;
    }
  }

  /** Log a state once when it changes (a look every second would flood the log). */
  private report(key: string, fields: Record<string, unknown>): void {
    if (key === this.lastState) return;
    this.lastState = key;
    this.o.log.info(fields, 'rebuild');
  }
}
