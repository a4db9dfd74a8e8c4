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

/** A dRPC failure an engine reported, carrying its DER status to the reply. */
class EngineRepliedError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

type Status = { status?: number | null; message?: string | null } | null | undefined;

/**
 * One dRPC mgmt call on each named engine, in parallel; `decode` turns the engine's reply into
 * its status and payload. The reply's result is the first failure's (its DER code kept), and
 * DER_NONEXIST/DER_INVAL for ranks not here or too many.
 */
async function onEachEngine<T>(
  host: string,
  engines: readonly EngineInstance[],
  ranks: readonly number[],
  method: number,
  body: Uint8Array,
  decode: (bytes: Uint8Array) => { result: Status; value: T },
): Promise<{ result: { status: number; message?: string }; host: string; values?: Array<{ rank: number; value: T }> }> {
  try {
    const values = await Promise.all(
      enginesOf(engines, ranks).map(async (e) => {
        const { result, value } = decode(await e.drpc(DrpcModule.MGMT, method, body));
        if ((result?.status ?? 0) !== 0) throw new EngineRepliedError(result!.status!, `rank ${e.rank}: ${result?.message}`);
        return { rank: e.rank!, value };
      }),
    );
    return { result: { status: 0 }, host, values };
  } catch (err) {
    return { result: err instanceof EngineRepliedError ? { status: err.status, message: err.message } : failure(err), host };
  }
}

/** server.pool_create: dRPC POOL_CREATE on each named engine; the first failure is the reply's. */
export async function createPoolTargets(host: string, engines: readonly EngineInstance[], req: daos.engine.v1.ServerPoolReq.$Properties): Promise<daos.engine.v1.IServerPoolRep> {
  const body = E.TgtPoolCreateReq.encode({ poolUuid: req.poolUuid, sizeBytes: req.targetBytes, fenceTerm: req.fenceTerm }).finish();
  const r = await onEachEngine(host, engines, req.ranks ?? [], MgmtMethod.POOL_CREATE, body, (b) => {
    const rep = E.TgtPoolCreateRep.decode(b);
    return { result: rep.result, value: rep.targets };
  });
  return { result: r.result, host, ...(r.values ? { engines: r.values.map((v) => ({ rank: v.rank, targets: v.value })) } : {}) };
}

/** server.pool_destroy: dRPC POOL_DESTROY on each named engine (a pool never created there is fine). */
export async function destroyPoolTargets(host: string, engines: readonly EngineInstance[], req: daos.engine.v1.ServerPoolReq.$Properties): Promise<daos.engine.v1.IServerPoolRep> {
  const body = E.TgtPoolDestroyReq.encode({ poolUuid: req.poolUuid, fenceTerm: req.fenceTerm }).finish();
  const r = await onEachEngine(host, engines, req.ranks ?? [], MgmtMethod.POOL_DESTROY, body, (b) => ({ result: E.Result.decode(b), value: undefined }));
  return { result: r.result, host };
}

/** server.pool_query: each named engine's per-target space of the pool (dRPC POOL_QUERY). */
export async function queryPoolTargets(host: string, engines: readonly EngineInstance[], req: daos.engine.v1.ServerPoolQueryReq.$Properties): Promise<daos.engine.v1.IServerPoolQueryRep> {
  const body = E.TgtPoolQueryReq.encode({ poolUuid: req.poolUuid }).finish();
  const r = await onEachEngine(host, engines, req.ranks ?? [], MgmtMethod.POOL_QUERY, body, (b) => {
    const rep = E.TgtPoolQueryRep.decode(b);
    return { result: rep.result, value: rep.targets };
  });
  return { result: r.result, host, ...(r.values ? { engines: r.values.map((v) => ({ rank: v.rank, targets: v.value })) } : {}) };
}
