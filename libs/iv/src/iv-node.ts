import { assert, AgainError, BusyError, codeOf, DaosError, IoError, InvalidError, NoSpaceError, NonexistError, NotLeaderError, ProtoError, StaleError } from '@daos-nats/base';
import { EntryCache } from './entry-cache.js';
import type { IvClass, IvClassRegistry } from './iv-class.js';
import type { IvConfig } from './iv-config.js';
import { IvNamespace } from './iv-namespace.js';
import { TreeLinks } from './tree-links.js';
import { RangePool } from './range-pool.js';
import { RangeAllocator, type RangeClass } from './range-allocator.js';
import type { IvTimer, IvTransport } from './iv-transport.js';
import { checkNamespaceDesc, checkRequest, type IvNamespaceDesc, type IvRange, type IvReply, type IvRequest, type IvSyncMode, type IvValue } from './messages.js';

/** The result of an update: whether every cache of the namespace acknowledged it. */
export interface IvUpdateResult {
  readonly complete: boolean;
}

interface Fetched {
  readonly entry: IvValue;
  /** Until when the caller may cache it (absolute, on this cache's clock); 0: do not cache. */
  readonly expiresAtMs: number;
}

/**
 * One IV cache: the entries this rank holds for every namespace it belongs to, and the protocol
 * (see README: fetch up, revoke down, commit at the root, push down). `handle()` serves a peer's
 * request and never throws; the other public methods are what a local user calls.
 */
export class IvNode {
  private readonly namespaces = new Map<string, IvNamespace>();
  private readonly entries: EntryCache;
  private readonly links: TreeLinks;
  private readonly ranges: RangePool;
  private readonly allocator: RangeAllocator;
  /** Bumped by every revocation this cache sees: a fetch reply that raced one is not cached. */
  private revokeEpoch = 0;

  constructor(
    readonly rank: number,
    private readonly classes: IvClassRegistry,
    transport: IvTransport,
    private readonly timer: IvTimer,
    readonly config: IvConfig,
  ) {
    this.entries = new EntryCache(config.entriesMax, config.cacheBytesMax);
    this.links = new TreeLinks(rank, transport, timer, config);
    this.ranges = new RangePool(config.entriesMax);
    this.allocator = new RangeAllocator(this.rank, this.links, this.ranges, config, (ns) => this.namespaces.get(ns.pool) === ns);
  }

  /** The entry this cache would serve without asking anyone (leased and valid), for tests and tools. */
  cached(pool: string, classId: number, key: Uint8Array): IvValue | undefined {
    const hit = this.entries.get(EntryCache.id(pool, classId, key));
    const ns = this.namespaces.get(pool);
    if (!hit || !ns || (!ns.isRoot && this.timer.nowMs() >= hit.expiresAtMs)) return undefined;
    return hit.entry;
  }

  /** The pools this cache roots now (claimed and not stopped): what it re-announces. */
  rootedPools(): string[] {
    return [...this.namespaces.values()].filter((ns) => ns.isRoot && !ns.stopped).map((ns) => ns.pool);
  }

  /** Entries held (all namespaces). */
  get entryCount(): number {
    return this.entries.size;
  }

  namespace(pool: string): IvNamespaceDesc | undefined {
    return this.namespaces.get(pool)?.desc;
  }

  /**
   * The pool service leader on this rank claims the root of `desc.pool` with its raft term.
   * Refused (DER_STALE, nothing changed) unless the term is strictly higher than any known.
   * Returns whether every cache acknowledged the announcement.
   */
  async claimRoot(descIn: IvNamespaceDesc): Promise<IvUpdateResult> {
    const desc = checkNamespaceDesc(descIn, this.config.ranksMax);
    if (desc.root !== this.rank) throw new InvalidError(`rank ${this.rank} cannot claim a root for rank ${desc.root}`);
    const ns = this.adopt(desc, true);
    // The previous root may have granted leases up to entryLeaseMs ago; wait them out before answering.
    ns.readyAtMs = this.timer.nowMs() + this.config.entryLeaseMs + this.config.clockSlackMs;
    return { complete: await this.links.sendDown(ns, { op: 'ns', ns: desc }) };
  }

  /** The leader of `term` stepped down: from now on this rank answers as root of `pool` with DER_NOTLEADER. */
  stopRoot(pool: string, term: number): void {
    const ns = this.namespaces.get(pool);
    if (ns && ns.isRoot && ns.term === term) ns.stopped = true;
  }

