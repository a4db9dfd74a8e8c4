import { randomUUID } from 'node:crypto';
import { CONT_OPEN_MODE, CONT_SERVICE, contOps, type ContOpenMode } from '@daos-nats/api';
import type { daos } from '@daos-nats/proto';
import type { RefreshReplicas } from '@daos-nats/dc-rsvc';
import type { DaosSession } from './connect.js';
import { allPages } from './all-pages.js';
import type { CallOptions, ServiceCaller } from './service-caller.js';

/** Who is calling (a `Credential` from system-credential.ts fits). */
export interface ContPrincipal {
  readonly user: string;
  readonly group: string;
  readonly groups: readonly string[];
}

/** A container as listed: its uuid and label ("" when it has none). */
export interface ContEntry {
  readonly uuid: string;
  readonly label: string;
}

export interface ContCreateOptions {
  /** Default: a fresh random uuid (chosen here, so the create is the same container on every retry). */
  readonly uuid?: string;
  readonly label?: string;
  /** Property name → value text (`rd_fac: '1'`, `owner: 'bob@'`); the rest take their defaults. */
  readonly props?: Readonly<Record<string, string>>;
  /** ACE strings replacing the default ACL. */
  readonly acl?: readonly string[];
}

export interface ContOpenOptions {
  /** Default: a fresh random uuid. */
  readonly handle?: string;
  /** Close every other handle first (owner only). */
  readonly evictAll?: boolean;
}

/** An open container handle. */
export interface ContHandle {
  readonly handle: string;
  readonly cont: ContEntry;
  readonly mode: ContOpenMode;
  /** CONT_CAPA_* bits (libs/acl). */
  readonly capabilities: number;
  readonly props: Readonly<Record<string, string>>;
}

export interface ContQueryInfo {
  readonly cont: ContEntry;
  readonly poolUuid: string;
  readonly props: Readonly<Record<string, string>>;
  readonly openHandles: number;
  readonly snapshots: number;
  /** Highest snapshot epoch, 0 = none. */
  readonly latestSnapshot: number;
  readonly nextOid: number;
  readonly createdMs: number;
  readonly openedMs: number;
  readonly modifiedMs: number;
}

export interface ContAcl {
  readonly aces: readonly string[];
  readonly owner: string;
  readonly ownerGroup: string;
}

export interface ContSnapshot {
  readonly epoch: number;
  readonly name: string;
  readonly createdMs: number;
}

export interface ContainerClientOptions {
  /** The pool's uuid: the container service's group id. */
  readonly pool: string;
  /** Ranks believed to host the container service replicas (mgmt pool find: `cont_ranks`). */
  readonly ranks: readonly number[];
  /** Asks the management service again for the replica ranks (DAOS dc_mgmt_pool_find). */
  readonly refresh?: RefreshReplicas;
  /** The pool handle (uuid) every operation acts under: from pool connect. */
  readonly poolHandle: string;
  /** Default: the session's credential. */
  readonly principal?: ContPrincipal;
}

/**
 * The containers of one pool, under one pool handle (DAOS `daos_cont_*`):
 * `new ContainerClient(session, { pool, ranks, refresh, poolHandle })`. Containers are named by
 * uuid or label. Every method is one container-service operation, found through dc-rsvc's leader
 * search; writes are applied exactly once however often they are retried.
 */
export class ContainerClient {
  readonly caller: ServiceCaller;
  readonly pool: string;
  readonly poolHandle: string;
  private readonly who: ContPrincipal;

  constructor(session: DaosSession, o: ContainerClientOptions) {
    this.pool = o.pool;
    this.poolHandle = o.poolHandle;
    this.who = o.principal ?? session.credential;
    this.caller = session.service(CONT_SERVICE, o.pool, o.ranks, o.refresh);
  }

  private principal(): daos.cont.v1.Principal.$Properties {
    const p = this.who;
    return { user: p.user, group: p.group, groups: [...p.groups] };
  }

