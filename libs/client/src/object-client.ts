// The client's object API (DAOS dc_obj / daos_kv / daos_array): placement on the client from the
// pool map (libs/placement, the same function the engines use), KV-style put/get/list/punch on
// dkeys and akeys, array-style write/read of extents, on each target's `.io` subject.
import { objOps } from '@daos-nats/api';
import { DaosError, DER, InvalidError, StaleError } from '@daos-nats/base';
import { engineIoSubject, type Bus } from '@daos-nats/bus';
import { groupOfDkey, Hlc, placeObject, targetsOfDkey, type PlacementMap, type TargetAddr } from '@daos-nats/placement';
import type { daos } from '@daos-nats/proto';

export interface ObjectHandles {
  readonly poolUuid: string;
  readonly poolHandle: string;
  readonly contUuid: string;
  readonly contHandle: string;
}

export interface ObjectClientOptions {
  readonly bus: Bus;
  readonly system: string;
  readonly handles: ObjectHandles;
  /** The pool map the client places with; `refreshMap` is called after DER_STALE. */
  readonly map: PlacementMap;
  readonly refreshMap: () => Promise<PlacementMap>;
  /** Deadline of one request to one target. */
  readonly targetCallTimeoutMs?: number;
  /** Times an operation is placed again after DER_STALE before the error is the caller's. */
  readonly staleRetriesMax?: number;
  /** How far this client's clock may lag a target's before its epochs are refused. */
  readonly hlcMaxDriftMs?: number;
  /** Largest array extent one request carries (a message must fit NATS's max_payload, 1 MiB by default). */
  readonly ioChunkBytes?: number;
}

export const objectClientDefaults = { targetCallTimeoutMs: 10_000, staleRetriesMax: 3, hlcMaxDriftMs: 1_000, ioChunkBytes: 512 * 1024 } as const;

/** A failure that leaves a replica's answer unknown: another replica may answer a read. */
const unreachable = (e: unknown) => e instanceof DaosError && (e.code === DER.UNREACH || e.code === DER.TIMEDOUT || e.code === DER.EXCLUDED || e.code === DER.NONEXIST);

export interface ListPage {
  readonly keys: Uint8Array[];
  readonly anchor?: Uint8Array;
}

/**
 * Object I/O of one open container. Updates of a replicated object go to every replica of the
 * dkey's group with one epoch (stamped by this client's HLC) and are acknowledged only when every
 * replica wrote them; reads go to the first replica that answers.
 */
export class ObjectClient {
  private map: PlacementMap;
  private readonly hlc: Hlc;
  private readonly o: Required<Omit<ObjectClientOptions, 'map'>>;

  constructor(opts: ObjectClientOptions) {
    this.o = { ...objectClientDefaults, ...opts };
    this.map = opts.map;
    this.hlc = new Hlc({ nowMs: Date.now, maxDriftMs: this.o.hlcMaxDriftMs });
  }

  get mapVersion(): number {
    return this.map.version;
  }

  private handles(): daos.obj.v1.IIoHandles {
    return { ...this.o.handles, mapVersion: this.map.version };
  }

