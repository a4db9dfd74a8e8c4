// Rebuild on an engine's main thread: `obj.rebuild_start` and `obj.rebuild_query` on each target's
// engine-internal subject (daos.<system>.engine.<rank>.<target>), one RebuildTask per (pool,
// target). Driven by the pool map version the request carries: the same or an older version than
// the target's current rebuild is a no-op that answers its status (so whoever drives rebuild may
// repeat the request), a newer one cancels it and starts over from the new map, and a failed one
// is started again by repeating the request (restartable: import skips what is already copied).
import { rebuildOps, rebuildReclaimOp } from '@daos-nats/api';
import { BusyError, InvalidError } from '@daos-nats/base';
import { engineSubject, typedHandler, type Bus, type Handler } from '@daos-nats/bus';
import type { PlacementMap, TargetAddr } from '@daos-nats/placement';
import { daos } from '@daos-nats/proto';
import { OBJ_MODULE_ID, ObjTgtOp } from './modules/obj-module.js';
import { RebuildTask, REBUILD_DEFAULTS, encodeImport, type RebuildLimits } from './rebuild-task.js';
import { TARGET_OP } from './target-op.js';
import { reclaimTarget } from './rebuild-reclaim.js';

const O = daos.obj.v1;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface RebuildFrontDeps {
  readonly bus: Bus;
  readonly system: string;
  readonly rank: number;
  /** Runs an obj module RPC on target `target`'s main xstream. */
  run(target: number, opcode: number, body: Uint8Array): Promise<Uint8Array>;
  readonly limits?: Partial<RebuildLimits>;
}

/** The wire map in the shape placement reads; a missing or empty map is DER_INVAL. */
export function placementMap(m: daos.obj.v1.IPlaceMap | null | undefined, what: string): PlacementMap {
  if (!m || !m.version || !m.ranks?.length) throw new InvalidError(`rebuild ${what} must be a pool map with a version and ranks`);
  return {
    version: m.version,
    ranks: m.ranks.map((r) => ({ rank: r.rank ?? 0, faultDomain: r.faultDomain ?? '', targets: (r.targets ?? []).map((t) => ({ index: t.index ?? 0, state: t.state ?? 0 })) })),
  };
}

export class RebuildFront {
  private readonly tasks = new Map<string, RebuildTask>();
  private readonly limits: RebuildLimits;

  constructor(private readonly d: RebuildFrontDeps) {
    this.limits = { ...REBUILD_DEFAULTS, ...d.limits };
  }

  /** The handlers to add to target `target`'s engine subject. */
  handlers(target: number): Record<string, Handler> {
    return {
      [rebuildOps.start.name]: typedHandler(rebuildOps.start, (req) => this.start(target, req)),
      [rebuildOps.query.name]: typedHandler(rebuildOps.query, (req) => this.status(checkPool(req.poolUuid), target)),
      [rebuildReclaimOp.name]: typedHandler(rebuildReclaimOp, (req) => this.reclaim(target, req)),
    };
  }

  /** Drops what `map` no longer places here; DER_BUSY unless this target's rebuild to that map version is done. */
  private async reclaim(target: number, req: daos.obj.v1.IRebuildReclaimReq): Promise<daos.obj.v1.IRebuildReclaimRep> {
    const pool = checkPool(req.poolUuid);
    const map = placementMap(req.map, 'map');
    const p = this.tasks.get(`${pool}/${target}`)?.progress;
    if (!p || p.mapVersion !== map.version || p.state !== 'done')
      throw new BusyError(`target ${this.d.rank}.${target}: the rebuild of pool ${pool} to map version ${map.version} is not done here (${p ? `${p.state} at version ${p.mapVersion}` : 'none'})`);
    const io = this.io(target);
    const drop = async (r: daos.obj.v1.IRebuildDropReq) => O.RebuildDropRep.decode(await this.d.run(target, ObjTgtOp.REBUILD_DROP, O.RebuildDropReq.encode(r).finish()));
    return reclaimTarget({ scan: io.scan, drop }, pool, { rank: this.d.rank, target }, map, this.limits.scanPageItems);
  }

  private status(pool: string, target: number): daos.obj.v1.IRebuildStatus {
    const p = this.tasks.get(`${pool}/${target}`)?.progress;
    return { rank: this.d.rank, target, mapVersion: p?.mapVersion ?? 0, state: p?.state ?? 'idle', objectsDone: p?.objectsDone ?? 0, objectsTodo: p?.objectsTodo ?? 0, bytesDone: p?.bytesDone ?? 0, bytesTodo: p?.bytesTodo ?? 0, error: p?.error ?? '' };
  }

  private start(target: number, req: daos.obj.v1.IRebuildStartReq): daos.obj.v1.IRebuildStatus {
    const pool = checkPool(req.poolUuid);
    const map = placementMap(req.map, 'map');
    const prev = placementMap(req.prevMap, 'prev_map');
    if (map.version <= prev.version) throw new InvalidError(`rebuild map version ${map.version} is not newer than prev_map version ${prev.version}`);
    const key = `${pool}/${target}`;
    const cur = this.tasks.get(key);
    const v = cur?.progress.mapVersion ?? 0;
    if (cur && (v > map.version || (v === map.version && cur.progress.state !== 'failed'))) return this.status(pool, target);
    cur?.cancel();
    const task = new RebuildTask(pool, { rank: this.d.rank, target }, map, prev, this.io(target), this.limits);
    this.tasks.set(key, task);
    void task.run();
    return this.status(pool, target);
  }

  private io(target: number) {
    const run = async <R>(op: number, body: Uint8Array, rep: { decode(b: Uint8Array): R }) => rep.decode(await this.d.run(target, op, body));
    return {
      scan: (r: daos.obj.v1.IRebuildScanReq) => run(ObjTgtOp.REBUILD_SCAN, O.RebuildScanReq.encode(r).finish(), O.RebuildScanRep),
      exportDkey: (r: daos.obj.v1.IRebuildExportReq) => run(ObjTgtOp.REBUILD_EXPORT, O.RebuildExportReq.encode(r).finish(), O.RebuildExportRep),
      importDkey: async (to: TargetAddr, r: daos.obj.v1.IRebuildImportReq, timeoutMs: number) => {
        const body = encodeImport(r);
        const rep = await this.d.bus.call(engineSubject(this.d.system, to.rank, to.target), TARGET_OP, { module: OBJ_MODULE_ID, opcode: ObjTgtOp.REBUILD_IMPORT, version: 1, body }, { timeoutMs });
        return O.RebuildImportRep.decode(rep.body ?? new Uint8Array());
      },
    };
  }

  /** The newest map version a rebuild of `pool` started with on any target here (0: none). */
  mapVersionOf(pool: string): number {
    let v = 0;
    for (const [key, t] of this.tasks) if (key.startsWith(`${pool}/`)) v = Math.max(v, t.progress.mapVersion);
    return v;
  }

  /** Stops every rebuild at its next batch (the engine is stopping). */
  cancelAll(): void {
    for (const t of this.tasks.values()) t.cancel();
  }
}

function checkPool(pool: string | null | undefined): string {
  if (!pool || !UUID.test(pool)) throw new InvalidError(`pool uuid ${JSON.stringify(pool)} is not a lower-case UUID`);
  return pool;
}
