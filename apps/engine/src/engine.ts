import { mkdirSync } from 'node:fs';
import { AlreadyError, assert, DaosError, SeededRng, ShutdownError, UninitError } from '@daos-nats/base';
import { randomBytes } from 'node:crypto';
import { loadRoleAuth } from '@daos-nats/auth';
import { IvClient } from '@daos-nats/iv-nats';
import { Hlc } from '@daos-nats/placement';
import { connectBus, engineSubject, typedHandler, type Bus, type Responder, type ResponderOptions } from '@daos-nats/bus';
import { DrpcClient, DrpcServer, DrpcModule, SrvMethod, type DrpcLog } from '@daos-nats/drpc';
import { daos } from '@daos-nats/proto';
import type { DssModule, EngineControl } from './dss-module.js';
import type { EngineConfig } from './engine-config.js';
import { BUILTIN_MODULE_DIR, loadModules } from './module-loader.js';
import { XstreamPool, type XstreamLimits } from './xstream-pool.js';
import { serveObjIo } from './obj-front.js';
import { TARGET_OP } from './target-op.js';
import { RebuildFront } from './rebuild-front.js';
import type { RebuildLimits } from './rebuild-task.js';
import { OBJ_MODULE_ID } from './modules/obj-module.js';

const E = daos.engine.v1;
export { TARGET_OP };

export class EngineStartError extends DaosError {
  constructor(message: string, options?: { cause?: unknown }) {
    super((options?.cause as { code?: number })?.code ?? -1009, message, options);
    this.name = 'EngineStartError';
  }
}

/** Object I/O settings of an engine that loads the `obj` module. */
export interface ObjIoLimits {
  /** How far ahead of this engine's clock a request's epoch may be (DER_HLC_SYNC beyond). */
  readonly hlcMaxDriftMs: number;
  /** Deadline of one handle lookup in this rank's IV cache, retries included. */
  readonly ivCallTimeoutMs: number;
}

export const OBJ_IO_DEFAULTS: ObjIoLimits = { hlcMaxDriftMs: 1_000, ivCallTimeoutMs: 5_000 };

export interface EngineOptions {
  readonly xstreamLimits?: Partial<XstreamLimits>;
  readonly objIo?: Partial<ObjIoLimits>;
  /** Rebuild batch size, retries and deadlines (rebuild-task.ts). */
  readonly rebuild?: Partial<RebuildLimits>;
  readonly log?: DrpcLog;
  /** The engine must end now (a dead xstream, KILL_RANK): main exits the process. */
  onFatal(why: string, exitCode: number): void;
}

/**
 * One engine (DAOS daos_engine): loads its modules, starts its xstreams, serves dRPC, and once
 * its server gives it a rank serves daos.<system>.engine.<rank>.<target> on each target's main
 * xstream. States: started (not ready) -> ready (NOTIFY_READY sent) -> ranked -> up -> stopping.
 */
export class Engine implements EngineControl {
  private modules: DssModule[] = [];
  private xs: XstreamPool | undefined;
  private readonly drpc: DrpcServer;
  private server: DrpcClient | undefined;
  private bus: Bus | undefined;
  private responders: Responder[] = [];
  private natsUrl: string | undefined;
  private rebuild: RebuildFront | undefined;
  rank: number | undefined;
  up = false;
  private stopping = false;
  private readonly log: DrpcLog;

  constructor(readonly config: EngineConfig, private readonly opts: EngineOptions) {
    this.log = opts.log ?? ((l) => process.stderr.write(`${l}\n`));
    this.drpc = new DrpcServer({ log: this.log });
    this.natsUrl = config.natsUrl;
  }

  get targets(): number {
    return this.config.targets;
  }
  get xstreams(): number {
    return this.xs?.size ?? 0;
  }
  get dataDir(): string {
    return this.config.dataDir;
  }
  hasModule(name: string): boolean {
    return this.modules.some((m) => m.name === name);
  }

  /** Loads and initialises modules, starts xstreams and dRPC, then tells the server it is ready. */
  async start(): Promise<void> {
    const c = this.config;
    mkdirSync(c.dataDir, { recursive: true });
    const moduleDir = c.moduleDir ?? BUILTIN_MODULE_DIR;
    this.modules = await loadModules(c.modules, moduleDir);
    for (const m of this.modules) {
      try {
        await m.init?.(this);
      } catch (err) {
        throw new EngineStartError(`module ${m.name} init failed: ${(err as Error).message}`, { cause: err });
      }
    }
    this.xs = await XstreamPool.start({
      targets: c.targets, offloadXstreams: c.offloadXstreams, dataDir: c.dataDir, modules: c.modules, moduleDir,
      limits: this.opts.xstreamLimits, onDeath: (why) => this.opts.onFatal(`engine ${c.instanceIdx}: ${why}`, 1),
    });
    for (const m of this.modules) await m.setup?.(this);
    for (const m of this.modules) for (const [method, h] of m.drpc?.handlers ?? []) this.drpc.register(m.drpc!.module, method, (b) => h(b, this));
    await this.drpc.listen(c.drpcSocket);
    if (c.serverSocket) await this.notifyReady(c.serverSocket);
  }

