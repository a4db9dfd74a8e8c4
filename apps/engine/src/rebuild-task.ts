// One target's rebuild of one pool from pool map `prevMap` to `map` (DAOS src/rebuild: scan on
// every surviving target, then migrate). The target scans the (object, dkey) pairs it stores;
// for each, placement in both maps says which replicas are new (in `map`, not in `prevMap`: a
// replacement for an excluded target, or a reintegrated target) and which old replica sends:
// the first one of the old layout that is still in the new one, so each new replica is filled
// once. The sender exports the dkey's versions in batches of `batchBytes` and imports them into
// each new replica, which writes only what it lacks (epochs decide what reads see, so a newer
// write that reached the new replica during rebuild is never overwritten). Running it again is
// harmless: everything already copied is skipped on import.
import { assert, DaosError, DER } from '@daos-nats/base';
import { placeObject, targetsOfDkey, type PlacementMap, type TargetAddr } from '@daos-nats/placement';
import { daos } from '@daos-nats/proto';

const O = daos.obj.v1;

export interface RebuildLimits {
  /** Data bytes of versions per import batch (a NATS message must stay under max_payload, 1 MiB by default). */
  readonly batchBytes: number;
  /** (object, dkey) pairs per page of the target's scan of its own store. */
  readonly scanPageItems: number;
  /** Deadline of one import call to a new replica. */
  readonly callTimeoutMs: number;
  /** How long one batch is retried against an unreachable or busy new replica before the rebuild fails. */
  readonly batchDeadlineMs: number;
  /** Pause between two tries of one batch. */
  readonly retryPauseMs: number;
}

export const REBUILD_DEFAULTS: RebuildLimits = { batchBytes: 256 * 1024, scanPageItems: 256, callTimeoutMs: 10_000, batchDeadlineMs: 60_000, retryPauseMs: 200 };

export type RebuildState = 'idle' | 'busy' | 'done' | 'failed';

export interface RebuildProgress {
  mapVersion: number;
  state: RebuildState;
  objectsDone: number;
  objectsTodo: number;
  bytesDone: number;
  bytesTodo: number;
  error: string;
}

/** What a rebuild task needs from its engine: its own target's xstream, and the bus to the new replicas. */
export interface RebuildIo {
  scan(req: daos.obj.v1.IRebuildScanReq): Promise<daos.obj.v1.RebuildScanRep>;
  exportDkey(req: daos.obj.v1.IRebuildExportReq): Promise<daos.obj.v1.RebuildExportRep>;
  importDkey(to: TargetAddr, req: daos.obj.v1.IRebuildImportReq, timeoutMs: number): Promise<daos.obj.v1.RebuildImportRep>;
}

type DkeyRef = daos.obj.v1.IRebuildDkey;
const same = (a: TargetAddr, b: TargetAddr) => a.rank === b.rank && a.target === b.target;
/** Failures after which another try of the same batch may succeed. */
const transient = (e: unknown) => e instanceof DaosError && ([DER.UNREACH, DER.TIMEDOUT, DER.BUSY, DER.SHUTDOWN] as number[]).includes(e.code);

export class RebuildTask {
  readonly progress: RebuildProgress;
  private cancelled = false;
  /** Dkeys the new map cannot place (not enough fault domains): skipped, and the rebuild ends failed saying so. */
  private unplaceable = 0;
  private readonly layouts = new Map<string, { prev: ReturnType<typeof placeObject> | undefined; next: ReturnType<typeof placeObject> | undefined }>();

  constructor(
    private readonly pool: string,
    private readonly self: TargetAddr,
    private readonly map: PlacementMap,
    private readonly prevMap: PlacementMap,
    private readonly io: RebuildIo,
    private readonly limits: RebuildLimits,
  ) {
    assert(map.version > prevMap.version, 'a rebuild goes to a newer map version');
    this.progress = { mapVersion: map.version, state: 'busy', objectsDone: 0, objectsTodo: 0, bytesDone: 0, bytesTodo: 0, error: '' };
  }

  /** Stops at the next batch (a newer map version replaces this rebuild). */
  cancel(): void {
    this.cancelled = true;
  }

  /** Plans (counts what to send), then copies; ends in state done, or failed with the error. */
  async run(): Promise<void> {
    try {
      await this.forEachDkey((d, to) => {
        this.progress.bytesTodo += Number(d.bytes ?? 0) * to.length;
      }, () => this.progress.objectsTodo++);
      this.unplaceable = 0;
      await this.forEachDkey((d, to) => this.copyDkey(d, to), () => this.progress.objectsDone++);
      if (this.cancelled) return;
      if (this.unplaceable > 0) {
        this.progress.state = 'failed';
        this.progress.error = `${this.unplaceable} stored dkeys cannot be placed in pool map version ${this.map.version} (DER_RF: not enough fault domains for their class); every other one was rebuilt`;
        return;
      }
      this.progress.state = 'done';
    } catch (e) {
      this.progress.state = 'failed';
      this.progress.error = e instanceof Error ? e.message : String(e);
    }
  }

