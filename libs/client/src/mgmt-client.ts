import { CanceledError, codeOf, DER, ProtoError, TimedOutError, type Rng } from '@daos-nats/base';
import { MS_GROUP, MS_SERVICE, mgmtLocatorOps, mgmtOps, rsvcOps } from '@daos-nats/api';
import { msLocatorSubject, type Bus } from '@daos-nats/bus';
import type { RsvcClientConfig } from '@daos-nats/dc-rsvc';
import type { daos } from '@daos-nats/proto';
import { ServiceCaller, type CallOptions as CallOpts } from './service-caller.js';
import { mgmtMemberInfo, mgmtPoolInfo, systemRankResult, type MgmtMemberInfo, type MgmtPoolInfo, type SystemRankResult } from './mgmt-info.js';
import { allPages } from './all-pages.js';

/** What a system query answers. */
export interface SystemQueryResult {
  readonly members: MgmtMemberInfo[];
  /** Requested ranks that are not members. */
  readonly absentRanks: number[];
  readonly mapVersion: number;
}

/** What a fanned-out system command answers: one result per rank. */
export interface SystemResults {
  readonly results: SystemRankResult[];
  readonly absentRanks: number[];
}

export interface LeaderQueryResult {
  readonly leader: number;
  readonly term: number;
  readonly replicas: number[];
  readonly downReplicas: number[];
}

function results(r: daos.mgmt.v1.SystemResultsRep.$Properties): SystemResults {
  return { results: (r.results ?? []).map(systemRankResult), absentRanks: [...(r.absentRanks ?? [])] };
}

/** What MgmtClient needs of a session (a DaosClient has all of it; the member agent builds one). */
export interface MgmtSession {
  readonly bus: Bus;
  readonly system: string;
  readonly rng: Rng;
  readonly rsvcConfig: Partial<RsvcClientConfig>;
}

export interface MgmtClientOptions {
  /** MS replica ranks (e.g. from the launcher's system file); absent = ask any replica. */
  readonly replicas?: readonly number[];
  /**
   * Deadline of one attempt of a slow operation (pool create/destroy, system stop/start): they
   * start replicas or fan out to every member, so they take longer than one ordinary request.
   */
  readonly slowAttemptTimeoutMs?: number;
  /**
   * Deadline of one attempt of pool create/destroy: they answer once the record is committed
   * (destroy after its handle check), so an attempt at a dead leader is given up much sooner.
   */
  readonly poolAttemptTimeoutMs?: number;
  /** How long to wait for the locator's answer (`mgmt.replicas`). */
  readonly locateTimeoutMs?: number;
  /** How long poolCreate/poolDestroy wait for the MS's background job (unless `noWait`). */
  readonly poolWaitTimeoutMs?: number;
  /** Pause between two looks at a pool being created or destroyed. */
  readonly poolPollMs?: number;
}

/** Options of a pool create or destroy: `noWait` answers once the record is committed. */
export type PoolJobOpts = CallOpts & {
  readonly noWait?: boolean;
  /** Called with the pool each time it is looked at while waiting (progress). */
  readonly onProgress?: (pool: MgmtPoolInfo) => void;
};

export const mgmtClientDefaults = {
  slowAttemptTimeoutMs: 60_000,
  poolAttemptTimeoutMs: 20_000,
  locateTimeoutMs: 5_000,
  poolWaitTimeoutMs: 300_000,
  poolPollMs: 200,
} as const;

/**
 * A client of the management service (`new MgmtClient(session)`): finds its leader among the MS
 * replicas (asking any replica for their ranks when not told), follows NOTLEADER hints, retries,
 * and keeps one client timestamp across the attempts of one call, so a retried write (a join, a
 * pool create) is done exactly once.
 */
export class MgmtClient {
  private readonly fast: ServiceCaller;
  private readonly slow: ServiceCaller;
  private readonly pools: ServiceCaller;

  constructor(
    private readonly session: MgmtSession,
    private readonly o: MgmtClientOptions = {},
  ) {
    const ranks = o.replicas ?? [];
    const refresh = async (signal: AbortSignal) => this.locate(signal);
    const base = { bus: session.bus, system: session.system, service: MS_SERVICE, group: MS_GROUP, ranks, rng: session.rng, refresh };
    this.fast = new ServiceCaller({ ...base, config: session.rsvcConfig });
    const slowAttemptTimeoutMs = o.slowAttemptTimeoutMs ?? mgmtClientDefaults.slowAttemptTimeoutMs;
    this.slow = new ServiceCaller({
      ...base,
      config: { ...session.rsvcConfig, attemptTimeoutMs: slowAttemptTimeoutMs, callTimeoutMs: Math.max(session.rsvcConfig.callTimeoutMs ?? 0, 2 * slowAttemptTimeoutMs) },
    });
    const poolAttemptTimeoutMs = o.poolAttemptTimeoutMs ?? Math.min(slowAttemptTimeoutMs, mgmtClientDefaults.poolAttemptTimeoutMs);
    this.pools = new ServiceCaller({
      ...base,
      config: { ...session.rsvcConfig, attemptTimeoutMs: poolAttemptTimeoutMs, callTimeoutMs: Math.max(session.rsvcConfig.callTimeoutMs ?? 0, 3 * poolAttemptTimeoutMs) },
    });
  }

