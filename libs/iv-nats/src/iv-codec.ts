// The mapping between libs/iv's messages and the protobuf of proto/daos/iv/v1/iv.proto. Decoding
// only reshapes: libs/iv's checkRequest validates every field of a decoded request afterwards.
import { ProtoError, unreachable } from '@daos-nats/base';
import type { IvNamespaceDesc, IvReply, IvRequest, IvSyncMode, IvValue } from '@daos-nats/iv';
import { daos } from '@daos-nats/proto';

const pb = daos.iv.v1;

const SYNC_TO_PB: Readonly<Record<IvSyncMode, number>> = { none: pb.SyncMode.SYNC_MODE_NONE, eager: pb.SyncMode.SYNC_MODE_EAGER, lazy: pb.SyncMode.SYNC_MODE_LAZY };

export function syncToPb(s: IvSyncMode): number {
  return SYNC_TO_PB[s];
}

/** undefined for an unknown or unspecified mode, which checkRequest then refuses (DER_INVAL). */
export function syncFromPb(n: number | null | undefined): IvSyncMode | undefined {
  return n === pb.SyncMode.SYNC_MODE_NONE ? 'none' : n === pb.SyncMode.SYNC_MODE_EAGER ? 'eager' : n === pb.SyncMode.SYNC_MODE_LAZY ? 'lazy' : undefined;
}

function nsToPb(d: IvNamespaceDesc): daos.iv.v1.Namespace.$Properties {
  return { pool: d.pool, root: d.root, term: d.term, ranks: [...d.ranks] };
}

export function nsFromPb(n: daos.iv.v1.Namespace.$Properties | null | undefined): IvNamespaceDesc | undefined {
  if (!n) return undefined;
  return { pool: n.pool ?? '', root: n.root ?? 0, term: Number(n.term ?? 0), ranks: n.ranks ?? [] };
}

export function entryToPb(e: IvValue): daos.iv.v1.Entry.$Properties {
  return e.value === undefined ? { version: e.version, present: false } : { version: e.version, present: true, value: e.value };
}

export function entryFromPb(e: daos.iv.v1.Entry.$Properties | null | undefined): IvValue | undefined {
  if (!e) return undefined;
  const version = Number(e.version ?? 0);
  return e.present ? { version, value: e.value ?? new Uint8Array() } : { version };
}

export function encodePeerRequest(r: IvRequest): Uint8Array {
  let m: daos.iv.v1.PeerReq.$Properties;
  switch (r.op) {
    case 'ns':
      m = { ns: { ns: nsToPb(r.ns) } };
      break;
    case 'fetch':
      m = { fetch: { pool: r.pool, term: r.term, classId: r.classId, key: r.key } };
      break;
    case 'update':
      m = { update: { pool: r.pool, term: r.term, classId: r.classId, key: r.key, version: r.version, present: r.value !== undefined, ...(r.value ? { value: r.value } : {}), sync: syncToPb(r.sync) } };
      break;
    case 'revoke':
      m = { revoke: { ns: nsToPb(r.ns), classId: r.classId, key: r.key } };
      break;
    case 'push':
      m = { push: { ns: nsToPb(r.ns), classId: r.classId, key: r.key, entry: entryToPb(r.entry), leaseMs: r.leaseMs } };
      break;
    case 'alloc':
      m = { alloc: { pool: r.pool, term: r.term, classId: r.classId, key: r.key, count: r.count } };
      break;
    default:
      return unreachable(r, 'iv request');
  }
  return pb.PeerReq.encode(m).finish();
}

/** Bytes to the shape checkRequest validates; DER_PROTO if they do not decode or carry no op. */
export function decodePeerRequest(bytes: Uint8Array): unknown {
  let m: daos.iv.v1.PeerReq;
  try {
    m = pb.PeerReq.decode(bytes);
  } catch (e) {
    throw new ProtoError(`malformed iv.peer request (${bytes.length} bytes)`, { cause: e });
  }
  switch (m.op) {
    case 'ns':
      return { op: 'ns', ns: nsFromPb(m.ns?.ns) };
    case 'fetch':
      return { op: 'fetch', pool: m.fetch?.pool, term: Number(m.fetch?.term ?? 0), classId: m.fetch?.classId, key: m.fetch?.key };
    case 'update': {
      const u = m.update!;
      return { op: 'update', pool: u.pool, term: Number(u.term ?? 0), classId: u.classId, key: u.key, version: Number(u.version ?? 0), ...(u.present ? { value: u.value ?? new Uint8Array() } : {}), sync: syncFromPb(u.sync) };
    }
    case 'revoke':
      return { op: 'revoke', ns: nsFromPb(m.revoke?.ns), classId: m.revoke?.classId, key: m.revoke?.key };
    case 'push':
      return { op: 'push', ns: nsFromPb(m.push?.ns), classId: m.push?.classId, key: m.push?.key, entry: entryFromPb(m.push?.entry), leaseMs: m.push?.leaseMs ?? 0 };
    case 'alloc':
      return { op: 'alloc', pool: m.alloc?.pool, term: Number(m.alloc?.term ?? 0), classId: m.alloc?.classId, key: m.alloc?.key, count: Number(m.alloc?.count ?? 0) };
    default:
      throw new ProtoError('iv.peer request carries no operation');
  }
}

/** A success reply; error replies travel as the envelope's Status. */
export function encodePeerReply(r: Extract<IvReply, { ok: true }>): Uint8Array {
  return pb.PeerRep.encode({ ...(r.entry ? { entry: entryToPb(r.entry) } : {}), leaseMs: r.leaseMs ?? 0, complete: r.complete === true, ...(r.range ? { range: r.range } : {}) }).finish();
}

export function decodePeerReply(bytes: Uint8Array): Extract<IvReply, { ok: true }> {
  let m: daos.iv.v1.PeerRep;
  try {
    m = pb.PeerRep.decode(bytes);
  } catch (e) {
    throw new ProtoError(`malformed iv.peer reply (${bytes.length} bytes)`, { cause: e });
  }
  const entry = entryFromPb(m.entry);
  const range = m.range ? { first: Number(m.range.first ?? 0), count: Number(m.range.count ?? 0) } : undefined;
  return { ok: true, ...(entry ? { entry } : {}), leaseMs: m.leaseMs ?? 0, complete: m.complete === true, ...(range ? { range } : {}) };
}
