import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { POOL_CONNECT_FLAG, POOL_SERVICE, poolOps, type OperationDef, type PoolConnectMode } from '@daos-nats/api';
import type { RefreshReplicas } from '@daos-nats/dc-rsvc';
import type { CallOptions, ServiceCaller } from './service-caller.js';
import type { DaosSession } from './connect.js';
import type { MgmtClient } from './mgmt-client.js';
import type { MgmtPoolInfo } from './mgmt-info.js';
import { daos } from '@daos-nats/proto';
import { allPages } from './all-pages.js';

export type PoolInfo = daos.pool.v1.IPoolInfo;
export type PoolMapInfo = daos.pool.v1.IPoolMap;
export type PoolMapRank = daos.pool.v1.IMapRank;
export type PoolHandleInfo = daos.pool.v1.IHandleInfo;
export type PoolVerifyHandleReply = daos.pool.v1.IVerifyHandleRep;

/** The caller's identity as the pool service sees it ("name@" user, group and other groups). */
export interface PoolPrincipal {
  readonly user: string;
  readonly group: string;
  readonly groups?: readonly string[];
  readonly machine?: string;
}

export interface PoolClientOptions {
  /** The pool's uuid: the pool service's group id. */
  readonly uuid: string;
  /** Ranks believed to host the pool service replicas (from the management service). */
  readonly ranks: readonly number[];
  /** Asks the management service again for the replica ranks (DAOS dc_mgmt_pool_find). */
  readonly refresh?: RefreshReplicas;
}

export type PoolCallOptions = CallOptions;

/** An open pool handle: its uuid (what the container service verifies), mode and capabilities. */
export interface PoolHandle {
  readonly handle: string;
  readonly mode: PoolConnectMode;
  /** POOL_CAPA_* bits (libs/acl). */
  readonly capabilities: number;
  readonly info: PoolInfo;
}

export interface TargetsChange {
  readonly rank: number;
  /** Target indexes on that rank; all of them when absent or empty. */
  readonly targets?: readonly number[];
  /** Override the DER_RF check (administrators only, as in dmg). */
  readonly force?: boolean;
}

export interface MapChange {
  readonly mapVersion: number;
  readonly svcRanks: readonly number[];
}

/**
 * A client of one pool's service (DAOS dc_pool): leader search, hints and retries come from
 * dc-rsvc through the session's ServiceCaller; every attempt of one call carries the same client
 * timestamp, so a retried write is answered from the service's dedup table, not done twice.
 * Requests that check the ACL carry the session's credential.
 */
export class PoolClient {
  readonly caller: ServiceCaller;
  readonly uuid: string;
  /** The handle withHandle() holds open, for the attribute calls made inside it. */
  private openHandle: string | undefined;

  constructor(
    private readonly session: DaosSession,
    o: PoolClientOptions,
  ) {
    this.uuid = o.uuid;
    this.caller = session.service(POOL_SERVICE, o.uuid, o.ranks, o.refresh);
  }

  /**
   * The client of a pool named by uuid or label, as the management service's directory has it
   * (DER_NONEXIST if none); leader search asks the directory again when the replicas moved.
   */
  static async find(session: DaosSession, mgmt: MgmtClient, id: string, opts?: PoolCallOptions): Promise<{ pool: PoolClient; info: MgmtPoolInfo }> {
    const info = await mgmt.poolFind(id, opts);
    const pool = new PoolClient(session, {
      uuid: info.uuid,
      ranks: info.svcRanks,
      refresh: async (signal) => [...(await mgmt.poolFind(info.uuid, { signal })).svcRanks],
    });
    return { pool, info };
  }

  /**
   * Connect, run `fn` with the handle, disconnect whatever happens (DAOS tools connect for one
   * command). The disconnect is best effort: a handle left open is closed by evict.
   */
  async withHandle<T>(mode: PoolConnectMode, fn: (h: PoolHandle) => Promise<T>, opts: PoolCallOptions = {}): Promise<T> {
    const h = await this.connect(mode, opts);
    const outer = this.openHandle;
    this.openHandle = h.handle;
    try {
      return await fn(h);
    } finally {
      this.openHandle = outer;
      await this.disconnect(h.handle, opts).catch(() => undefined);
    }
  }

