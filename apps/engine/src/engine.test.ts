import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DaosError, InvalidError, NoSysError } from '@daos-nats/base';
import { connectBus, engineSubject, type Bus } from '@daos-nats/bus';
import { DrpcClient, DrpcModule, MgmtMethod, DrpcStatus } from '@daos-nats/drpc';
import { daos } from '@daos-nats/proto';
import { startNatsServer, tempDir, waitFor, type NatsServer, type TempDir } from '@daos-nats/testkit';
import { Engine, EngineStartError, TARGET_OP } from './engine.js';
import type { EngineConfig } from './engine-config.js';
import { loadModules, ModuleLoadError } from './module-loader.js';
import { MGMT_MODULE_ID, MgmtTgtOp } from './modules/mgmt-module.js';
import { CRASH_MODULE_ID } from '../test/modules/crash-module.js';

const E = daos.engine.v1;
const FIXTURES = new URL('../test/modules/', import.meta.url).href;
const POOL = '6c3a0c4e-2f0b-4d59-9b7e-0d4f6f1c2a11';

function config(dir: string, over: Partial<EngineConfig> = {}): EngineConfig {
  return { system: 'eng', instanceIdx: 0, uuid: 'e0', targets: 2, offloadXstreams: 1, dataDir: join(dir, 'data'), drpcSocket: join(dir, 'e.sock'), modules: ['mgmt'], ...over };
}

describe('module loading', () => {
  it('loads by name and refuses an unknown or malformed name', async () => {
    assert.equal((await loadModules(['mgmt']))[0]!.id, MGMT_MODULE_ID);
    await assert.rejects(loadModules(['nosuch']), (e: Error) => e instanceof ModuleLoadError && /unknown module "nosuch"/.test(e.message));
    await assert.rejects(loadModules(['../etc']), InvalidError);
  });
  it('a module whose init fails stops the engine start with its name and reason', async () => {
    await using dir = await tempDir('engine-');
    const fatal: string[] = [];
    const e = new Engine(config(dir.path, { modules: ['mgmt', 'badinit'], moduleDir: FIXTURES }), { onFatal: (w) => fatal.push(w) });
    await assert.rejects(e.start(), (err: Error) => err instanceof EngineStartError && err.message === 'module badinit init failed: no device found');
    assert.deepEqual(fatal, []);
  });
});

