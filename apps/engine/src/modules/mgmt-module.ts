// The engine's mgmt module (DAOS src/mgmt/srv.c): the dRPC methods its server calls (rank,
// up, shutdown, ping, kill, target-side pool create/destroy) and the target RPCs those run on
// every target's xstream. Module id 1 (DAOS_MGMT_MODULE).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidError } from '@daos-nats/base';
import { decodePayload, DrpcStatusError, MgmtMethod } from '@daos-nats/drpc';
import { daos } from '@daos-nats/proto';
import type { DssModule, EngineControl, ModuleDrpcHandler, RpcHandler, XstreamContext } from '../dss-module.js';

const E = daos.engine.v1;
export const MGMT_MODULE_ID = 1;
/** Target RPC opcodes of protocol version 1. */
export const MgmtTgtOp = { PING: 1, POOL_CREATE: 2, POOL_DESTROY: 3 } as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface TgtStats {
  calls: number;
}

const ok = { status: 0, message: '' };
const poolDir = (xs: XstreamContext, uuid: string) => join(xs.dataDir, `tgt${xs.target}`, 'pools', uuid);

function poolUuid(s: string): string {
  if (!UUID.test(s)) throw new InvalidError(`pool uuid ${JSON.stringify(s)} is not a lower-case UUID`);
  return s;
}

const tgtPing: RpcHandler = (body, xs) => {
  const stats = xs.tls<TgtStats>('mgmt', 'stats');
  stats.calls++;
  const req = E.TgtPingReq.decode(body);
  return E.TgtPingRep.encode({ payload: req.payload, rank: xs.rank ?? 0, target: xs.target, xstream: xs.xsId, calls: stats.calls }).finish();
};

const tgtPoolCreate: RpcHandler = (body, xs) => {
  const req = E.TgtPoolCreateReq.decode(body);
  const dir = poolDir(xs, poolUuid(req.poolUuid));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'pool.json'), JSON.stringify({ uuid: req.poolUuid, sizeBytes: Number(req.sizeBytes), target: xs.target }));
  return new Uint8Array();
};

const tgtPoolDestroy: RpcHandler = (body, xs) => {
  const req = E.TgtPoolDestroyReq.decode(body);
  rmSync(poolDir(xs, poolUuid(req.poolUuid)), { recursive: true, force: true });
  return new Uint8Array();
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
  [MgmtMethod.POOL_CREATE, async (b, e) => {
    const req = decodePayload(E.TgtPoolCreateReq, b);
    try {
      poolUuid(req.poolUuid);
      const replies = await e.onEveryTarget(MGMT_MODULE_ID, MgmtTgtOp.POOL_CREATE, 1, b);
      return E.TgtPoolCreateRep.encode({ result: ok, targets: replies.map((_, t) => t) }).finish();
    } catch (err) {
      return E.TgtPoolCreateRep.encode({ result: { status: (err as { code?: number }).code ?? -1009, message: (err as Error).message } }).finish();
    }
  }],
  [MgmtMethod.POOL_DESTROY, result(async (e, b) => {
    poolUuid(decodePayload(E.TgtPoolDestroyReq, b).poolUuid);
    await e.onEveryTarget(MGMT_MODULE_ID, MgmtTgtOp.POOL_DESTROY, 1, b);
  })],
]);

const mgmt: DssModule = {
  name: 'mgmt',
  id: MGMT_MODULE_ID,
  version: 1,
  rpcHandlers: [
    { version: 1, handlers: new Map([[MgmtTgtOp.PING, tgtPing], [MgmtTgtOp.POOL_CREATE, tgtPoolCreate], [MgmtTgtOp.POOL_DESTROY, tgtPoolDestroy]]) },
  ],
  drpc: { module: 2, handlers: drpcHandlers },
  tlsKeys: [{ name: 'stats', create: (): TgtStats => ({ calls: 0 }) }],
};
export default mgmt;
