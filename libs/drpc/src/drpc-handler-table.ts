import { assert } from '@daos-nats/base';

export interface DrpcCallContext {
  readonly module: number;
  readonly method: number;
  /** Aborted when the handler's deadline passes or the server closes. */
  readonly signal: AbortSignal;
}

/** A dRPC method: gets the Call body, returns the Response body (its own protobuf). */
export type DrpcHandler = (body: Uint8Array, ctx: DrpcCallContext) => Uint8Array | Promise<Uint8Array>;

/** module id -> method id -> handler (DAOS drpc_hdlr registry: one handler table per module). */
export class DrpcHandlerTable {
  private readonly modules = new Map<number, Map<number, DrpcHandler>>();

  register(module: number, method: number, handler: DrpcHandler): void {
    assert(Number.isInteger(module) && Number.isInteger(method), 'dRPC module and method ids are integers');
    let m = this.modules.get(module);
    if (!m) this.modules.set(module, (m = new Map()));
    assert(!m.has(method), `dRPC handler ${module}.${method} registered twice`);
    m.set(method, handler);
  }

  /** 'module' when no handler of that module exists, 'method' when the module lacks that method. */
  lookup(module: number, method: number): DrpcHandler | 'module' | 'method' {
    const m = this.modules.get(module);
    if (!m) return 'module';
    return m.get(method) ?? 'method';
  }
}
