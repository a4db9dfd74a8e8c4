/**
 * dRPC and engine target dispatch. `npm run bench -- drpc [--duration-ms N] [--ops-max N]`.
 * 1) dRPC round trip (echo handler, 64-byte body) over a unix socket at 1 and 16 clients (one
 *    connection each); 2) target dispatch: a NATS request on daos.<sys>.engine.<rank>.<target> ->
 *    the mgmt PING handler on that target's xstream (a worker thread) -> reply, at 1 and 16 clients.
 * Prints one line per figure. Measure on a quiet machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connectBus, engineSubject } from '@daos-nats/bus';
import { DrpcClient, DrpcModule, DrpcServer, MgmtMethod } from '@daos-nats/drpc';
import { Engine, MGMT_MODULE_ID, MgmtTgtOp, TARGET_OP } from '@daos-nats/engine';
import { daos } from '@daos-nats/proto';
import { startNatsServer } from '@daos-nats/testkit';
import { closedLoop, type LoopResult } from './closed-loop.js';

const { values } = parseArgs({ options: { 'duration-ms': { type: 'string' }, 'ops-max': { type: 'string' } } });
const durationMs = Number(values['duration-ms'] ?? 5_000);
const opsMax = Number(values['ops-max'] ?? 1_000_000);
const line = (what: string, r: LoopResult) =>
  console.log(`${what}: ${r.opsPerSec.toFixed(0)} calls/s, p50 ${r.p50Ms.toFixed(3)} ms, p99 ${r.p99Ms.toFixed(3)} ms (${r.ops} calls, ${r.errors} errors)`);

const dir = mkdtempSync(join(tmpdir(), 'bench-drpc-'));
try {
  const server = new DrpcServer();
  server.register(1, 1, (b) => b);
  await server.listen(join(dir, 's.sock'));
  const body = new Uint8Array(64);
  for (const n of [1, 16]) {
    const clients = await Promise.all(Array.from({ length: n }, () => DrpcClient.connect(join(dir, 's.sock'))));
    const r = await closedLoop({ concurrency: n, warmupMs: Math.min(500, durationMs / 4), durationMs, opsMax, op: async (seq) => void (await clients[seq % n]!.callOk(1, 1, body)) });
    line(`drpc round trip, ${n} client(s)`, r);
    for (const c of clients) c.close();
  }
  await server.close();

  const nats = await startNatsServer();
  const engine = new Engine(
    { system: 'bench', instanceIdx: 0, uuid: 'bench', targets: 4, offloadXstreams: 0, dataDir: join(dir, 'engine'), drpcSocket: join(dir, 'e.sock'), natsUrl: nats.url, modules: ['mgmt'] },
    { onFatal: (why) => { throw new Error(why); }, log: () => undefined },
  );
  await engine.start();
  const ctl = await DrpcClient.connect(join(dir, 'e.sock'));
  await ctl.callOk(DrpcModule.MGMT, MgmtMethod.SET_RANK, daos.engine.v1.SetRankReq.encode({ rank: 1 }).finish());
  const bus = await connectBus({ name: 'bench-drpc', servers: nats.url });
  const ping = { module: MGMT_MODULE_ID, opcode: MgmtTgtOp.PING, version: 1, body: daos.engine.v1.TgtPingReq.encode({ payload: body }).finish() };
  for (const n of [1, 16]) {
    const r = await closedLoop({ concurrency: n, warmupMs: Math.min(500, durationMs / 4), durationMs, opsMax, op: async (seq) => void (await bus.call(engineSubject('bench', 1, seq % 4), TARGET_OP, ping)) });
    line(`target dispatch (NATS -> target xstream -> reply), ${n} client(s)`, r);
  }
  ctl.close();
  await bus.drain();
  await engine.stop();
  await nats.stop();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