  /** One operation of the pool service, with leader search and retries. */
  async call<Req, Rep>(op: OperationDef<Req, Rep>, request: Req, opts: PoolCallOptions = {}): Promise<Rep> {
    return await this.caller.call(op, request, opts);
  }

  /** Open a handle (DAOS daos_pool_connect): DER_NO_PERM, DER_BUSY (exclusive conflict). */
  async connect(mode: PoolConnectMode, o: { handle?: string; wantMap?: boolean; machine?: string } & PoolCallOptions = {}): Promise<PoolHandle> {
    const handle = o.handle ?? randomUUID();
    const c = this.session.credential;
    const principal: PoolPrincipal = { user: c.user, group: c.group, groups: c.groups, machine: o.machine ?? hostname() };
    const rep = await this.call(
      poolOps.connect,
      { handle, flags: POOL_CONNECT_FLAG[mode], principal: toWirePrincipal(principal), wantMap: o.wantMap ?? false },
      o,
    );
    return { handle, mode, capabilities: rep.capabilities ?? 0, info: rep.info ?? {} };
  }

  /** Close a handle; an unknown handle is not an error (DAOS). */
  async disconnect(handle: string, o: PoolCallOptions = {}): Promise<void> {
    await this.call(poolOps.disconnect, { handle }, o);
  }

  /** Pool query: with a handle (daos), which must be open (DER_NO_HDL), or without (dmg). */
  async query(o: { handle?: string; wantMap?: boolean } & PoolCallOptions = {}): Promise<PoolInfo> {
    return (await this.call(poolOps.query, { handle: o.handle ?? '', wantMap: o.wantMap ?? false }, o)).info ?? {};
  }

  /** Is this handle open, with what capabilities (the container service's handle check). */
  async verifyHandle(handle: string, o: PoolCallOptions = {}): Promise<PoolVerifyHandleReply> {
    return await this.call(poolOps.verifyHandle, { handle }, o);
  }

  /** Every open handle, page by page (pool.handles.list is paged); `pageItems` per call, 0 for the service's maximum. */
  async listHandles(o: PoolCallOptions & { pageItems?: number } = {}): Promise<PoolHandleInfo[]> {
    return await allPages(async (anchor) => {
      const rep = await this.call(poolOps.handlesList, { anchor, limit: o.pageItems ?? 0 }, o);
      return { items: rep.handles ?? [], nextAnchor: rep.nextAnchor ?? '' };
    }, 'pool.handles.list');
  }

  /** Properties by name, or all of them (name → value as text). */
  async getProps(names: readonly string[] = [], o: PoolCallOptions = {}): Promise<Map<string, string>> {
    const rep = await this.call(poolOps.propGet, { names: [...names] }, o);
    return new Map((rep.props ?? []).map((p) => [p.name ?? '', p.value ?? '']));
  }

  /** Set properties, all or none (DER_INVAL for an unknown name or a bad value). */
  async setProps(props: Readonly<Record<string, string>>, o: PoolCallOptions = {}): Promise<void> {
    await this.call(poolOps.propSet, { props: Object.entries(props).map(([name, value]) => ({ name, value })) }, o);
  }

  async getAcl(o: PoolCallOptions = {}): Promise<PoolAcl> {
    return toAcl(await this.call(poolOps.aclGet, {}, o));
  }

  async overwriteAcl(aces: readonly string[], o: PoolCallOptions = {}): Promise<PoolAcl> {
    return toAcl(await this.call(poolOps.aclOverwrite, { acl: [...aces] }, o));
  }

  async updateAcl(aces: readonly string[], o: PoolCallOptions = {}): Promise<PoolAcl> {
    return toAcl(await this.call(poolOps.aclUpdate, { acl: [...aces] }, o));
  }

  /** Remove one principal's entry ("u:name@", "g:name@", "OWNER@", ...); DER_NONEXIST if absent. */
  async deleteAcl(principal: string, o: PoolCallOptions = {}): Promise<PoolAcl> {
    return toAcl(await this.call(poolOps.aclDelete, { principal }, o));
  }

  async exclude(c: TargetsChange, o: PoolCallOptions = {}): Promise<MapChange> {
    return toMapChange(await this.call(poolOps.exclude, toTargetsReq(c), o));
  }

