// The engine's object module (DAOS src/object/srv_obj.c, target side): object I/O on the target's
// own versioned object store (libs/vos), one SQLite file per pool per target, opened by the
// target's main xstream and written by nobody else. Handles, map version and epochs were checked
// by the main thread (obj-front.ts) before the request got here. Module id 3.
import { daos } from '@daos-nats/proto';
import { vosOf, type VosStores } from './obj-vos.js';
import { rebuildTgtHandlers, RebuildTgtOp } from './obj-rebuild.js';
import type { DssModule, RpcHandler } from '../dss-module.js';

const O = daos.obj.v1;
export const OBJ_MODULE_ID = 3;
/** Target RPC opcodes of protocol version 1. */
export const ObjTgtOp = { UPDATE: 1, FETCH: 2, PUNCH: 3, LIST: 4, QUERY: 5, ...RebuildTgtOp } as const;

const epochOf = (e: number | null | undefined): bigint => BigInt(e ?? 0);
const bytes = (b: Uint8Array | null | undefined): Uint8Array => b ?? new Uint8Array();

const update: RpcHandler = (body, xs) => {
  const r = O.UpdateReq.decode(body);
  const v = vosOf(xs, r.handles?.poolUuid);
  const base = { cont: r.handles?.contUuid ?? '', oid: r.oid ?? '', dkey: bytes(r.dkey), akey: bytes(r.akey), epoch: epochOf(r.epoch) };
  if (r.isArray) v.update({ ...base, extents: (r.extents ?? []).map((e) => ({ offset: Number(e.offset ?? 0), data: bytes(e.data) })) });
  else v.update({ ...base, value: bytes(r.value) });
  return O.UpdateRep.encode({ epoch: r.epoch ?? 0 }).finish();
};

const fetch: RpcHandler = (body, xs) => {
  const r = O.FetchReq.decode(body);
  const v = vosOf(xs, r.handles?.poolUuid);
  const cont = r.handles?.contUuid ?? '';
  if (r.isArray) {
    const a = v.readArray(cont, r.oid ?? '', bytes(r.dkey), bytes(r.akey), Number(r.offset ?? 0), Number(r.length ?? 0), epochOf(r.epoch));
    return O.FetchRep.encode({ found: a.sizeBytes > 0, value: a.data, sizeBytes: a.sizeBytes, epoch: r.epoch ?? 0 }).finish();
  }
  const value = v.fetch(cont, r.oid ?? '', bytes(r.dkey), bytes(r.akey), epochOf(r.epoch));
  return O.FetchRep.encode({ found: value !== undefined, value: value ?? new Uint8Array(), sizeBytes: value?.length ?? 0, epoch: r.epoch ?? 0 }).finish();
};

const punch: RpcHandler = (body, xs) => {
  const r = O.PunchReq.decode(body);
  const v = vosOf(xs, r.handles?.poolUuid);
  const dkey = r.dkey?.length ? r.dkey : undefined;
  const akey = r.akey?.length ? r.akey : undefined;
  v.punch({ cont: r.handles?.contUuid ?? '', oid: r.oid ?? '', epoch: epochOf(r.epoch), ...(dkey ? { dkey } : {}), ...(akey ? { akey } : {}) });
  return O.PunchRep.encode({ epoch: r.epoch ?? 0 }).finish();
};

const list: RpcHandler = (body, xs) => {
  const r = O.ListReq.decode(body);
  const v = vosOf(xs, r.handles?.poolUuid);
  const cont = r.handles?.contUuid ?? '';
  const anchor = r.anchor?.length ? r.anchor : undefined;
  const limit = r.limit || v.limits.listItemsMax;
  const page = r.dkey?.length ? v.listAkeys(cont, r.oid ?? '', r.dkey, epochOf(r.epoch), anchor, limit) : v.listDkeys(cont, r.oid ?? '', epochOf(r.epoch), anchor, limit);
  return O.ListRep.encode({ keys: page.keys, hasAnchor: page.anchor !== undefined, anchor: page.anchor ?? new Uint8Array() }).finish();
};

const query: RpcHandler = (body, xs) => {
  const r = O.QueryReq.decode(body);
  const s = vosOf(xs, r.handles?.poolUuid).space();
  return O.QueryRep.encode(s).finish();
};

const obj: DssModule = {
  name: 'obj',
  id: OBJ_MODULE_ID,
  version: 1,
  rpcHandlers: [
    {
      version: 1,
      handlers: new Map([[ObjTgtOp.UPDATE, update], [ObjTgtOp.FETCH, fetch], [ObjTgtOp.PUNCH, punch], [ObjTgtOp.LIST, list], [ObjTgtOp.QUERY, query], ...rebuildTgtHandlers]),
    },
  ],
  tlsKeys: [
    {
      name: 'vos',
      create: (): VosStores => ({ open: new Map() }),
      destroy: (s) => {
        for (const v of (s as VosStores).open.values()) v.close();
      },
    },
  ],
};
export default obj;
