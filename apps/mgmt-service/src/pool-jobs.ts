// The MS leader's background jobs: every pool create and destroy after its record is committed.
import { CONT_SERVICE, mgmtOps, POOL_SERVICE } from '@daos-nats/api';
import { codeOf, DER, NonexistError } from '@daos-nats/base';
import { MemberState } from '@daos-nats/client';
import { daos } from '@daos-nats/proto';
import type { LeaderCalls } from '@daos-nats/rsvc';
import type { MsDeps } from './ms-deps.js';
import type { PoolJobRecord } from './ms-layout.js';
import { currentReplicas, destroyReplicas, evictForDestroy, startGroup } from './pool-services.js';
import { createTargets, destroyTargets, engineHost } from './pool-targets.js';

/** Names of the points a test may stop the leader at (`MsDeps.stepHook`). */
export const POOL_STEPS = [
  'create:recorded', 'create:tgt-created', 'create:svc-started', 'create:cont-started', 'destroy:recorded', 'destroy:stopped', 'destroy:tgt-destroyed',
] as const;
export type PoolStepName = (typeof POOL_STEPS)[number];

/** Progress text of a Destroying pool whose create failed (what the waiting client is told). */
const CREATE_FAILED = 'create failed';

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });

/**
 * Runs the pool jobs of ONE leader term: each job is a sequence of steps, each step either a
 * network call made with no lock held (dist start/stop, probes) or one short committed
 * transaction (`mgmt.pool.step`, in process, fenced by the pool's create generation). Joins,
 * heartbeats and sweeps never wait behind a job. A job that loses its term stops; the next
 * leader resumes it from the committed record (every step is idempotent).
 */
export class PoolJobs {
  private readonly running = new Map<string, Promise<void>>();
  private readonly ac = new AbortController();

  constructor(
    private readonly d: MsDeps,
    private readonly term: number,
    private readonly calls: LeaderCalls,
  ) {}

  /** Start the job of `job` unless one for the pool is running on this leader already. */
  start(job: PoolJobRecord): void {
    const uuid = job.pool?.uuid ?? '';
    if (this.ac.signal.aborted || this.running.has(uuid)) return;
    const p = this.run(job)
      .catch((e: unknown) => {
        if (!this.ac.signal.aborted) this.d.log.warn({ pool: uuid, err: (e as Error).message }, 'pool job stopped; the next leader resumes it');
      })
      .finally(() => this.running.delete(uuid));
    this.running.set(uuid, p);
  }

  /**
   * Destroy the replica of `group` on `rank`, a pool the MS has no record of (orphan sweep),
   * fenced by this leader's term and by `createGenBelow`, the pool create generation the MS would
   * have given next when it found no record: a pool re-created with the same uuid after that look
   * (its record committed while this destroy is on its way) has a create generation at least
   * that, and its fresh replica refuses the stop. Logged. One at a time per replica.
   */
  destroyOrphan(service: string, group: string, rank: number, createGenBelow: number): void {
    const key = `orphan ${service} ${group} ${rank}`;
    if (this.ac.signal.aborted || this.running.has(key)) return;
    const p = destroyReplicas(this.d, group, service === POOL_SERVICE ? [rank] : [], service === CONT_SERVICE ? [rank] : [], this.term, this.ac.signal, async () => new Set<number>(), createGenBelow)
      .then(() => this.d.log.warn({ service, group, rank }, 'orphan sweep: destroyed a replica of a pool with no record'))
      .catch((e: unknown) => this.d.log.warn({ service, group, rank, err: (e as Error).message }, 'orphan sweep: could not destroy a replica'))
      .finally(() => this.running.delete(key));
    this.running.set(key, p);
  }

  /** Jobs running on this leader: pool uuids, and `orphan <service> <group> <rank>`. */
  active(): string[] {
    return [...this.running.keys()];
  }

  /** Leadership is ending: stop every job at its next step (nothing is undone). */
  stop(): void {
    this.ac.abort();
  }

  private hook(step: PoolStepName, uuid: string, label: string): void {
    this.d.stepHook?.(step, { uuid, label });
  }

  /** One committed step; retried while this leader has not finished stepping up. */
  private async step(uuid: string, gen: number, step: string, detail = ''): Promise<daos.mgmt.v1.PoolInfo> {
    for (;;) {
      this.ac.signal.throwIfAborted();
      try {
        const rep = await this.calls.run(mgmtOps.poolStep, { uuid, createGen: gen, step, detail }, { signal: this.ac.signal });
        if (!rep.pool) throw new NonexistError(`pool ${uuid}: step ${step} answered no record`);
        return daos.mgmt.v1.PoolInfo.fromObject(rep.pool);
      } catch (e) {
        // Our own step-up may still be in progress when a resumed job starts: wait for it.
        if (codeOf(e) !== DER.NOTLEADER || this.ac.signal.aborted) throw e;
        await sleep(this.d.config.jobRetryPauseMs, this.ac.signal);
      }
    }
  }

  private async run(job: PoolJobRecord): Promise<void> {
    let pool = daos.mgmt.v1.PoolInfo.fromObject(job.pool ?? {});
    const gen = Number(pool.createGen);
    if (pool.state === 'Creating') {
      const failure = await this.create(job, pool, gen);
      if (failure === undefined) return;
      pool = await this.step(pool.uuid, gen, 'rollback', failure); // Destroying, with the reason
    }
    await this.destroy(pool, gen);
  }

