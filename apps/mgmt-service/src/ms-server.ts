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
    if (!replicas.includes(o.rank)) throw new Error(`MS rank ${o.rank} is not among the replicas ${replicas.join(',')}`);
    if (replicas.length % 2 === 0) throw new Error(`the MS needs an odd number of replicas, got ${replicas.join(',')}`);
    const log = o.log ?? createLogger({ service: 'mgmt-service', base: { rank: o.rank } });
    const rng = o.rng ?? new SeededRng((Math.random() * 2 ** 32) >>> 0);
    const config = msConfig(o.config);
    const monoStart = performance.now();
    const service = msService({
      bus: o.bus, system: o.system, rank: o.rank, replicas, config, log, rng,
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
    await host.startGroup(MS_GROUP, {
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
          return { replicas, hasLeader: leader !== undefined, leader: leader?.rank ?? 0 };
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
