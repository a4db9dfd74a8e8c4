import { POOL_SERVICE, poolOps } from '@daos-nats/api';
import { BusyError, ExistError, InvalidError, NoHandleError, NonexistError, NoPermError, RfError } from '@daos-nats/base';
import { Acl, defaultPoolAcl, isValidPrincipalName, parseAce, parsePrincipal, poolCapabilities, POOL_CAPA, type OpenMode } from '@daos-nats/acl';
import { daos } from '@daos-nats/proto';
import { KvsClass } from '@daos-nats/rdb';
import { operation, UNINITIALIZED, type HandlerContext, type ServiceClass } from '@daos-nats/rsvc';
import { createLogger, type Logger } from '@daos-nats/telemetry';
import { initialProps, applyPropSet, selectProps } from './pool-props.js';
import { changeTargets, exceedsRf, extendMap, initialMap, TARGETS_PER_RANK_DEFAULT, type PoolMap, type TargetsOp } from './pool-map.js';
import {
  checkUuid,
  handlesPage,
  findHandle,
  HANDLES_KEY,
  poolInfo,
  propsOf,
  readMap,
  readRebuildBase,
  readRecord,
  writeHandle,
  writeMap,
  writeRebuildBase,
  writeRecord,
  type PoolRecord,
} from './pool-layout.js';
import { reconfigureReplicas, type ReconfigureOptions } from './pool-reconfigure.js';
import { SelfHealWatch, selfHealDefaults, type SelfHealOptions } from './pool-self-heal.js';
import { StaleHandles, type PoolIv } from './pool-iv.js';
import { deleteHandle, evictOperations } from './pool-evict.js';
import { checkHandleRoom, defaultPoolLimits, metadataBytes, poolAttributeLimits, type PoolLimits } from './pool-limits.js';
import { RebuildWatch, rebuildOperations, rebuildWatchDefaults, storageChanged, type RebuildWatchOptions } from './pool-rebuild.js';

const m = daos.pool.v1;
const F = m.ConnectFlag;

/** What the leader of one pool knows beyond the database. */
export interface PoolLeader {
  readonly uuid: string;
  /** The newest map version a committed change produced this term (reconfiguration waits for it). */
  mapVersionWanted: number;
  /** Excludes ranks the system excluded (when the service was given `excludedRanks`). */
  readonly selfHeal?: SelfHealWatch;
  /** Removed handles the IV caches have not dropped yet (pool-iv.ts). */
  readonly ivStale?: StaleHandles;
  /** Drives the engines' rebuild after map changes (when the service was given a rebuild driver). */
  readonly rebuild?: RebuildWatch;
}

export interface PoolServiceOptions {
  /** Tell the management service the new replica ranks after a reconfiguration. */
  readonly reportReplicas?: (uuid: string, svcRanks: readonly number[]) => Promise<void>;
  readonly reconfigure?: Partial<ReconfigureOptions>;
  /** Which ranks the system has excluded: enables self-healing exclusion (pool-self-heal.ts). */
  readonly excludedRanks?: SelfHealOptions['excludedRanks'];
  readonly selfHeal?: Partial<Omit<SelfHealOptions, 'excludedRanks'>>;
  /** Root the pool's IV namespace and invalidate removed handles (pool-iv.ts); off when absent. */
  readonly iv?: PoolIv;
  /** Rebuild the engines' data after map changes (pool-rebuild.ts); off when absent. */
  readonly rebuild?: Partial<Omit<RebuildWatchOptions, 'log' | 'driver'>> & Pick<RebuildWatchOptions, 'driver'>;
  /** Named limits (pool-limits.ts; README "Limits"): defaults for what is not given. */
  readonly limits?: Partial<PoolLimits>;
  readonly log?: Logger;
}

/** A write removed handles: every cache drops them after the commit, before the reply (afterCommit). */
function ivForget(ctx: Ctx, handles: readonly string[]): void {
  const stale = ctx.state.ivStale;
  if (!stale || handles.length === 0) return;
  for (const h of handles) stale.add(h);
  ctx.afterCommit(() => stale.flush());
}

type Ctx = HandlerContext<PoolLeader>;

