// A 3-member etcd cluster on free loopback ports, spoken to through its native gRPC client (the
// `etcd3` package): the peer the rsvc and locks benchmarks compare with. etcd-server comes from
// Debian (`apt-get install -y etcd-server`); the benches skip etcd, saying so, when it is absent.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Etcd3 } from 'etcd3';
import { spawnChild, tempDir, waitFor, type ChildHandle, type TempDir } from '@daos-nats/testkit';
import { freePorts } from './free-ports.js';

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

/** etcd's raft timing; its defaults are heartbeat 100 ms, election 1,000 ms. */
export interface EtcdTiming {
  readonly heartbeatMs: number;
  readonly electionMs: number;
}
export const ETCD_DEFAULT_TIMING: EtcdTiming = { heartbeatMs: 100, electionMs: 1000 };

/** How long one status probe of a member may take. */
const STATUS_TIMEOUT_MS = 1000;
const MEMBERS = [0, 1, 2] as const;

/** Three etcd members, data in a temp dir; `client` spreads calls over all three, `member(i)` talks to one. */
export class EtcdCluster implements AsyncDisposable {
  readonly procs: (ChildHandle | undefined)[] = [];
  /** A client over all three members (etcd3 balances over its hosts; followers forward writes). */
  readonly client: Etcd3;
  private readonly single: Etcd3[];

  private constructor(
    private readonly bin: string,
    private readonly dir: TempDir,
    private readonly clientPorts: readonly number[],
    private readonly peerPorts: readonly number[],
    private readonly timing: EtcdTiming,
  ) {
    const hosts = clientPorts.map((p) => `http://127.0.0.1:${p}`);
    this.client = new Etcd3({ hosts });
    this.single = hosts.map((h) => new Etcd3({ hosts: [h] }));
  }

  static async start(bin: string, timing: EtcdTiming = ETCD_DEFAULT_TIMING): Promise<EtcdCluster> {
    const dir = await tempDir('etcd-bench-');
    const ports = await freePorts(6);
    const c = new EtcdCluster(bin, dir, ports.slice(0, 3), ports.slice(3), timing);
    for (const i of MEMBERS) c.spawn(i);
    await c.healthy(60_000);
    return c;
  }

  /** A client of member `i` alone (for failover writers that must avoid the killed member). */
  member(i: number): Etcd3 {
    return this.single[i]!;
  }

  /** Start member `i` (fresh, or again on its data dir after a kill). */
  spawn(i: number): void {
    const peer = (j: number) => `http://127.0.0.1:${this.peerPorts[j]}`;
    const client = `http://127.0.0.1:${this.clientPorts[i]}`;
    this.procs[i] = spawnChild(
      this.bin,
      [
        '--name', `m${i}`,
        '--data-dir', path.join(this.dir.path, `m${i}`),
        '--listen-client-urls', client, '--advertise-client-urls', client,
        '--listen-peer-urls', peer(i), '--initial-advertise-peer-urls', peer(i),
        '--initial-cluster', MEMBERS.map((j) => `m${j}=${peer(j)}`).join(','),
        '--initial-cluster-state', 'new', '--initial-cluster-token', 'daos-nats-bench',
        '--heartbeat-interval', String(this.timing.heartbeatMs), '--election-timeout', String(this.timing.electionMs),
        '--log-level', 'error',
      ],
      { killGraceMs: 5000 },
    );
  }

  /** Every running member answers status and all agree on a leader; returns the leader's index. */
  async healthy(timeoutMs: number): Promise<number> {
    const found = await waitFor(
      async () => {
        const st = await Promise.all(
          MEMBERS.map((i) =>
            this.procs[i]?.running
              ? this.single[i]!.maintenance.status({ deadline: new Date(Date.now() + STATUS_TIMEOUT_MS) }).then(
                  (s) => ({ member: String(s.header.member_id), leader: String(s.leader) }),
                  () => undefined,
                )
              : Promise.resolve(null),
          ),
        );
        if (st.some((s) => s === undefined)) return false;
        const live = st.filter((s) => s !== null) as { member: string; leader: string }[];
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
    this.client.close();
    for (const c of this.single) c.close();
    await Promise.all(this.procs.map((p) => p?.kill('SIGKILL').catch(() => undefined)));
    await this.dir[Symbol.asyncDispose]();
  }
}
