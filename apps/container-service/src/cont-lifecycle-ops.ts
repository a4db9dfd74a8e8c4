import { contOps } from '@daos-nats/api';
import { Acl, canCreateContainer, canDeleteContainer, canEvictAll, canGetProps, canOpenContainer, canOpenExclusive, CONT_CAPA, defaultContainerAcl, isValidPrincipalName, POOL_CAPA } from '@daos-nats/acl';
import { BusyError, ExistError, InvalidError, NoPermError, NonexistError, NoSpaceError } from '@daos-nats/base';
import { daos } from '@daos-nats/proto';
import { KvsClass } from '@daos-nats/rdb';
import { operation, type OperationSpec } from '@daos-nats/rsvc';
import { callerAndCont, callerOf, contCapas, need, needPool } from './cont-access.js';
import { dropHandle, liveHandles, recordedHandles } from './cont-handles.js';
import { countAfterCreate, readContCount, writeContCount } from './cont-limits.js';
import {
  contHandlesPath,
  contPath,
  CONT_LIST_PAGE_ITEMS_MAX,
  CONTS_PATH,
  decodeText,
  encodeJson,
  HANDLES_PATH,
  iterateAll,
  iteratePage,
  LABELS_PATH,
  readRecord,
  snapsPath,
  writeRecord,
  type ContRecord,
  type HandleRecord,
  type OpenModeName,
} from './cont-layout.js';
import type { ContCtx, ContLeader } from './cont-leader.js';
import { checkLabel, initialPlainProps, isUuid } from './cont-props.js';
import { propsView } from './cont-props-view.js';

const M = daos.cont.v1.OpenMode;
const MODE_NAME: Readonly<Record<number, OpenModeName>> = { [M.OPEN_MODE_RO]: 'ro', [M.OPEN_MODE_RW]: 'rw', [M.OPEN_MODE_EX]: 'ex' };

const entryOf = (rec: ContRecord) => ({ uuid: rec.uuid, label: rec.label });

async function exists(p: Promise<unknown>): Promise<boolean> {
  try {
    await p;
    return true;
  } catch (e) {
    if (e instanceof NonexistError) return false;
    throw e;
  }
}

