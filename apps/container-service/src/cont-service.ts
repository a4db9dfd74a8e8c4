import { defaultContLimits, type ContLimits } from './cont-limits.js';
import { CONT_SERVICE } from '@daos-nats/api';
import { InvalidError, NonexistError } from '@daos-nats/base';
import { daos } from '@daos-nats/proto';
import { DataInvalidError, UNINITIALIZED, type ServiceClass } from '@daos-nats/rsvc';
import { dataOperations } from './cont-data-ops.js';
import { CONT_LAYOUT_VERSION, createContLayout, decodeJson, decodeText, META_PATH, readReplicasWanted } from './cont-layout.js';
import type { ContLeader } from './cont-leader.js';
import { lifecycleOperations } from './cont-lifecycle-ops.js';
import { propOperations } from './cont-prop-ops.js';
import { internalOperations } from './cont-internal-ops.js';
import { isUuid } from './cont-props.js';
import type { HandleVerifier } from './handle-verifier.js';
import { HybridLogicalClock, type WallClock } from './hlc.js';
import { startContReconfiguration, type ContReconfigureOptions } from './cont-reconfigure.js';
import { createLogger, type Logger } from '@daos-nats/telemetry';
import { PendingCapas, type ContCapaIv } from './cont-capa-iv.js';

export interface ContServiceDeps {
  /**
   * The handle verifier of one pool (group): `poolRanks` is where the pool service was at
   * creation (a hint; the verifier may refresh it from the management service).
   */
  readonly verifierFor: (pool: string, poolRanks: readonly number[]) => HandleVerifier;
  /** Wall clock (Date.now) for recorded times and the HLC. */
  readonly wall?: WallClock;
  /** Move replicas off ranks out of service and report them to the MS (absent: never moves). */
  readonly reconfigure?: ContReconfigureOptions;
  readonly log?: Logger;
  /** Where committed handle opens and closes go for the engines (IV_CONT_CAPA); absent: nowhere. */
  readonly capaIv?: ContCapaIv;
  /** Named limits (cont-limits.ts; README "Limits"): defaults for what is not given. */
  readonly limits?: Partial<ContLimits>;
}

/**
 * The container service (DAOS src/container/srv_container.c, srv_epoch.c): the containers of
 * one pool in one raft group (group id = pool uuid). Containers with labels, properties, ACLs
 * and owners; open handles (read-only, read-write, exclusive); user attributes; snapshots with
 * HLC epochs; object id allocation. Every operation first verifies the caller's pool handle.
 */
export function contService(deps: ContServiceDeps): ServiceClass<ContLeader> {
  const wall = deps.wall ?? Date.now;
  const verifiers = new Map<string, HandleVerifier>();
  const log = deps.log ?? createLogger({ service: 'container-service' });
  const limits: ContLimits = { ...defaultContLimits, ...deps.limits };
  return {
    name: CONT_SERVICE,
    operations: [...lifecycleOperations, ...propOperations, ...dataOperations, ...internalOperations],

    async stepUp(ctx) {
      let layout: Uint8Array;
      try {
        layout = await ctx.tx.lookup(META_PATH, 'layout');
      } catch (e) {
        if (e instanceof NonexistError) return UNINITIALIZED;
        throw e;
      }
      if (layout.length !== 1 || layout[0] !== CONT_LAYOUT_VERSION) throw new DataInvalidError(`container service layout ${layout[0]} in ${ctx.group}, expected ${CONT_LAYOUT_VERSION}`);
      const pool = decodeText(await ctx.tx.lookup(META_PATH, 'pool'));
      const poolRanks = decodeJson<number[]>(await ctx.tx.lookup(META_PATH, 'pool_ranks'), 'pool service ranks');
      // One verifier per group for the life of the process: its cache survives leadership changes.
      let verifier = verifiers.get(ctx.group);
      if (!verifier) verifiers.set(ctx.group, (verifier = deps.verifierFor(pool, poolRanks)));
      const wanted = await readReplicasWanted(ctx.tx);
      const stopReconfigure = deps.reconfigure ? startContReconfiguration(deps.reconfigure, ctx, log, wanted) : undefined;
      return { pool, verifier, hlc: new HybridLogicalClock(wall), wall, limits, ...(stopReconfigure ? { stopReconfigure } : {}), ...(deps.capaIv ? { capas: new PendingCapas(deps.capaIv, pool) } : {}) };
    },

    async bootstrap(ctx, arg) {
      const b = daos.cont.v1.ContBootstrap.decode(arg);
      const pool = (b.poolUuid || ctx.group).toLowerCase();
      if (!isUuid(pool)) throw new InvalidError(`container service bootstrap: pool ${JSON.stringify(pool)} is not a uuid`);
      if (pool !== ctx.group.toLowerCase()) throw new InvalidError(`container service bootstrap for pool ${pool} given to group ${ctx.group}`);
      createContLayout(ctx.tx, pool, b.poolSvcRanks ?? [], b.replicasWanted ?? 0);
    },

    async distributeMap(_ctx, state) {
      // Handlers send their handle changes themselves after commit and before replying
      // (afterCommit); anything still buffered goes now. A failure is logged; an engine then
      // still refuses a handle it never learnt (DER_NO_HDL), and a missed invalidation ends with
      // the caches' leases.
      await state.capas?.flush();
    },

    async drain(_ctx, leader) {
      leader.stopReconfigure?.(); // the only background work of a leader
    },

    async stepDown() {
      // The verifier (and its cache) is kept for the next term; nothing else outlives a handler.
    },
  };
}
