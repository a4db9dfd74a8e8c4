// Container handles for the engines (DAOS: the container service's IV_CONT_CAPA updates): once an
// open committed, the leader pushes the handle's capabilities to every IV cache of the pool; once
// a close or eviction committed, it invalidates them. Engines check object I/O against these
// values (apps/engine io-handle-check.ts) without calling this service.
import { IV_CLASS, uuidKey, type IvClient } from '@daos-nats/iv-nats';
import { daos } from '@daos-nats/proto';

export interface ContCapaValue {
  readonly contUuid: string;
  readonly poolHandle: string;
  readonly capabilities: number;
}

/** Where the leader sends container handle capabilities; optional in contService. */
export interface ContCapaIv {
  push(pool: string, handle: string, value: ContCapaValue): Promise<void>;
  invalidate(pool: string, handle: string): Promise<void>;
}

/**
 * Handle changes buffered by handlers and sent after their transaction committed, before the
 * reply (`ctx.afterCommit(() => capas.flush())`): when a close or an eviction returns, no IV
 * cache serves the handle any more, and when an open returns, every reachable cache has it. The
 * latest change of a handle wins, so a close after an open in one batch is an invalidation.
 */
export class PendingCapas {
  private readonly changes = new Map<string, ContCapaValue | undefined>();
  constructor(
    private readonly iv: ContCapaIv,
    private readonly pool: string,
  ) {}
  opened(handle: string, value: ContCapaValue): void {
    this.changes.set(handle, value);
  }
  closed(handle: string): void {
    this.changes.set(handle, undefined);
  }
  take(): [string, ContCapaValue | undefined][] {
    const out = [...this.changes];
    this.changes.clear();
    return out;
  }
  /** Send what is buffered (EAGER); a failure is thrown after the rest was sent. */
  async flush(): Promise<void> {
    let failed: unknown;
    for (const [handle, value] of this.take()) {
      await (value ? this.iv.push(this.pool, handle, value) : this.iv.invalidate(this.pool, handle)).catch((e: unknown) => (failed ??= e));
    }
    if (failed !== undefined) throw failed;
  }
}

/** ContCapaIv through the IV cache of the leader's rank, EAGER (returns once every cache has it). */
export function ivContCapa(client: IvClient | (() => IvClient)): ContCapaIv {
  // A member learns its rank (hence its IV cache) only after joining: resolve at first use.
  const ivOf = typeof client === 'function' ? client : () => client;
  return {
    push: async (pool, handle, v) => {
      await ivOf().update(pool, IV_CLASS.CONT_CAPA, uuidKey(handle), 1, daos.obj.v1.ContHandleCapa.encode(v).finish(), 'eager');
    },
    invalidate: async (pool, handle) => {
      await ivOf().invalidate(pool, IV_CLASS.CONT_CAPA, uuidKey(handle), 'eager');
    },
  };
}
