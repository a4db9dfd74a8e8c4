import { contOps } from '@daos-nats/api';
import { CONT_CAPA } from '@daos-nats/acl';
import { ExistError, InvalidError, NoHandleError, NonexistError, NoPermError } from '@daos-nats/base';
import type { daos } from '@daos-nats/proto';
import { intKeyOf } from '@daos-nats/rdb';
import { ATTR_NAME_BYTES_MAX, ATTRS_PER_REQUEST_MAX, attributeBytes, operation, type OperationSpec } from '@daos-nats/rsvc';
import { contAttrUsage, usageAfterSet } from './cont-limits.js';
import { access, need } from './cont-access.js';
import { recordedHandles } from './cont-handles.js';
import { attrsPath, CONT_ATTR_LIST_PAGE_NAMES_MAX, decodeJson, decodeText, encodeJson, iterateAll, iteratePage, snapsPath, writeRecord, type ContRecord, type SnapRecord } from './cont-layout.js';
import type { ContCtx, ContLeader } from './cont-leader.js';

/** Most object ids one allocation may reserve. */
export const OID_ALLOC_COUNT_MAX = 1 << 20;
/** Longest snapshot name, in characters. */
export const SNAP_NAME_CHARS_MAX = 127;

const enc = new TextEncoder();
const nameOf = (rec: ContRecord): string => rec.label || rec.uuid;

async function valueOf(ctx: ContCtx, uuid: string, name: string): Promise<Uint8Array | undefined> {
  try {
    return await ctx.tx.lookup(attrsPath(uuid), name);
  } catch (e) {
    if (e instanceof NonexistError) return undefined;
    throw e;
  }
}

function checkAttrNames(names: readonly string[]): void {
  if (names.length === 0) throw new InvalidError('no attribute named');
  if (names.length > ATTRS_PER_REQUEST_MAX) throw new InvalidError(`${names.length} attributes in one request, limit ${ATTRS_PER_REQUEST_MAX}`);
  for (const n of names) {
    const b = enc.encode(n).length;
    if (b === 0 || b > ATTR_NAME_BYTES_MAX) throw new InvalidError(`attribute name must be 1..${ATTR_NAME_BYTES_MAX} bytes, got ${b}`);
  }
}

function snapshotOf(epoch: number, s: SnapRecord): daos.cont.v1.Snapshot.$Properties {
  return { epoch, name: s.name, createdMs: s.createdMs };
}

async function snapshots(ctx: { tx: import('@daos-nats/rdb').Transaction }, uuid: string): Promise<daos.cont.v1.Snapshot.$Properties[]> {
  return (await iterateAll(ctx.tx, snapsPath(uuid))).map((it) => snapshotOf(Number(intKeyOf(it.key)), decodeJson<SnapRecord>(it.value, `container ${uuid} snapshot`)));
}

