import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface OpsEndpointOptions {
  /** TCP port (METRICS_PORT); 0 picks a free one. */
  readonly port: number;
  /** Address to listen on (default all interfaces: a container's probe comes from outside it). */
  readonly host?: string;
  /** True once the service answers requests, false again while it drains. */
  readonly ready: () => boolean;
  /** GET /metrics. */
  readonly metrics: (req: IncomingMessage, res: ServerResponse) => void;
}

/** A request that takes longer than this is cut off (a probe must not pile up connections). */
export const OPS_REQUEST_TIMEOUT_MS = 5_000;

/**
 * The operations endpoint of a service process: `/healthz` (alive: 200 while the event loop
 * turns), `/readyz` (200 once serving, 503 before and while draining on SIGTERM) and `/metrics`
 * (Prometheus text). Anything else is 404; only GET and HEAD are answered.
 */
export class OpsEndpoint {
  private constructor(private readonly server: Server) {}

  static async start(o: OpsEndpointOptions): Promise<OpsEndpoint> {
    const server = createServer((req, res) => {
      const url = (req.url ?? '/').split('?')[0];
      if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
      if (url === '/healthz') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
      if (url === '/readyz') {
        const ready = o.ready();
        return void res.writeHead(ready ? 200 : 503, { 'content-type': 'text/plain' }).end(ready ? 'ready\n' : 'not ready\n');
      }
      if (url === '/metrics') return o.metrics(req, res);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: /healthz, /readyz, /metrics\n');
    });
    server.requestTimeout = OPS_REQUEST_TIMEOUT_MS;
    server.headersTimeout = OPS_REQUEST_TIMEOUT_MS;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(o.port, o.host ?? '0.0.0.0', () => {
        server.off('error', reject);
        resolve();
      });
    });
    server.unref(); // never what keeps a stopping process alive
    return new OpsEndpoint(server);
  }

  get port(): number {
    const a = this.server.address();
    return typeof a === 'object' && a ? a.port : 0;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}
