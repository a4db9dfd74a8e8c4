import { InvalidError, NonexistError } from '@daos-nats/base';
import { daos } from '@daos-nats/proto';
import type { Transaction } from '@daos-nats/rdb';
import { decodeMap, encodeMap, mapCounts, toWireMap, type PoolMap } from './pool-map.js';

/**
 * The pool service's state in its rdb database (one database per pool), beside the framework's
 * own root key `rsvc` (dedup table, user attributes):
 *
 *   pool     PoolRecord: uuid, label, size, owner, ACL, properties, handle counts, replicas
 *   map      PoolMap: ranks, targets and their states, version
 *   handles  KVS (lexical): handle uuid → HandleInfo
 *   rebuild_base  PoolMap, only while a rebuild is pending: the map before the first change of the
 *            engine ranks since the last rebuild every target completed (pool-rebuild.ts)
 */
export const RECORD_KEY = 'pool';
export const MAP_KEY = 'map';
export const HANDLES_KEY = 'handles';
export const REBUILD_BASE_KEY = 'rebuild_base';
export const HANDLES_PATH = [HANDLES_KEY] as const;

export type PoolRecord = daos.pool.v1.PoolRecord;
export type HandleInfo = daos.pool.v1.HandleInfo;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** DER_INVAL unless `s` is a uuid in text form. */
export function checkUuid(s: string | null | undefined, what: string): string {
  if (!s || !UUID_RE.test(s)) throw new InvalidError(`${what} must be a uuid, got ${JSON.stringify(s ?? '')}`);
  return s.toLowerCase();
}

export async function readRecord(tx: Transaction): Promise<PoolRecord> {
  return daos.pool.v1.PoolRecord.decode(await tx.lookup([], RECORD_KEY));
}

export function writeRecord(tx: Transaction, rec: daos.pool.v1.IPoolRecord): void {
  tx.update([], RECORD_KEY, daos.pool.v1.PoolRecord.encode(rec).finish());
}

export async function readMap(tx: Transaction): Promise<PoolMap> {
  return decodeMap(await tx.lookup([], MAP_KEY));
}

export function writeMap(tx: Transaction, map: PoolMap): void {
  tx.update([], MAP_KEY, encodeMap(map));
}

/** The map a pending rebuild starts from, or undefined when none is pending. */
export async function readRebuildBase(tx: Transaction): Promise<PoolMap | undefined> {
  try {
    return decodeMap(await tx.lookup([], REBUILD_BASE_KEY));
  } catch (e) {
    if (e instanceof NonexistError) return undefined;
    throw e;
  }
}

export function writeRebuildBase(tx: Transaction, map: PoolMap): void {
  tx.update([], REBUILD_BASE_KEY, encodeMap(map));
}

export function deleteRebuildBase(tx: Transaction): void {
  tx.delete([], REBUILD_BASE_KEY);
}

/** The handle, or undefined if it is not open. */
export async function findHandle(tx: Transaction, handle: string): Promise<HandleInfo | undefined> {
  try {
    return daos.pool.v1.HandleInfo.decode(await tx.lookup(HANDLES_PATH, handle));
  } catch (e) {
    if (e instanceof NonexistError) return undefined;
    throw e;
  }
}

export function writeHandle(tx: Transaction, h: daos.pool.v1.IHandleInfo): void {
  tx.update(HANDLES_PATH, h.handle ?? '', daos.pool.v1.HandleInfo.encode(h).finish());
}

/** Most handles in one pool.handles.list reply. */
export const POOL_HANDLES_PAGE_ITEMS_MAX = 1024;
/** Most encoded handle bytes in one reply (a principal's group list makes a handle's size vary). */
export const POOL_HANDLES_PAGE_BYTES_MAX = 256 * 1024;

/**
 * One page of the open handles in uuid order: after `anchor` (exclusive; '' for the first), at
 * most `limit` of them (capped at POOL_HANDLES_PAGE_ITEMS_MAX) and POOL_HANDLES_PAGE_BYTES_MAX
 * encoded bytes (at least one), with the next page's anchor ('' after the last).
 */
export async function handlesPage(tx: Transaction, anchor: string, limit: number): Promise<{ handles: HandleInfo[]; nextAnchor: string }> {
  const items = Math.min(limit || POOL_HANDLES_PAGE_ITEMS_MAX, POOL_HANDLES_PAGE_ITEMS_MAX);
  const found = await tx.iterate(HANDLES_PATH, { ...(anchor ? { gt: anchor } : {}), limitItems: items + 1 }); // one more: is there a next page?
  const handles: HandleInfo[] = [];
  let bytes = 0;
  for (const it of found) {
    const value = it.value ?? new Uint8Array(0);
    if (handles.length === items || (handles.length > 0 && bytes + value.byteLength > POOL_HANDLES_PAGE_BYTES_MAX))
      return { handles, nextAnchor: new TextDecoder().decode(found[handles.length - 1]!.key) };
    handles.push(daos.pool.v1.HandleInfo.decode(value));
    bytes += value.byteLength;
  }
  return { handles, nextAnchor: '' };
}

export function propsOf(rec: PoolRecord): Map<string, string> {
  const m = new Map<string, string>([['label', rec.label]]);
  for (const p of rec.props) m.set(p.name ?? '', p.value ?? '');
  return m;
}

/** What query and connect report (DAOS daos_pool_info_t, simulated space: the size quota less the service's metadata). */
export function poolInfo(rec: PoolRecord, map: PoolMap, leaderRank: number, wantMap: boolean, rebuildPending = false, meta = { handles: 0, attrs: 0 }): daos.pool.v1.IPoolInfo {
  const c = mapCounts(map);
  const metadataBytes = meta.handles + meta.attrs;
  const size = Number(rec.sizeBytes);
  return {
    uuid: rec.uuid,
    label: rec.label,
    mapVersion: map.version,
    totalTargets: c.total,
    activeTargets: c.active,
    disabledTargets: c.disabled,
    drainingTargets: c.draining,
    space: { totalBytes: rec.sizeBytes, freeBytes: Math.max(0, size - metadataBytes), metadataBytes },
    handleCount: rec.handleCount,
    svcRanks: rec.svcRanks,
    svcLeader: leaderRank,
    svcReplicasWanted: rec.svcReplicasWanted,
    owner: rec.owner,
    ownerGroup: rec.ownerGroup,
    rebuildState: rebuildPending ? 'busy' : 'idle',
    createdMs: rec.createdMs,
    enabledRanks: c.enabledRanks,
    disabledRanks: c.disabledRanks,
    ...(wantMap ? { map: toWireMap(map) } : {}),
  };
}
