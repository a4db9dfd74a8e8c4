// The target side of a pool (DAOS ds_mgmt_tgt_pool_create / _destroy, and the per-target space a
// pool query reports): dRPC methods of the mgmt module, each run on every target's main xstream.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeOf, DER, InvalidError, NonexistError } from '@daos-nats/base';
import { decodePayload, DrpcStatusError } from '@daos-nats/drpc';
import { daos } from '@daos-nats/proto';
import type { EngineControl, RpcHandler, XstreamContext } from '../dss-module.js';
import { admitFenceTerm } from './mgmt-fence.js';

const E = daos.engine.v1;
const O = daos.obj.v1;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** The obj module's id and its QUERY opcode (modules/obj-module.ts): the store's own accounting. */
const OBJ_MODULE = 3;
const OBJ_QUERY = 5;

export const poolDir = (xs: XstreamContext, uuid: string) => join(xs.dataDir, `tgt${xs.target}`, 'pools', uuid);

export function poolUuid(s: string): string {
  if (!UUID.test(s)) throw new InvalidError(`pool uuid ${JSON.stringify(s)} is not a lower-case UUID`);
  return s;
}

/** Target op: create the pool's directory on this target (idempotent: a retry rewrites the same pool.json). */
export const tgtPoolCreate: RpcHandler = (body, xs) => {
  const req = E.TgtPoolCreateReq.decode(body);
  const dir = poolDir(xs, poolUuid(req.poolUuid));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'pool.json'), JSON.stringify({ uuid: req.poolUuid, sizeBytes: Number(req.sizeBytes), target: xs.target }));
  return new Uint8Array();
};

/** The obj module's TLS value on this xstream (its open stores by pool), if the module is loaded. */
function openStores(xs: XstreamContext): Map<string, { close(): void }> | undefined {
  try {
    return xs.tls<{ open: Map<string, { close(): void }> }>('obj', 'vos').open;
  } catch (e) {
    if (codeOf(e) === DER.NOSYS) return undefined; // no obj module on this engine
    throw e;
  }
}

/**
 * Target op: close the pool's object store if this xstream has it open (DAOS stops the pool's
 * child before destroying it), then remove the pool's directory on this target (idempotent).
 */
export const tgtPoolDestroy: RpcHandler = (body, xs) => {
  const req = E.TgtPoolDestroyReq.decode(body);
  const uuid = poolUuid(req.poolUuid);
  const stores = openStores(xs);
  stores?.get(uuid)?.close();
  stores?.delete(uuid);
  rmSync(poolDir(xs, uuid), { recursive: true, force: true });
  return new Uint8Array();
};

/** Target op, for an engine without the obj module: the capacity from pool.json, nothing used. */
export const tgtPoolQuery: RpcHandler = (body, xs) => {
  const req = E.TgtPoolQueryReq.decode(body);
  const meta = join(poolDir(xs, poolUuid(req.poolUuid)), 'pool.json');
  if (!existsSync(meta)) throw new NonexistError(`pool ${req.poolUuid} has no target ${xs.target} on this engine`);
  const capacity = Number((JSON.parse(readFileSync(meta, 'utf8')) as { sizeBytes?: number }).sizeBytes ?? 0);
  return O.QueryRep.encode({ capacityBytes: capacity, usedBytes: 0, freeBytes: capacity }).finish();
};

const failed = (err: unknown) => ({ status: codeOf(err) ?? DER.MISC, message: (err as Error).message });

/** dRPC POOL_CREATE: fenced, then every target; answers the target indexes created. */
export async function drpcPoolCreate(body: Uint8Array, e: EngineControl, op: number): Promise<Uint8Array> {
  const req = decodePayload(E.TgtPoolCreateReq, body);
  try {
    poolUuid(req.poolUuid);
    admitFenceTerm(e.dataDir, Number(req.fenceTerm));
    const replies = await e.onEveryTarget(1, op, 1, body);
    return E.TgtPoolCreateRep.encode({ result: { status: 0 }, targets: replies.map((_, t) => t) }).finish();
  } catch (err) {
    if (err instanceof DrpcStatusError) throw err;
    return E.TgtPoolCreateRep.encode({ result: failed(err) }).finish();
  }
}

/** dRPC POOL_DESTROY: fenced, then every target. */
export async function drpcPoolDestroy(body: Uint8Array, e: EngineControl, op: number): Promise<Uint8Array> {
  const req = decodePayload(E.TgtPoolDestroyReq, body);
  try {
    poolUuid(req.poolUuid);
    admitFenceTerm(e.dataDir, Number(req.fenceTerm));
    await e.onEveryTarget(1, op, 1, body);
    return E.Result.encode({ status: 0 }).finish();
  } catch (err) {
    if (err instanceof DrpcStatusError) throw err;
    return E.Result.encode(failed(err)).finish();
  }
}

/**
 * dRPC POOL_QUERY: each target's space, from its object store's accounting (the obj module's
 * QUERY on the target's xstream, the store's only user), or from pool.json without the obj module.
 */
export async function drpcPoolQuery(body: Uint8Array, e: EngineControl, op: number): Promise<Uint8Array> {
  const req = decodePayload(E.TgtPoolQueryReq, body);
  try {
    poolUuid(req.poolUuid);
    const replies = e.hasModule('obj')
      ? await e.onEveryTarget(OBJ_MODULE, OBJ_QUERY, 1, O.QueryReq.encode({ handles: { poolUuid: req.poolUuid } }).finish())
      : await e.onEveryTarget(1, op, 1, body);
    const targets = replies.map((r, target) => ({ target, ...O.QueryRep.decode(r) }));
    return E.TgtPoolQueryRep.encode({ result: { status: 0 }, targets }).finish();
  } catch (err) {
    if (err instanceof DrpcStatusError) throw err;
    return E.TgtPoolQueryRep.encode({ result: failed(err) }).finish();
  }
}
