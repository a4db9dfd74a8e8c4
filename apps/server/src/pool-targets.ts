// A pool's targets on this host's engines (DAOS: the mgmt service asks daos_server, which asks its
// engines over dRPC): create and destroy for the MS's pool jobs, space for dmg pool query.
import { codeOf, InvalidError, NonexistError } from '@daos-nats/base';
import { DrpcModule, MgmtMethod } from '@daos-nats/drpc';
import { daos } from '@daos-nats/proto';
import type { EngineInstance } from './engine-instance.js';

const E = daos.engine.v1;
/** Ranks at most in one request (a host runs a few engines; this bounds the work and the reply). */
export const POOL_REQ_RANKS_MAX = 64;

const failure = (err: unknown) => ({ status: codeOf(err), message: (err as Error).message });

/** The engines of this host that have the requested ranks; DER_NONEXIST naming a rank not here. */
function enginesOf(engines: readonly EngineInstance[], ranks: readonly number[]): EngineInstance[] {
  if (ranks.length === 0 || ranks.length > POOL_REQ_RANKS_MAX) throw new InvalidError(`a pool request names 1..${POOL_REQ_RANKS_MAX} ranks, got ${ranks.length}`);
  return [...new Set(ranks)].map((r) => {
    const e = engines.find((x) => x.rank === r);
    if (!e) throw new NonexistError(`rank ${r} is not an engine of this host (ranks ${engines.map((x) => x.rank ?? '-').join(',')})`);
    return e;
  });
}

/** server.pool_create: dRPC POOL_CREATE on each named engine, in parallel; the first failure is the reply's. */
export async function createPoolTargets(host: string, engines: readonly EngineInstance[], req: daos.engine.v1.ServerPoolReq.$Properties): Promise<daos.engine.v1.IServerPoolRep> {
  try {
    const body = E.TgtPoolCreateReq.encode({ poolUuid: req.poolUuid, sizeBytes: req.targetBytes, fenceTerm: req.fenceTerm }).finish();
    const out = await Promise.all(
      enginesOf(engines, req.ranks ?? []).map(async (e) => {
        const rep = E.TgtPoolCreateRep.decode(await e.drpc(DrpcModule.MGMT, MgmtMethod.POOL_CREATE, body));
        if ((rep.result?.status ?? 0) !== 0) throw Object.assign(new Error(`rank ${e.rank}: ${rep.result?.message}`), { status: rep.result?.status });
        return { rank: e.rank!, targets: rep.targets };
      }),
    );
    return { result: { status: 0 }, host, engines: out };
  } catch (err) {
    const status = (err as { status?: number }).status;
    return { result: status ? { status, message: (err as Error).message } : failure(err), host };
  }
}

/** server.pool_destroy: dRPC POOL_DESTROY on each named engine (a pool never created there is fine). */
export async function destroyPoolTargets(host: string, engines: readonly EngineInstance[], req: daos.engine.v1.ServerPoolReq.$Properties): Promise<daos.engine.v1.IServerPoolRep> {
  try {
    const body = E.TgtPoolDestroyReq.encode({ poolUuid: req.poolUuid, fenceTerm: req.fenceTerm }).finish();
    await Promise.all(
      enginesOf(engines, req.ranks ?? []).map(async (e) => {
        const r = E.Result.decode(await e.drpc(DrpcModule.MGMT, MgmtMethod.POOL_DESTROY, body));
        if (r.status !== 0) throw Object.assign(new Error(`rank ${e.rank}: ${r.message}`), { status: r.status });
      }),
    );
    return { result: { status: 0 }, host };
  } catch (err) {
    const status = (err as { status?: number }).status;
    return { result: status ? { status, message: (err as Error).message } : failure(err), host };
  }
}

/** server.pool_query: each named engine's per-target space of the pool (dRPC POOL_QUERY). */
export async function queryPoolTargets(host: string, engines: readonly EngineInstance[], req: daos.engine.v1.ServerPoolQueryReq.$Properties): Promise<daos.engine.v1.IServerPoolQueryRep> {
  try {
    const body = E.TgtPoolQueryReq.encode({ poolUuid: req.poolUuid }).finish();
    const out = await Promise.all(
      enginesOf(engines, req.ranks ?? []).map(async (e) => {
        const rep = E.TgtPoolQueryRep.decode(await e.drpc(DrpcModule.MGMT, MgmtMethod.POOL_QUERY, body));
        if ((rep.result?.status ?? 0) !== 0) throw Object.assign(new Error(`rank ${e.rank}: ${rep.result?.message}`), { status: rep.result?.status });
        return { rank: e.rank!, targets: rep.targets };
      }),
    );
    return { result: { status: 0 }, host, engines: out };
  } catch (err) {
    const status = (err as { status?: number }).status;
    return { result: status ? { status, message: (err as Error).message } : failure(err), host };
  }
}