  async drain(c: TargetsChange, o: PoolCallOptions = {}): Promise<MapChange> {
    return toMapChange(await this.call(poolOps.drain, toTargetsReq(c), o));
  }

  async reintegrate(c: TargetsChange, o: PoolCallOptions = {}): Promise<MapChange> {
    return toMapChange(await this.call(poolOps.reintegrate, toTargetsReq(c), o));
  }

  /** Add ranks (with their fault domains) to the pool map. */
  async extend(ranks: readonly { rank: number; faultDomain?: string }[], o: { targetsPerRank?: number } & PoolCallOptions = {}): Promise<MapChange> {
    const req = { ranks: ranks.map((r) => ({ rank: r.rank, faultDomain: r.faultDomain ?? '' })), targetsPerRank: o.targetsPerRank ?? 0 };
    return toMapChange(await this.call(poolOps.extend, req, o));
  }

  /** Close handles: all, the listed ones, or a machine's; `destroy` also refuses new connections. */
  async evict(e: { handles?: readonly string[]; machine?: string; destroy?: boolean } = {}, o: PoolCallOptions = {}): Promise<number> {
    const rep = await this.call(poolOps.evict, { handles: [...(e.handles ?? [])], machine: e.machine ?? '', destroy: e.destroy ?? false }, o);
    return rep.evicted ?? 0;
  }

  // Attributes need an open handle (DER_NO_HDL otherwise; read-write to set or delete): `o.handle`,
  // else the one withHandle() holds open.
  private attrHandle(o: { handle?: string }): string {
    return o.handle ?? this.openHandle ?? '';
  }

  /** Every attribute name, page by page (rsvc.attr.list is paged: a page fits any message limit). */
  async listAttrs(o: { handle?: string } & PoolCallOptions = {}): Promise<string[]> {
    return await allPages(async (anchor) => {
      const rep = await this.call(poolOps.attrList, { handle: this.attrHandle(o), anchor }, o);
      return { items: rep.names ?? [], nextAnchor: rep.nextAnchor ?? '' };
    }, 'rsvc.attr.list');
  }

  /** DER_NONEXIST if any is missing. */
  async getAttrs(names: readonly string[], o: { handle?: string } & PoolCallOptions = {}): Promise<Map<string, Uint8Array>> {
    const rep = await this.call(poolOps.attrGet, { names: [...names], handle: this.attrHandle(o) }, o);
    return new Map(Object.entries(rep.attrs ?? {}));
  }

  async setAttrs(attrs: ReadonlyMap<string, Uint8Array> | Readonly<Record<string, Uint8Array>>, o: { handle?: string } & PoolCallOptions = {}): Promise<void> {
    const entries = attrs instanceof Map ? Object.fromEntries(attrs) : (attrs as Record<string, Uint8Array>);
    await this.call(poolOps.attrSet, { attrs: entries, handle: this.attrHandle(o) }, o);
  }

  /** All or nothing; DER_NONEXIST if any is missing. */
  async deleteAttrs(names: readonly string[], o: { handle?: string } & PoolCallOptions = {}): Promise<void> {
    await this.call(poolOps.attrDelete, { names: [...names], handle: this.attrHandle(o) }, o);
  }
}

export interface PoolAcl {
  readonly acl: string[];
  readonly owner: string;
  readonly ownerGroup: string;
}

function toAcl(rep: daos.pool.v1.IAclRep): PoolAcl {
  return { acl: rep.acl ?? [], owner: rep.owner ?? '', ownerGroup: rep.ownerGroup ?? '' };
}

function toMapChange(rep: daos.pool.v1.IMapRep): MapChange {
  return { mapVersion: rep.mapVersion ?? 0, svcRanks: rep.svcRanks ?? [] };
}

function toTargetsReq(c: TargetsChange): daos.pool.v1.ITargetsReq {
  return { rank: c.rank, targets: [...(c.targets ?? [])], force: c.force ?? false };
}

export function toWirePrincipal(p: PoolPrincipal): daos.pool.v1.IPrincipal {
  return { user: p.user, group: p.group, groups: [...(p.groups ?? [])], machine: p.machine ?? '' };
}