  /** Runs `fn` with the replicas of `dkey` of `oid`; on DER_STALE refreshes the map and places again. */
  private async placed<T>(oid: string, dkey: Uint8Array, fn: (replicas: readonly TargetAddr[]) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn(targetsOfDkey(placeObject(this.map, oid), dkey));
      } catch (e) {
        if (!(e instanceof StaleError) || attempt >= this.o.staleRetriesMax) throw e;
        this.map = await this.o.refreshMap();
      }
    }
  }

  private subject(t: TargetAddr): string {
    return engineIoSubject(this.o.system, t.rank, t.target);
  }

  /** Every replica, one epoch; resolves with the epoch once all acknowledged. */
  private async writeAll(replicas: readonly TargetAddr[], send: (subject: string, epoch: number) => Promise<unknown>): Promise<number> {
    const epoch = Number(this.hlc.now());
    await Promise.all(replicas.map((t) => send(this.subject(t), epoch)));
    return epoch;
  }

  /** The first replica's answer; an unreachable replica hands over to the next. */
  private async readAny<T>(replicas: readonly TargetAddr[], read: (subject: string) => Promise<T>): Promise<T> {
    let last: unknown;
    for (const t of replicas) {
      try {
        return await read(this.subject(t));
      } catch (e) {
        if (!unreachable(e)) throw e;
        last = e;
      }
    }
    throw last;
  }

  private opts() {
    return { timeoutMs: this.o.targetCallTimeoutMs };
  }

  /** KV put: a single value under (dkey, akey). Resolves with its epoch. */
  async put(oid: string, dkey: Uint8Array, akey: Uint8Array, value: Uint8Array): Promise<number> {
    return this.placed(oid, dkey, (reps) =>
      this.writeAll(reps, (s, epoch) => this.o.bus.call(s, objOps.update, { handles: this.handles(), oid, dkey, akey, epoch, value }, this.opts())),
    );
  }

  /** KV get at `epoch` (a snapshot's) or the latest; undefined if nothing is visible. */
  async get(oid: string, dkey: Uint8Array, akey: Uint8Array, epoch = 0): Promise<Uint8Array | undefined> {
    const rep = await this.placed(oid, dkey, (reps) => this.readAny(reps, (s) => this.o.bus.call(s, objOps.fetch, { handles: this.handles(), oid, dkey, akey, epoch }, this.opts())));
    return rep.found ? (rep.value ?? new Uint8Array()) : undefined;
  }

  /**
   * Array write of `data` at `offset`: one epoch, sent in extents of at most `ioChunkBytes` (each
   * its own request, so a crash mid-write may leave a prefix of the chunks; every chunk carries
   * the same epoch and the write is acknowledged once every chunk is on every replica).
   */
  async writeArray(oid: string, dkey: Uint8Array, akey: Uint8Array, offset: number, data: Uint8Array): Promise<number> {
    if (!Number.isSafeInteger(offset) || offset < 0) throw new InvalidError(`array offset ${offset} is not a non-negative integer`);
    const chunk = this.o.ioChunkBytes;
    return this.placed(oid, dkey, (reps) =>
      this.writeAll(reps, async (s, epoch) => {
        for (let at = 0; at < Math.max(1, data.length); at += chunk) {
          const extents = [{ offset: offset + at, data: data.subarray(at, at + chunk) }];
          await this.o.bus.call(s, objOps.update, { handles: this.handles(), oid, dkey, akey, epoch, isArray: true, extents }, this.opts());
        }
      }),
    );
  }

  /** Array read of `length` bytes at `offset` (holes read as zeros) and the array's size, in chunks of `ioChunkBytes`. */
  async readArray(oid: string, dkey: Uint8Array, akey: Uint8Array, offset: number, length: number, epoch = 0): Promise<{ data: Uint8Array; sizeBytes: number }> {
    if (!Number.isSafeInteger(length) || length < 0) throw new InvalidError(`array read length ${length} is not a non-negative integer`);
    const out = new Uint8Array(length);
    let sizeBytes = 0;
    // Chunks after the first read at the epoch the first was served at, so the result is one version.
    let at = 0;
    do {
      const n = Math.min(this.o.ioChunkBytes, length - at);
      const rep = await this.placed(oid, dkey, (reps) =>
        this.readAny(reps, (s) => this.o.bus.call(s, objOps.fetch, { handles: this.handles(), oid, dkey, akey, epoch, isArray: true, offset: offset + at, length: n }, this.opts())),
      );
      out.set((rep.value ?? new Uint8Array()).subarray(0, n), at);
      sizeBytes = Number(rep.sizeBytes ?? 0);
      if (epoch === 0) epoch = Number(rep.epoch ?? 0);
      at += n;
    } while (at < length);
    return { data: out, sizeBytes };
  }

  /** Punch the object (no dkey: every group), a dkey, or an akey of a dkey. */
  async punch(oid: string, dkey?: Uint8Array, akey?: Uint8Array): Promise<void> {
    if (akey && !dkey) throw new InvalidError('an akey punch needs its dkey');
    const send = (reps: readonly TargetAddr[]) =>
      this.writeAll(reps, (s, epoch) => this.o.bus.call(s, objOps.punch, { handles: this.handles(), oid, epoch, ...(dkey ? { dkey } : {}), ...(akey ? { akey } : {}) }, this.opts()));
    if (dkey) {
      await this.placed(oid, dkey, send);
      return;
    }
    const groups = placeObject(this.map, oid).groups;
    await send(groups.flat());
  }

  /**
   * One page of the object's dkeys (or of a dkey's akeys). Objects of one group list from one
   * replica; striped objects (SX) list group by group, the anchor naming the group it stopped in.
   */
  async list(oid: string, o: { dkey?: Uint8Array; anchor?: Uint8Array; limit?: number; epoch?: number } = {}): Promise<ListPage> {
    const layout = placeObject(this.map, oid);
    if (o.dkey) {
      const dkey = o.dkey;
      const rep = await this.placed(oid, dkey, (reps) => this.readAny(reps, (s) => this.o.bus.call(s, objOps.list, { handles: this.handles(), oid, dkey, epoch: o.epoch ?? 0, anchor: o.anchor ?? new Uint8Array(), limit: o.limit ?? 0 }, this.opts())));
      return rep.hasAnchor ? { keys: rep.keys ?? [], anchor: rep.anchor ?? new Uint8Array() } : { keys: rep.keys ?? [] };
    }
    let group = o.anchor && o.anchor.length >= 4 ? new DataView(o.anchor.buffer, o.anchor.byteOffset).getUint32(0) : 0;
    let inner = o.anchor && o.anchor.length > 4 ? o.anchor.subarray(4) : new Uint8Array();
    if (group >= layout.groups.length) throw new InvalidError(`list anchor names group ${group} of ${layout.groups.length}`);
    for (;;) {
      const rep = await this.readAny(layout.groups[group]!, (s) => this.o.bus.call(s, objOps.list, { handles: this.handles(), oid, epoch: o.epoch ?? 0, anchor: inner, limit: o.limit ?? 0 }, this.opts()));
      // Two groups of a striped object may share a target (placement hashes each group on its
      // own): keep only the dkeys that hash to this group, so none is listed twice.
      const keys = (rep.keys ?? []).filter((key) => layout.groups.length === 1 || groupOfDkey(layout, key) === group);
      const next = rep.hasAnchor ? { group, key: rep.anchor ?? new Uint8Array() } : group + 1 < layout.groups.length ? { group: group + 1, key: new Uint8Array() } : undefined;
      if (keys.length > 0 || !next) return next ? { keys, anchor: anchorBytes(next.group, next.key) } : { keys };
      group = next.group;
      inner = next.key;
    }
  }
}

function anchorBytes(group: number, key: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + key.length);
  new DataView(out.buffer).setUint32(0, group);
  out.set(key, 4);
  return out;
}