/** Create, destroy, list, open, close, query (DAOS CONT_CREATE ... CONT_QUERY). */
export const lifecycleOperations: readonly OperationSpec<ContLeader>[] = [
  operation(contOps.create, 'write', async (req, ctx: ContCtx) => {
    const caller = await callerOf(ctx.state.verifier, req.poolHandle, req.principal, ctx.signal);
    if (!canCreateContainer(caller.pool.capabilities)) throw new NoPermError('permission denied: the pool handle may not create containers');
    const uuid = (req.uuid ?? '').toLowerCase();
    if (!isUuid(uuid)) throw new InvalidError(`container uuid ${JSON.stringify(req.uuid)} is not a uuid`);
    const { label: labelProp, owner, group, acl: aclProp, ...plain } = { ...(req.props ?? {}) };
    if (req.label && labelProp && req.label !== labelProp) throw new InvalidError(`two labels given: ${req.label} and ${labelProp}`);
    const label = req.label || labelProp || '';
    if (label !== '') checkLabel(label);
    for (const [what, name] of [['owner', owner], ['group', group]] as const)
      if (name !== undefined && !isValidPrincipalName(name)) throw new InvalidError(`container ${what} ${JSON.stringify(name)} is not a valid principal name`);
    if (aclProp !== undefined && (req.acl ?? []).length > 0) throw new InvalidError('the ACL is given twice (acl property and acl list)');
    const acl = (req.acl ?? []).length > 0 ? Acl.parse(req.acl ?? []) : aclProp !== undefined ? Acl.parseText(aclProp) : defaultContainerAcl();
    acl.checkFor('container');
    const props = initialPlainProps(plain);
    if (await exists(ctx.tx.lookup(contPath(uuid), 'info'))) throw new ExistError(`container ${uuid} exists`);
    if (label !== '' && (await exists(ctx.tx.lookup(LABELS_PATH, label)))) throw new ExistError(`container label ${label} is taken`);
    const count = await countAfterCreate(ctx.tx, ctx.state.limits);
    const now = ctx.state.wall();
    const rec: ContRecord = {
      uuid,
      label,
      owner: owner ?? caller.who.user,
      group: group ?? caller.primaryGroup,
      acl: acl.toStrings(),
      props,
      createdMs: now,
      openedMs: 0,
      modifiedMs: now,
      nextOid: 1,
      snapHwm: 0,
      attrCount: 0,
      attrBytes: 0,
    };
    ctx.tx
      .createKvs(CONTS_PATH, uuid, KvsClass.Generic)
      .createKvs(contPath(uuid), 'attrs', KvsClass.Lexical)
      .createKvs(contPath(uuid), 'snaps', KvsClass.Integer)
      .createKvs(contPath(uuid), 'handles', KvsClass.Lexical);
    writeRecord(ctx.tx, rec);
    writeContCount(ctx.tx, count);
    if (label !== '') ctx.tx.update(LABELS_PATH, label, new TextEncoder().encode(uuid));
    return { cont: entryOf(rec) };
  }),

  operation(contOps.destroy, 'write', async (req, ctx: ContCtx) => {
    const t = req.target ?? {};
    const { caller, rec } = await callerAndCont(ctx, t);
    const uuid = rec.uuid;
    const viaPool = (caller.pool.capabilities & POOL_CAPA.DEL_CONT) !== 0;
    const viaCont = caller.pool.mode !== 'ro' && canDeleteContainer(Acl.parse(rec.acl), { user: rec.owner, group: rec.group }, caller.who, caller.pool.mode);
    if (!viaPool && !viaCont) throw new NoPermError(`permission denied: may not destroy container ${rec.label || uuid}`);
    const open = await liveHandles(ctx, uuid);
    if (open.length > 0 && !req.force) throw new BusyError(`container ${rec.label || uuid} has ${open.length} open handle(s); close them or force`);
    for (const h of open) ctx.tx.delete(HANDLES_PATH, h.handle); // the container's own handle KVS goes with it
    ctx.tx.destroyKvs(CONTS_PATH, uuid);
    writeContCount(ctx.tx, (await readContCount(ctx.tx)) - 1);
    if (rec.label !== '') ctx.tx.delete(LABELS_PATH, rec.label);
    return {};
  }),

  operation(contOps.list, 'read', async (req, ctx: ContCtx) => {
    const caller = await callerOf(ctx.state.verifier, req.poolHandle, req.principal, ctx.signal);
    needPool(caller, POOL_CAPA.READ, 'list containers');
    const page = await iteratePage(ctx.tx, CONTS_PATH, (req.anchor ?? '').toLowerCase(), req.limit ?? 0, CONT_LIST_PAGE_ITEMS_MAX);
    const conts: { uuid: string; label: string }[] = [];
    for (const it of page.items) {
      const uuid = decodeText(it.key);
      conts.push({ uuid, label: (await readRecord(ctx.tx, uuid)).label });
    }
    return { conts, nextAnchor: page.nextAnchor };
  }),

  operation(contOps.open, 'write', async (req, ctx: ContCtx) => {
    const t = req.target ?? {};
    const mode = MODE_NAME[req.mode ?? 0];
    if (mode === undefined) throw new InvalidError(`open mode ${req.mode} is not ro, rw or ex`);
    const handle = (req.handle ?? '').toLowerCase();
    if (!isUuid(handle)) throw new InvalidError(`container handle ${JSON.stringify(req.handle)} is not a uuid`);
    const { caller, rec } = await callerAndCont(ctx, t);
    const uuid = rec.uuid;
    if (mode !== 'ro' && caller.pool.mode === 'ro') throw new NoPermError('permission denied: a read-only pool handle cannot open a container for writing');
    const capas = contCapas(rec, caller, mode, req.evictAll === true);
    if (!canOpenContainer(capas)) throw new NoPermError(`permission denied: may not open container ${rec.label || uuid} ${mode}`);
    if (mode === 'ex' && !canOpenExclusive(capas)) throw new NoPermError('permission denied: only the owner may open exclusively');
    if (req.evictAll && !canEvictAll(capas)) throw new NoPermError('permission denied: only the owner may evict all handles');
    // Independent reads in one ReadIndex round.
    const [snaps, recorded, handleTaken] = await Promise.all([iterateAll(ctx.tx, snapsPath(uuid)), recordedHandles(ctx, uuid), exists(ctx.tx.lookup(HANDLES_PATH, handle))]);
    const reply = { cont: entryOf(rec), capabilities: capas, props: propsView(rec, [], capas, snaps.length) };
    const mine = recorded.find((h) => h.handle === handle);
    if (mine) {
      if (mine.rec.mode !== mode || mine.rec.poolHandle !== caller.pool.handle) throw new ExistError(`container handle ${handle} is open with other flags`);
      return { ...reply, capabilities: mine.rec.capabilities }; // a retry of an open that succeeded
    }
    if (handleTaken) throw new ExistError(`container handle ${handle} is open on another container`);
    if (recorded.length >= ctx.state.limits.contHandlesMax && !req.evictAll)
      throw new NoSpaceError(`container ${rec.label || uuid} has ${recorded.length} open handles: contHandlesMax=${ctx.state.limits.contHandlesMax} reached`);
    const others = await liveHandles(ctx, uuid, recorded);
    if (req.evictAll) for (const h of others) dropHandle(ctx, uuid, h.handle);
    else if (others.some((h) => h.rec.mode === 'ex')) throw new BusyError(`container ${rec.label || uuid} is open exclusively`);
    else if (mode === 'ex' && others.length > 0) throw new BusyError(`container ${rec.label || uuid} has ${others.length} open handle(s): cannot open exclusively`);
    const now = ctx.state.wall();
    const h: HandleRecord = { poolHandle: caller.pool.handle, mode, capabilities: capas, openedMs: now };
    ctx.tx.update(contHandlesPath(uuid), handle, encodeJson(h)).update(HANDLES_PATH, handle, new TextEncoder().encode(uuid));
    writeRecord(ctx.tx, { ...rec, openedMs: now });
    const pending = ctx.state.capas;
    if (pending) {
      pending.opened(handle, { contUuid: uuid, poolHandle: caller.pool.handle, capabilities: capas });
      ctx.afterCommit(() => pending.flush());
    }
    return reply;
  }),

  operation(contOps.close, 'write', async (req, ctx: ContCtx) => {
    const t = req.target ?? {};
    const handle = (req.handle ?? '').toLowerCase();
    let uuid: string;
    try {
      uuid = decodeText(await ctx.tx.lookup(HANDLES_PATH, handle));
    } catch (e) {
      if (e instanceof NonexistError) return {}; // closed already (a retry), or evicted
      throw e;
    }
    // Closing needs no live pool handle (it is how a client cleans up after an eviction), only
    // the one the container was opened under.
    const h = (await recordedHandles(ctx, uuid)).find((x) => x.handle === handle);
    if (h && h.rec.poolHandle !== (t.poolHandle ?? '')) throw new NoPermError(`permission denied: container handle ${handle} belongs to another pool handle`);
    if (h) dropHandle(ctx, uuid, handle);
    else ctx.tx.delete(HANDLES_PATH, handle);
    return {};
  }),

  operation(contOps.query, 'read', async (req, ctx: ContCtx) => {
    const t = req.target ?? {};
    const { caller, rec } = await callerAndCont(ctx, t);
    const uuid = rec.uuid;
    const capas = contCapas(rec, caller, 'ro');
    if (!canGetProps(capas)) need(capas, CONT_CAPA.GET_PROP, `query container ${rec.label || uuid}`);
    const [snaps, handles] = await Promise.all([iterateAll(ctx.tx, snapsPath(uuid)), recordedHandles(ctx, uuid)]);
    const last = snaps[snaps.length - 1];
    return {
      cont: entryOf(rec),
      poolUuid: ctx.state.pool,
      props: propsView(rec, [], capas, snaps.length),
      openHandles: handles.length,
      snapshots: snaps.length,
      latestSnapshot: last ? Number(new DataView(last.key.buffer, last.key.byteOffset, 8).getBigUint64(0)) : 0,
      nextOid: rec.nextOid,
      createdMs: rec.createdMs,
      openedMs: rec.openedMs,
      modifiedMs: rec.modifiedMs,
    };
  }),
];