  /**
   * Root only: the namespace spans the claimed ranks plus `extra`, the ranks of services that use
   * this pool's IV without being in its pool map (its container service's replicas). Same term,
   * same root: every cache adopts the new ranks from the next `announce`. A rank that leaves may
   * hold leases the root will not revoke any more, so until they run out every revocation waits
   * for them. Returns whether the ranks changed.
   */
  widen(pool: string, extra: readonly number[]): boolean {
    const ns = this.mustNs(pool);
    if (!ns.isRoot || ns.stopped) throw new NotLeaderError(undefined, `rank ${this.rank} is not the root of ${pool}`);
    const ranks = [...new Set([...ns.claimedRanks, ...extra])].sort((a, b) => a - b);
    checkNamespaceDesc({ ...ns.desc, ranks }, this.config.ranksMax);
    if (sameRanks(ranks, ns.desc.ranks)) return false;
    const kept = new Set(ranks);
    if (ns.desc.ranks.some((r) => !kept.has(r))) ns.departedLeasesUntilMs = Math.max(ns.departedLeasesUntilMs, ns.leaseHorizonMs);
    ns.reshape(ranks);
    return true;
  }

  /** Re-send the namespace down the tree (periodically from the root), so restarted caches learn it. */
  async announce(pool: string): Promise<IvUpdateResult> {
    const ns = this.mustNs(pool);
    if (!ns.isRoot || ns.stopped) throw new NotLeaderError(undefined, `rank ${this.rank} is not the root of ${pool}`);
    return { complete: await this.links.sendDown(ns, { op: 'ns', ns: ns.desc }) };
  }

  /** The pool is destroyed: forget its namespace and entries here. */
  destroyNamespace(pool: string): void {
    this.namespaces.delete(pool);
    this.entries.dropPool(pool);
  }

  /** This cache lost its state (a restart): used by the simulator. */
  forgetAll(): void {
    this.namespaces.clear();
    this.entries.clear();
    this.links.forgetSuspects();
    this.ranges.clear();
  }

  /** The entry of (class, key) in `pool`: from this cache if leased, else from above. */
  async fetch(pool: string, classId: number, key: Uint8Array): Promise<IvValue> {
    const ns = this.mustNs(pool);
    const cls = this.classes.checked(classId, key);
    return (await this.fetchIn(ns, cls, key)).entry;
  }

  /** Set (class, key) to `value` at `version`; goes straight to the root (DAOS's shortcut to root). */
  async update(pool: string, classId: number, key: Uint8Array, version: number, value: Uint8Array, sync: IvSyncMode): Promise<IvUpdateResult> {
    return this.updateVia(pool, { classId, key, version, value, sync });
  }

  /** Drop (class, key) on every cache; the next fetch reads the source of truth. */
  async invalidate(pool: string, classId: number, key: Uint8Array, sync: IvSyncMode = 'eager'): Promise<IvUpdateResult> {
    return this.updateVia(pool, { classId, key, version: 0, sync });
  }

  /**
   * `count` consecutive ids of range class `classId` (DAOS oid_iv): from this cache's own range,
   * else a batch from the parent, and at the root from the source (`allocSource`). No id is
   * handed out twice; ids held by a cache that dies are wasted, never reused.
   */
  async alloc(pool: string, classId: number, key: Uint8Array, count: number): Promise<IvRange> {
    const ns = this.mustNs(pool);
    return this.allocator.allocIn(ns, this.rangeClass(classId, key), key, this.checkCount(count));
  }

  private rangeClass(classId: number, key: Uint8Array): RangeClass {
    const cls = this.classes.checked(classId, key);
    if (!cls.allocSource) throw new InvalidError(`iv class ${cls.name} hands out no ranges`);
    return cls as RangeClass;
  }

  private checkCount(count: number): number {
    if (!Number.isSafeInteger(count) || count < 1 || count > this.config.allocIdsMax) throw new InvalidError(`iv alloc count must be 1..${this.config.allocIdsMax}, got ${count}`);
    return count;
  }

  /** Serve a request from a peer: validated as untrusted input; errors become error replies. */
  async handle(raw: unknown): Promise<IvReply> {
    try {
      const req = checkRequest(raw, this.config);
      return await this.serve(req);
    } catch (e) {
      if (!(e instanceof DaosError)) throw e;
      const hint = e instanceof NotLeaderError && e.hint ? { hint: e.hint } : {};
      return { ok: false, code: codeOf(e), message: e.message, ...hint };
    }
  }

