import os from 'node:os';
import { memberOps } from '@daos-nats/api';
import { DaosError, SeededRng, StaleError, TimedOutError, type Rng } from '@daos-nats/base';
import { type Bus, type IncomingRequest, memberControlSubject, type Responder, typedHandler } from '@daos-nats/bus';
import { MemberState, MgmtClient } from '@daos-nats/client';
import { createLogger, type Logger } from '@daos-nats/telemetry';
import { loadMemberIdentity, saveMemberIdentity } from './member-identity.js';

export type MemberKind = 'pool-service' | 'container-service' | 'engine';

export interface MemberOptions {
  readonly bus: Bus;
  readonly system: string;
  /** Where the member's identity (member.json) lives: the process's data directory. */
  readonly dataDir: string;
  readonly kind: MemberKind;
  /** "/rack0/node1"; replicas are spread across fault domains. */
  readonly faultDomain: string;
  /** How to reach the process, for humans (default host:pid). */
  readonly addr?: string;
  /** Engines: how many targets the engine runs (the MS places pools' targets on engine ranks). */
  readonly targets?: number;
  /** MS replica ranks, when known (else asked of any MS replica). */
  readonly msReplicas?: readonly number[];
  /** System stop: stop serving (close the service's replicas); the process stays. */
  readonly onStop: (force: boolean) => Promise<void>;
  /** System start: serve again. */
  readonly onStart: () => Promise<void>;
  readonly config?: Partial<MemberConfig>;
  /** The raft groups this process hosts, reported to the MS every `groupsReportEveryBeats` heartbeats (orphan sweep). */
  readonly hostedGroups?: () => { readonly service: string; readonly groups: readonly string[] };
  readonly rng?: Rng;
  /** Gate of the control requests (libs/auth `operationAuthorizer`: only services may stop or start a member). */
  readonly authorize?: (req: IncomingRequest) => void;
  readonly log?: Logger;
}

export interface MemberConfig {
  /** Between heartbeats; the MS marks a member Unresponsive after a few missed. */
  readonly heartbeatIntervalMs: number;
  /** Report the hosted groups (hostedGroups) every this many heartbeats. */
  readonly groupsReportEveryBeats: number;
  /** Deadline of one heartbeat or join call (leader search included). */
  readonly callTimeoutMs: number;
  /** How long startMember keeps trying to join (the MS may still be electing). */
  readonly joinTimeoutMs: number;
}

export const memberDefaults: MemberConfig = {
  heartbeatIntervalMs: 1_000,
  groupsReportEveryBeats: 10,
  callTimeoutMs: 5_000,
  joinTimeoutMs: 120_000,
};

/**
 * The membership agent of one server process (DAOS's control plane for one engine): it joins the
 * system with its persistent UUID and gets a rank (the same rank on every rejoin), heartbeats the
 * MS, joins again when the MS says it no longer counts it (excluded, then cleared), and serves the
 * MS's control requests (ping, stop, start) on `daos.<system>.control.member.<rank>.req`.
 */
export class MemberAgent {
  readonly uuid: string;
  private rankValue = -1;
  private incarnationValue = 0;
  private local: number = MemberState.Joined;
  private timer: NodeJS.Timeout | undefined;
  private beating: Promise<void> | undefined;
  private responder: Responder | undefined;
  private closed = false;
  private readonly mgmt: MgmtClient;
  private readonly cfg: MemberConfig;
  private readonly log: Logger;
  /** Stop and start run one at a time, in arrival order. */
  private control: Promise<unknown> = Promise.resolve();

  private constructor(private readonly o: MemberOptions) {
    this.cfg = { ...memberDefaults, ...o.config };
    this.uuid = loadMemberIdentity(o.dataDir).uuid;
    this.log = (o.log ?? createLogger({ service: o.kind })).child({ component: 'member' });
    this.mgmt = new MgmtClient(
      { bus: o.bus, system: o.system, rng: o.rng ?? new SeededRng((Math.random() * 2 ** 32) >>> 0), rsvcConfig: { callTimeoutMs: this.cfg.callTimeoutMs } },
      o.msReplicas ? { replicas: o.msReplicas } : {},
    );
  }

  /** Join (retrying until `joinTimeoutMs`), serve control requests, start heartbeating. */
  static async start(o: MemberOptions): Promise<MemberAgent> {
    const m = new MemberAgent(o);
    await m.joinUntil(Date.now() + m.cfg.joinTimeoutMs);
    m.responder = await o.bus.serve(memberControlSubject(o.system, m.rank), {
      [memberOps.ping.name]: typedHandler(memberOps.ping, (req) => m.controlReply(req.incarnation ?? 0)),
      [memberOps.stop.name]: typedHandler(memberOps.stop, (req) => m.runControl(req.incarnation ?? 0, MemberState.Stopped, () => o.onStop(req.force ?? false))),
      [memberOps.start.name]: typedHandler(memberOps.start, (req) => m.runControl(req.incarnation ?? 0, MemberState.Joined, () => o.onStart())),
    }, o.authorize ? { authorize: o.authorize } : {});
    m.schedule();
    return m;
  }