  /** Start both groups; undefined when the pool is Ready, else why the create must be rolled back. */
  private async create(job: PoolJobRecord, pool: daos.mgmt.v1.PoolInfo, gen: number): Promise<string | undefined> {
    const signal = this.ac.signal;
    // Where a create's time goes (ms), logged with 'pool created' (issue 17: measure first).
    const times: Record<string, number> = {};
    let t = this.d.monoMs();
    const lap = (name: string): void => {
      const now = this.d.monoMs();
      times[name] = Math.round(now - t);
      t = now;
    };
    // The first step also proves the record committed (the handler's transaction may have failed).
    await this.step(pool.uuid, gen, 'progress', 'tgt-create');
    lap('recordedMs');
    this.hook('create:recorded', pool.uuid, pool.label);
    try {
      // Targets first, as DAOS does (ds_mgmt_tgt_pool_create, then the pool service): the pool
      // service's map lists them from its first version.
      if (pool.targetRanks.length > 0) await createTargets(this.d, pool, await this.engineHosts(), this.term, signal);
      lap('tgtMs');
      this.hook('create:tgt-created', pool.uuid, pool.label);
      await this.step(pool.uuid, gen, 'progress', 'svc-start');
      lap('svcStepMs');
      const svc = await startGroup(this.d, POOL_SERVICE, pool.uuid, pool.svcRanks, job.poolBootstrap, this.term, gen, signal);
      lap('svcMs');
      this.hook('create:svc-started', pool.uuid, pool.label);
      await this.step(pool.uuid, gen, 'progress', 'cont-start');
      lap('contStepMs');
      const cont = await startGroup(this.d, CONT_SERVICE, pool.uuid, pool.contRanks, job.contBootstrap, this.term, gen, signal);
      lap('contMs');
      Object.assign(times, { svcStartMs: svc.startMs, svcUpMs: svc.upMs, contStartMs: cont.startMs, contUpMs: cont.upMs });
      this.hook('create:cont-started', pool.uuid, pool.label);
    } catch (e) {
      if (signal.aborted) throw e;
      this.d.log.warn({ pool: pool.uuid, err: (e as Error).message }, 'pool create failed: rolling it back');
      return `${CREATE_FAILED}: ${(e as Error).message}`;
    }
    await this.step(pool.uuid, gen, 'ready');
    lap('readyMs');
    this.d.log.info({ pool: pool.uuid, label: pool.label, svcRanks: pool.svcRanks, contRanks: pool.contRanks, times }, 'pool created');
    return undefined;
  }

  /** Evict, destroy every replica of both groups (until each rank confirms), then drop the record. */
  private async destroy(pool: daos.mgmt.v1.PoolInfo, gen: number): Promise<void> {
    const signal = this.ac.signal;
    // The first step proves the record committed (it waits for the service lock the handler
    // that started this job holds until its commit) and keeps the progress as it is.
    await this.step(pool.uuid, gen, 'progress', pool.progress);
    this.hook('destroy:recorded', pool.uuid, pool.label);
    // No handle to evict once replicas are being destroyed (a resumed job) or if the create never
    // finished (a rollback: the pool was never Ready, so never connected to).
    if (pool.progress !== 'stopping' && !pool.progress.startsWith(CREATE_FAILED)) {
      await evictForDestroy(this.d, pool.uuid, pool.svcRanks, signal).catch((e: unknown) =>
        this.d.log.info({ pool: pool.uuid, err: (e as Error).message }, 'destroy: handles not evicted (the service may be down); destroying anyway'),
      );
      await this.step(pool.uuid, gen, 'progress', 'stopping');
    }
    const svcRanks = await currentReplicas(this.d, POOL_SERVICE, pool.uuid, pool.svcRanks);
    const contRanks = await currentReplicas(this.d, CONT_SERVICE, pool.uuid, pool.contRanks);
    await destroyReplicas(this.d, pool.uuid, svcRanks, contRanks, this.term, signal, () => this.liveRanks());
    this.hook('destroy:stopped', pool.uuid, pool.label);
    // Then the targets (the service that knew them is gone, so nobody places objects there any more).
    if (pool.targetRanks.length > 0) await destroyTargets(this.d, pool, await this.engineHosts(), this.term, signal, () => this.liveRanks());
    this.hook('destroy:tgt-destroyed', pool.uuid, pool.label);
    await this.step(pool.uuid, gen, 'gone');
    this.d.log.info({ pool: pool.uuid, label: pool.label }, 'pool destroyed');
  }

  /** The control server's host of every engine member, by rank (from its `<host>:<index>` address). */
  private async engineHosts(): Promise<Map<number, string>> {
    const rep = await this.calls.run(mgmtOps.systemQuery, { ranks: [], stateMask: 0 }, { signal: this.ac.signal });
    return new Map((rep.members ?? []).filter((m) => m.kind === 'engine').map((m) => [m.rank ?? 0, engineHost(m.addr ?? '')]));
  }

  /** Ranks that may still answer: members not Excluded (an excluded rank's leftovers are the orphan sweep's). */
  private async liveRanks(): Promise<Set<number>> {
    const rep = await this.calls.run(mgmtOps.systemQuery, { ranks: [], stateMask: 0 }, { signal: this.ac.signal });
    const dead = MemberState.Excluded | MemberState.AdminExcluded;
    return new Set((rep.members ?? []).filter((m) => ((m.state ?? 0) & dead) === 0).map((m) => m.rank ?? 0));
  }
}
