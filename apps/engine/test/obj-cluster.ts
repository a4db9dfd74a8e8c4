// Test support: N in-process engines (ranks 0..N-1, each its own fault domain) with the obj
// module, one IV cache per rank rooted at rank 0, on one nats-server; handles pushed into IV as
// the pool and container services push them.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONT_CAPA } from '@daos-nats/acl';
import { SeededRng } from '@daos-nats/base';
import { connectBus, type Bus } from '@daos-nats/bus';
import { DrpcClient, DrpcModule, MgmtMethod } from '@daos-nats/drpc';
import { IvClassRegistry, IvNode, ivConfig } from '@daos-nats/iv';
import { ivCacheClasses, IV_CLASS, IvClient, monotonicTimer, NatsIvTransport, serveIvNode, uuidKey } from '@daos-nats/iv-nats';
import { TargetState, type PlacementMap } from '@daos-nats/placement';
import { daos } from '@daos-nats/proto';
import { startNatsServer, spawnChild, tempDir, waitFor, type ChildHandle, type NatsServer, type TempDir } from '@daos-nats/testkit';
import { Engine, type EngineOptions } from '../src/engine.js';
import type { EngineConfig } from '../src/engine-config.js';

const E = daos.engine.v1;

export interface ObjCluster extends AsyncDisposable {
  readonly system: string;
  readonly nats: NatsServer;
  readonly bus: Bus;
  readonly engines: (Engine | undefined)[];
  readonly pool: string;
  readonly cont: string;
  readonly poolHandle: string;
  readonly contHandle: string;
  readonly roContHandle: string;
  map(version: number, excluded?: readonly number[]): PlacementMap;
  pushHandles(mapVersion: number): Promise<void>;
  /** Starts rank `rank`'s engine (again), gives it its rank and creates the pool on it (keeping its data). */
  startEngine(rank: number): Promise<void>;
  stopEngine(rank: number): Promise<void>;
  /** Process mode only: SIGKILL of rank `rank`'s engine process, resolved once it is gone. */
  kill9(rank: number): Promise<void>;
}

export interface ObjClusterOptions {
  /** Bytes of the pool on each target. */
  readonly poolBytesPerTarget?: number;
  /** Engines as child processes (apps/engine/src/main.ts) instead of in this process. */
  readonly processes?: boolean;
  /** In-process engines only: rebuild limits (short deadlines for tests of failure). */
  readonly rebuild?: EngineOptions['rebuild'];
}

const ENGINE_MAIN = new URL('../src/main.ts', import.meta.url).pathname;
/** Generous for a loaded 2-core machine: a child engine loads tsx and starts its xstreams. */
const ENGINE_START_TIMEOUT_MS = 120_000;

/** An engine as a child process; resolves once its dRPC socket answers. */
async function spawnEngine(config: EngineConfig, configPath: string): Promise<ChildHandle> {
  writeFileSync(configPath, JSON.stringify(config));
  const child = spawnChild(process.execPath, ['--conditions=@daos-nats/source', '--import', import.meta.resolve('tsx'), ENGINE_MAIN, '--config', configPath], {
    env: { ...process.env, DAOS_NATS_EXIT_WITH_PARENT: '1' },
  });
  await waitFor(async () => {
    if (!child.running) throw new Error(`engine exited during start: ${child.stderr}`);
    (await DrpcClient.connect(config.drpcSocket)).close();
    return true;
  }, { timeoutMs: ENGINE_START_TIMEOUT_MS, intervalMs: 100, what: `engine ${config.uuid} to listen on dRPC` });
  return child;
}

