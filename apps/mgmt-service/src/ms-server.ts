import { mgmtLocatorOps, MS_GROUP } from '@daos-nats/api';
import { SeededRng, type Rng } from '@daos-nats/base';
import { type Bus, msLocatorSubject, natsRsvcTransport, type Responder, typedHandler } from '@daos-nats/bus';
import type { ReplicaConfig } from '@daos-nats/rdb';
import { RsvcHost, type RsvcAuthorizedRequest, type RsvcConfig, type ServiceClass } from '@daos-nats/rsvc';
import { createLogger, type Logger } from '@daos-nats/telemetry';
import { msConfig, type MsConfig } from './ms-config.js';
import type { MsLeader } from './ms-leader.js';
import type { MsDeps } from './ms-deps.js';
import { encodeMsBootstrap, msService } from './ms-service.js';

export interface MgmtServerOptions {
  readonly bus: Bus;
  readonly system: string;
  /** This replica's static rank; must be one of `replicas`. */
  readonly rank: number;
  /** Every MS replica's rank (1 or 3 of them, the same list on each). */
  readonly replicas: readonly number[];
  readonly dataDir: string;
  readonly rng?: Rng;
  readonly config?: Partial<MsConfig>;
  readonly replica?: Partial<Omit<ReplicaConfig, 'file' | 'id' | 'transport' | 'rng'>>;
  readonly rsvc?: Partial<RsvcConfig>;
  /** Gate of every request to this replica and its locator (libs/auth `operationAuthorizer`); a `startHost` applies its own to the host. */
  readonly authorize?: (req: RsvcAuthorizedRequest) => void;
  /**
   * How to start the host (a process runner passes its own, which applies the process's settings;
   * `replica` and `rsvc` are then ignored). Default: RsvcHost.start with `replica` and `rsvc`.
   */
  readonly startHost?: (service: ServiceClass<MsLeader>, dataDir: string) => Promise<RsvcHost<MsLeader>>;
  readonly log?: Logger;
  /** Tests only: see MsDeps.stepHook. */
  readonly stepHook?: MsDeps['stepHook'];
}

/**
 * One MS replica: an RsvcHost of the "ms" service with its group "db" created on first start
 * with every configured replica as a founding member (the same bootstrap argument on each, so
 * whichever is elected first bootstraps), plus the locator that answers `mgmt.replicas` on
 * `daos.<system>.mgmt.req` from any replica (a queue group).
 */
export class MgmtServer {
  private constructor(
    readonly host: RsvcHost<MsLeader>,
    private readonly locator: Responder,
  ) {}

  static async start(o: MgmtServerOptions): Promise<MgmtServer> {
    const replicas = [...new Set(o.replicas)].sort((a, b) => a - b);
    if (replicas.length % 2 === 0) throw new Error(`the MS needs an odd number of replicas, got ${replicas.join(',')}`);
    // The MS replicas are the raft membership of group db, decided when the database is created
    // (format) and changed only by `dmg system ms-replica add/remove`; the configured list only
    // founds a new database and finds the replicas before this one has joined.
    let hostRef: RsvcHost<MsLeader> | undefined;
    const current = (): number[] => {
      const members = hostRef?.group(MS_GROUP)?.replica.members().map((m) => Number(m.rank)) ?? [];
      return members.length > 0 ? [...new Set(members)].sort((a, b) => a - b) : replicas;
    };
    const log = o.log ?? createLogger({ service: 'mgmt-service', base: { rank: o.rank } });
    const rng = o.rng ?? new SeededRng((Math.random() * 2 ** 32) >>> 0);
    const config = msConfig(o.config);
    const monoStart = performance.now();
    const service = msService({
      bus: o.bus, system: o.system, rank: o.rank, replicas: current, config, log, rng,
      nowMs: () => Date.now(),
      monoMs: () => performance.now() - monoStart,
      ...(o.stepHook ? { stepHook: o.stepHook } : {}),
    });
    const host = o.startHost
      ? await o.startHost(service, o.dataDir)
      : await RsvcHost.start({
          transport: natsRsvcTransport(o.bus), system: o.system, rank: o.rank, dataDir: o.dataDir, service, rng, log,
          ...(o.replica ? { replica: o.replica } : {}),
          ...(o.rsvc ? { config: o.rsvc } : {}),
          ...(o.authorize ? { authorize: o.authorize } : {}),
        });
    hostRef = host;
    const existing = host.group(MS_GROUP);
    if (existing) {
      const members = current();
      if (members.join(',') !== replicas.join(',')) log.warn({ configured: replicas, members }, 'MS_REPLICAS differs from the MS replicas recorded in the database: the database wins');
    } else if (!replicas.includes(o.rank)) {
      // Not a founding replica: this process waits for the leader to add it (rsvc.start.joining).
      log.info({ rank: o.rank, replicas }, 'not an MS replica yet: waiting to be added (dmg system ms-replica add)');
    } else await host.startGroup(MS_GROUP, {
      create: true,
      members: replicas.map((rank) => ({ rank, gen: 1 })),
      gen: 1,
      bootstrap: true,
      bootstrapArg: encodeMsBootstrap({ system: o.system, firstMemberRank: Math.max(...replicas) + 1 }),
    });
    const locator = await o.bus.serve(
      msLocatorSubject(o.system),
      {
        [mgmtLocatorOps.replicas.name]: typedHandler(mgmtLocatorOps.replicas, () => {
          const leader = host.group(MS_GROUP)?.replica.leaderId;
          return { replicas: current(), hasLeader: leader !== undefined, leader: leader?.rank ?? 0 };
        }),
      },
      { queue: 'mgmt', ...(o.authorize ? { authorize: o.authorize } : {}) },
    );
    log.info({ system: o.system, replicas }, 'mgmt-service replica ready');
    return new MgmtServer(host, locator);
  }

  async close(): Promise<void> {
    await this.locator.drain();
    await this.host.close();
  }
}