  /** Ask any MS replica (a queue group on `daos.<system>.mgmt.req`) where the replicas are. */
  async locate(signal?: AbortSignal): Promise<number[]> {
    const rep = await this.session.bus.call(msLocatorSubject(this.session.system), mgmtLocatorOps.replicas, {}, {
      timeoutMs: this.o.locateTimeoutMs ?? mgmtClientDefaults.locateTimeoutMs,
    });
    signal?.throwIfAborted();
    return rep.replicas ?? [];
  }

  // ---- membership (the member agent) ----

  join(req: daos.mgmt.v1.JoinReq.$Properties, opts?: CallOpts): Promise<daos.mgmt.v1.JoinRep.$Properties> {
    return this.fast.call(mgmtOps.join, req, opts);
  }

  heartbeat(req: daos.mgmt.v1.HeartbeatReq.$Properties, opts?: CallOpts): Promise<daos.mgmt.v1.HeartbeatRep.$Properties> {
    return this.fast.call(mgmtOps.heartbeat, req, opts);
  }

  /** Report the groups this member's process hosts; answers the ones the MS found orphaned. */
  groupsReport(req: daos.mgmt.v1.GroupsReportReq.$Properties, opts?: CallOpts): Promise<daos.mgmt.v1.GroupsReportRep.$Properties> {
    return this.fast.call(mgmtOps.groupsReport, req, opts);
  }

  // ---- system commands (dmg system ...) ----

  /** Members, filtered by ranks (empty = all) and a MemberState mask (0 = all). */
  async systemQuery(req: { ranks?: readonly number[]; stateMask?: number } = {}, opts?: CallOpts): Promise<SystemQueryResult> {
    const rep = await this.fast.call(mgmtOps.systemQuery, { ranks: [...(req.ranks ?? [])], stateMask: req.stateMask ?? 0 }, opts);
    return { members: (rep.members ?? []).map(mgmtMemberInfo), absentRanks: [...(rep.absentRanks ?? [])], mapVersion: Number(rep.mapVersion ?? 0) };
  }

  /** Stop members (all when `ranks` is empty): their services stop serving, the process stays. */
  async systemStop(req: { ranks?: readonly number[]; force?: boolean } = {}, opts?: CallOpts): Promise<SystemResults> {
    return results(await this.slow.call(mgmtOps.systemStop, { ranks: [...(req.ranks ?? [])], force: req.force ?? false }, opts));
  }

  /** Start stopped members again (all when `ranks` is empty). */
  async systemStart(req: { ranks?: readonly number[] } = {}, opts?: CallOpts): Promise<SystemResults> {
    return results(await this.slow.call(mgmtOps.systemStart, { ranks: [...(req.ranks ?? [])] }, opts));
  }

  /** Administratively exclude ranks (AdminExcluded: they may not rejoin until cleared). */
  async systemExclude(ranks: readonly number[], opts?: CallOpts): Promise<SystemResults> {
    return results(await this.fast.call(mgmtOps.systemExclude, { ranks: [...ranks] }, opts));
  }

  /** AdminExcluded → Excluded: the rank may join again. */
  async systemClearExclude(ranks: readonly number[], opts?: CallOpts): Promise<SystemResults> {
    return results(await this.fast.call(mgmtOps.systemClearExclude, { ranks: [...ranks] }, opts));
  }

  /** Forget excluded members for good (dmg system remove): frees their place in the member table. */
  async systemRemove(ranks: readonly number[], opts?: CallOpts): Promise<SystemResults> {
    return results(await this.fast.call(mgmtOps.systemRemove, { ranks: [...ranks] }, opts));
  }

  /**
   * Add MS replicas on `ranks` (dmg system ms-replica add): the MS leader creates each replica on
   * its rank (an mgmt-service process must run there) and adds it to the raft membership.
   */
  async msReplicasAdd(ranks: readonly number[], opts?: CallOpts): Promise<number[]> {
    return ((await this.fast.call(rsvcOps.replicasAdd, { ranks: [...ranks] }, opts)).members ?? []).map((m) => m.rank ?? 0);
  }

  /** Remove MS replicas (never the leader: it refuses; transfer leadership first). */
  async msReplicasRemove(ranks: readonly number[], opts?: CallOpts): Promise<number[]> {
    return ((await this.fast.call(rsvcOps.replicasRemove, { ranks: [...ranks] }, opts)).members ?? []).map((m) => m.rank ?? 0);
  }