/** User attributes, snapshots and object id allocation (DAOS CONT_ATTR_*, CONT_SNAP_*, CONT_OID_ALLOC). */
export const dataOperations: readonly OperationSpec<ContLeader>[] = [
  operation(contOps.attrSet, 'write', async (req, ctx: ContCtx) => {
    const { rec, capas } = await access(ctx, req.target, 'rw');
    need(capas, CONT_CAPA.WRITE_DATA, `set attributes of container ${nameOf(rec)}`);
    const entries = Object.entries(req.attrs ?? {});
    checkAttrNames(entries.map(([n]) => n));
    for (const [n, v] of entries) if (v.length === 0) throw new InvalidError(`attribute ${JSON.stringify(n)} has an empty value`);
    const withOld: [string, Uint8Array, Uint8Array | undefined][] = [];
    for (const [n, v] of entries) withOld.push([n, v, await valueOf(ctx, rec.uuid, n)]);
    const u = usageAfterSet(await contAttrUsage(ctx.tx, rec), withOld, ctx.state.limits, `container ${nameOf(rec)}`);
    for (const [n, v] of entries) ctx.tx.update(attrsPath(rec.uuid), n, v);
    writeRecord(ctx.tx, { ...rec, attrCount: u.count, attrBytes: u.bytes });
    return {};
  }),

  operation(contOps.attrGet, 'read', async (req, ctx: ContCtx) => {
    const { rec, capas } = await access(ctx, req.target, 'ro');
    need(capas, CONT_CAPA.READ_DATA, `read attributes of container ${nameOf(rec)}`);
    const names = req.names ?? [];
    checkAttrNames(names);
    const attrs: Record<string, Uint8Array> = {};
    for (const n of names) {
      try {
        attrs[n] = await ctx.tx.lookup(attrsPath(rec.uuid), n);
      } catch (e) {
        if (e instanceof NonexistError) throw new NonexistError(`container ${nameOf(rec)} has no attribute ${JSON.stringify(n)}`, { cause: e });
        throw e;
      }
    }
    return { attrs };
  }),

  operation(contOps.attrList, 'read', async (req, ctx: ContCtx) => {
    const { rec, capas } = await access(ctx, req.target, 'ro');
    need(capas, CONT_CAPA.READ_DATA, `list attributes of container ${nameOf(rec)}`);
    const page = await iteratePage(ctx.tx, attrsPath(rec.uuid), req.anchor ?? '', req.limit ?? 0, CONT_ATTR_LIST_PAGE_NAMES_MAX);
    return { names: page.items.map((it) => decodeText(it.key)), nextAnchor: page.nextAnchor };
  }),

  operation(contOps.attrDelete, 'write', async (req, ctx: ContCtx) => {
    const { rec, capas } = await access(ctx, req.target, 'rw');
    need(capas, CONT_CAPA.WRITE_DATA, `delete attributes of container ${nameOf(rec)}`);
    const names = [...new Set(req.names ?? [])];
    checkAttrNames(names);
    const u = await contAttrUsage(ctx.tx, rec);
    for (const n of names) {
      const old = await valueOf(ctx, rec.uuid, n); // DER_NONEXIST before anything is buffered: all or nothing
      if (!old) throw new NonexistError(`container ${nameOf(rec)} has no attribute ${JSON.stringify(n)}`);
      u.count -= 1;
      u.bytes -= attributeBytes(n, old);
    }
    for (const n of names) ctx.tx.delete(attrsPath(rec.uuid), n);
    writeRecord(ctx.tx, { ...rec, attrCount: u.count, attrBytes: u.bytes });
    return {};
  }),

  operation(contOps.snapCreate, 'write', async (req, ctx: ContCtx) => {
    const { rec, capas } = await access(ctx, req.target, 'rw');
    need(capas, CONT_CAPA.WRITE_DATA, `snapshot container ${nameOf(rec)}`);
    const name = req.name ?? '';
    if (name.length > SNAP_NAME_CHARS_MAX) throw new InvalidError(`snapshot name is ${name.length} characters, limit ${SNAP_NAME_CHARS_MAX}`);
    const existing = await snapshots(ctx, rec.uuid);
    if (name !== '' && existing.some((s) => s.name === name)) throw new ExistError(`container ${nameOf(rec)} has a snapshot named ${name}`);
    const max = Number(rec.props['max_snapshot'] ?? '0');
    if (max > 0 && existing.length >= max) throw new InvalidError(`container ${nameOf(rec)} has ${existing.length} snapshots, max_snapshot is ${max}`);
    // Above every epoch an earlier leader gave, whatever this replica's clock says.
    ctx.state.hlc.observe(rec.snapHwm);
    const epoch = ctx.state.hlc.now();
    const s: SnapRecord = { name, createdMs: ctx.state.wall() };
    ctx.tx.update(snapsPath(rec.uuid), epoch, encodeJson(s));
    writeRecord(ctx.tx, { ...rec, snapHwm: epoch, modifiedMs: s.createdMs });
    return { snapshot: snapshotOf(epoch, s) };
  }),

  operation(contOps.snapList, 'read', async (req, ctx: ContCtx) => {
    const { rec, capas } = await access(ctx, req.target, 'ro');
    need(capas, CONT_CAPA.READ_DATA, `list snapshots of container ${nameOf(rec)}`);
    return { snapshots: await snapshots(ctx, rec.uuid) };
  }),

  operation(contOps.snapDestroy, 'write', async (req, ctx: ContCtx) => {
    const { rec, capas } = await access(ctx, req.target, 'rw');
    need(capas, CONT_CAPA.WRITE_DATA, `destroy snapshots of container ${nameOf(rec)}`);
    const epoch = Number(req.epoch ?? 0);
    const name = req.name ?? '';
    if ((epoch === 0) === (name === '')) throw new InvalidError('name a snapshot by its epoch or by its name (one of them)');
    const victim = (await snapshots(ctx, rec.uuid)).find((s) => (epoch !== 0 ? s.epoch === epoch : s.name === name));
    if (!victim) throw new NonexistError(`container ${nameOf(rec)} has no snapshot ${epoch !== 0 ? `at epoch ${epoch}` : `named ${name}`}`);
    ctx.tx.delete(snapsPath(rec.uuid), victim.epoch!);
    writeRecord(ctx.tx, { ...rec, modifiedMs: ctx.state.wall() });
    return {};
  }),

  operation(contOps.oidAlloc, 'write', async (req, ctx: ContCtx) => {
    const { rec, caller } = await access(ctx, req.target, 'rw');
    const handle = (req.handle ?? '').toLowerCase();
    const h = (await recordedHandles(ctx, rec.uuid)).find((x) => x.handle === handle);
    if (!h || h.rec.poolHandle !== caller.pool.handle) throw new NoHandleError(`container handle ${JSON.stringify(req.handle)} is not open on ${nameOf(rec)}`);
    if ((h.rec.capabilities & CONT_CAPA.WRITE_DATA) === 0) throw new NoPermError(`permission denied: container handle ${handle} may not write`);
    const count = Number(req.count ?? 0);
    if (!Number.isSafeInteger(count) || count < 1 || count > OID_ALLOC_COUNT_MAX) throw new InvalidError(`oid count must be 1..${OID_ALLOC_COUNT_MAX}, got ${count}`);
    const first = rec.nextOid;
    if (first + count > Number.MAX_SAFE_INTEGER) throw new InvalidError(`container ${nameOf(rec)} has no object ids left`);
    writeRecord(ctx.tx, { ...rec, nextOid: first + count });
    return { first, count };
  }),
];
