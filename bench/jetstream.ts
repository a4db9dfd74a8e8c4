// A 3-node nats-server cluster with JetStream (-js) on free loopback ports, and a KV bucket with 3
// replicas on it: the second peer of the rsvc benchmark. JetStream acknowledges a write once a
// quorum has it in memory (it does not fsync each write by default); its KV get is sent to the
// stream leader (allow_direct off), the analogue of a linearizable read.
import path from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { Kvm, type KV } from '@nats-io/kv';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { findNatsServer, spawnChild, tempDir, waitFor, type ChildHandle, type TempDir } from '@daos-nats/testkit';
import { freePorts } from './free-ports.js';

const NODES = [0, 1, 2] as const;
/** How long the cluster may take to elect its JetStream meta leader. */
const READY_TIMEOUT_MS = 60_000;

export class JetStreamCluster implements AsyncDisposable {
  private constructor(
    private readonly procs: ChildHandle[],
    private readonly dir: TempDir,
    readonly nc: NatsConnection,
  ) {}

  static async start(): Promise<JetStreamCluster> {
    const bin = findNatsServer();
    const dir = await tempDir('js-bench-');
    const ports = await freePorts(6);
    const client = ports.slice(0, 3);
    const route = ports.slice(3);
    const routes = NODES.map((j) => `nats://127.0.0.1:${route[j]}`).join(',');
    const procs = NODES.map((i) =>
      spawnChild(
        bin,
        ['-a', '127.0.0.1', '-p', String(client[i]), '-n', `js${i}`, '-js', '-sd', path.join(dir.path, `n${i}`), '--cluster_name', 'bench', '--cluster', `nats://127.0.0.1:${route[i]}`, '--routes', routes],
        { killGraceMs: 5000 },
      ),
    );
    try {
      const found = await waitFor(
        async () => {
          for (const p of procs) if (!p.running) throw new Error(`nats-server exited: ${p.stderr.slice(-2000)}`);
          return connect({ servers: client.map((p) => `nats://127.0.0.1:${p}`) }).then((c) => ({ nc: c }), () => false as const);
        },
        { timeoutMs: READY_TIMEOUT_MS, intervalMs: 100, what: 'a JetStream node to accept connections' },
      );
      const nc = (found as { nc: NatsConnection }).nc;
      // No API check here: it fails until the meta leader is elected, which the loop below waits for.
      const jsm = await jetstreamManager(nc, { checkAPI: false });
      await waitFor(() => jsm.getAccountInfo().then(() => true, () => false), { timeoutMs: READY_TIMEOUT_MS, intervalMs: 200, what: 'a JetStream meta leader' });
      return new JetStreamCluster(procs, dir, nc);
    } catch (e) {
      await Promise.all(procs.map((p) => p.kill('SIGKILL').catch(() => undefined)));
      await dir[Symbol.asyncDispose]();
      throw e;
    }
  }

  /** A KV bucket replicated on all 3 nodes, history 1, reads through the stream leader. */
  kv(name: string): Promise<KV> {
    return new Kvm(this.nc).create(name, { replicas: 3, history: 1, allow_direct: false });
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.nc.close().catch(() => undefined);
    await Promise.all(this.procs.map((p) => p.kill('SIGTERM').catch(() => undefined)));
    await this.dir[Symbol.asyncDispose]();
  }
}