  private target(cont: string): daos.cont.v1.ContTarget.$Properties {
    return { poolHandle: this.poolHandle, cont, principal: this.principal() };
  }

  async create(opts: ContCreateOptions = {}, call?: CallOptions): Promise<ContEntry> {
    const rep = await this.caller.call(
      contOps.create,
      {
        poolHandle: this.poolHandle,
        principal: this.principal(),
        uuid: opts.uuid ?? randomUUID(),
        label: opts.label ?? '',
        props: { ...(opts.props ?? {}) },
        acl: [...(opts.acl ?? [])],
      },
      call,
    );
    return entry(rep.cont);
  }

  async destroy(cont: string, opts: { readonly force?: boolean } = {}, call?: CallOptions): Promise<void> {
    await this.caller.call(contOps.destroy, { target: this.target(cont), force: opts.force === true }, call);
  }

  /**
   * Every container, page by page (cont.list is paged so a reply fits any message limit);
   * `pageItems` per call, 0 for the service's maximum.
   */
  async list(call?: CallOptions, pageItems = 0): Promise<ContEntry[]> {
    return await allPages(async (anchor) => {
      const rep = await this.caller.call(contOps.list, { poolHandle: this.poolHandle, principal: this.principal(), anchor, limit: pageItems }, call);
      return { items: (rep.conts ?? []).map(entry), nextAnchor: rep.nextAnchor ?? '' };
    }, 'cont.list');
  }

  async open(cont: string, mode: ContOpenMode, opts: ContOpenOptions = {}, call?: CallOptions): Promise<ContHandle> {
    const handle = opts.handle ?? randomUUID();
    const rep = await this.caller.call(
      contOps.open,
      { target: this.target(cont), handle, mode: CONT_OPEN_MODE[mode], evictAll: opts.evictAll === true },
      call,
    );
    return { handle, cont: entry(rep.cont), mode, capabilities: rep.capabilities ?? 0, props: { ...(rep.props ?? {}) } };
  }

  async close(cont: string, handle: string, call?: CallOptions): Promise<void> {
    await this.caller.call(contOps.close, { target: this.target(cont), handle }, call);
  }

  async query(cont: string, call?: CallOptions): Promise<ContQueryInfo> {
    const r = await this.caller.call(contOps.query, { target: this.target(cont) }, call);
    return {
      cont: entry(r.cont),
      poolUuid: r.poolUuid ?? '',
      props: { ...(r.props ?? {}) },
      openHandles: r.openHandles ?? 0,
      snapshots: r.snapshots ?? 0,
      latestSnapshot: Number(r.latestSnapshot ?? 0),
      nextOid: Number(r.nextOid ?? 0),
      createdMs: Number(r.createdMs ?? 0),
      openedMs: Number(r.openedMs ?? 0),
      modifiedMs: Number(r.modifiedMs ?? 0),
    };
  }

  /** The named properties, or all when `names` is empty. */
  async getProps(cont: string, names: readonly string[] = [], call?: CallOptions): Promise<Record<string, string>> {
    const rep = await this.caller.call(contOps.propGet, { target: this.target(cont), names: [...names] }, call);
    return { ...(rep.props ?? {}) };
  }

  async setProps(cont: string, props: Readonly<Record<string, string>>, call?: CallOptions): Promise<void> {
    await this.caller.call(contOps.propSet, { target: this.target(cont), props: { ...props } }, call);
  }

  async getAcl(cont: string, call?: CallOptions): Promise<ContAcl> {
    return acl(await this.caller.call(contOps.aclGet, { target: this.target(cont) }, call));
  }

  async overwriteAcl(cont: string, aces: readonly string[], call?: CallOptions): Promise<ContAcl> {
    return acl(await this.caller.call(contOps.aclOverwrite, { target: this.target(cont), aces: [...aces] }, call));
  }

  async updateAcl(cont: string, aces: readonly string[], call?: CallOptions): Promise<ContAcl> {
    return acl(await this.caller.call(contOps.aclUpdate, { target: this.target(cont), aces: [...aces] }, call));
  }

