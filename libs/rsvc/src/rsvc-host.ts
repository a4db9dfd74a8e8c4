import fs from 'node:fs';
import path from 'node:path';
import {
  ExistError,
  InvalidError,
  NonexistError,
  NoSpaceError,
  NotReplicaError,
  StaleError,
  rank as toRank,
  type Rng,
} from '@daos-nats/base';
import { decodeMessage, rsvcOps, type OperationDef } from '@daos-nats/api';
import type { daos } from '@daos-nats/proto';
import { packReplicaId, RaftRouter, Replica, type AppliedBatch, type ReplicaConfig, type ReplicaId } from '@daos-nats/rdb';
import { createLogger, type Logger } from '@daos-nats/telemetry';
import { context, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { recordApplySpans } from './apply-spans.js';
import { attributeOperationsWith } from './attributes.js';
import { FenceStore } from './fence-store.js';
import { Mutex } from './mutex.js';
import { rsvcConfig, type RsvcConfig } from './rsvc-config.js';
import { replicaOperations } from './replica-operations.js';
import type { OperationSpec, ServiceClass } from './service-class.js';
import { RSVC_TRACER, ServiceGroup } from './service-group.js';
import type {
  RsvcAuthorizedRequest,
  RsvcEndpoint,
  RsvcHandler,
  RsvcRaftLink,
  RsvcRequest,
  RsvcServer,
  RsvcTransport,
} from './rsvc-transport.js';

/** How long a campaign asked at create waits for the new replica to apply its founding membership. */
const CAMPAIGN_MEMBERSHIP_WAIT_MS = 1_000;
/** How often it looks meanwhile. */
const CAMPAIGN_MEMBERSHIP_POLL_MS = 5;

/** A handler over decoded messages of `def`: a body that does not decode is DER_PROTO. */
function typed<Req, Rep>(def: OperationDef<Req, Rep>, fn: (request: Req, req: RsvcRequest) => Promise<Rep>): RsvcHandler {
  return async (req) => def.reply.encode(await fn(decodeMessage(def.request, req.body, `${def.name} request`), req)).finish();
}

/** Group names become file names: keep them to a safe alphabet. */
const GROUP_RE = /^[A-Za-z0-9_-]{1,128}$/;

export interface RsvcHostOptions<S> {
  /** The network (libs/bus: `natsRsvcTransport(bus)`; tests: `MemoryRsvcNetwork.transport()`). */
  readonly transport: RsvcTransport;
  readonly system: string;
  /** This process's rank: it serves `daos.<system>.<service>.*.<rank>.req` and `.raft`. */
  readonly rank: number;
  /** Where the replicas' SQLite files (`<group>.rdb`) and the fence file live. */
  readonly dataDir: string;
  readonly service: ServiceClass<S>;
  /** Raft's election jitter (seeded in tests). */
  readonly rng: Rng;
  /** rdb knobs for every replica (tickIntervalMs, commitTimeoutMs, raft.electionTimeoutTicks, ...). */
  readonly replica?: Partial<Omit<ReplicaConfig, 'file' | 'id' | 'transport' | 'rng'>>;
  readonly config?: Partial<RsvcConfig>;
  /** Wall clock in ms since the epoch (dedup ages); default Date.now. */
  readonly nowMs?: () => number;
  /**
   * Gate of every request this host receives (libs/auth `operationAuthorizer`): throw DER_NO_PERM
   * to refuse before any handler runs, so a refused request changes nothing. Absent: no checks.
   */
  readonly authorize?: (req: RsvcAuthorizedRequest) => void;
  readonly log?: Logger;
}

/** What a start asks of this rank (the decoded `rsvc.start` request). */
export type StartGroupRequest = daos.rsvc.v1.StartReq.$Properties;
export type StopGroupRequest = daos.rsvc.v1.StopReq.$Properties;

/**
 * A process hosting the replicas of many groups of one service: one RaftLink + RaftRouter for all
 * their raft traffic, one rdb Replica (and SQLite file) per group, one responder for all their
 * requests. A request for a group not hosted here is answered DER_NOTREPLICA; `rsvc.start` and
 * `rsvc.stop` create, open, close and destroy replicas, fenced by the caller's term and the
 * replica generation.
 */
export class RsvcHost<S = unknown> {
  private readonly groups = new Map<string, ServiceGroup<S>>();
  private readonly control = new Mutex();
  private readonly cfg: RsvcConfig;
  private readonly log: Logger;
  private readonly fences: FenceStore;
  private readonly link: RsvcRaftLink;
  private readonly router: RaftRouter;
  private responder: RsvcServer | undefined;
  /** The service's operations and the framework's, by name (what the responder and `ctx.run` dispatch). */
  private readonly specs: ReadonlyMap<string, OperationSpec<S>>;
  private closed = false;
  private readonly tracer = trace.getTracer(RSVC_TRACER);

  private constructor(private readonly o: RsvcHostOptions<S>) {
    this.cfg = rsvcConfig(o.config);
    this.log = o.log ?? createLogger({ service: `${o.service.name}-service`, base: { rank: o.rank } });
    fs.mkdirSync(o.dataDir, { recursive: true });
    this.fences = new FenceStore(o.dataDir);
    this.link = o.transport.raftLink(this.endpoint);
    this.router = new RaftRouter(
      {
        publish: (group, to, bytes) => this.link.publish(group, to, bytes),
        flush: () => this.link.flush?.(),
        onRestored: (listener) => this.link.onRestored?.(listener),
      },
      (err) => this.log.warn({ err }, 'malformed raft envelope dropped'),
    );
    this.specs = this.operationSpecs();
  }

  /** Open every replica this rank hosts, then listen for raft traffic and requests. */
  static async start<S>(o: RsvcHostOptions<S>): Promise<RsvcHost<S>> {
    const h = new RsvcHost(o);
    for (const g of h.fences.hosted()) h.openGroup(g, { rank: toRank(o.rank), gen: h.fences.get(g).gen });
    await h.link.listen((bytes) => h.router.deliver(bytes));
    h.responder = await o.transport.serve(h.endpoint, h.handlers(), {
      handlersInFlightMax: h.cfg.handlersInFlightMax,
      pendingRequestsMax: h.cfg.pendingRequestsMax,
      ...(o.authorize ? { authorize: o.authorize } : {}),
    });
    h.log.info({ groups: [...h.groups.keys()] }, 'rsvc host started');
    return h;
  }

  get rank(): number {
    return this.o.rank;
  }

  private get endpoint(): RsvcEndpoint {
    return { system: this.o.system, service: this.o.service.name, rank: this.o.rank };
  }

  group(name: string): ServiceGroup<S> | undefined {
    return this.groups.get(name);
  }

  groupNames(): string[] {
    return [...this.groups.keys()];
  }

  private file(group: string): string {
    return path.join(this.o.dataDir, `${group}.rdb`);
  }

  /** Refuse a new replica beyond groupsPerProcessMax before anything is recorded for it. */
  private checkRoom(group: string): void {
    if (!this.groups.has(group) && this.groups.size >= this.cfg.groupsPerProcessMax)
      throw new NoSpaceError(
        `rank ${this.o.rank} already hosts ${this.groups.size} replicas, groupsPerProcessMax ${this.cfg.groupsPerProcessMax}: no replica of ${group} can start here`,
      );
  }

  /**
   * A replica's ticker, its leadership listener and every leader loop its step-up starts live as long
   * as the group, so they must not inherit the OpenTelemetry context of the request that happened to
   * open it (a dist-start inside `dmg pool create`): that trace would grow forever. They start from
   * the root context.
   */
  private openGroup(group: string, id: ReplicaId, create?: readonly ReplicaId[], bootstrapArg?: Uint8Array): ServiceGroup<S> {
    return context.with(ROOT_CONTEXT, () => this.openGroupDetached(group, id, create, bootstrapArg));
  }

  private openGroupDetached(group: string, id: ReplicaId, create?: readonly ReplicaId[], bootstrapArg?: Uint8Array): ServiceGroup<S> {
    this.checkRoom(group);
    const opts = {
      ...this.o.replica,
      file: this.file(group),
      id,
      transport: this.router.transport(group, packReplicaId(id)),
      rng: this.o.rng,
      // Every raft message and transaction sized to what the transport carries (issue 11, finding 1).
      messageBytesMax: this.link.maxMessageBytes,
      log: (line: string) => this.log.warn({ group }, line),
      onApplied: (batch: AppliedBatch) => recordApplySpans(this.tracer, { service: this.o.service.name, group, rank: this.o.rank }, batch),
      onFatal: (err: unknown) => {
        this.log.fatal({ err, group }, 'replica stopped itself');
        this.groups.delete(group);
      },
    };
    const replica = create ? Replica.create(opts, create) : Replica.open(opts);
    const sg = new ServiceGroup<S>({
      service: this.o.service,
      group,
      rank: this.o.rank,
      replica,
      config: this.cfg,
      log: this.log,
      nowMs: this.o.nowMs ?? Date.now,
      operations: this.specs,
      ...(bootstrapArg ? { bootstrapArg } : {}),
    });
    this.groups.set(group, sg);
    return sg;
  }

  // ---- dist start / stop (this rank's side) ----

  private fence(group: string, fenceTerm: number): void {
    const seen = this.fences.get(group).fenceTerm;
    if (fenceTerm < seen) throw new StaleError(`request for group ${group} with fence term ${fenceTerm} is older than ${seen}`);
  }

  /** Create or open this rank's replica of `group` (idempotent for the same generation). */
  startGroup(group: string, req: StartGroupRequest): Promise<ReplicaId> {
    return this.control.run(async () => {
      if (!GROUP_RE.test(group)) throw new InvalidError(`group name ${JSON.stringify(group)} must match ${GROUP_RE}`);
      const fenceTerm = req.fenceTerm ?? 0;
      this.fence(group, fenceTerm);
      const known = this.fences.get(group);
      const arg = req.bootstrap ? (req.bootstrapArg ?? new Uint8Array(0)) : undefined;
      const existing = this.groups.get(group);
      if (!req.create) {
        if (existing) return { rank: toRank(this.o.rank), gen: known.gen };
        if (known.gen === 0 || !fs.existsSync(this.file(group)))
          throw new NonexistError(`no replica of group ${group} on rank ${this.o.rank}`);
        this.openGroup(group, { rank: toRank(this.o.rank), gen: known.gen }, undefined, arg);
        this.fences.set(group, { ...known, fenceTerm: Math.max(fenceTerm, known.fenceTerm) });
        return { rank: toRank(this.o.rank), gen: known.gen };
      }
      const members = (req.members ?? []).map((m) => ({ rank: toRank(m.rank ?? 0), gen: m.gen ?? 0 }));
      const gen = req.gen || members.find((m) => m.rank === this.o.rank)?.gen || 0;
      if (gen <= 0) throw new InvalidError(`rank ${this.o.rank} is not among the members of ${group} and no generation was given`);
      const founders = [...new Set(members.map((m) => Number(m.rank)))].sort((a, b) => a - b);
      if (existing || known.gen !== 0) {
        if (known.gen === gen) {
          // The same generation with other founders would be a second membership of one group.
          if (known.founders && String(known.founders) !== String(founders))
            throw new ExistError(
              `rank ${this.o.rank} already has replica generation ${gen} of ${group} with members ${known.founders.join(',')}; refusing members ${founders.join(',')}`,
            );
          if (arg) existing?.offerBootstrap(arg);
          if (req.campaign) this.campaignIfLeaderless(group);
          return { rank: toRank(this.o.rank), gen };
        }
        if (known.gen > gen)
          throw new StaleError(`rank ${this.o.rank} already has replica generation ${known.gen} of ${group}, newer than ${gen}`);
        throw new ExistError(`rank ${this.o.rank} already has replica generation ${known.gen} of ${group}; stop and destroy it first`);
      }
      this.checkRoom(group);
      // Record the generation first: a crash after the file exists must still find it at restart.
      const createGen = Number(req.createGen ?? 0);
      this.fences.set(group, { fenceTerm: Math.max(fenceTerm, known.fenceTerm), gen, founders, ...(createGen ? { createGen } : {}) });
      this.openGroup(group, { rank: toRank(this.o.rank), gen }, members, arg);
      this.log.info({ group, gen, members }, 'replica created');
      if (req.campaign) this.campaignIfLeaderless(group);
      return { rank: toRank(this.o.rank), gen };
    });
  }

  /**
   * An election now, unless the replica already knows a leader (a retried start must not depose
   * it). A new replica applies its founding membership on its first Ready, just after creation,
   * and raft ignores a campaign until then: wait for it (polled, bounded), then campaign.
   */
  private campaignIfLeaderless(group: string): void {
    const replica = this.groups.get(group)?.replica;
    if (!replica) return;
    const deadline = performance.now() + CAMPAIGN_MEMBERSHIP_WAIT_MS;
    const attempt = (): void => {
      if (this.groups.get(group)?.replica !== replica || replica.leaderId !== undefined) return;
      if (!replica.isMember) {
        if (performance.now() < deadline) setTimeout(attempt, CAMPAIGN_MEMBERSHIP_POLL_MS).unref();
        return;
      }
      try {
        replica.campaign();
        this.log.info({ group, term: Number(replica.currentTerm) }, 'campaigning at once (asked by the creator)');
      } catch (e) {
        this.log.warn({ group, err: (e as Error).message }, 'could not campaign');
      }
    };
    attempt();
  }

  /** Close this rank's replica of `group`, and delete it if `destroy` (never a newer generation). */
  stopGroup(group: string, req: StopGroupRequest): Promise<void> {
    return this.control.run(async () => {
      const fenceTerm = req.fenceTerm ?? 0;
      this.fence(group, fenceTerm);
      const known = this.fences.get(group);
      if (req.gen && known.gen > req.gen) throw new StaleError(`rank ${this.o.rank} has replica generation ${known.gen} of ${group}, newer than the ${req.gen} to stop`);
      const below = Number(req.createGenBelow ?? 0);
      if (below && known.gen !== 0 && (known.createGen ?? 0) >= below)
        throw new StaleError(`rank ${this.o.rank} has a replica of ${group} of create generation ${known.createGen}, not below ${below}: a newer creation, left alone`);
      const sg = this.groups.get(group);
      this.groups.delete(group);
      if (req.destroy) {
        if (sg) sg.destroy();
        else Replica.destroyClosed(this.file(group));
        this.fences.set(group, { fenceTerm: Math.max(fenceTerm, known.fenceTerm), gen: 0 });
        this.log.info({ group, gen: known.gen }, 'replica destroyed');
      } else {
        sg?.close();
        if (known.gen !== 0 || fenceTerm > known.fenceTerm)
          this.fences.set(group, { ...known, fenceTerm: Math.max(fenceTerm, known.fenceTerm) });
      }
    });
  }

  /**
   * Create this rank's empty replica `gen` of `group`, to be added to the running group by its
   * leader (`rsvc.start.joining`). Unlike `startGroup`, not fenced by the creator's term: a rank
   * whose replica was removed (and destroyed) keeps that term and must still be able to join
   * again under a new generation. Nothing existing is touched: the same generation is idempotent,
   * a newer one is DER_STALE, an older one DER_EXIST (destroy it first).
   */
  joinGroup(group: string, gen: number, createGen = 0): Promise<ReplicaId> {
    return this.control.run(async () => {
      if (!GROUP_RE.test(group)) throw new InvalidError(`group name ${JSON.stringify(group)} must match ${GROUP_RE}`);
      if (gen <= 0) throw new InvalidError(`a joining replica of ${group} needs a generation`);
      const self = { rank: toRank(this.o.rank), gen };
      const known = this.fences.get(group);
      if (known.gen === gen) {
        if (!this.groups.has(group)) this.openGroup(group, self);
        return self;
      }
      if (known.gen > gen)
        throw new StaleError(`rank ${this.o.rank} already has replica generation ${known.gen} of ${group}, newer than ${gen}`);
      if (known.gen !== 0)
        throw new ExistError(
          `rank ${this.o.rank} already has replica generation ${known.gen} of ${group}; it must be removed and destroyed first`,
        );
      this.checkRoom(group);
      // Record the generation first: a crash after the file exists must still find it at restart.
      this.fences.set(group, { fenceTerm: known.fenceTerm, gen, ...(createGen ? { createGen } : {}) });
      this.openGroup(group, self, []);
      this.log.info({ group, gen }, 'joining replica created');
      return self;
    });
  }

  /**
   * Destroy this rank's replica `gen` of `group` after its group's leader of raft term `term`
   * removed it from the membership (`rsvc.stop.removed`). The creator's fence term is not
   * consulted: it is another authority's clock, and the removing leader does not know it. What
   * makes the request legitimate is the committed removal of exactly this replica id, so:
   * - only generation `gen` is destroyed: another generation here (newer, re-created since, or
   *   older) is DER_STALE;
   * - a term older than the open replica's own is DER_STALE (a deposed leader's request);
   * - no replica here (already destroyed) is success, so the leader may retry.
   * A closed replica cannot advance its term, so for it the exact generation is the check.
   */
  stopRemovedGroup(group: string, term: number, gen: number): Promise<void> {
    return this.control.run(async () => {
      if (gen <= 0) throw new InvalidError(`the removed replica's generation is required to destroy it (group ${group})`);
      const known = this.fences.get(group);
      if (known.gen === 0) return;
      if (known.gen !== gen)
        throw new StaleError(`rank ${this.o.rank} has replica generation ${known.gen} of ${group}, not the removed ${gen}`);
      const sg = this.groups.get(group);
      const own = sg?.replica.currentTerm ?? 0;
      if (term < own)
        throw new StaleError(`removal of ${group} generation ${gen} from term ${term} is older than the replica's term ${own}`);
      this.groups.delete(group);
      if (sg) sg.destroy();
      else Replica.destroyClosed(this.file(group));
      // gen 0: not reopened at restart; the creator's fence term stays as it was.
      this.fences.set(group, { fenceTerm: known.fenceTerm, gen: 0 });
      this.log.info({ group, gen, term }, 'removed replica destroyed');
    });
  }

  // ---- request dispatch ----

  private operationSpecs(): Map<string, OperationSpec<S>> {
    const membership = replicaOperations<S>({
      transport: this.o.transport,
      system: this.o.system,
      service: this.o.service.name,
      rank: this.o.rank,
      peerRequestTimeoutMs: this.cfg.peerRequestTimeoutMs,
      log: this.log,
      replicaOf: (group) => this.groups.get(group)?.replica,
      createGenOf: (group) => this.fences.get(group).createGen ?? 0,
      ...(this.o.service.checkReplicaChange ? { checkChange: this.o.service.checkReplicaChange.bind(this.o.service) } : {}),
    });
    const specs = new Map<string, OperationSpec<S>>();
    for (const spec of [...this.o.service.operations, ...attributeOperationsWith(this.o.service.attributeAccess, this.o.service.attributeLimits), ...membership]) {
      if (specs.has(spec.def.name)) throw new InvalidError(`operation ${spec.def.name} is defined twice`);
      specs.set(spec.def.name, spec);
    }
    return specs;
  }

  private handlers(): Map<string, RsvcHandler> {
    const map = new Map<string, RsvcHandler>();
    for (const spec of this.specs.values()) {
      map.set(spec.def.name, (req) => {
        const sg = this.groups.get(req.group);
        if (!sg) throw new NotReplicaError(`rank ${this.o.rank} hosts no replica of ${this.o.service.name} group ${req.group}`);
        return sg.dispatch(spec, req);
      });
    }
    map.set(
      rsvcOps.start.name,
      typed(rsvcOps.start, async (r, req) => ({ self: await this.startGroup(req.group, r) })),
    );
    map.set(
      rsvcOps.stop.name,
      typed(rsvcOps.stop, async (r, req) => {
        await this.stopGroup(req.group, r);
        return {};
      }),
    );
    map.set(rsvcOps.startJoining.name, typed(rsvcOps.startJoining, async (r, req) => ({ self: await this.joinGroup(req.group, r.gen ?? 0, Number(r.createGen ?? 0)) })));
    map.set(
      rsvcOps.stopRemoved.name,
      typed(rsvcOps.stopRemoved, async (r, req) => {
        if (!r.destroy) throw new InvalidError(`${rsvcOps.stopRemoved.name} always destroys: destroy must be set`);
        await this.stopRemovedGroup(req.group, r.fenceTerm ?? 0, r.gen ?? 0);
        return {};
      }),
    );
    return map;
  }

  /** Stop serving (running handlers finish), then close every replica and the raft link. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.responder?.drain();
    for (const sg of this.groups.values()) sg.close();
    this.groups.clear();
    await this.link.close();
  }
}
