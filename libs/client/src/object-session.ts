import type { PlacementMap } from '@daos-nats/placement';
import type { DaosSession } from './connect.js';
import type { ContHandle } from './container-client.js';
import type { PoolContainers } from './container-session.js';
import { ObjectClient, type ObjectClientOptions } from './object-client.js';
import { placementMapOf } from './rebuild-client.js';

/**
 * The pool map from a pool query (`want_map`), in the shape placement reads: its engine ranks
 * (`storage`) only; the pool-service ranks it also lists have no object store. A pool created
 * without engines has none, and placing an object in it is DER_INVAL ("no targets").
 */
async function poolMap(p: PoolContainers): Promise<PlacementMap> {
  return placementMapOf((await p.poolClient.query({ handle: p.poolHandle.handle, wantMap: true })).map);
}

/**
 * An ObjectClient for container handle `h` opened under the connected pool `p` (what `daos object`
 * does): placed with the pool map the pool service reports, refreshed from it on DER_STALE.
 */
export async function openObjects(session: DaosSession, p: PoolContainers, h: ContHandle, o: Partial<Pick<ObjectClientOptions, 'targetCallTimeoutMs' | 'ioChunkBytes'>> = {}): Promise<ObjectClient> {
  return new ObjectClient({
    bus: session.bus,
    system: session.system,
    handles: { poolUuid: p.pool.uuid, poolHandle: p.poolHandle.handle, contUuid: h.cont.uuid, contHandle: h.handle },
    map: await poolMap(p),
    refreshMap: () => poolMap(p),
    ...o,
  });
}
