import { InvalidError } from '@daos-nats/base';
import type { IvClass, IvValue } from '@daos-nats/iv';

/**
 * The classes of the iv-cache, numbered as DAOS's `enum iv_key` (src/include/daos_srv/iv.h) so
 * traces read the same. Keys are fixed-width: an empty key for per-pool values, 16 bytes (a
 * uuid) for per-handle and per-container values, so packing is canonical by construction.
 */
export const IV_CLASS = {
  POOL_MAP: 1,
  POOL_PROP: 2,
  POOL_CONN: 3,
  OID: 5,
  CONT_CAPA: 7,
  CONT_PROP: 8,
} as const;

const UUID_BYTES = 16;

/** The 16 bytes of a canonical uuid string (lower or upper case, with dashes). */
export function uuidKey(uuid: string): Uint8Array {
  if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/u.test(uuid)) throw new InvalidError(`not a uuid: ${JSON.stringify(uuid)}`);
  const hex = uuid.replaceAll('-', '').toLowerCase();
  const out = new Uint8Array(UUID_BYTES);
  for (let i = 0; i < UUID_BYTES; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** The key of a per-pool class (pool map, pool properties). */
export const POOL_KEY = new Uint8Array();

/**
 * A class whose values the owning service pushes (DAOS: the pool service updates the map EAGER on
 * change and props and handles LAZY on step-up). A miss at the root means nothing was pushed since
 * that root took over: the root answers "absent at version 0", which callers treat as unknown, and
 * the service's step-up push fills it. Reading the service's database from the root on a miss is
 * the next step (README, "not done").
 */
export function pushedClass(id: number, name: string, keyBytes: number): IvClass {
  return {
    id,
    name,
    keyCheck: (key) => {
      if (key.length !== keyBytes) throw new InvalidError(`iv class ${name} keys are ${keyBytes} bytes, got ${key.length}`);
    },
    fetchSource: async (): Promise<IvValue> => ({ version: 0 }),
  };
}

/**
 * Every class an iv-cache serves. `poolConn` is the pool-handle class reading the pool service
 * (pool-conn-class.ts), `cont` the container classes reading the container service
 * (cont-classes.ts, IV_OID included); without them those classes are pushed classes and there
 * is no IV_OID.
 */
export function ivCacheClasses(poolConn?: IvClass, cont?: { readonly capa: IvClass; readonly prop: IvClass; readonly oid?: IvClass }): IvClass[] {
  return [
    // IV_OID exists only with a container service to reserve ids at (a range class has no push).
    ...(cont?.oid ? [cont.oid] : []),
    pushedClass(IV_CLASS.POOL_MAP, 'pool-map', 0),
    pushedClass(IV_CLASS.POOL_PROP, 'pool-prop', 0),
    poolConn ?? pushedClass(IV_CLASS.POOL_CONN, 'pool-conn', UUID_BYTES),
    cont?.capa ?? pushedClass(IV_CLASS.CONT_CAPA, 'cont-capa', UUID_BYTES),
    cont?.prop ?? pushedClass(IV_CLASS.CONT_PROP, 'cont-prop', UUID_BYTES),
  ];
}
