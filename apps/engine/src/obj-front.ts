// The main-thread half of object I/O on an engine: each request on a target's `.io` subject has
// its handles checked (IV), its map version checked, its epoch stamped or checked against this
// engine's HLC, and then runs on that target's main xstream (modules/obj-module.ts). Nothing is
// written before every check passed.
import { objOps } from '@daos-nats/api';
import { InvalidError, StaleError } from '@daos-nats/base';
import { engineIoSubject, typedHandler, type Bus, type Handler, type Responder, type ResponderOptions } from '@daos-nats/bus';
import type { IvClient } from '@daos-nats/iv-nats';
import type { Hlc } from '@daos-nats/placement';
import { daos } from '@daos-nats/proto';
import { checkIoHandles } from './io-handle-check.js';
import { OBJ_MODULE_ID, ObjTgtOp } from './modules/obj-module.js';

const O = daos.obj.v1;

export interface ObjFrontDeps {
  readonly iv: IvClient;
  readonly hlc: Hlc;
  /**
   * The newest pool map version a rebuild of `pool` started with on this engine (0: none). A
   * write placed with an older map is DER_STALE, checked right before it is queued on the
   * xstream: a rebuild scan queued after it then sees it, and none queued later can be missed.
   */
  rebuildMapVersion(pool: string): number;
  /** Runs a module RPC on target `target`'s main xstream. */
  run(target: number, module: number, opcode: number, version: number, body: Uint8Array): Promise<Uint8Array>;
}

/** Epoch 0 = now (this engine's HLC); any other is checked not to be in the future and merged into the clock. */
function epochFor(hlc: Hlc, requested: number | null | undefined): number {
  if (!requested) return Number(hlc.now());
  if (!Number.isSafeInteger(requested) || requested < 0) throw new InvalidError(`epoch ${requested} is not a non-negative integer`);
  hlc.update(BigInt(requested));
  return requested;
}

function checkNotBehindRebuild(d: ObjFrontDeps, h: daos.obj.v1.IIoHandles | null | undefined): void {
  const v = d.rebuildMapVersion(h?.poolUuid ?? '');
  if ((h?.mapVersion ?? 0) < v) throw new StaleError(`write placed with pool map version ${h?.mapVersion ?? 0}; this engine rebuilds for version ${v}`);
}

/** The typed handlers of one target's `.io` subject. */
export function objHandlers(d: ObjFrontDeps, target: number): Map<string, Handler> {
  const run = async <R>(opcode: number, body: Uint8Array, reply: { decode(b: Uint8Array): R }): Promise<R> => reply.decode(await d.run(target, OBJ_MODULE_ID, opcode, 1, body));
  return new Map<string, Handler>([
    [objOps.update.name, typedHandler(objOps.update, async (req) => {
      await checkIoHandles(d.iv, req.handles, 'write');
      const epoch = epochFor(d.hlc, req.epoch);
      checkNotBehindRebuild(d, req.handles);
      return run(ObjTgtOp.UPDATE, O.UpdateReq.encode({ ...req, epoch }).finish(), O.UpdateRep);
    })],
    [objOps.punch.name, typedHandler(objOps.punch, async (req) => {
      await checkIoHandles(d.iv, req.handles, 'write');
      const epoch = epochFor(d.hlc, req.epoch);
      checkNotBehindRebuild(d, req.handles);
      return run(ObjTgtOp.PUNCH, O.PunchReq.encode({ ...req, epoch }).finish(), O.PunchRep);
    })],
    [objOps.fetch.name, typedHandler(objOps.fetch, async (req) => {
      await checkIoHandles(d.iv, req.handles, 'read');
      const epoch = epochFor(d.hlc, req.epoch);
      return run(ObjTgtOp.FETCH, O.FetchReq.encode({ ...req, epoch }).finish(), O.FetchRep);
    })],
    [objOps.list.name, typedHandler(objOps.list, async (req) => {
      await checkIoHandles(d.iv, req.handles, 'read');
      const epoch = epochFor(d.hlc, req.epoch);
      return run(ObjTgtOp.LIST, O.ListReq.encode({ ...req, epoch }).finish(), O.ListRep);
    })],
    [objOps.query.name, typedHandler(objOps.query, async (req) => {
      await checkIoHandles(d.iv, req.handles, 'read');
      return run(ObjTgtOp.QUERY, O.QueryReq.encode(req).finish(), O.QueryRep);
    })],
  ]);
}

/** Serves `daos.<system>.engine.<rank>.<target>.io` for every target. */
export async function serveObjIo(bus: Bus, system: string, rank: number, targets: number, d: ObjFrontDeps, opts: ResponderOptions): Promise<Responder[]> {
  const out: Responder[] = [];
  for (let t = 0; t < targets; t++) out.push(await bus.serve(engineIoSubject(system, rank, t), objHandlers(d, t), opts));
  return out;
}
