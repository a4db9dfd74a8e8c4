// Reclaim after rebuild (DAOS: the reclaim step after reintegration): once every target finished
// the rebuild to `map`, a target drops the dkeys it stores that `map` does not place on it any
// more, i.e. the temporary replicas made while a target was excluded, now that the reintegrated
// target holds them again. The caller checks that this target's rebuild to `map` is done; the
// driver checks it is done everywhere before asking.
import { placeObject, targetsOfDkey, type PlacementMap, type TargetAddr } from '@daos-nats/placement';
import type { daos } from '@daos-nats/proto';

export interface ReclaimIo {
  scan(req: daos.obj.v1.IRebuildScanReq): Promise<daos.obj.v1.RebuildScanRep>;
  drop(req: daos.obj.v1.IRebuildDropReq): Promise<daos.obj.v1.RebuildDropRep>;
}

/** One pass over the target's store; resolves with what it dropped. */
export async function reclaimTarget(io: ReclaimIo, pool: string, self: TargetAddr, map: PlacementMap, scanPageItems: number): Promise<{ dkeysDropped: number; bytesFreed: number }> {
  let dkeysDropped = 0;
  let bytesFreed = 0;
  let after: daos.obj.v1.IRebuildDkey | undefined;
  for (;;) {
    const page = await io.scan({ poolUuid: pool, hasAfter: after !== undefined, ...(after ? { after } : {}), limit: scanPageItems });
    for (const d of page.dkeys) {
      const reps = targetsOfDkey(placeObject(map, d.oid ?? ''), d.dkey ?? new Uint8Array());
      if (reps.some((t) => t.rank === self.rank && t.target === self.target)) continue;
      const rep = await io.drop({ poolUuid: pool, contUuid: d.contUuid, oid: d.oid, dkey: d.dkey });
      dkeysDropped++;
      bytesFreed += Number(rep.bytesFreed ?? 0);
    }
    after = page.dkeys[page.dkeys.length - 1];
    if (!page.more || !after) return { dkeysDropped, bytesFreed };
  }
}