  private async serve(req: IvRequest): Promise<IvReply> {
    switch (req.op) {
      case 'ns': {
        const ns = this.adopt(req.ns, false);
        return { ok: true, complete: await this.links.sendDown(ns, req) };
      }
      case 'fetch':
        return this.serveFetch(req);
      case 'update': {
        const ns = this.mustNs(req.pool);
        if (req.term < ns.term) throw new StaleError(`iv ${req.pool}: update for term ${req.term}, namespace is at term ${ns.term}`);
        if (!ns.isRoot || ns.stopped || req.term > ns.term) throw new NotLeaderError(ns.isRoot ? undefined : { rank: ns.desc.root, term: ns.term });
        return { ok: true, complete: (await this.rootUpdate(ns, req)).complete };
      }
      case 'revoke':
        return this.serveRevoke(req);
      case 'push':
        return this.servePush(req);
      case 'alloc': {
        const ns = this.mustNs(req.pool);
        if (req.term < ns.term) throw new StaleError(`iv ${req.pool}: alloc for term ${req.term}, namespace is at term ${ns.term}`);
        if (req.term > ns.term) throw (ns.isRoot ? new NotLeaderError(undefined, `iv ${req.pool}: root of term ${ns.term} is deposed`) : new AgainError(`iv ${req.pool}: rank ${this.rank} has not yet learnt term ${req.term}`));
        return { ok: true, range: await this.allocator.allocIn(ns, this.rangeClass(req.classId, req.key), req.key, this.checkCount(req.count)) };
      }
    }
  }

  private async serveFetch(req: Extract<IvRequest, { op: 'fetch' }>): Promise<IvReply> {
    const ns = this.mustNs(req.pool);
    if (req.term < ns.term) throw new StaleError(`iv ${req.pool}: fetch for term ${req.term}, namespace is at term ${ns.term}`);
    if (req.term > ns.term) throw (ns.isRoot ? new NotLeaderError(undefined, `iv ${req.pool}: root of term ${ns.term} is deposed`) : new AgainError(`iv ${req.pool}: rank ${this.rank} has not yet learnt term ${req.term}`));
    const cls = this.classes.checked(req.classId, req.key);
    const f = await this.fetchIn(ns, cls, req.key);
    // Rounded down: a lease is never longer than the one this cache holds.
    return { ok: true, entry: f.entry, leaseMs: Math.max(0, Math.floor(f.expiresAtMs - this.timer.nowMs())) };
  }

  private async serveRevoke(req: Extract<IvRequest, { op: 'revoke' }>): Promise<IvReply> {
    const ns = this.adopt(req.ns, false);
    const cls = this.classes.checked(req.classId, req.key);
    this.revokeEpoch++;
    if (this.entries.delete(EntryCache.id(ns.pool, cls.id, req.key))) cls.onRefresh?.(ns.pool, req.key);
    return { ok: true, complete: await this.links.sendDown(ns, req) };
  }

  private async servePush(req: Extract<IvRequest, { op: 'push' }>): Promise<IvReply> {
    const ns = this.adopt(req.ns, false);
    const cls = this.classes.checked(req.classId, req.key);
    if (req.leaseMs > this.config.entryLeaseMs) throw new InvalidError(`iv push lease ${req.leaseMs} ms exceeds entryLeaseMs`);
    const id = EntryCache.id(ns.pool, cls.id, req.key);
    if (this.entries.put(id, req.key.length, req.entry, this.timer.nowMs() + req.leaseMs)) cls.onUpdate?.(ns.pool, req.key, req.entry);
    return { ok: true, complete: await this.links.sendDown(ns, req) };
  }