function modeOf(flags: number): OpenMode {
  if (flags === F.CONNECT_FLAG_RO) return 'ro';
  if (flags === F.CONNECT_FLAG_RW) return 'rw';
  if (flags === F.CONNECT_FLAG_EX) return 'ex';
  throw new InvalidError(`connect flags must be exactly one of RO (1), RW (2), EX (4), got ${flags}`);
}

function checkName(name: string, what: string): string {
  if (!isValidPrincipalName(name)) throw new InvalidError(`${what} ${JSON.stringify(name)} is not a valid principal name ("name@" or "name@domain")`);
  return name;
}

function plainProps(props: readonly daos.pool.v1.IProp[]): { name: string; value: string }[] {
  return props.map((p) => ({ name: p.name ?? '', value: p.value ?? '' }));
}

function parseAcl(aces: readonly string[]): Acl {
  return Acl.parse(aces).checkFor('pool');
}

/** Apply a map change (exclude, drain, reintegrate, extend) and answer with the new version. */
async function commitMapChange(ctx: Ctx, rec: PoolRecord, before: PoolMap, after: PoolMap, rfCheck: boolean, force: boolean): Promise<daos.pool.v1.IMapRep> {
  if (after === before) return { mapVersion: before.version, svcRanks: rec.svcRanks };
  if (rfCheck && !force) {
    const rdFac = Number(propsOf(rec).get('rd_fac') ?? '0');
    if (exceedsRf(before, after, rdFac)) throw new RfError(`the change would leave more failed fault domains than the pool's redundancy factor rd_fac=${rdFac} (use force to override)`);
  }
  writeMap(ctx.tx, after);
  // The engines must rebuild from the last map they all completed: keep the first one.
  if (storageChanged(before, after)) {
    if (!(await readRebuildBase(ctx.tx))) writeRebuildBase(ctx.tx, before);
    ctx.afterCommit(async () => ctx.state.rebuild?.poke());
  }
  ctx.state.mapVersionWanted = Math.max(ctx.state.mapVersionWanted, after.version);
  ctx.requestMapDistribution();
  return { mapVersion: after.version, svcRanks: rec.svcRanks };
}

function targetsOperation(op: TargetsOp, def: typeof poolOps.exclude) {
  return operation(def, 'write', async (q, ctx: Ctx) => {
    const req = m.TargetsReq.create(q);
    const rec = await readRecord(ctx.tx);
    const before = await readMap(ctx.tx);
    const after = changeTargets(before, op, req.rank, req.targets);
    return await commitMapChange(ctx, rec, before, after, op !== 'reintegrate', req.force);
  });
}

/**
 * Pool attributes need an open pool handle (DAOS: daos_pool_{get,set,list,del}_attr take one):
 * any to read, a read-write or exclusive one to set or delete.
 */
async function poolAttributeAccess(ctx: Ctx, handle: string, write: boolean): Promise<void> {
  if (handle === '') throw new NoHandleError(`pool attributes need an open pool handle (connect first)`);
  const h = await findHandle(ctx.tx, checkUuid(handle, 'handle'));
  if (!h) throw new NoHandleError(`pool handle ${handle} is not open`);
  if (write && h.flags === F.CONNECT_FLAG_RO) throw new NoPermError(`pool handle ${handle} is read-only: setting or deleting attributes needs a read-write handle`);
}

