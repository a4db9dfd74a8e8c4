import type { ContOpenMode, PoolConnectMode } from '@daos-nats/api';
import type { DaosSession } from './connect.js';
import { ContainerClient, type ContHandle } from './container-client.js';
import type { MgmtClient } from './mgmt-client.js';
import type { MgmtPoolInfo } from './mgmt-info.js';
import { PoolClient, type PoolHandle } from './pool-client.js';

/**
 * A pool connected for container work (what `daos container ...` does first): the pool found in
 * the management service's directory by label or uuid, a pool handle, and a ContainerClient
 * under it. Both clients re-ask the MS for the replica ranks when none of the known ones answers.
 * `close()` disconnects the pool handle (always call it: an open handle keeps the pool busy).
 */
export class PoolContainers implements AsyncDisposable {
  private closed = false;

  private constructor(
    readonly pool: MgmtPoolInfo,
    readonly poolClient: PoolClient,
    readonly poolHandle: PoolHandle,
    readonly containers: ContainerClient,
  ) {}

  static async connect(session: DaosSession, mgmt: MgmtClient, poolId: string, mode: PoolConnectMode = 'rw'): Promise<PoolContainers> {
    const pool = await mgmt.poolFind(poolId);
    const poolClient = new PoolClient(session, {
      uuid: pool.uuid,
      ranks: pool.svcRanks,
      refresh: async (signal) => (await mgmt.poolFind(pool.uuid, { signal })).svcRanks,
    });
    const poolHandle = await poolClient.connect(mode);
    const containers = new ContainerClient(session, {
      pool: pool.uuid,
      ranks: pool.contRanks,
      refresh: async (signal) => (await mgmt.poolFind(pool.uuid, { signal })).contRanks,
      poolHandle: poolHandle.handle,
    });
    return new PoolContainers(pool, poolClient, poolHandle, containers);
  }

  /**
   * Run `fn` with the container open in `mode` and close it afterwards, as DAOS's tools do for
   * every command about one container (so an exclusive open elsewhere refuses them: DER_BUSY).
   */
  async withOpen<T>(cont: string, mode: ContOpenMode, fn: (h: ContHandle) => Promise<T>): Promise<T> {
    const h = await this.containers.open(cont, mode);
    try {
      return await fn(h);
    } finally {
      await this.containers.close(h.cont.uuid, h.handle).catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.poolClient.disconnect(this.poolHandle.handle);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}