  get rank(): number {
    return this.rankValue;
  }
  get incarnation(): number {
    return this.incarnationValue;
  }
  /** Joined while serving, Stopped after a system stop. */
  get localState(): number {
    return this.local;
  }

  /** Stop heartbeating and serving control requests (the MS will find the member silent). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timer);
    await this.beating;
    await this.responder?.drain();
  }

  private controlReply(incarnation: number): { state: number; incarnation: number } {
    if (incarnation !== 0 && incarnation !== this.incarnationValue)
      throw new StaleError(`rank ${this.rank} is at incarnation ${this.incarnationValue}, not ${incarnation}`);
    return { state: this.local, incarnation: this.incarnationValue };
  }

  private runControl(incarnation: number, target: number, action: () => Promise<void>): Promise<{ state: number; incarnation: number }> {
    const run = this.control.then(async () => {
      this.controlReply(incarnation);
      if (this.local !== target) {
        await action();
        this.local = target;
        this.log.info({ rank: this.rank, state: target === MemberState.Stopped ? 'Stopped' : 'Joined' }, 'control request done');
      }
      return this.controlReply(0);
    });
    this.control = run.catch(() => undefined);
    return run;
  }

  private async joinUntil(deadline: number): Promise<void> {
    let lastErr: unknown;
    while (Date.now() < deadline && !this.closed) {
      try {
        await this.join();
        return;
      } catch (e) {
        lastErr = e;
        // Bad input of ours is final; anything else (the MS electing, this rank AdminExcluded until
        // an administrator clears it) is waited out until the deadline.
        if (e instanceof DaosError && isOurFault(e)) throw e;
        this.log.info({ err: (e as Error).message }, 'join: not admitted yet, retrying');
        await new Promise((r) => setTimeout(r, Math.min(1_000, Math.max(0, deadline - Date.now()))));
      }
    }
    throw new TimedOutError(`could not join system ${this.o.system} within ${this.cfg.joinTimeoutMs} ms`, { cause: lastErr });
  }

  private async join(): Promise<void> {
    const rep = await this.mgmt.join({
      uuid: this.uuid,
      kind: this.o.kind,
      addr: this.o.addr ?? `${os.hostname()}:${process.pid}`,
      faultDomain: this.o.faultDomain,
      targets: this.o.targets ?? 0,
    });
    const rank = rep.rank ?? 0;
    if (this.rankValue >= 0 && rank !== this.rankValue) {
      // Our replicas and subjects are bound to the old rank: carrying on would split the process.
      this.log.error({ was: this.rankValue, now: rank }, 'the MS gave this member a different rank on rejoin');
      throw new StaleError(`rejoin gave rank ${rank}, this process serves rank ${this.rankValue}`);
    }
    this.rankValue = rank;
    this.incarnationValue = rep.incarnation ?? 0;
    saveMemberIdentity(this.o.dataDir, { uuid: this.uuid, rank });
    this.log.info({ rank, incarnation: this.incarnationValue, kind: this.o.kind }, 'joined the system');
  }

  /** Tell the MS which groups we host; it destroys the replicas of pools it has no record of. */
  private async reportGroups(h: { readonly service: string; readonly groups: readonly string[] }): Promise<void> {
    try {
      const rep = await this.mgmt.groupsReport({ rank: this.rank, incarnation: this.incarnation, service: h.service, groups: [...h.groups] });
      if ((rep.orphans ?? []).length > 0) this.log.warn({ orphans: rep.orphans }, 'the MS found orphan replicas here and destroys them');
    } catch (e) {
      this.log.debug({ err: (e as Error).message }, 'groups report failed');
    }
  }

  private schedule(): void {
    if (this.closed) return;
    this.timer = setTimeout(() => {
      this.beating = this.beat().finally(() => {
        this.beating = undefined;
        this.schedule();
      });
    }, this.cfg.heartbeatIntervalMs);
    this.timer.unref();
  }

  private beats = 0;

  private async beat(): Promise<void> {
    try {
      if (this.o.hostedGroups && ++this.beats % this.cfg.groupsReportEveryBeats === 0) await this.reportGroups(this.o.hostedGroups());
      const rep = await this.mgmt.heartbeat({ rank: this.rank, incarnation: this.incarnation, uuid: this.uuid, localState: this.local });
      if (rep.rejoin && !this.closed) {
        this.log.warn({ rank: this.rank, state: rep.state }, 'the MS no longer counts this member as joined: joining again');
        await this.join();
      }
    } catch (e) {
      // The MS may be electing or gone for a while: keep beating; it will mark us once it is back.
      this.log.warn({ err: (e as Error).message }, 'heartbeat failed');
    }
  }
}

function isOurFault(e: DaosError): boolean {
  return e.derName === 'DER_INVAL' || e.derName === 'DER_PROTO';
}

/** Start the membership agent of a server process (see MemberAgent). */
export function startMember(o: MemberOptions): Promise<MemberAgent> {
  return MemberAgent.start(o);
}