/** The pool service (DAOS ds_pool's service ops): one replicated group per pool. */
export function createPoolService(o: PoolServiceOptions): ServiceClass<PoolLeader> {
  const log = o.log ?? createLogger({ service: 'pool-service' });
  const limits: PoolLimits = { ...defaultPoolLimits, ...o.limits };
  return {
    name: POOL_SERVICE,
    attributeAccess: poolAttributeAccess,
    attributeLimits: async (ctx) => poolAttributeLimits(await readRecord(ctx.tx), limits),
    operations: [
      operation(poolOps.connect, 'write', async (q, ctx: Ctx) => {
        const req = m.ConnectReq.create(q);
        const handle = checkUuid(req.handle, 'handle');
        const mode = modeOf(req.flags);
        const p = m.Principal.create(req.principal ?? {});
        const who = { user: checkName(p.user, 'user'), groups: [p.group, ...p.groups].filter(Boolean).map((g) => checkName(g, 'group')) };
        const rec = await readRecord(ctx.tx);
        const map = await readMap(ctx.tx);
        const existing = await findHandle(ctx.tx, handle);
        const capabilities = poolCapabilities(parseAcl(rec.acl), { user: rec.owner, group: rec.ownerGroup }, who, mode);
        if (existing) {
          // DAOS: reconnecting with the same handle and flags is the same connection, but only
          // for the principal that opened it, and only while the ACL still lets it in.
          if (existing.flags !== req.flags) throw new ExistError(`handle ${handle} is already open with other flags`);
          if ((existing.principal?.user ?? '') !== p.user) throw new NoPermError(`handle ${handle} was opened by another user: ${p.user} may not reuse it`);
          if (!(capabilities & POOL_CAPA.READ)) throw new NoPermError(`user ${who.user} may no longer connect to pool ${rec.label || rec.uuid}`);
          return { capabilities: existing.capabilities & capabilities, info: poolInfo(rec, map, ctx.rank, req.wantMap, false, await metadataBytes(ctx.tx, rec)) };
        }
        if (!(capabilities & POOL_CAPA.READ)) throw new NoPermError(`user ${who.user} may not connect to pool ${rec.label || rec.uuid} ${mode === 'ro' ? 'read-only' : 'read-write'}`);
        if (rec.disconnecting) throw new BusyError(`pool ${rec.label || rec.uuid} is being destroyed`);
        if (rec.exclusiveHandles > 0) throw new BusyError(`pool ${rec.label || rec.uuid} is open exclusively`);
        if (mode === 'ex' && rec.handleCount > 0) throw new BusyError(`pool ${rec.label || rec.uuid} has ${rec.handleCount} open handle(s): no exclusive connect`);
        await checkHandleRoom(ctx.tx, rec, limits);
        writeHandle(ctx.tx, { handle, flags: req.flags, capabilities, principal: { user: p.user, group: p.group, groups: p.groups, machine: p.machine } });
        const next = { ...rec, handleCount: rec.handleCount + 1, exclusiveHandles: rec.exclusiveHandles + (mode === 'ex' ? 1 : 0) };
        writeRecord(ctx.tx, next);
        const nextRec = m.PoolRecord.create(next);
        const info = poolInfo(nextRec, map, ctx.rank, req.wantMap, false, await metadataBytes(ctx.tx, nextRec));
        return { capabilities, info };
      }),

      operation(poolOps.disconnect, 'write', async (q, ctx: Ctx) => {
        const req = m.DisconnectReq.create(q);
        const h = await findHandle(ctx.tx, checkUuid(req.handle, 'handle'));
        if (!h) return {}; // DAOS: disconnecting an unknown handle succeeds
        const rec: daos.pool.v1.IPoolRecord = { ...(await readRecord(ctx.tx)) };
        deleteHandle(ctx.tx, rec, h);
        writeRecord(ctx.tx, rec);
        ivForget(ctx, [h.handle]);
        return {};
      }),

      operation(poolOps.query, 'read', async (q, ctx: Ctx) => {
        const req = m.QueryReq.create(q);
        if (req.handle && !(await findHandle(ctx.tx, checkUuid(req.handle, 'handle')))) throw new NoHandleError(`pool handle ${req.handle} is not open`);
        const rec = await readRecord(ctx.tx);
        return { info: poolInfo(rec, await readMap(ctx.tx), ctx.rank, req.wantMap, (await readRebuildBase(ctx.tx)) !== undefined, await metadataBytes(ctx.tx, rec)) };
      }),

      ...rebuildOperations<PoolLeader>(),

      operation(poolOps.verifyHandle, 'read', async (q, ctx: Ctx) => {
        const req = m.VerifyHandleReq.create(q);
        const h = await findHandle(ctx.tx, checkUuid(req.handle, 'handle'));
        const map = await readMap(ctx.tx);
        if (!h) return { valid: false, mapVersion: map.version };
        return { valid: true, capabilities: h.capabilities, flags: h.flags, principal: h.principal, mapVersion: map.version };
      }),

      operation(poolOps.handlesList, 'read', async (q, ctx: Ctx) => await handlesPage(ctx.tx, q.anchor ? checkUuid(q.anchor, 'anchor') : '', q.limit ?? 0)),

      operation(poolOps.propGet, 'read', async (q, ctx: Ctx) => {
        const req = m.PropGetReq.create(q);
        return { props: selectProps(propsOf(await readRecord(ctx.tx)), req.names) };
      }),

      operation(poolOps.propSet, 'write', async (q, ctx: Ctx) => {
        const req = m.PropSetReq.create(q);
        const rec = await readRecord(ctx.tx);
        const next = applyPropSet(propsOf(rec), plainProps(req.props));
        next.delete('label');
        writeRecord(ctx.tx, { ...rec, props: [...next].map(([name, value]) => ({ name, value })) });
        return {};
      }),

      operation(poolOps.aclGet, 'read', async (_req, ctx: Ctx) => {
        const rec = await readRecord(ctx.tx);
        return { acl: rec.acl, owner: rec.owner, ownerGroup: rec.ownerGroup };
      }),

      operation(poolOps.aclOverwrite, 'write', async (q, ctx: Ctx) => {
        const req = m.AclOverwriteReq.create(q);
        const rec = await readRecord(ctx.tx);
        const acl = parseAcl(req.acl).toStrings();
        writeRecord(ctx.tx, { ...rec, acl });
        return { acl, owner: rec.owner, ownerGroup: rec.ownerGroup };
      }),

      operation(poolOps.aclUpdate, 'write', async (q, ctx: Ctx) => {
        const req = m.AclUpdateReq.create(q);
        if (req.acl.length === 0) throw new InvalidError('no ACE to add');
        const rec = await readRecord(ctx.tx);
        const acl = parseAcl(rec.acl).withAll(req.acl.map((s) => parseAce(s))).checkFor('pool').toStrings();
        writeRecord(ctx.tx, { ...rec, acl });
        return { acl, owner: rec.owner, ownerGroup: rec.ownerGroup };
      }),

      operation(poolOps.aclDelete, 'write', async (q, ctx: Ctx) => {
        const req = m.AclDeleteReq.create(q);
        const rec = await readRecord(ctx.tx);
        const acl = parseAcl(rec.acl).without(parsePrincipal(req.principal)).toStrings();
        writeRecord(ctx.tx, { ...rec, acl });
        return { acl, owner: rec.owner, ownerGroup: rec.ownerGroup };
      }),

      targetsOperation('exclude', poolOps.exclude),
      targetsOperation('drain', poolOps.drain),
      targetsOperation('reintegrate', poolOps.reintegrate),

      operation(poolOps.extend, 'write', async (q, ctx: Ctx) => {
        const req = m.ExtendReq.create(q);
        const rec = await readRecord(ctx.tx);
        const before = await readMap(ctx.tx);
        const tpr = req.targetsPerRank || rec.targetsPerRank || TARGETS_PER_RANK_DEFAULT;
        const after = extendMap(before, req.ranks.map((r) => ({ rank: r.rank ?? 0, faultDomain: r.faultDomain ?? '' })), tpr);
        return await commitMapChange(ctx, rec, before, after, false, false);
      }),

      ...evictOperations<PoolLeader>({ evictItemsPerTxMax: limits.evictItemsPerTxMax, forget: ivForget }),

      operation(poolOps.svcRanksSet, 'write', async (q, ctx: Ctx) => {
        const req = m.SvcRanksSetReq.create(q);
        if (req.svcRanks.length === 0) throw new InvalidError('a pool service has at least one replica');
        const rec = await readRecord(ctx.tx);
        writeRecord(ctx.tx, { ...rec, svcRanks: [...req.svcRanks].sort((a, b) => a - b) });
        return {};
      }),
    ],

    async stepUp(ctx) {
      try {
        const rec = await readRecord(ctx.tx);
        const iv = o.iv;
        const ivStale = iv ? new StaleHandles((handles) => iv.invalidateHandles(rec.uuid, handles)) : undefined;
        if (o.iv) o.iv.leaderUp(rec.uuid, ctx.term, ctx.rank, (await readMap(ctx.tx)).ranks.map((r) => r.rank));
        const gt = { service: ctx.service, group: ctx.group, rank: ctx.rank, term: ctx.term, run: ctx.run, resign: ctx.resign };
        const selfHeal = o.excludedRanks ? new SelfHealWatch({ log, ...selfHealDefaults, ...o.selfHeal, excludedRanks: o.excludedRanks }, gt) : undefined;
        const rebuild = o.rebuild ? new RebuildWatch({ log, ...rebuildWatchDefaults, ...o.rebuild }, gt) : undefined;
        selfHeal?.start();
        rebuild?.start();
        return { uuid: rec.uuid, mapVersionWanted: 0, ...(selfHeal ? { selfHeal } : {}), ...(rebuild ? { rebuild } : {}), ...(ivStale ? { ivStale } : {}) };
      } catch (e) {
        if (e instanceof NonexistError) return UNINITIALIZED;
        throw e;
      }
    },

    async bootstrap(ctx, arg) {
      const b = m.PoolBootstrap.decode(arg);
      const uuid = checkUuid(b.uuid, 'pool uuid');
      if (uuid !== ctx.group.toLowerCase()) throw new InvalidError(`bootstrap of pool ${uuid} sent to group ${ctx.group}`);
      if (b.svcRanks.length === 0) throw new InvalidError('a pool service has at least one replica');
      checkName(b.owner, 'owner');
      checkName(b.ownerGroup, 'owner group');
      const acl = (b.acl.length > 0 ? parseAcl(b.acl) : defaultPoolAcl()).toStrings();
      const props = initialProps(plainProps(b.props));
      const tpr = b.targetsPerRank || TARGETS_PER_RANK_DEFAULT;
      // Engine ranks (storage) come with the targets the MS created on them; the others get tpr nominal ones.
      const ranks = b.ranks.length > 0
        ? b.ranks.map((r) => ({ rank: r.rank ?? 0, faultDomain: r.faultDomain ?? '', storage: r.storage ?? false, ...((r.targets ?? []).length > 0 ? { targets: (r.targets ?? []).map((t) => t.index ?? 0) } : {}) }))
        : b.svcRanks.map((rank) => ({ rank, faultDomain: '' }));
      const map = initialMap(ranks, tpr);
      if (b.svcRf) props.set('svc_rf', String(b.svcRf));
      ctx.tx.createKvs([], HANDLES_KEY, KvsClass.Lexical);
      writeMap(ctx.tx, map);
      writeRecord(ctx.tx, {
        uuid,
        label: b.label,
        sizeBytes: b.sizeBytes,
        owner: b.owner,
        ownerGroup: b.ownerGroup,
        acl,
        props: [...props].map(([name, value]) => ({ name, value })),
        createdMs: b.createdMs,
        targetsPerRank: tpr,
        disconnecting: false,
        handleCount: 0,
        exclusiveHandles: 0,
        svcRanks: [...b.svcRanks].sort((a, c) => a - c),
        svcReplicasWanted: b.svcRanks.length,
      });
      log.info({ pool: uuid, label: b.label, ranks: ranks.length, svcRanks: b.svcRanks }, 'pool bootstrapped');
    },

    async distributeMap(ctx, state) {
      await state.ivStale?.flush(); // normally empty: handlers flush after their commit
      await reconfigureReplicas({ log, ...o.reconfigure, ...(o.reportReplicas ? { reportReplicas: o.reportReplicas } : {}) }, ctx, state);
    },

    async drain(_ctx, state) {
      // Reconfiguration runs inside distributeMap, which the framework stops calling itself.
      state.selfHeal?.stop();
      state.rebuild?.stop();
    },

    async stepDown(ctx, state) {
      state.selfHeal?.stop(); // drain did already; a step-down never leaves a timer behind
      state.rebuild?.stop();
      o.iv?.leaderDown(state.uuid, ctx.term);
    },
  };
}