  async leaderQuery(opts?: CallOpts): Promise<LeaderQueryResult> {
    const rep = await this.fast.call(mgmtOps.leaderQuery, {}, opts);
    return { leader: rep.leader ?? 0, term: Number(rep.term ?? 0), replicas: [...(rep.replicas ?? [])], downReplicas: [...(rep.downReplicas ?? [])] };
  }

  // ---- pool directory ----

  /**
   * Create a pool: the MS commits its record (Creating) and answers at once; its leader starts the
   * pool's groups in the background. Unless `noWait`, wait until the pool is Ready (returned) or
   * its create failed and was rolled back (DER_CANCELED, with the reason).
   */
  async poolCreate(req: daos.mgmt.v1.PoolCreateReq.$Properties, opts: PoolJobOpts = {}): Promise<MgmtPoolInfo> {
    const rep = await this.pools.call(mgmtOps.poolCreate, req, opts);
    if (!rep.pool) throw new ProtoError('mgmt.pool.create reply has no pool');
    const pool = mgmtPoolInfo(rep.pool);
    if (opts.noWait || pool.state === 'Ready') return pool;
    return await this.waitPool(pool.uuid, opts, (p) => {
      if (p === undefined || p.state === 'Destroying')
        throw new CanceledError(`pool ${pool.label || pool.uuid} was not created: ${p?.progress || 'its create was rolled back'}`);
      return p.state === 'Ready' ? p : undefined;
    });
  }

  /**
   * Destroy a pool: the MS commits it Destroying and answers; its leader removes the replicas in
   * the background. Unless `noWait`, wait until the pool is gone.
   */
  async poolDestroy(id: string, o: { force?: boolean } & PoolJobOpts = {}): Promise<void> {
    const rep = await this.pools.call(mgmtOps.poolDestroy, { id, force: o.force ?? false }, o);
    if (o.noWait || !rep.pool) return;
    await this.waitPool(rep.pool.uuid ?? id, o, (p) => (p === undefined ? true : undefined));
  }

  /** Look at pool `uuid` until `done` returns a value (undefined = not yet), within poolWaitTimeoutMs. */
  private async waitPool<T>(uuid: string, opts: PoolJobOpts, done: (p: MgmtPoolInfo | undefined) => T | undefined): Promise<T> {
    const timeoutMs = this.o.poolWaitTimeoutMs ?? mgmtClientDefaults.poolWaitTimeoutMs;
    const deadline = performance.now() + timeoutMs;
    let last: MgmtPoolInfo | undefined;
    for (;;) {
      opts.signal?.throwIfAborted();
      try {
        last = await this.poolFind(uuid, opts);
      } catch (e) {
        if (codeOf(e) !== DER.NONEXIST) throw e;
        last = undefined;
      }
      if (last) opts.onProgress?.(last);
      const out = done(last);
      if (out !== undefined) return out;
      if (performance.now() >= deadline) throw new TimedOutError(`pool ${uuid} is still ${last?.state} (${last?.progress}) after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, this.o.poolPollMs ?? mgmtClientDefaults.poolPollMs));
    }
  }

  /** Every pool, by label (the MS answers in pages of uuid order; `pageItems` bounds a page further). */
  async poolList(opts?: CallOpts & { readonly pageItems?: number }): Promise<MgmtPoolInfo[]> {
    const pools = await allPages(async (anchor) => {
      const rep = await this.fast.call(mgmtOps.poolList, { anchor, limit: opts?.pageItems ?? 0 }, opts);
      return { items: rep.pools ?? [], nextAnchor: rep.nextAnchor ?? '' };
    }, 'mgmt.pool.list');
    return pools.map(mgmtPoolInfo).sort((a, b) => a.label.localeCompare(b.label));
  }

  /** A pool by uuid or label (DER_NONEXIST if none): its service ranks for dc-rsvc's refresh. */
  async poolFind(id: string, opts?: CallOpts): Promise<MgmtPoolInfo> {
    const rep = await this.fast.call(mgmtOps.poolFind, { id }, opts);
    if (!rep.pool) throw new ProtoError('mgmt.pool.find reply has no pool');
    return mgmtPoolInfo(rep.pool);
  }

  /** A pool or container service reports its replicas after a reconfiguration. */
  async poolUpdateReplicas(req: daos.mgmt.v1.PoolUpdateReplicasReq.$Properties, opts?: CallOpts): Promise<MgmtPoolInfo> {
    const rep = await this.fast.call(mgmtOps.poolUpdateReplicas, req, opts);
    if (!rep.pool) throw new ProtoError('mgmt.pool.update-replicas reply has no pool');
    return mgmtPoolInfo(rep.pool);
  }
}

export type { MgmtMemberInfo, MgmtPoolInfo, SystemRankResult };
