// The container classes with a source of truth (DAOS cont_iv.c: on a miss the root fetches from
// the container service): CONT_CAPA (key = a container handle's uuid, value = a
// `daos.obj.v1.ContHandleCapa` {container, pool handle, capabilities} built from the container
// service's `cont.handle.verify` reply: the same value the container service pushes on open, and
// what an engine's object I/O check decodes) and CONT_PROP (key =
// a container uuid, value = its `cont.props.read` reply). How the root reaches the container
// service of a pool is the caller's (apps/iv-cache: a leader search over the ranks the MS
// reports), so this file needs no client library.
import { codeOf, DER, ProtoError } from '@daos-nats/base';
import type { IvClass, IvRange, IvValue } from '@daos-nats/iv';
import { daos } from '@daos-nats/proto';
import { IV_CLASS } from './iv-classes.js';
import { uuidString } from './pool-conn-class.js';

/** The container service of `pool`, as the IV root reads it (internal operations). */
export interface ContSource {
  /** `cont.handle.verify` of `handle`: `cont` unset when no live handle has that uuid. */
  handle(pool: string, handle: string): Promise<daos.cont.v1.IOpenRep>;
  /** `cont.props.read` of container `cont`; rejects DER_NONEXIST when there is none. */
  props(pool: string, cont: string): Promise<daos.cont.v1.IQueryRep>;
}

/**
 * The version of a live handle's entry: a handle's capabilities never change while it is open,
 * so every present value is version 1, and a close or eviction is an invalidation.
 */
export const CONT_CAPA_VERSION = 1;

/** CONT_CAPA read from the container service on a miss at the root. */
export function contCapaClass(src: ContSource): IvClass {
  return {
    id: IV_CLASS.CONT_CAPA,
    name: 'cont-capa',
    keyCheck: (key) => {
      uuidString(key);
    },
    fetchSource: async (pool, key): Promise<IvValue> => {
      const rep = await src.handle(pool, uuidString(key));
      if (!rep.cont?.uuid) return { version: 0 };
      const capa = { contUuid: rep.cont.uuid, poolHandle: rep.poolHandle ?? '', capabilities: rep.capabilities ?? 0 };
      return { version: CONT_CAPA_VERSION, value: daos.obj.v1.ContHandleCapa.encode(capa).finish() };
    },
  };
}

/** CONT_PROP read from the container service on a miss at the root; version = the container's `modifiedMs`. */
export function contPropClass(src: ContSource): IvClass {
  return {
    id: IV_CLASS.CONT_PROP,
    name: 'cont-prop',
    keyCheck: (key) => {
      uuidString(key);
    },
    fetchSource: async (pool, key): Promise<IvValue> => {
      let rep: daos.cont.v1.IQueryRep;
      try {
        rep = await src.props(pool, uuidString(key));
      } catch (e) {
        if (codeOf(e) === DER.NONEXIST) return { version: 0 };
        throw e;
      }
      // A version is at least 1 for a present value: 0 is "absent" to every cache.
      return { version: Math.max(1, Number(rep.modifiedMs ?? 0)), value: daos.cont.v1.QueryRep.encode(rep).finish() };
    },
  };
}

/**
 * Where the IV_OID root reserves ids: `cont.oid.reserve` of container `cont` of `pool` (a write
 * the container service deduplicates, so a retried reservation is not made twice).
 */
export type OidReserve = (pool: string, cont: string, count: number) => Promise<IvRange>;

/**
 * IV_OID (DAOS oid_iv): object id ranges of a container, key = its 16-byte uuid. Only the root
 * reserves at the container service; the tree hands the ranges out (libs/iv `alloc`). Nothing is
 * fetched: a range class has no value, so a fetch is "absent".
 */
export function contOidClass(reserve: OidReserve): IvClass {
  return {
    id: IV_CLASS.OID,
    name: 'oid',
    keyCheck: (key) => {
      uuidString(key);
    },
    fetchSource: async (): Promise<IvValue> => ({ version: 0 }),
    allocSource: async (pool, key, count) => {
      const r = await reserve(pool, uuidString(key), count);
      if (!Number.isSafeInteger(r.first) || r.first < 0 || r.count < count) throw new ProtoError(`cont.oid.reserve answered ${r.count} ids from ${r.first} for ${count}`);
      return r;
    },
  };
}