  /**
   * Take `desc` as this cache's view of its namespace if it is at least as new. A higher term
   * replaces the root (entries of the old root are dropped); the same term may change the ranks.
   */
  private adopt(desc: IvNamespaceDesc, claiming: boolean): IvNamespace {
    const old = this.namespaces.get(desc.pool);
    if (old && (desc.term < old.term || (claiming && desc.term === old.term))) throw new StaleError(`iv ${desc.pool}: term ${desc.term} is not newer than ${old.term}`);
    if (old && desc.term === old.term) {
      if (desc.root !== old.desc.root) throw new StaleError(`iv ${desc.pool}: term ${desc.term} already has root ${old.desc.root}`);
      if (sameRanks(desc.ranks, old.desc.ranks)) return old;
    }
    if (!old && this.namespaces.size >= this.config.namespacesMax) throw new NoSpaceError(`iv: already ${this.namespaces.size} namespaces (namespacesMax)`);
    if (!desc.ranks.includes(this.rank)) throw new NonexistError(`iv ${desc.pool}: rank ${this.rank} is not a member`);
    const ns = new IvNamespace(desc, this.rank, this.config.treeFanoutMax);
    if (old && desc.term === old.term) Object.assign(ns, { stopped: old.stopped, readyAtMs: old.readyAtMs, leaseHorizonMs: old.leaseHorizonMs });
    else this.entries.dropPool(desc.pool);
    if (old) old.stopped = true;
    this.namespaces.set(desc.pool, ns);
    return ns;
  }

  private mustNs(pool: string): IvNamespace {
    const ns = this.namespaces.get(pool);
    if (!ns) throw new NonexistError(`iv namespace ${pool} is unknown on rank ${this.rank}`);
    return ns;
  }

  private async fetchIn(ns: IvNamespace, cls: IvClass, key: Uint8Array): Promise<Fetched> {
    if (ns.isRoot) return this.rootFetch(ns, cls, key);
    const id = EntryCache.id(ns.pool, cls.id, key);
    const hit = this.entries.get(id);
    if (hit && this.timer.nowMs() < hit.expiresAtMs && (cls.valid?.(hit.entry) ?? true)) return { entry: hit.entry, expiresAtMs: hit.expiresAtMs };
    const sentAtMs = this.timer.nowMs();
    const epoch = this.revokeEpoch;
    const reply = await this.links.up(ns, { op: 'fetch', pool: ns.pool, term: ns.term, classId: cls.id, key });
    const entry = reply.entry;
    if (!entry) throw new ProtoError('iv fetch reply without an entry');
    // Counted from when we asked, so our lease never outlives the one our parent holds.
    const expiresAtMs = epoch === this.revokeEpoch && (reply.leaseMs ?? 0) > 0 ? sentAtMs + Math.min(reply.leaseMs!, this.config.entryLeaseMs) : 0;
    if (expiresAtMs > 0 && this.namespaces.get(ns.pool) === ns && this.entries.put(id, key.length, entry, expiresAtMs)) cls.onUpdate?.(ns.pool, key, entry);
    return { entry, expiresAtMs };
  }

  /**
   * The root's answer. While the key is being revoked it answers from the source without a lease
   * and caches nothing: the old value may still be served until the commit, but no one may keep
   * it, and no fetch waits on a revocation that may have to wait out a lease.
   */
  private async rootFetch(ns: IvNamespace, cls: IvClass, key: Uint8Array): Promise<Fetched> {
    this.checkRootReady(ns);
    const id = EntryCache.id(ns.pool, cls.id, key);
    const revoking = ns.revoking.has(id);
    let entry = revoking ? undefined : this.entries.get(id)?.entry;
    const epoch = this.revokeEpoch;
    if (entry === undefined || !(cls.valid?.(entry) ?? true)) {
      try {
        entry = await cls.fetchSource(ns.pool, key);
      } catch (e) {
        throw e instanceof DaosError ? e : new IoError(`iv ${ns.pool}: class ${cls.name} could not read its source`, { cause: e });
      }
      if (!revoking && epoch === this.revokeEpoch && !ns.revoking.has(id) && !ns.stopped) this.entries.put(id, key.length, entry, Number.POSITIVE_INFINITY);
    }
    if (revoking || epoch !== this.revokeEpoch || ns.revoking.has(id) || ns.stopped) return { entry, expiresAtMs: 0 };
    const expiresAtMs = this.timer.nowMs() + this.config.entryLeaseMs;
    ns.leaseHorizonMs = Math.max(ns.leaseHorizonMs, expiresAtMs);
    return { entry, expiresAtMs };
  }

  private checkRootReady(ns: IvNamespace): void {
    if (ns.stopped || this.namespaces.get(ns.pool) !== ns) throw new NotLeaderError(undefined, `iv ${ns.pool}: rank ${this.rank} is no longer the root of term ${ns.term}`);
    if (this.timer.nowMs() < ns.readyAtMs) throw new BusyError(`iv ${ns.pool}: root of term ${ns.term} is waiting out the previous root's leases`);
  }