  /** The new replicas `self` must fill for this dkey (empty if none are new or another replica sends). */
  private newcomers(d: DkeyRef): TargetAddr[] {
    const key = `${d.contUuid}/${d.oid}`;
    let l = this.layouts.get(key);
    if (!l) {
      this.layouts.clear();
      l = { prev: tryPlace(this.prevMap, d.oid ?? ''), next: tryPlace(this.map, d.oid ?? '') };
      this.layouts.set(key, l);
    }
    if (!l.next) {
      this.unplaceable++;
      return [];
    }
    const dkey = d.dkey ?? new Uint8Array();
    const next = targetsOfDkey(l.next, dkey);
    const prev = l.prev ? targetsOfDkey(l.prev, dkey) : [];
    const fresh = next.filter((t) => !prev.some((p) => same(p, t)));
    const sender = prev.find((p) => next.some((t) => same(p, t)));
    return fresh.length > 0 && sender && same(sender, this.self) ? fresh : [];
  }

  /** Calls `fn` for each stored dkey with new replicas to fill, and `objectEnd` after each object that had one. */
  private async forEachDkey(fn: (d: DkeyRef, to: TargetAddr[]) => void | Promise<void>, objectEnd: () => void): Promise<void> {
    let after: DkeyRef | undefined;
    let current = '';
    let counted = false;
    for (;;) {
      const page = await this.io.scan({ poolUuid: this.pool, hasAfter: after !== undefined, ...(after ? { after } : {}), limit: this.limits.scanPageItems });
      for (const d of page.dkeys) {
        if (this.cancelled) return;
        const key = `${d.contUuid}/${d.oid}`;
        if (key !== current) {
          if (counted) objectEnd();
          current = key;
          counted = false;
        }
        const to = this.newcomers(d);
        if (to.length === 0) continue;
        counted = true;
        await fn(d, to);
      }
      after = page.dkeys[page.dkeys.length - 1];
      if (!page.more || !after) break;
    }
    if (counted) objectEnd();
  }

  /** Every version of one dkey to every new replica, batch by batch. */
  private async copyDkey(d: DkeyRef, to: TargetAddr[]): Promise<void> {
    let afterId = 0;
    do {
      const page = await this.io.exportDkey({ poolUuid: this.pool, contUuid: d.contUuid, oid: d.oid, dkey: d.dkey, afterId, bytesMax: this.limits.batchBytes });
      const req = { poolUuid: this.pool, contUuid: d.contUuid, oid: d.oid, dkey: d.dkey, recs: page.recs };
      const dataBytes = page.recs.reduce((n, r) => n + (r.data?.length ?? 0), 0);
      for (const t of to) {
        await this.sendBatch(t, req);
        this.progress.bytesDone += dataBytes;
        this.progress.bytesTodo = Math.max(this.progress.bytesTodo, this.progress.bytesDone);
      }
      afterId = Number(page.nextId ?? 0);
    } while (afterId !== 0 && !this.cancelled);
  }

  /** One batch to one new replica, retried while it is unreachable or busy, up to `batchDeadlineMs`. */
  private async sendBatch(t: TargetAddr, req: daos.obj.v1.IRebuildImportReq): Promise<void> {
    const deadline = Date.now() + this.limits.batchDeadlineMs;
    for (;;) {
      try {
        await this.io.importDkey(t, req, Math.max(1, Math.min(this.limits.callTimeoutMs, deadline - Date.now())));
        return;
      } catch (e) {
        if (!transient(e) || Date.now() + this.limits.retryPauseMs >= deadline || this.cancelled) throw e;
        await new Promise((r) => setTimeout(r, this.limits.retryPauseMs));
      }
    }
  }
}

/** The layout of `oid` in `map`, or undefined if its class cannot be placed there (DER_RF: too few fault domains). */
function tryPlace(map: PlacementMap, oid: string): ReturnType<typeof placeObject> | undefined {
  try {
    return placeObject(map, oid);
  } catch (e) {
    if (e instanceof DaosError && e.code === DER.RF) return undefined;
    throw e;
  }
}

export const encodeImport = (req: daos.obj.v1.IRebuildImportReq): Uint8Array => O.RebuildImportReq.encode(req).finish();
