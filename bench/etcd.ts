// A 3-member etcd cluster on loopback and a minimal client over its JSON gateway (node:http with
// keep-alive): the peer the rsvc benchmark compares with, when `etcd` is on PATH.
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { spawnChild, tempDir, waitFor, type ChildHandle, type TempDir } from '@daos-nats/testkit';

export function findEtcd(): string | undefined {
  for (const p of [...(process.env['PATH'] ?? '').split(':'), '/usr/bin', '/usr/sbin', '/usr/local/bin']) {
    const f = path.join(p, 'etcd');
    try {
      execFileSync(f, ['--version'], { stdio: 'ignore', timeout: 10_000 });
      return f;
    } catch {
      // not here
    }
  }
  return undefined;
}

const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64');

/** One etcd member's client endpoint, spoken to over HTTP/JSON (the v3 gRPC gateway). */
export class EtcdEndpoint {
  constructor(
    readonly url: URL,
    private readonly agent: http.Agent,
  ) {}

  post(pathname: string, body: unknown, timeoutMs: number): Promise<Record<string, unknown>> {
    const data = JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: this.url.hostname, port: this.url.port, path: pathname, method: 'POST', agent: this.agent, timeout: timeoutMs, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (res.statusCode !== 200) return reject(new Error(`etcd ${pathname}: HTTP ${res.statusCode} ${text.slice(0, 200)}`));
            try {
              resolve(JSON.parse(text) as Record<string, unknown>);
            } catch (e) {
              reject(e);
            }
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`etcd ${pathname}: no answer in ${timeoutMs} ms`)));
      req.on('error', reject);
      req.end(data);
    });
  }

  async put(key: string, value: Uint8Array, timeoutMs = 5000): Promise<void> {
    await this.post('/v3/kv/put', { key: b64(key), value: b64(value) }, timeoutMs);
  }

  /** Linearizable (the default: serializable=false). */
  async get(key: string, timeoutMs = 5000): Promise<void> {
    const r = await this.post('/v3/kv/range', { key: b64(key) }, timeoutMs);
    if (!Array.isArray(r['kvs']) || r['kvs'].length !== 1) throw new Error(`etcd get ${key}: not found`);
  }

  /** This member's id and the leader's id (as strings). */
  async status(timeoutMs = 1000): Promise<{ member: string; leader: string }> {
    const r = await this.post('/v3/maintenance/status', {}, timeoutMs);
    return { member: String((r['header'] as Record<string, unknown>)['member_id']), leader: String(r['leader']) };
  }
}

/** Three etcd members with default timing (heartbeat 100 ms, election 1000 ms), data in a temp dir. */
export class EtcdCluster implements AsyncDisposable {
  readonly procs: (ChildHandle | undefined)[] = [];
  readonly endpoints: EtcdEndpoint[];
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

  private constructor(
    private readonly bin: string,
    private readonly dir: TempDir,
    private readonly basePort: number,
  ) {
    this.endpoints = [0, 1, 2].map((i) => new EtcdEndpoint(new URL(`http://127.0.0.1:${basePort + i}`), this.agent));
  }

  static async start(bin: string): Promise<EtcdCluster> {
    const dir = await tempDir('etcd-bench-');
    const basePort = 23_000 + Math.floor(Math.random() * 2000) * 2 + 10;
    const c = new EtcdCluster(bin, dir, basePort);
    for (const i of [0, 1, 2]) c.spawn(i);
    await c.healthy(60_000);
    return c;
  }

  private peerUrl(i: number): string {
    return `http://127.0.0.1:${this.basePort + 100 + i}`;
  }

  /** Start member `i` (fresh, or again on its data dir after a kill). */
  spawn(i: number): void {
    const cluster = [0, 1, 2].map((j) => `m${j}=${this.peerUrl(j)}`).join(',');
    const client = this.endpoints[i]!.url.origin;
    this.procs[i] = spawnChild(
      this.bin,
      [
        '--name', `m${i}`,
        '--data-dir', path.join(this.dir.path, `m${i}`),
        '--listen-client-urls', client, '--advertise-client-urls', client,
        '--listen-peer-urls', this.peerUrl(i), '--initial-advertise-peer-urls', this.peerUrl(i),
        '--initial-cluster', cluster, '--initial-cluster-state', 'new', '--initial-cluster-token', 'rsvc-bench',
        '--log-level', 'error',
      ],
      { killGraceMs: 5000 },
    );
  }

  /** Every running member answers status and agrees on a leader. */
  async healthy(timeoutMs: number): Promise<number> {
    const found = await waitFor(
      async () => {
        const st = await Promise.all(this.endpoints.map((e, i) => (this.procs[i]?.running ? e.status() : Promise.resolve(undefined))));
        const live = st.filter((s) => s !== undefined);
        const leader = live[0]?.leader;
        if (!leader || leader === '0' || !live.every((s) => s.leader === leader)) return false;
        const idx = st.findIndex((s) => s?.member === leader);
        return idx < 0 ? false : { idx };
      },
      { timeoutMs, intervalMs: 100, what: 'etcd to be healthy' },
    );
    return (found as { idx: number }).idx;
  }

  async kill(i: number): Promise<void> {
    await this.procs[i]?.kill('SIGKILL');
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await Promise.all(this.procs.map((p) => p?.kill('SIGKILL').catch(() => undefined)));
    this.agent.destroy();
    await this.dir[Symbol.asyncDispose]();
  }
}
