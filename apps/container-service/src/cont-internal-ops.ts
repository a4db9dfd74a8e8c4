// Operations only services call (libs/api INTERNAL_OPERATIONS; served on `.internal` subjects):
// what the IV root reads on a miss (DAOS cont_iv.c fetches from the container service): one
// container handle's capabilities (CONT_CAPA) and one container's properties (CONT_PROP); and
// where the root of IV_OID reserves object id ranges (DAOS oid_iv: only the root allocates).
// They act for the system, not for a caller: no pool handle, no ACL, everything visible.
import { CONT_CAPAS_ALL } from '@daos-nats/acl';
import { contOps } from '@daos-nats/api';
import { InvalidError, NoHandleError, NonexistError } from '@daos-nats/base';
import { operation, type OperationSpec } from '@daos-nats/rsvc';
import { OID_ALLOC_COUNT_MAX } from './cont-data-ops.js';
import { contHandlesPath, decodeJson, decodeText, HANDLES_PATH, iterateAll, loadCont, snapsPath, writeRecord, type HandleRecord } from './cont-layout.js';
import type { ContCtx, ContLeader } from './cont-leader.js';
import { isUuid } from './cont-props.js';
import { propsView } from './cont-props-view.js';

/** The container a live handle is open on, or undefined (never opened, closed, pool handle gone). */
async function liveHandle(ctx: ContCtx, handle: string): Promise<{ cont: string; rec: HandleRecord } | undefined> {
  let cont: string;
  let rec: HandleRecord;
  try {
    cont = decodeText(await ctx.tx.lookup(HANDLES_PATH, handle));
    rec = decodeJson<HandleRecord>(await ctx.tx.lookup(contHandlesPath(cont), handle), `container ${cont} handle`);
  } catch (e) {
    if (e instanceof NonexistError) return undefined;
    throw e;
  }
  // A handle whose pool handle is gone is dead (cont-handles.ts closes it when it matters);
  // an IV cache must never learn it.
  const alive = await ctx.state.verifier.verify(rec.poolHandle, ctx.signal).then(
    () => true,
    (e: unknown) => {
      if (e instanceof NoHandleError) return false;
      throw e;
    },
  );
  return alive ? { cont, rec } : undefined;
}

export const internalOperations: OperationSpec<ContLeader>[] = [
  operation(contOps.handleVerify, 'read', async (req, ctx: ContCtx) => {
    const handle = (req.handle ?? '').toLowerCase();
    if (!isUuid(handle)) throw new InvalidError(`cont.handle.verify: handle ${JSON.stringify(req.handle ?? '')} is not a uuid`);
    const h = await liveHandle(ctx, handle);
    if (!h) return {};
    const rec = await loadCont(ctx.tx, h.cont);
    return { cont: { uuid: rec.uuid, label: rec.label }, capabilities: h.rec.capabilities, props: propsView(rec, [], CONT_CAPAS_ALL, 0), poolHandle: h.rec.poolHandle };
  }),

  operation(contOps.propsRead, 'read', async (req, ctx: ContCtx) => {
    const uuid = (req.target?.cont ?? '').toLowerCase();
    if (!isUuid(uuid)) throw new InvalidError(`cont.props.read: container ${JSON.stringify(req.target?.cont ?? '')} is not a uuid`);
    const rec = await loadCont(ctx.tx, uuid);
    const snaps = await iterateAll(ctx.tx, snapsPath(uuid));
    return {
      cont: { uuid: rec.uuid, label: rec.label },
      poolUuid: ctx.state.pool,
      props: propsView(rec, [], CONT_CAPAS_ALL, snaps.length),
      snapshots: snaps.length,
      createdMs: rec.createdMs,
      modifiedMs: rec.modifiedMs,
    };
  }),

  operation(contOps.oidReserve, 'write', async (req, ctx: ContCtx) => {
    const uuid = (req.target?.cont ?? '').toLowerCase();
    if (!isUuid(uuid)) throw new InvalidError(`cont.oid.reserve: container ${JSON.stringify(req.target?.cont ?? '')} is not a uuid`);
    const count = Number(req.count ?? 0);
    if (!Number.isSafeInteger(count) || count < 1 || count > OID_ALLOC_COUNT_MAX) throw new InvalidError(`oid count must be 1..${OID_ALLOC_COUNT_MAX}, got ${count}`);
    const rec = await loadCont(ctx.tx, uuid);
    const first = rec.nextOid;
    if (first + count > Number.MAX_SAFE_INTEGER) throw new InvalidError(`container ${uuid} has no object ids left`);
    writeRecord(ctx.tx, { ...rec, nextOid: first + count });
    return { first, count };
  }),
];
