import { KV_SERVICE, kvOps } from '@daos-nats/api';
import type { Rng } from '@daos-nats/base';
import type { Bus } from '@daos-nats/bus';
import { ServiceCaller, type CallOptions } from '@daos-nats/client';
import type { RsvcClientConfig } from '@daos-nats/dc-rsvc';

export interface KvClientOptions {
  readonly bus: Bus;
  readonly system: string;
  readonly group: string;
  readonly ranks: readonly number[];
  readonly rng: Rng;
  readonly config?: Partial<RsvcClientConfig>;
}

/** A client of one kv group: finds the leader, follows hints, retries (writes exactly once). */
export class KvClient {
  readonly svc: ServiceCaller;

  constructor(o: KvClientOptions) {
    this.svc = new ServiceCaller({ ...o, service: KV_SERVICE });
  }

  async put(key: Uint8Array, value: Uint8Array, opts?: CallOptions): Promise<void> {
    await this.svc.call(kvOps.put, { key, value }, opts);
  }

  async get(key: Uint8Array, opts?: CallOptions): Promise<Uint8Array> {
    return (await this.svc.call(kvOps.get, { key }, opts)).value ?? new Uint8Array(0);
  }

  async delete(key: Uint8Array, opts?: CallOptions): Promise<void> {
    await this.svc.call(kvOps.delete, { key }, opts);
  }
}
