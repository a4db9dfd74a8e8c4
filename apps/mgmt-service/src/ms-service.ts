import { mgmtOps, MS_GROUP, MS_SERVICE } from '@daos-nats/api';
import { InvalidError } from '@daos-nats/base';
import { ServiceCaller } from '@daos-nats/client';
import { DataInvalidError, UNINITIALIZED, type ServiceClass } from '@daos-nats/rsvc';
import { membershipOperations } from './membership-ops.js';
import type { MsDeps } from './ms-deps.js';
import { createMsLayout, msLayoutVersion, MS_LAYOUT_VERSION, readJobs, readPool } from './ms-layout.js';
import { MsLeader } from './ms-leader.js';
import { poolDirectoryOperations } from './pool-directory-ops.js';
import { PoolJobs } from './pool-jobs.js';
import { daos } from '@daos-nats/proto';
import { systemOperations } from './system-ops.js';
import { msReplicaPolicy } from './ms-replica-policy.js';

/** What every MS replica passes at its first start (the same on each): JSON. */
export interface MsBootstrap {
  readonly system: string;
  /** The first rank members get: above every MS replica rank. */
  readonly firstMemberRank: number;
}

export function encodeMsBootstrap(b: MsBootstrap): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(b));
}

function decodeMsBootstrap(arg: Uint8Array): MsBootstrap {
  let o: Partial<MsBootstrap>;
  try {
    o = JSON.parse(new TextDecoder().decode(arg)) as Partial<MsBootstrap>;
  } catch (e) {
    throw new InvalidError(`MS bootstrap argument is not JSON: ${(e as Error).message}`, { cause: e });
  }
  if (typeof o.system !== 'string' || !Number.isSafeInteger(o.firstMemberRank) || (o.firstMemberRank ?? -1) < 0)
    throw new InvalidError(`MS bootstrap argument is malformed: ${JSON.stringify(o)}`);
  return o as MsBootstrap;
}

/**
 * The management service as an rsvc service class: membership, system commands and the pool
 * directory run on the leader of group "db"; the leader also sweeps for silent members.
 */
export function msService(d: MsDeps): ServiceClass<MsLeader> {
  const self = new ServiceCaller({ bus: d.bus, system: d.system, service: MS_SERVICE, group: MS_GROUP, ranks: [d.rank], rng: d.rng });
  // Through the bus to our own subject, like any client: the framework gives it a term-bound
  // transaction and answers NOTLEADER if we lost leadership meanwhile. Client time 0: no dedup entry.
  // Pools learn of excluded ranks from the MS (system query) and exclude them per their self_heal
  // property: that is the pool service's decision, not pushed from here.
  const sweepOnce = async (): Promise<void> => {
    try {
      await self.callRank(d.rank, mgmtOps.sweep, {}, { timeoutMs: d.config.sweepIntervalMs * 5, clientTimeUs: 0 });
    } catch (e) {
      d.log.debug({ err: (e as Error).message }, 'sweep failed');
    }
  };
  return {
    name: MS_SERVICE,
    operations: [...membershipOperations(d), ...systemOperations(d), ...poolDirectoryOperations(d)],
    checkReplicaChange: msReplicaPolicy(d),

    async stepUp(ctx) {
      const v = await msLayoutVersion(ctx.tx);
      if (v === undefined) return UNINITIALIZED;
      if (v !== MS_LAYOUT_VERSION) throw new DataInvalidError(`MS database layout ${v}, this build reads ${MS_LAYOUT_VERSION}`);
      const leader = new MsLeader(d, new PoolJobs(d, ctx.term, ctx));
      leader.startSweeping(sweepOnce);
      // Every create or destroy a previous leader left unfinished is resumed (a create from its
      // start: each step is idempotent, the same groups on the same ranks; a failed one rolls back).
      const jobs = await readJobs(ctx.tx);
      for (const job of jobs) {
        const pool = await readPool(ctx.tx, job.pool?.uuid ?? '');
        if (pool) leader.jobs.start(daos.mgmt.v1.PoolJob.create({ ...job, pool }));
      }
      d.log.info({ term: ctx.term, poolJobs: jobs.length }, 'MS leader up');
      return leader;
    },

    async bootstrap(ctx, arg) {
      const b = decodeMsBootstrap(arg);
      createMsLayout(ctx.tx, { name: b.system, nextRank: b.firstMemberRank, mapVersion: 1 });
    },

    async drain(_ctx, leader) {
      leader.stopSweeping();
      leader.jobs.stop();
    },

    async stepDown() {
      // Heartbeat times die with the leader state; the next leader starts its own clocks.
    },
  };
}
