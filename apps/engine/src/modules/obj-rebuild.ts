// The xstream half of rebuild (DAOS src/rebuild scan + src/object migrate, target side): the
// target's main xstream scans its own store, exports one dkey's versions, and imports versions a
// surviving replica sends. The main thread (rebuild-task.ts) decides what goes where; these only
// touch the store, on the xstream that is its single writer.
import { InvalidError } from '@daos-nats/base';
import { daos } from '@daos-nats/proto';
import { RebuildKind, type RebuildRecord } from '@daos-nats/vos';
import type { RpcHandler } from '../dss-module.js';
import { vosOf } from './obj-vos.js';

const O = daos.obj.v1;

/** Target RPC opcodes of rebuild (obj module, protocol version 1). */
export const RebuildTgtOp = { REBUILD_SCAN: 6, REBUILD_EXPORT: 7, REBUILD_IMPORT: 8, REBUILD_DROP: 9 } as const;

const bytes = (b: Uint8Array | null | undefined): Uint8Array => b ?? new Uint8Array();

function toRecord(r: daos.obj.v1.IRebuildRec): RebuildRecord {
  const epoch = r.epoch ?? 0;
  if (!Number.isSafeInteger(epoch) || epoch <= 0) throw new InvalidError(`rebuild record epoch ${epoch} is not a positive integer`);
  return { kind: (r.kind ?? 0) as RebuildKind, akey: bytes(r.akey), epoch: BigInt(epoch), offset: Number(r.offset ?? 0), data: bytes(r.data) };
}

const scan: RpcHandler = (body, xs) => {
  const r = O.RebuildScanReq.decode(body);
  const a = r.hasAfter && r.after ? { cont: r.after.contUuid ?? '', oid: r.after.oid ?? '', dkey: bytes(r.after.dkey) } : undefined;
  const page = vosOf(xs, r.poolUuid).rebuildIo().scan(a, r.limit || 1);
  return O.RebuildScanRep.encode({ dkeys: page.dkeys.map((d) => ({ contUuid: d.cont, oid: d.oid, dkey: d.dkey, bytes: d.bytes })), more: page.more }).finish();
};

const exportDkey: RpcHandler = (body, xs) => {
  const r = O.RebuildExportReq.decode(body);
  const page = vosOf(xs, r.poolUuid).rebuildIo().exportDkey(r.contUuid ?? '', r.oid ?? '', bytes(r.dkey), Number(r.afterId ?? 0), r.bytesMax || 1);
  const recs = page.recs.map((x) => ({ kind: x.kind, akey: x.akey, epoch: Number(x.epoch), offset: x.offset, data: x.data }));
  return O.RebuildExportRep.encode({ recs, nextId: page.nextId }).finish();
};

const importDkey: RpcHandler = (body, xs) => {
  const r = O.RebuildImportReq.decode(body);
  const recs = (r.recs ?? []).map(toRecord);
  const out = vosOf(xs, r.poolUuid).rebuildIo().importDkey(r.contUuid ?? '', r.oid ?? '', bytes(r.dkey), recs);
  return O.RebuildImportRep.encode({ written: out.written, bytesWritten: out.bytesWritten }).finish();
};

const dropDkey: RpcHandler = (body, xs) => {
  const r = O.RebuildDropReq.decode(body);
  const bytesFreed = vosOf(xs, r.poolUuid).rebuildIo().dropDkey(r.contUuid ?? '', r.oid ?? '', bytes(r.dkey));
  return O.RebuildDropRep.encode({ bytesFreed }).finish();
};

export const rebuildTgtHandlers: readonly (readonly [number, RpcHandler])[] = [
  [RebuildTgtOp.REBUILD_SCAN, scan],
  [RebuildTgtOp.REBUILD_EXPORT, exportDkey],
  [RebuildTgtOp.REBUILD_IMPORT, importDkey],
  [RebuildTgtOp.REBUILD_DROP, dropDkey],
];