  private async notifyReady(path: string): Promise<void> {
    this.server = await DrpcClient.connect(path, { connectTimeoutMs: 5_000, callTimeoutMs: 10_000 });
    const props = E.GetSysPropsRep.decode(await this.server.callOk(DrpcModule.SRV, SrvMethod.GET_SYS_PROPS, E.GetSysPropsReq.encode({}).finish()));
    if (props.result && props.result.status !== 0) throw new EngineStartError(`GET_SYS_PROPS: ${props.result.message}`);
    if (props.system !== this.config.system) throw new EngineStartError(`server runs system ${props.system}, engine config says ${this.config.system}`);
    this.natsUrl ??= props.natsUrl;
    const c = this.config;
    const req = E.NotifyReadyReq.encode({ uuid: c.uuid, instanceIdx: c.instanceIdx, drpcSocket: c.drpcSocket, targets: c.targets, pid: process.pid }).finish();
    await this.server.callOk(DrpcModule.SRV, SrvMethod.NOTIFY_READY, req);
  }

  async setRank(rank: number, _incarnation: number): Promise<void> {
    if (this.rank !== undefined && this.rank !== rank) throw new AlreadyError(`engine already has rank ${this.rank}, refusing ${rank}`);
    if (this.stopping) throw new ShutdownError('engine is stopping');
    if (!this.xs) throw new UninitError('engine not started');
    if (this.rank === rank) return;
    this.rank = rank;
    this.xs.setRank(rank);
    if (this.natsUrl) await this.serveTargets(rank, this.natsUrl);
  }

  private async serveTargets(rank: number, natsUrl: string): Promise<void> {
    // Under `npm start` (and compose) NATS refuses anonymous connections: the engine connects as
    // the `engine` role from the system's auth directory, which its server's environment names.
    const dir = process.env['DAOS_AUTH_DIR'];
    const auth = dir ? await loadRoleAuth(dir, 'engine') : undefined;
    this.bus = await connectBus({ name: `engine-${rank}`, servers: natsUrl, ...auth?.bus });
    const xs = this.xs!;
    const withObj = this.config.modules.includes('obj');
    if (withObj)
      this.rebuild = new RebuildFront({ bus: this.bus, system: this.config.system, rank, run: (t, op, b) => xs.run(xs.mainXstreamOf(t), OBJ_MODULE_ID, op, 1, b), limits: this.opts.rebuild ?? {} });
    for (let t = 0; t < this.config.targets; t++) {
      const xsId = this.xs!.mainXstreamOf(t);
      const h = typedHandler(TARGET_OP, async (req) => {
        const body = await this.xs!.run(xsId, req.module ?? 0, req.opcode ?? 0, req.version ?? 0, req.body ?? new Uint8Array());
        return { result: { status: 0, message: '' }, body };
      });
      this.responders.push(await this.bus.serve(engineSubject(this.config.system, rank, t), { [TARGET_OP.name]: h, ...this.rebuild?.handlers(t) }));
    }
    if (withObj) await this.serveObjects(rank, auth?.authorize);
  }

  /** Clients' object I/O on each target's `.io` subject, with handle checks through this rank's IV cache. */
  private async serveObjects(rank: number, authorize: ((req: Parameters<NonNullable<ResponderOptions['authorize']>>[0]) => void) | undefined): Promise<void> {
    const o = { ...OBJ_IO_DEFAULTS, ...this.opts.objIo };
    const iv = new IvClient(this.bus!, this.config.system, rank, new SeededRng(randomBytes(4).readUInt32LE(0)), { callTimeoutMs: o.ivCallTimeoutMs });
    const hlc = new Hlc({ nowMs: Date.now, maxDriftMs: o.hlcMaxDriftMs });
    const xs = this.xs!;
    const deps = { iv, hlc, rebuildMapVersion: (pool: string) => this.rebuild?.mapVersionOf(pool) ?? 0, run: (t: number, m: number, op: number, v: number, b: Uint8Array) => xs.run(xs.mainXstreamOf(t), m, op, v, b) };
    this.responders.push(...(await serveObjIo(this.bus!, this.config.system, rank, this.config.targets, deps, authorize ? { authorize } : {})));
  }

  setUp(): void {
    if (this.rank === undefined) throw new UninitError('SET_UP before SET_RANK');
    this.up = true;
  }

  async prepShutdown(): Promise<void> {
    this.up = false;
    await Promise.all(this.responders.map((r) => r.drain(2_000)));
    this.responders = [];
  }

  kill(why: string): void {
    setTimeout(() => this.opts.onFatal(`engine ${this.config.instanceIdx}: ${why}`, 0), 50).unref();
  }

  async onEveryTarget(module: number, opcode: number, version: number, body: Uint8Array): Promise<Uint8Array[]> {
    const xs = this.xs;
    if (!xs) throw new UninitError('engine not started');
    return Promise.all(Array.from({ length: this.config.targets }, (_, t) => xs.run(xs.mainXstreamOf(t), module, opcode, version, body)));
  }

  /** Stops serving, then xstreams, then modules (cleanup, fini) in reverse order. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.up = false;
    this.server?.close();
    this.rebuild?.cancelAll();
    await this.drpc.close();
    await this.bus?.drain().catch(() => undefined);
    for (const m of [...this.modules].reverse()) await m.cleanup?.();
    await this.xs?.stop();
    for (const m of [...this.modules].reverse()) await m.fini?.();
    assert(this.drpc.connections === 0, 'no dRPC connection outlives the engine');
  }
}
