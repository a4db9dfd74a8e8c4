import { POOL_SERVICE, poolOps } from '@daos-nats/api';
import { InvalidError } from '@daos-nats/base';
import { serviceInternalSubject, type Bus } from '@daos-nats/bus';
import type { IvClass, IvValue } from '@daos-nats/iv';
import { daos } from '@daos-nats/proto';
import { IV_CLASS } from './iv-classes.js';

const UUID_BYTES = 16;

/** The canonical (lower-case, dashed) uuid string of a 16-byte key. */
export function uuidString(key: Uint8Array): string {
  if (key.length !== UUID_BYTES) throw new InvalidError(`a uuid key is ${UUID_BYTES} bytes, got ${key.length}`);
  const h = [...key].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface PoolConnSource {
  readonly bus: Bus;
  readonly system: string;
  /** This cache's rank: when it is the root, the pool service leader is the replica on this rank. */
  readonly rank: number;
  /** Deadline of one read of the pool service. */
  readonly readTimeoutMs: number;
}

/**
 * Pool handles (DAOS IV_POOL_CONN), key = the handle's 16-byte uuid, value = the pool service's
 * `VerifyHandleRep` (capabilities, flags, principal), version = the pool map version it reported.
 * The root reads the source of truth from the pool service replica on its own rank (the leader
 * that claimed the root): a handle the service no longer has is "absent", so after an eviction's
 * invalidation no cache can learn it again.
 */
export function poolConnClass(src: PoolConnSource): IvClass {
  return {
    id: IV_CLASS.POOL_CONN,
    name: 'pool-conn',
    keyCheck: (key) => {
      uuidString(key);
    },
    fetchSource: async (pool, key): Promise<IvValue> => {
      const rep = await src.bus.call(serviceInternalSubject(src.system, POOL_SERVICE, pool, src.rank), poolOps.verifyHandle, { handle: uuidString(key) }, { timeoutMs: src.readTimeoutMs });
      const version = Number(rep.mapVersion ?? 0);
      return rep.valid ? { version, value: daos.pool.v1.VerifyHandleRep.encode(rep).finish() } : { version };
    },
  };
}
