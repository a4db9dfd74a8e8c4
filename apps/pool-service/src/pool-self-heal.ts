import { poolOps } from '@daos-nats/api';
import type { LeaderTerm } from '@daos-nats/rsvc';
import type { Logger } from '@daos-nats/telemetry';

export interface SelfHealOptions {
  readonly log: Logger;
  /** Which of `ranks` the system has excluded (the management service's member states). */
  readonly excludedRanks: (ranks: readonly number[]) => Promise<number[]>;
  /** Between two looks at the member states. */
  readonly intervalMs: number;
  /** Deadline of each operation the leader runs on itself. */
  readonly requestTimeoutMs: number;
}

export const selfHealDefaults = { intervalMs: 2_000, requestTimeoutMs: 10_000 } as const;

/**
 * The leader's event handling (DAOS pool_svc's batched dead-rank excludes): every `intervalMs`,
 * ranks of the pool map that the system has excluded are excluded from the pool, when the pool's
 * `self_heal` property contains "exclude". Forced past the redundancy check: the rank is gone
 * whatever the pool's redundancy factor says, and the map must say so. The exclusion then moves
 * any service replica off that rank (pool-reconfigure.ts).
 */
export class SelfHealWatch {
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly o: SelfHealOptions,
    /** The leader's term and its in-process calls (from stepUp's context, without its transaction). */
    private readonly gt: LeaderTerm,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.check(), this.o.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One look (exported for tests); overlapping calls are skipped. */
  async check(): Promise<number[]> {
    if (this.running || !this.timer) return [];
    this.running = true;
    try {
      const opts = () => ({ signal: AbortSignal.timeout(this.o.requestTimeoutMs) }); // a deadline per operation
      const props = await this.gt.run(poolOps.propGet, { names: ['self_heal'] }, opts());
      if (!(props.props?.[0]?.value ?? '').split(';').includes('exclude')) return [];
      const info = (await this.gt.run(poolOps.query, { wantMap: true }, opts())).info;
      const inService = (info?.map?.ranks ?? []).filter((r) => (r.targets ?? []).some((t) => t.state === 4 /* UPIN */)).map((r) => r.rank ?? 0);
      if (inService.length === 0) return [];
      const gone = await this.o.excludedRanks(inService);
      for (const rank of gone) {
        const rep = await this.gt.run(poolOps.exclude, { rank, force: true }, opts());
        this.o.log.warn({ pool: this.gt.group, rank, mapVersion: rep.mapVersion }, 'rank excluded from the system: excluded from the pool');
      }
      return gone;
    } catch (err) {
      this.o.log.warn({ err, pool: this.gt.group }, 'self-heal check failed; next one in a moment');
      return [];
    } finally {
      this.running = false;
    }
  }
}
