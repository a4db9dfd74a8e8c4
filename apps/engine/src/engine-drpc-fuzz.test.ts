// Issue 13, "Done when": a dRPC fuzz test never crashes the engine. A real engine process (mgmt and
// obj modules, two targets, xstreams as worker threads) gets seeded random and mutated frames on
// its dRPC socket: noise, valid Calls to every mgmt method but KILL_RANK with random bodies (which
// ask the method to run on the xstreams: pool create/query/destroy), flipped bytes, truncation,
// trailing junk, peers that vanish mid-message. It must keep answering a well-formed PING_RANK
// and still be the same process at the end (libs/drpc's own fuzz test covers the bare server).
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { SeededRng } from '@daos-nats/base';
import { DrpcClient, DrpcModule, DrpcStatus, encodeChunks, MgmtMethod } from '@daos-nats/drpc';
import { daos } from '@daos-nats/proto';
import { spawnChild, tempDir, waitFor } from '@daos-nats/testkit';

const MAIN = join(import.meta.dirname, 'main.ts');
const SEEDS = 300;
const CHUNK = 128 * 1024; // the engine's chunk size (DAOS's 128 KiB)
/** Every mgmt method but KILL_RANK, which exits the engine on purpose. */
const METHODS = Object.values(MgmtMethod).filter((m) => m !== MgmtMethod.KILL_RANK);
const POOL = '5d1c9a7e-3b2f-4c8d-9e0a-1f2b3c4d5e6f';

function bytes(rng: SeededRng, n: number): Buffer {
  return Buffer.from(Array.from({ length: n }, () => rng.int(256)));
}

/** A body: random bytes, or a well-formed pool request (so the xstreams run it), sometimes large. */
function body(rng: SeededRng): Uint8Array {
  switch (rng.int(4)) {
    case 0:
      return daos.engine.v1.TgtPoolCreateReq.encode({ poolUuid: POOL, sizeBytes: rng.int(1 << 20), fenceTerm: rng.int(3) }).finish();
    case 1:
      return daos.engine.v1.TgtPoolQueryReq.encode({ poolUuid: rng.int(2) === 0 ? POOL : bytes(rng, 8).toString('hex') }).finish();
    case 2:
      return bytes(rng, rng.int(10) === 0 ? CHUNK + rng.int(CHUNK) : rng.int(64)); // multi-chunk now and then
    default:
      return new Uint8Array();
  }
}

function frame(rng: SeededRng): Buffer {
  const call = daos.drpc.v1.Call.encode({ module: rng.int(5) === 0 ? rng.int(6) : DrpcModule.MGMT, method: METHODS[rng.int(METHODS.length)]!, sequence: rng.int(1000), body: body(rng) }).finish();
  const wire = Buffer.concat(encodeChunks(call, CHUNK));
  switch (rng.int(5)) {
    case 0:
      return bytes(rng, rng.int(600)); // noise
    case 1:
      return wire; // valid: answered
    case 2:
      for (let k = 0, n = 1 + rng.int(4); k < n; k++) wire[rng.int(Math.min(wire.length, 64))] ^= 1 + rng.int(255); // flips in headers
      return wire;
    case 3:
      return wire.subarray(0, rng.int(wire.length)); // truncated: the peer leaves mid-message
    default:
      return Buffer.concat([wire, bytes(rng, 1 + rng.int(50))]); // trailing junk
  }
}

function send(path: string, data: Buffer, rng: SeededRng): Promise<void> {
  return new Promise((resolve) => {
    const s: Socket = connect(path, () => {
      const cut = rng.int(data.length + 1);
      s.write(data.subarray(0, cut));
      s.write(data.subarray(cut));
      setTimeout(() => s.destroy(), rng.int(5));
    });
    s.on('error', () => undefined);
    s.on('close', () => resolve());
  });
}

test(`an engine process survives ${SEEDS} seeds of random and mutated dRPC frames`, { timeout: 300_000 }, async () => {
  await using dir = await tempDir('engine-fuzz-');
  const sock = join(dir.path, 'e.sock');
  const cfg = join(dir.path, 'engine.json');
  writeFileSync(cfg, JSON.stringify({ system: 'fz', instanceIdx: 0, uuid: 'e0', targets: 2, offloadXstreams: 0, dataDir: join(dir.path, 'data'), drpcSocket: sock, modules: ['mgmt', 'obj'] }));
  await using child = spawnChild(process.execPath, ['--conditions=@daos-nats/source', '--import', import.meta.resolve('tsx'), MAIN, '--config', cfg]);
  await waitFor(() => (existsSync(sock) && child.stderr.includes('started') ? true : undefined), { timeoutMs: 120_000, intervalMs: 200, what: `the engine to start (stderr: ${child.stderr.slice(-500)})` });
  const pid = child.pid;
  for (let seed = 1; seed <= SEEDS; seed++) {
    const rng = new SeededRng(seed);
    await send(sock, frame(rng), rng);
    if (seed % 50 === 0) {
      assert.ok(child.running, `the engine runs after seed ${seed}: ${child.stderr.slice(-1000)}`);
      const c = await DrpcClient.connect(sock, { callTimeoutMs: 30_000 });
      try {
        const r = await c.call(DrpcModule.MGMT, MgmtMethod.PING_RANK, new Uint8Array());
        assert.equal(r.status, DrpcStatus.SUCCESS, `PING_RANK answered after seed ${seed}`);
        assert.equal(daos.engine.v1.PingRankRep.decode(r.body).targets, 2);
      } finally {
        c.close();
      }
    }
  }
  assert.ok(child.running && child.pid === pid, 'the same engine process, still running');
  assert.match(child.stderr, /dRPC|drpc|chunk|unmarshal/i, 'the refusals were logged');
  const exit = await child.kill('SIGTERM', 60_000);
  assert.equal(exit.code, 0, `a clean stop after the fuzzing: ${child.stderr.slice(-1000)}`);
});