  private async updateVia(pool: string, u: { classId: number; key: Uint8Array; version: number; value?: Uint8Array; sync: IvSyncMode }): Promise<IvUpdateResult> {
    const ns = this.mustNs(pool);
    this.classes.checked(u.classId, u.key);
    if (u.value !== undefined && u.value.length > this.config.valueBytesMax) throw new InvalidError(`iv value is ${u.value.length} bytes, more than valueBytesMax`);
    const req = { op: 'update' as const, pool, term: ns.term, ...u };
    if (ns.isRoot) return this.rootUpdate(ns, req);
    const reply = await this.links.call(ns.desc.root, pool, req, this.config.updateTimeoutMs);
    return { complete: reply.complete === true };
  }

  /**
   * Revoke every lease on the key, wait for all acknowledgements or for the lease horizon, then
   * commit at the root and push per the sync mode. Until the commit no cache serves the new
   * value, and after it none serves the old one: no fetch sees versions go backwards.
   */
  private async rootUpdate(ns: IvNamespace, req: Extract<IvRequest, { op: 'update' }>): Promise<IvUpdateResult> {
    this.checkRootReady(ns);
    const cls = this.classes.checked(req.classId, req.key);
    const id = EntryCache.id(ns.pool, cls.id, req.key);
    const release = await ns.lockKey(id);
    let committed: IvValue | undefined;
    let acked: boolean;
    try {
      ({ committed, acked } = await this.revokeAndCommit(ns, cls, id, req));
    } catch (e) {
      release();
      throw e;
    }
    // An invalidation is complete when every cache dropped the entry; an update when every cache has the new one.
    if (committed === undefined || req.sync === 'none') {
      release();
      return { complete: committed === undefined ? acked : true };
    }
    // A push may take one hop deadline per level to arrive, and its lease counts from arrival.
    ns.leaseHorizonMs = Math.max(ns.leaseHorizonMs, this.timer.nowMs() + this.config.entryLeaseMs + this.config.requestTimeoutMs * ns.tree.depth);
    const pushed = ns.stopped ? Promise.resolve(false) : this.links.sendDown(ns, { op: 'push', ns: ns.desc, classId: cls.id, key: req.key, entry: committed, leaseMs: this.config.entryLeaseMs });
    const done = pushed.finally(release);
    if (req.sync === 'lazy') {
      done.catch(() => undefined);
      return { complete: true };
    }
    return { complete: await done };
  }

  private async revokeAndCommit(ns: IvNamespace, cls: IvClass, id: string, req: Extract<IvRequest, { op: 'update' }>): Promise<{ committed?: IvValue; acked: boolean }> {
    const held = this.entries.get(id)?.entry;
    if (req.value !== undefined && held && held.version > req.version) throw new StaleError(`iv ${ns.pool}: version ${req.version} is older than ${held.version}`);
    const committing = ns.beginRevoke(id);
    try {
      this.revokeEpoch++;
      if (this.entries.delete(id)) cls.onRefresh?.(ns.pool, req.key);
      const acked = await this.links.sendDown(ns, { op: 'revoke', ns: ns.desc, classId: cls.id, key: req.key });
      // A cache that did not acknowledge, or one that left the namespace, may still serve its lease.
      const leasesEndMs = acked ? ns.departedLeasesUntilMs : ns.leaseHorizonMs;
      if (leasesEndMs > 0) await this.timer.sleep(Math.max(0, leasesEndMs + this.config.clockSlackMs - this.timer.nowMs()));
      if (ns.stopped) throw new NotLeaderError(undefined, `iv ${ns.pool}: root deposed during the update`);
      if (req.value === undefined) return { acked };
      const entry: IvValue = { version: req.version, value: req.value };
      if (cls.updateSource) {
        try {
          await cls.updateSource(ns.pool, req.key, entry);
        } catch (e) {
          throw e instanceof DaosError ? e : new IoError(`iv ${ns.pool}: class ${cls.name} could not write its source`, { cause: e });
        }
        if (ns.stopped) throw new NotLeaderError(undefined, `iv ${ns.pool}: root deposed during the update`);
      }
      assert(this.entries.put(id, req.key.length, entry, Number.POSITIVE_INFINITY) || entry.value!.length > this.config.cacheBytesMax, 'the root stores the value it commits');
      cls.onUpdate?.(ns.pool, req.key, entry);
      return { committed: entry, acked };
    } finally {
      committing();
    }
  }
}

function sameRanks(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  const s = new Set(a);
  return b.every((r) => s.has(r));
}

