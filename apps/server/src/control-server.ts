import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidError } from '@daos-nats/base';
import { serverRequestSubject, typedHandler, type Bus, type Responder, type ResponderOptions } from '@daos-nats/bus';
import { serverOps } from '@daos-nats/api';
import { decodePayload, DrpcModule, DrpcServer, SrvMethod } from '@daos-nats/drpc';
import { daos } from '@daos-nats/proto';
import type { HarnessLimits } from './engine-harness.js';
import { EngineInstance } from './engine-instance.js';
import { createPoolTargets, destroyPoolTargets, queryPoolTargets } from './pool-targets.js';
import type { ServerConfig } from './server-config.js';

const E = daos.engine.v1;

/**
 * The control server of one host (DAOS daos_server). Until every engine is formatted it waits in
 * AwaitFormat and starts none; `server.storage_format` formats and starts them. It serves dRPC
 * for its engines (GET_SYS_PROPS, NOTIFY_READY) and answers each NOTIFY_READY by joining that
 * engine at the MS and giving it its rank.
 */
export class ControlServer {
  readonly engines: EngineInstance[];
  private readonly drpc: DrpcServer;
  private responder: Responder | undefined;

  constructor(
    readonly config: ServerConfig,
    private readonly bus: Bus,
    private readonly log: (line: string) => void,
    harnessLimits?: HarnessLimits,
    /** Checks each request's signed credential against the operation access table (libs/auth); none = open (tests). */
    private readonly authorize?: ResponderOptions['authorize'],
  ) {
    mkdirSync(config.controlDir, { recursive: true });
    this.drpc = new DrpcServer({ log });
    this.engines = config.engines.map((s, i) => new EngineInstance(i, s, config, bus, this.socket, log, harnessLimits));
  }

  get socket(): string {
    return join(this.config.controlDir, 'daos_server.sock');
  }
  get awaitingFormat(): boolean {
    return this.engines.some((e) => e.sb === undefined);
  }

  async start(): Promise<void> {
    this.drpc.register(DrpcModule.SRV, SrvMethod.GET_SYS_PROPS, () =>
      E.GetSysPropsRep.encode({ result: { status: 0 }, system: this.config.system, natsUrl: this.config.natsUrl }).finish());
    this.drpc.register(DrpcModule.SRV, SrvMethod.NOTIFY_READY, (body) => this.notifyReady(decodePayload(E.NotifyReadyReq, body)));
    await this.drpc.listen(this.socket);
    this.responder = await this.bus.serve(serverRequestSubject(this.config.system, this.config.host), {
      [serverOps.storageScan.name]: typedHandler(serverOps.storageScan, () => ({ host: this.config.host, engines: this.engines.map((e) => e.storage()) })),
      [serverOps.storageFormat.name]: typedHandler(serverOps.storageFormat, () => this.format()),
      [serverOps.poolCreate.name]: typedHandler(serverOps.poolCreate, (req) => createPoolTargets(this.config.host, this.engines, req)),
      [serverOps.poolDestroy.name]: typedHandler(serverOps.poolDestroy, (req) => destroyPoolTargets(this.config.host, this.engines, req)),
      [serverOps.poolQuery.name]: typedHandler(serverOps.poolQuery, (req) => queryPoolTargets(this.config.host, this.engines, req)),
    }, this.authorize ? { authorize: this.authorize } : {});
    if (this.awaitingFormat) this.log(`server ${this.config.host}: AwaitFormat: storage not formatted; run "dmg storage format"`);
    else for (const e of this.engines) e.start();
  }

  private format(): daos.engine.v1.IStorageFormatRep {
    const fresh = this.awaitingFormat;
    for (const e of this.engines) e.format();
    if (fresh) for (const e of this.engines) e.start();
    this.log(`server ${this.config.host}: ${fresh ? 'formatted; starting engines' : 'already formatted'}`);
    return { result: { status: 0, message: fresh ? '' : 'already formatted' }, host: this.config.host, engines: this.engines.map((e) => e.storage()) };
  }

  private notifyReady(req: daos.engine.v1.NotifyReadyReq): Uint8Array {
    const e = this.engines[req.instanceIdx];
    if (!e || e.sb?.uuid !== req.uuid) throw new InvalidError(`NOTIFY_READY from unknown engine ${req.instanceIdx} (${req.uuid})`);
    // Join outside the dRPC call: the engine waits for this reply before serving SET_RANK.
    setImmediate(() => {
      e.onReady().catch((err: Error) => {
        e.state = 'Errored';
        this.log(`engine ${e.idx}: join failed: ${err.message}`);
      });
    });
    return E.Result.encode({ status: 0 }).finish();
  }

  async stop(): Promise<void> {
    await this.responder?.drain().catch(() => undefined);
    await Promise.all(this.engines.map((e) => e.close()));
    await this.drpc.close();
  }
}

