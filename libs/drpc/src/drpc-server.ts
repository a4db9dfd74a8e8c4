import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { DrpcHandlerTable, type DrpcHandler } from './drpc-handler-table.js';
import { drpcLimits, type DrpcLimits } from './drpc-limits.js';
import { DrpcServerConnection, type DrpcLog } from './drpc-server-connection.js';

export interface DrpcServerOptions {
  readonly limits?: Partial<DrpcLimits>;
  /** Where refusals go (one line each); stderr by default. */
  readonly log?: DrpcLog;
}

/**
 * A dRPC server on a unix socket (DAOS drpc_listener). Handlers are registered per module and
 * method before or after listen(); each connection is served independently, so one hostile or
 * stuck client never blocks another, and nothing a client sends can crash the server.
 */
export class DrpcServer {
  readonly limits: DrpcLimits;
  private readonly handlers = new DrpcHandlerTable();
  private readonly log: DrpcLog;
  private readonly conns = new Set<DrpcServerConnection>();
  private server: Server | undefined;
  private path: string | undefined;

  constructor(opts: DrpcServerOptions = {}) {
    this.limits = drpcLimits(opts.limits);
    this.log = opts.log ?? ((line) => process.stderr.write(`${line}\n`));
  }

  register(module: number, method: number, handler: DrpcHandler): void {
    this.handlers.register(module, method, handler);
  }

  get connections(): number {
    return this.conns.size;
  }

  /** Listens on `path`, replacing a stale socket file left by a crashed predecessor. */
  async listen(path: string): Promise<void> {
    rmSync(path, { force: true });
    const server = createServer((socket) => {
      if (this.conns.size >= this.limits.connectionsMax) {
        this.log(`drpc: refusing connection: ${this.conns.size} open, connectionsMax ${this.limits.connectionsMax}`);
        socket.destroy();
        return;
      }
      const c: DrpcServerConnection = new DrpcServerConnection(socket, this.handlers, this.limits, this.log, () =>
        this.conns.delete(c),
      );
      this.conns.add(c);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => {
        server.off('error', reject);
        resolve();
      });
    });
    server.on('error', (err) => this.log(`drpc: server error: ${err.message}`));
    this.server = server;
    this.path = path;
  }

  async close(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    for (const c of [...this.conns]) c.close();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    if (this.path) rmSync(this.path, { force: true });
  }
}