  /** `principal` as the CLI names it: `u:name@`, `g:name@`, `OWNER@`, `GROUP@`, `EVERYONE@`. */
  async deleteAcl(cont: string, principal: string, call?: CallOptions): Promise<ContAcl> {
    return acl(await this.caller.call(contOps.aclDelete, { target: this.target(cont), principal }, call));
  }

  /** A new owner user and/or group (omitted ones are kept). */
  async setOwner(cont: string, owner: { readonly user?: string; readonly group?: string }, call?: CallOptions): Promise<void> {
    await this.caller.call(contOps.setOwner, { target: this.target(cont), user: owner.user ?? '', group: owner.group ?? '' }, call);
  }

  async setAttrs(cont: string, attrs: Readonly<Record<string, Uint8Array>>, call?: CallOptions): Promise<void> {
    await this.caller.call(contOps.attrSet, { target: this.target(cont), attrs: { ...attrs } }, call);
  }

  async getAttrs(cont: string, names: readonly string[], call?: CallOptions): Promise<Record<string, Uint8Array>> {
    const rep = await this.caller.call(contOps.attrGet, { target: this.target(cont), names: [...names] }, call);
    return { ...(rep.attrs ?? {}) };
  }

  /** Every attribute name of `cont`, page by page like `list`. */
  async listAttrs(cont: string, call?: CallOptions, pageItems = 0): Promise<string[]> {
    return await allPages(async (anchor) => {
      const rep = await this.caller.call(contOps.attrList, { target: this.target(cont), anchor, limit: pageItems }, call);
      return { items: [...(rep.names ?? [])], nextAnchor: rep.nextAnchor ?? '' };
    }, 'cont.attr.list');
  }

  async deleteAttrs(cont: string, names: readonly string[], call?: CallOptions): Promise<void> {
    await this.caller.call(contOps.attrDelete, { target: this.target(cont), names: [...names] }, call);
  }

  async createSnapshot(cont: string, name = '', call?: CallOptions): Promise<ContSnapshot> {
    const rep = await this.caller.call(contOps.snapCreate, { target: this.target(cont), name }, call);
    return snapshot(rep.snapshot);
  }

  /** Oldest first. */
  async listSnapshots(cont: string, call?: CallOptions): Promise<ContSnapshot[]> {
    const rep = await this.caller.call(contOps.snapList, { target: this.target(cont) }, call);
    return (rep.snapshots ?? []).map(snapshot);
  }

  /** By epoch or by name. */
  async destroySnapshot(cont: string, which: { readonly epoch?: number; readonly name?: string }, call?: CallOptions): Promise<void> {
    await this.caller.call(contOps.snapDestroy, { target: this.target(cont), epoch: which.epoch ?? 0, name: which.name ?? '' }, call);
  }

  /** Reserve `count` object ids under an open handle: ids [first, first + count). */
  async allocOids(cont: string, handle: string, count: number, call?: CallOptions): Promise<{ first: number; count: number }> {
    const rep = await this.caller.call(contOps.oidAlloc, { target: this.target(cont), handle, count }, call);
    return { first: Number(rep.first ?? 0), count: Number(rep.count ?? 0) };
  }
}

function entry(e: daos.cont.v1.ContEntry.$Properties | null | undefined): ContEntry {
  return { uuid: e?.uuid ?? '', label: e?.label ?? '' };
}

function acl(r: daos.cont.v1.AclRep.$Properties): ContAcl {
  return { aces: [...(r.aces ?? [])], owner: r.owner ?? '', ownerGroup: r.ownerGroup ?? '' };
}

function snapshot(s: daos.cont.v1.Snapshot.$Properties | null | undefined): ContSnapshot {
  return { epoch: Number(s?.epoch ?? 0), name: s?.name ?? '', createdMs: Number(s?.createdMs ?? 0) };
}

// The index re-exports this file; the connected-pool helper rides along with it.
export { PoolContainers } from './container-session.js';
