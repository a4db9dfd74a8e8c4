// The container-service process: joins the system as a member (rank from the management
// service), then hosts the container service replicas the MS places on that rank (one raft group
// per pool). `container-service --help` lists its environment; libs/service-kit runs it.
import { POOL_SERVICE, poolOps } from '@daos-nats/api';
import { monotonicClock } from '@daos-nats/base';
import { MemberState, MgmtClient, ServiceCaller } from '@daos-nats/client';
import { lazyIvClient, parseIvRank } from '@daos-nats/iv-nats';
import { ivContCapa } from './cont-capa-iv.js';
import { envVar, runServiceProcess } from '@daos-nats/service-kit';
import { contService } from './cont-service.js';
import { contLimitsEnv, contLimitsFromEnv } from './cont-limits-env.js';
import { PoolServiceVerifier, poolServiceVerifierDefaults } from './handle-verifier.js';
import { ivHandleVerifier } from './iv-handle-verifier.js';

const rsvcConfig = { callTimeoutMs: 10_000 };

await runServiceProcess({
  name: 'container-service',
  summary: 'hosts the container service replicas the management service places on this member',
  role: 'container',
  identity: 'member',
  kind: 'container-service',
  hostDir: 'conts',
  env: {
    HANDLE_CACHE_MS: envVar.integer('how long a verified pool handle is trusted without asking again', 'ms', poolServiceVerifierDefaults.cacheTtlMs),
    CONT_RECONF_INTERVAL_MS: envVar.integer('how often a container service leader moves its replicas off ranks out of service', 'ms', 5_000),
    ...contLimitsEnv,
    IV_RANK: envVar.optionalString('verify pool handles through the IV cache of this rank (no TTL; iv-handle-verifier.ts): a rank, or "self" (this member\'s rank; npm start); unset: through the pool service'),
  },
  service: (p) => {
    const mgmt = new MgmtClient({ bus: p.bus, system: p.system, rng: p.rng, rsvcConfig }, p.msReplicas ? { replicas: p.msReplicas } : {});
    const ivRank = parseIvRank(p.env.IV_RANK);
    const ivClient = ivRank === undefined ? undefined : lazyIvClient(p.bus, p.system, ivRank, () => p.rank, p.rng);
    return contService({
      log: p.log,
      limits: contLimitsFromEnv(p.env),
      reconfigure: {
        intervalMs: p.env.CONT_RECONF_INTERVAL_MS,
        requestTimeoutMs: rsvcConfig.callTimeoutMs,
        inService: async (signal) =>
          (await mgmt.systemQuery({ stateMask: MemberState.Joined }, { signal })).members.filter((m) => m.kind === 'container-service').map((m) => ({ rank: m.rank, faultDomain: m.faultDomain })),
        report: async (pool, contRanks, signal) => void (await mgmt.poolUpdateReplicas({ uuid: pool, contRanks: [...contRanks] }, { signal })),
      },
      // With an IV cache, committed opens and closes reach the engines as IV_CONT_CAPA values.
      ...(ivClient ? { capaIv: ivContCapa(ivClient) } : {}),
      verifierFor: (pool, poolRanks) => {
        // The pool service's replicas move when ranks are excluded: when none of the known ones
        // answers, ask the management service where they are now.
        const refresh = async (signal: AbortSignal) => (await mgmt.poolFind(pool, { signal })).svcRanks ?? [];
        const caller = new ServiceCaller({ bus: p.bus, system: p.system, service: POOL_SERVICE, group: pool, ranks: poolRanks, rng: p.rng, config: rsvcConfig, refresh });
        const ask = (handle: string, signal?: AbortSignal) => caller.call(poolOps.verifyHandle, { handle }, signal ? { signal } : {});
        // With IV: no TTL; the pool service is asked directly only while this rank's cache does not know the pool.
        if (ivClient) return ivHandleVerifier(ivClient(), pool, monotonicClock, poolServiceVerifierDefaults.cacheEntriesMax, ask);
        return new PoolServiceVerifier({ ask, clock: monotonicClock, cacheTtlMs: p.env.HANDLE_CACHE_MS, cacheEntriesMax: poolServiceVerifierDefaults.cacheEntriesMax });
      },
    });
  },
});