export async function startObjCluster(ranks: number, targets: number, opts: ObjClusterOptions = {}): Promise<ObjCluster> {
  const poolBytesPerTarget = opts.poolBytesPerTarget ?? 4 << 20;
  const system = 'objc';
  const nats = await startNatsServer();
  const dir: TempDir = await tempDir('obj-cluster-');
  const bus = await connectBus({ name: 'obj-cluster', servers: nats.url });
  const all = Array.from({ length: ranks }, (_, r) => r);
  const cfg = ivConfig({ entryLeaseMs: 5000, requestTimeoutMs: 2000, updateTimeoutMs: 10_000, clockSlackMs: 20 });
  for (const r of all) await serveIvNode(bus, system, new IvNode(r, new IvClassRegistry(ivCacheClasses()), new NatsIvTransport(bus, system), monotonicTimer, cfg));
  const iv = new IvClient(bus, system, 0, new SeededRng(1), { callTimeoutMs: 10_000, retryPauseMs: 20 });
  const [pool, cont, poolHandle, contHandle, roContHandle] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  await iv.claimRoot({ pool, root: 0, term: 1, ranks: all });
  const engines: (Engine | undefined)[] = all.map(() => undefined);
  const children: (ChildHandle | undefined)[] = all.map(() => undefined);

  const startEngine = async (rank: number): Promise<void> => {
    const config: EngineConfig = { system, instanceIdx: 0, uuid: `e${rank}`, targets, offloadXstreams: 0, dataDir: join(dir.path, `r${rank}`), drpcSocket: join(dir.path, `r${rank}.sock`), natsUrl: nats.url, modules: ['mgmt', 'obj'] };
    if (opts.processes) {
      children[rank] = await spawnEngine(config, join(dir.path, `r${rank}.json`));
    } else {
      const e = new Engine(config, { onFatal: (w) => assert.fail(w), log: () => undefined, ...(opts.rebuild ? { rebuild: opts.rebuild } : {}) });
      await e.start();
      engines[rank] = e;
    }
    const drpc = await DrpcClient.connect(config.drpcSocket);
    assert.equal(E.Result.decode(await drpc.callOk(DrpcModule.MGMT, MgmtMethod.SET_RANK, E.SetRankReq.encode({ rank }).finish())).status, 0);
    const rep = E.TgtPoolCreateRep.decode(await drpc.callOk(DrpcModule.MGMT, MgmtMethod.POOL_CREATE, E.TgtPoolCreateReq.encode({ poolUuid: pool, sizeBytes: poolBytesPerTarget }).finish()));
    assert.equal(rep.result?.status ?? 0, 0);
    drpc.close();
  };
  for (const r of all) await startEngine(r);

  const c: ObjCluster = {
    system, nats, bus, engines, pool, cont, poolHandle, contHandle, roContHandle,
    map: (version, excluded = []) => ({
      version,
      ranks: all.map((rank) => ({ rank, faultDomain: `/node${rank}`, targets: Array.from({ length: targets }, (_, index) => ({ index, state: excluded.includes(rank) ? TargetState.DOWN : TargetState.UPIN })) })),
    }),
    pushHandles: async (mapVersion) => {
      const pv = daos.pool.v1.VerifyHandleRep.encode({ valid: true, capabilities: 1, flags: daos.pool.v1.ConnectFlag.CONNECT_FLAG_RW, mapVersion }).finish();
      await iv.update(pool, IV_CLASS.POOL_CONN, uuidKey(poolHandle), mapVersion, pv, 'eager');
      for (const [h, capabilities] of [[contHandle, CONT_CAPA.READ_DATA | CONT_CAPA.WRITE_DATA], [roContHandle, CONT_CAPA.READ_DATA]] as const)
        await iv.update(pool, IV_CLASS.CONT_CAPA, uuidKey(h), mapVersion, daos.obj.v1.ContHandleCapa.encode({ contUuid: cont, poolHandle, capabilities }).finish(), 'eager');
    },
    startEngine,
    stopEngine: async (rank) => {
      await engines[rank]?.stop();
      await children[rank]?.stop();
      engines[rank] = undefined;
      children[rank] = undefined;
    },
    kill9: async (rank) => {
      const child = children[rank];
      assert.ok(child, `rank ${rank} has no engine process`);
      const exit = await child.kill('SIGKILL', 10_000);
      assert.equal(exit.signal, 'SIGKILL');
      children[rank] = undefined;
    },
    [Symbol.asyncDispose]: async () => {
      for (const e of engines) await e?.stop().catch(() => undefined);
      for (const ch of children) await ch?.stop().catch(() => undefined);
      await bus.drain().catch(() => undefined);
      await dir[Symbol.asyncDispose]();
      await nats.stop();
    },
  };
  await c.pushHandles(1);
  return c;
}
