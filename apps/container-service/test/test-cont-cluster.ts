// Test support (not exported from the index): three container-service hosts in one process over
// a real nats-server, a pool handle table standing in for the pool service, and clients playing
// different users.
import type { ContLimits } from '../src/cont-limits.js';
import type { ContReconfigureOptions } from '../src/cont-reconfigure.js';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { CONT_SERVICE } from '@daos-nats/api';
import { NoHandleError, SeededRng } from '@daos-nats/base';
import { connectBus, natsRsvcTransport, type Bus } from '@daos-nats/bus';
import type { ContCapaIv } from '../src/cont-capa-iv.js';
import { ContainerClient, DaosClient, distStart, ServiceCaller, type Credential } from '@daos-nats/client';
import { daos } from '@daos-nats/proto';
import { RsvcHost } from '@daos-nats/rsvc';
import { createLogger } from '@daos-nats/telemetry';
import { startNatsServer, tempDir, waitFor, type NatsServer, type TempDir } from '@daos-nats/testkit';
import type { ContLeader } from '../src/cont-leader.js';
import { contService } from '../src/cont-service.js';
import type { HandleVerifier, VerifiedPoolHandle } from '../src/handle-verifier.js';

export const SYSTEM = 'ctest';
export const testReplicaConfig = { tickIntervalMs: 20, commitTimeoutMs: 10_000, raft: { electionTimeoutTicks: 15, heartbeatTicks: 3 } };

/** The pool service's handle table, as the verifier sees it: the test opens and evicts handles. */
export class FakePoolHandles implements HandleVerifier {
  readonly handles = new Map<string, VerifiedPoolHandle>();
  asks = 0;

  async verify(handle: string): Promise<VerifiedPoolHandle> {
    this.asks++;
    const h = this.handles.get(handle);
    if (!h) throw new NoHandleError(`pool handle ${handle} is not open`);
    return h;
  }

  forget(): void {}

  /** A pool connect by `who` in `mode` with POOL_CAPA bits `capabilities`. */
  connect(who: Credential, mode: 'ro' | 'rw' | 'ex', capabilities: number): string {
    const handle = randomUUID();
    this.handles.set(handle, { handle, mode, capabilities, principal: { user: who.user, group: who.group, groups: [...who.groups] } });
    return handle;
  }
}

export interface ContHost {
  readonly rank: number;
  host: RsvcHost<ContLeader> | undefined;
  bus: Bus;
}

export class ContCluster {
  readonly hosts: ContHost[] = [];
  readonly sessions: DaosClient[] = [];
  readonly pool = randomUUID();
  readonly handles = new FakePoolHandles();

  private reconfigure: ContReconfigureOptions | undefined;
  private limits: Partial<ContLimits> | undefined;

  private constructor(
    readonly nats: NatsServer,
    readonly dir: TempDir,
  ) {}

  /** Set by `start(ranks, { capaIv })`: where the leader sends committed handle opens and closes. */
  capaIv: ContCapaIv | undefined;

  /** Hosts on `ranks`; the group's replicas on `o.groupRanks` (default: all of them). */
  static async start(ranks = [0, 1, 2], o: { groupRanks?: number[]; reconfigure?: ContReconfigureOptions; capaIv?: ContCapaIv; limits?: Partial<ContLimits> } = {}): Promise<ContCluster> {
    const c = new ContCluster(await startNatsServer(), await tempDir('cont-svc-'));
    c.reconfigure = o.reconfigure;
    c.limits = o.limits;
    c.capaIv = o.capaIv;
    for (const rank of ranks) c.hosts.push(await c.startHost(rank));
    const groupRanks = o.groupRanks ?? ranks;
    const caller = new ServiceCaller({ bus: c.hosts[0]!.bus, system: SYSTEM, service: CONT_SERVICE, group: c.pool, ranks: groupRanks, rng: new SeededRng(1) });
    await distStart(caller, {
      ranks: groupRanks,
      create: true,
      bootstrapArg: daos.cont.v1.ContBootstrap.encode({ poolUuid: c.pool, poolSvcRanks: [7, 8, 9], replicasWanted: groupRanks.length }).finish(),
    });
    await c.leader();
    return c;
  }

  private async startHost(rank: number): Promise<ContHost> {
    const log = createLogger({ service: 'cont-test', level: 'warn', base: { rank } });
    const bus = await connectBus({ name: `cont-r${rank}`, servers: this.nats.url, log });
    const host = await this.openHost(rank, bus);
    return { rank, host, bus };
  }

  private openHost(rank: number, bus: Bus): Promise<RsvcHost<ContLeader>> {
    return RsvcHost.start<ContLeader>({
      transport: natsRsvcTransport(bus),
      system: SYSTEM,
      rank,
      dataDir: path.join(this.dir.path, `r${rank}`),
      service: contService({ verifierFor: () => this.handles, ...(this.reconfigure ? { reconfigure: this.reconfigure } : {}), ...(this.capaIv ? { capaIv: this.capaIv } : {}), ...(this.limits ? { limits: this.limits } : {}) }),
      rng: new SeededRng(500 + rank),
      replica: testReplicaConfig,
      log: createLogger({ service: 'cont-test', level: 'warn', base: { rank } }),
    });
  }

  /** The rank whose replica is UP (the leader). */
  async leader(): Promise<number> {
    const found = await waitFor(
      () => {
        const h = this.hosts.find((x) => x.host?.group(this.pool)?.state === 'up');
        return h ? { rank: h.rank } : false;
      },
      { timeoutMs: 20_000, what: 'a container service leader' },
    );
    return (found as { rank: number }).rank;
  }

  /** Close one host (its replica stops answering), and later reopen it on the same files. */
  async stopHost(rank: number): Promise<void> {
    const h = this.hosts.find((x) => x.rank === rank)!;
    await h.host?.close();
    h.host = undefined;
  }

  async restartHost(rank: number): Promise<void> {
    const h = this.hosts.find((x) => x.rank === rank)!;
    h.host = await this.openHost(rank, h.bus); // reopens the replicas it hosts
  }

  /** A session playing `who`, and a container client under a fresh pool handle of its own. */
  async client(who: Credential, mode: 'ro' | 'rw' | 'ex' = 'rw', poolCapas = 7): Promise<ContainerClient> {
    const session = await DaosClient.connect({ natsUrl: this.nats.url, system: SYSTEM, credential: who, rng: new SeededRng(this.sessions.length + 1), rsvcConfig: { callTimeoutMs: 20_000 } });
    this.sessions.push(session);
    const poolHandle = this.handles.connect(who, mode, poolCapas);
    return new ContainerClient(session, { pool: this.pool, ranks: this.hosts.map((h) => h.rank), poolHandle });
  }

  async close(): Promise<void> {
    for (const s of this.sessions) await s.close().catch(() => undefined);
    for (const h of this.hosts) {
      await h.host?.close().catch(() => undefined);
      await h.bus.drain().catch(() => undefined);
    }
    await this.nats[Symbol.asyncDispose]();
    await this.dir[Symbol.asyncDispose]();
  }
}

export const alice: Credential = { user: 'alice@', group: 'staff@', groups: ['staff@'] };
export const bob: Credential = { user: 'bob@', group: 'staff@', groups: ['staff@'] };
export const mallory: Credential = { user: 'mallory@', group: 'outsiders@', groups: ['outsiders@'] };
