import { join } from 'node:path';
import type { Bus } from '@daos-nats/bus';
import { DrpcClient, DrpcModule, MgmtMethod } from '@daos-nats/drpc';
import { saveMemberIdentity, startMember, type MemberAgent } from '@daos-nats/member';
import { daos } from '@daos-nats/proto';
import { DEFAULT_HARNESS_LIMITS, EngineHarness, type HarnessLimits } from './engine-harness.js';
import type { EngineSection, ServerConfig } from './server-config.js';
import { newSuperblock, readSuperblock, writeSuperblock, type Superblock } from './superblock.js';

const E = daos.engine.v1;
export type EngineState = 'AwaitFormat' | 'Starting' | 'Ready' | 'Joined' | 'Stopping' | 'Stopped' | 'Restarting' | 'Errored';

/**
 * One engine of this server: its superblock, its harness, its membership (a MemberAgent joined
 * as kind "engine" with the superblock's UUID, so the MS gives it the same rank every time), and
 * the dRPC calls that tell it its rank.
 */
export class EngineInstance {
  state: EngineState;
  sb: Superblock | undefined;
  private member: MemberAgent | undefined;
  private harness: EngineHarness | undefined;
  private stoppedByAdmin = false;
  /** Who waits for the next onReady to finish (an administrator's start). */
  private joinWaiters: Array<() => void> = [];

  constructor(
    readonly idx: number,
    readonly section: EngineSection,
    private readonly cfg: ServerConfig,
    private readonly bus: Bus,
    private readonly serverSocket: string,
    private readonly log: (line: string) => void,
    private readonly limits: HarnessLimits = DEFAULT_HARNESS_LIMITS,
  ) {
    this.sb = readSuperblock(section.dataDir);
    this.state = this.sb ? 'Stopped' : 'AwaitFormat';
  }

  get drpcSocket(): string {
    return join(this.cfg.controlDir, `daos_engine${this.idx}.sock`);
  }
  get pid(): number | undefined {
    return this.harness?.pid;
  }
  get restarts(): number {
    return this.harness?.restarts ?? 0;
  }
  get rank(): number | undefined {
    return this.member?.rank ?? this.sb?.rank;
  }

  /** Writes the superblock once; the member identity gets the same UUID. A second format is a no-op. */
  format(): void {
    if (this.sb) return;
    const sb = newSuperblock(this.cfg.system, this.cfg.accessPoints.includes(this.cfg.host), this.cfg.msReplicas);
    saveMemberIdentity(this.section.dataDir, { uuid: sb.uuid });
    writeSuperblock(this.section.dataDir, sb);
    this.sb = sb;
    this.state = 'Stopped';
  }

  start(): void {
    if (!this.sb) throw new Error(`engine ${this.idx} is not formatted`);
    this.stoppedByAdmin = false;
    this.state = 'Starting';
    this.harness ??= new EngineHarness(join(this.cfg.controlDir, `engine${this.idx}.json`), this.engineConfig(), this.limits, (l) => this.log(`engine ${this.idx}: ${l}`), () => {
      if (!this.stoppedByAdmin) this.state = 'Restarting';
    });
    this.harness.start();
  }

  /**
   * An administrator's start: starts the engine and answers once it serves its targets again
   * (SET_UP done), so "Joined" in the MS means requests to this rank find a responder. Bounded by
   * startWaitMs; past it the engine is still starting and is reported as started anyway (it
   * serves as soon as it is up; a crash loop shows in the server's log and `dmg system query`).
   */
  async startAndWait(): Promise<void> {
    const joined = new Promise<void>((resolve) => this.joinWaiters.push(resolve));
    this.start();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), this.limits.startWaitMs)));
    const wasLate = await Promise.race([joined.then(() => false), late]);
    clearTimeout(timer);
    if (wasLate) this.log(`engine ${this.idx}: not serving ${this.limits.startWaitMs} ms after start; answering the start anyway`);
  }

  async stop(force: boolean): Promise<void> {
    this.stoppedByAdmin = true;
    this.state = 'Stopping';
    if (!force) await this.call(MgmtMethod.PREP_SHUTDOWN, new Uint8Array()).catch((err: Error) => this.log(`engine ${this.idx}: PREP_SHUTDOWN: ${err.message}`));
    await this.harness?.stop();
    this.state = 'Stopped';
  }

  /** NOTIFY_READY: join (first time), then SET_RANK and SET_UP over dRPC. */
  async onReady(): Promise<void> {
    this.state = 'Ready';
    this.member ??= await startMember({
      bus: this.bus, system: this.cfg.system, dataDir: this.section.dataDir, kind: 'engine', faultDomain: this.cfg.faultDomain,
      addr: `${this.cfg.host}:${this.idx}`, targets: this.section.targets, ...(this.cfg.msReplicas ? { msReplicas: this.cfg.msReplicas } : {}),
      onStop: (force) => this.stop(force),
      onStart: () => this.startAndWait(),
    });
    const rank = this.member.rank;
    if (this.sb && this.sb.rank !== rank) {
      this.sb = { ...this.sb, rank };
      writeSuperblock(this.section.dataDir, this.sb);
    }
    await this.callOk(MgmtMethod.SET_RANK, E.SetRankReq.encode({ rank, incarnation: this.member.incarnation }).finish());
    await this.callOk(MgmtMethod.SET_UP, new Uint8Array());
    this.state = 'Joined';
    this.log(`engine ${this.idx}: joined as rank ${rank} (pid ${this.pid})`);
    for (const w of this.joinWaiters.splice(0)) w();
  }

  async close(): Promise<void> {
    await this.harness?.stop();
    await this.member?.close();
  }

  private async callOk(method: number, body: Uint8Array): Promise<void> {
    const r = E.Result.decode(await this.call(method, body));
    if (r.status !== 0) throw new Error(`dRPC mgmt ${method}: ${r.message} (${r.status})`);
  }

  private call(method: number, body: Uint8Array): Promise<Uint8Array> {
    return this.drpc(DrpcModule.MGMT, method, body);
  }

  /** One dRPC call to this engine on a connection of its own; DER_UNREACH-like errors while it is down. */
  async drpc(module: number, method: number, body: Uint8Array): Promise<Uint8Array> {
    const c = await DrpcClient.connect(this.drpcSocket, { connectTimeoutMs: 2_000, callTimeoutMs: 10_000 });
    try {
      return await c.callOk(module, method, body);
    } finally {
      c.close();
    }
  }

  private engineConfig(): object {
    const s = this.section;
    return {
      system: this.cfg.system, instanceIdx: this.idx, uuid: this.sb!.uuid, targets: s.targets, offloadXstreams: s.offloadXstreams,
      dataDir: s.dataDir, drpcSocket: this.drpcSocket, serverSocket: this.serverSocket, modules: s.modules,
    };
  }

  storage(): daos.engine.v1.IEngineStorage {
    return {
      instanceIdx: this.idx, dataDir: this.section.dataDir, formatted: this.sb !== undefined, uuid: this.sb?.uuid ?? '',
      hasRank: this.rank !== undefined, rank: this.rank ?? 0, msReplica: this.sb?.msReplica ?? false, state: this.state,
      pid: this.pid ?? 0, restarts: this.restarts,
    };
  }
}
