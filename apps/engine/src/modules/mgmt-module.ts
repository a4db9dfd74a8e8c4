// The engine's mgmt module (DAOS src/mgmt/srv.c): the dRPC methods its server calls (rank,
// up, shutdown, ping, kill, target-side pool create/destroy) and the target RPCs those run on
// every target's xstream. Module id 1 (DAOS_MGMT_MODULE).
import { decodePayload, DrpcStatusError, MgmtMethod } from '@daos-nats/drpc';
import { daos } from '@daos-nats/proto';
import type { DssModule, EngineControl, ModuleDrpcHandler, RpcHandler } from '../dss-module.js';
import { drpcPoolCreate, drpcPoolDestroy, drpcPoolQuery, tgtPoolCreate, tgtPoolDestroy, tgtPoolQuery } from './mgmt-pool.js';

const E = daos.engine.v1;
export const MGMT_MODULE_ID = 1;
/** Target RPC opcodes of protocol version 1. */
export const MgmtTgtOp = { PING: 1, POOL_CREATE: 2, POOL_DESTROY: 3, POOL_QUERY: 4 } as const;

interface TgtStats {
  calls: number;
}

const ok = { status: 0, message: '' };

const tgtPing: RpcHandler = (body, xs) => {
  const stats = xs.tls<TgtStats>('mgmt', 'stats');
  stats.calls++;
  const req = E.TgtPingReq.decode(body);
  return E.TgtPingRep.encode({ payload: req.payload, rank: xs.rank ?? 0, target: xs.target, xstream: xs.xsId, calls: stats.calls }).finish();
};

const result = (fn: (engine: EngineControl, body: Uint8Array) => Promise<void> | void): ModuleDrpcHandler => async (body, engine) => {
  try {
    await fn(engine, body);
    return E.Result.encode(ok).finish();
  } catch (err) {
    if (err instanceof DrpcStatusError) throw err; // a malformed body is the dRPC layer's verdict
    const code = (err as { code?: number }).code;
    return E.Result.encode({ status: typeof code === 'number' && code < 0 ? code : -1009, message: (err as Error).message }).finish();
  }
};

const drpcHandlers = new Map<number, ModuleDrpcHandler>([
  [MgmtMethod.SET_RANK, result((e, b) => { const r = decodePayload(E.SetRankReq, b); return e.setRank(r.rank, r.incarnation); })],
  [MgmtMethod.SET_UP, result((e) => e.setUp())],
  [MgmtMethod.PREP_SHUTDOWN, result((e) => e.prepShutdown())],
  [MgmtMethod.KILL_RANK, result((e, b) => e.kill(`KILL_RANK${decodePayload(E.KillRankReq, b).force ? ' (force)' : ''}`))],
  [MgmtMethod.PING_RANK, (_b, e) => E.PingRankRep.encode({ result: ok, rank: e.rank ?? 0, up: e.up, targets: e.targets, xstreams: e.xstreams }).finish()],
  [MgmtMethod.POOL_CREATE, (b, e) => drpcPoolCreate(b, e, MgmtTgtOp.POOL_CREATE)],
  [MgmtMethod.POOL_DESTROY, (b, e) => drpcPoolDestroy(b, e, MgmtTgtOp.POOL_DESTROY)],
  [MgmtMethod.POOL_QUERY, (b, e) => drpcPoolQuery(b, e, MgmtTgtOp.POOL_QUERY)],
]);

const mgmt: DssModule = {
  name: 'mgmt',
  id: MGMT_MODULE_ID,
  version: 1,
  rpcHandlers: [
    { version: 1, handlers: new Map([[MgmtTgtOp.PING, tgtPing], [MgmtTgtOp.POOL_CREATE, tgtPoolCreate], [MgmtTgtOp.POOL_DESTROY, tgtPoolDestroy], [MgmtTgtOp.POOL_QUERY, tgtPoolQuery]]) },
  ],
  drpc: { module: 2, handlers: drpcHandlers },
  tlsKeys: [{ name: 'stats', create: (): TgtStats => ({ calls: 0 }) }],
};
export default mgmt;
