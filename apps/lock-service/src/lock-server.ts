import { createHash } from 'node:crypto';
import { LOCK_GROUP_DEFAULT } from '@daos-nats/api';
import { SeededRng, type Rng } from '@daos-nats/base';
import { natsRsvcTransport, type Bus } from '@daos-nats/bus';
import type { ReplicaConfig } from '@daos-nats/rdb';
import { RsvcHost, type RsvcConfig, type ServiceClass } from '@daos-nats/rsvc';
import { createLogger, type Logger } from '@daos-nats/telemetry';
import { lockConfig, type LockConfig } from './lock-config.js';
import type { LockLeader } from './lock-leader.js';
import { lockService } from './lock-service.js';

export interface LockServerOptions {
  readonly bus: Bus;
  readonly system: string;
  /** This replica's static rank (lock-service ranks are a namespace of their own). */
  readonly rank: number;
  /** Every replica's rank, the same list on each (odd). */
  readonly replicas: readonly number[];
  readonly dataDir: string;
  readonly group?: string;
  readonly rng?: Rng;
  readonly config?: Partial<LockConfig>;
  readonly replica?: Partial<Omit<ReplicaConfig, 'file' | 'id' | 'transport' | 'rng'>>;
  readonly rsvc?: Partial<RsvcConfig>;
  /**
   * How to start the host (a process runner passes its own, which applies the process's settings;
   * `replica` and `rsvc` are then ignored). Default: RsvcHost.start over the bus with `replica` and `rsvc`.
   */
  readonly startHost?: (service: ServiceClass<LockLeader>, dataDir: string) => Promise<RsvcHost<LockLeader>>;
  readonly log?: Logger;
}

/** A session's notify token: the first 16 bytes of SHA-256 of its id, in hex. */
export function notifyTokenOf(sid: string): string {
  return createHash('sha256').update(Buffer.from(sid, 'hex')).digest('hex').slice(0, 32);
}

/**
 * One lock-service replica: an RsvcHost of service "lock" whose group (default "locks") is created
 * on first start with every configured replica as a founding member, like the MS.
 */
export class LockServer {
  private constructor(readonly host: RsvcHost<LockLeader>) {}

  static async start(o: LockServerOptions): Promise<LockServer> {
    const replicas = [...new Set(o.replicas)].sort((a, b) => a - b);
    if (!replicas.includes(o.rank)) throw new Error(`lock rank ${o.rank} is not among the replicas ${replicas.join(',')}`);
    if (replicas.length % 2 === 0) throw new Error(`the lock service needs an odd number of replicas, got ${replicas.join(',')}`);
    const log = o.log ?? createLogger({ service: 'lock-service', base: { rank: o.rank } });
    const rng = o.rng ?? new SeededRng((Math.random() * 2 ** 32) >>> 0);
    const group = o.group ?? LOCK_GROUP_DEFAULT;
    const monoStart = performance.now();
    const service = lockService({ bus: o.bus, system: o.system, rank: o.rank, config: lockConfig(o.config), log, monoMs: () => performance.now() - monoStart, notifyTokenOf });
    const host = o.startHost
      ? await o.startHost(service, o.dataDir)
      : await RsvcHost.start({
          transport: natsRsvcTransport(o.bus), system: o.system, rank: o.rank, dataDir: o.dataDir, service, rng, log,
          ...(o.replica ? { replica: o.replica } : {}),
          ...(o.rsvc ? { config: o.rsvc } : {}),
        });
    await host.startGroup(group, { create: true, members: replicas.map((rank) => ({ rank, gen: 1 })), gen: 1, bootstrap: true, bootstrapArg: new Uint8Array([1]) });
    log.info({ system: o.system, replicas, group }, 'lock-service replica ready');
    return new LockServer(host);
  }

  async close(): Promise<void> {
    await this.host.close();
  }
}