describe('engine: xstreams, dRPC mgmt methods and target subjects', () => {
  let nats: NatsServer;
  let dir: TempDir;
  let engine: Engine;
  let bus: Bus;
  let drpc: DrpcClient;
  const fatal: string[] = [];
  before(async () => {
    nats = await startNatsServer();
    dir = await tempDir('engine-');
    engine = new Engine(config(dir.path, { natsUrl: nats.url, modules: ['mgmt', 'crash'], moduleDir: FIXTURES }), { onFatal: (w) => fatal.push(w), log: () => undefined });
    await engine.start();
    bus = await connectBus({ name: 'test', servers: nats.url });
    drpc = await DrpcClient.connect(engine.config.drpcSocket);
  });
  after(async () => {
    drpc.close();
    await bus.drain();
    await engine.stop();
    await dir[Symbol.asyncDispose]();
    await nats.stop();
  });

  it('runs one system xstream plus a main and an offload xstream per target', () => {
    assert.equal(engine.xstreams, 1 + 2 * 2);
  });

  it('PING_RANK before a rank reports not up; SET_UP before SET_RANK fails in the body', async () => {
    const p = E.PingRankRep.decode(await drpc.callOk(DrpcModule.MGMT, MgmtMethod.PING_RANK));
    assert.equal(p.up, false);
    assert.equal(p.xstreams, 5);
    const r = E.Result.decode(await drpc.callOk(DrpcModule.MGMT, MgmtMethod.SET_UP));
    assert.notEqual(r.status, 0);
  });

  it('SET_RANK and SET_UP; then each target subject is served by that target main xstream, with its own TLS', async () => {
    assert.equal(E.Result.decode(await drpc.callOk(DrpcModule.MGMT, MgmtMethod.SET_RANK, E.SetRankReq.encode({ rank: 5 }).finish())).status, 0);
    assert.equal(E.Result.decode(await drpc.callOk(DrpcModule.MGMT, MgmtMethod.SET_UP)).status, 0);
    const again = E.Result.decode(await drpc.callOk(DrpcModule.MGMT, MgmtMethod.SET_RANK, E.SetRankReq.encode({ rank: 6 }).finish()));
    assert.match(again.message, /already has rank 5/);
    for (const t of [0, 1]) {
      for (let n = 1; n <= 3; n++) {
        const rep = await bus.call(engineSubject('eng', 5, t), TARGET_OP, { module: MGMT_MODULE_ID, opcode: MgmtTgtOp.PING, version: 1, body: E.TgtPingReq.encode({ payload: Buffer.from('x') }).finish() });
        const ping = E.TgtPingRep.decode(rep.body ?? new Uint8Array());
        assert.deepEqual([ping.rank, ping.target, ping.xstream, ping.calls], [5, t, 1 + t * 2, n]);
      }
    }
  });

  it('answers an unknown opcode or version with DER_NOSYS and a garbage body with DER_PROTO, and keeps serving', async () => {
    const s = engineSubject('eng', 5, 0);
    await assert.rejects(bus.call(s, TARGET_OP, { module: MGMT_MODULE_ID, opcode: 99, version: 1 }), NoSysError);
    await assert.rejects(bus.call(s, TARGET_OP, { module: MGMT_MODULE_ID, opcode: MgmtTgtOp.PING, version: 2 }), NoSysError);
    await assert.rejects(bus.request(s, TARGET_OP.name, Buffer.from([0xff, 0xff])), (e: DaosError) => e.derName === 'DER_PROTO');
    const rep = await bus.call(s, TARGET_OP, { module: MGMT_MODULE_ID, opcode: MgmtTgtOp.PING, version: 1 });
    assert.equal(E.TgtPingRep.decode(rep.body ?? new Uint8Array()).target, 0);
  });

  it('creates and destroys a pool on every target, each in its own directory', async () => {
    const rep = E.TgtPoolCreateRep.decode(await drpc.callOk(DrpcModule.MGMT, MgmtMethod.POOL_CREATE, E.TgtPoolCreateReq.encode({ poolUuid: POOL, sizeBytes: 1 << 20 }).finish()));
    assert.equal(rep.result?.status ?? 0, 0);
    assert.deepEqual(rep.targets, [0, 1]);
    for (const t of [0, 1]) assert.ok(existsSync(join(engine.config.dataDir, `tgt${t}`, 'pools', POOL, 'pool.json')));
    const bad = E.TgtPoolCreateRep.decode(await drpc.callOk(DrpcModule.MGMT, MgmtMethod.POOL_CREATE, E.TgtPoolCreateReq.encode({ poolUuid: '../../x' }).finish()));
    assert.equal(bad.result?.status, -1003);
    assert.equal(E.Result.decode(await drpc.callOk(DrpcModule.MGMT, MgmtMethod.POOL_DESTROY, E.TgtPoolDestroyReq.encode({ poolUuid: POOL }).finish())).status, 0);
    assert.ok(!existsSync(join(engine.config.dataDir, 'tgt0', 'pools', POOL)));
  });

  it('answers a malformed method body FAILED_UNMARSHAL_PAYLOAD', async () => {
    const r = await drpc.call(DrpcModule.MGMT, MgmtMethod.SET_RANK, Buffer.from([0xff]));
    assert.equal(r.status, DrpcStatus.FAILED_UNMARSHAL_PAYLOAD);
  });

  it('an xstream that throws is fatal for the engine (no half-dead engine)', async () => {
    await bus.call(engineSubject('eng', 5, 1), TARGET_OP, { module: CRASH_MODULE_ID, opcode: 1, version: 1 });
    await waitFor(() => fatal.length > 0, { timeoutMs: 10_000, what: 'the engine to report the dead xstream' });
    assert.match(fatal[0]!, /xstream 3 \(main of target 1\) threw: .*xstream bug/s);
  });
});
