import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SeededRng } from '@daos-nats/base';
import { daos } from '@daos-nats/proto';
import { encodeChunks } from './chunk-encoder.js';
import { DrpcClient } from './drpc-client.js';
import { DrpcServer } from './drpc-server.js';
import { DrpcStatus, decodePayload } from './drpc-status.js';

const CHUNK = 256; // small chunks so random mutations hit multi-chunk messages often
const SEEDS = 400;

/** A valid wire image of one Call, then mutated by the seed: flipped bytes, truncation, junk. */
function frame(rng: SeededRng): Buffer {
  const body = Buffer.alloc(rng.int(3) === 0 ? rng.int(2000) : rng.int(40));
  for (let i = 0; i < body.length; i++) body[i] = rng.int(256);
  const call = daos.drpc.v1.Call.encode({ module: rng.int(3), method: rng.int(4), sequence: rng.int(1000), body }).finish();
  const wire = Buffer.concat(encodeChunks(call, CHUNK));
  switch (rng.int(5)) {
    case 0: // pure noise
      return Buffer.from(Array.from({ length: rng.int(600) }, () => rng.int(256)));
    case 1: // a valid frame: must be answered
      return wire;
    case 2: // flip a few bytes anywhere (headers included)
      for (let k = 0, n = 1 + rng.int(4); k < n; k++) wire[rng.int(wire.length)] ^= 1 + rng.int(255);
      return wire;
    case 3: // truncated
      return wire.subarray(0, rng.int(wire.length));
    default: // valid frame followed by junk
      return Buffer.concat([wire, Buffer.from(Array.from({ length: 1 + rng.int(50) }, () => rng.int(256)))]);
  }
}

function send(path: string, bytes: Buffer, rng: SeededRng): Promise<void> {
  return new Promise((resolve) => {
    const s: Socket = connect(path, () => {
      // Split the bytes at a random point so both reads of a chunk boundary are exercised.
      const cut = rng.int(bytes.length + 1);
      s.write(bytes.subarray(0, cut));
      s.write(bytes.subarray(cut));
      setTimeout(() => s.destroy(), rng.int(3));
    });
    s.on('error', () => undefined);
    s.on('close', () => resolve());
  });
}

describe('dRPC server fuzz: seeded random and mutated frames', () => {
  const dir = mkdtempSync(join(tmpdir(), 'drpc-fuzz-'));
  const path = join(dir, 's.sock');
  const logs: string[] = [];
  const server = new DrpcServer({ limits: { chunkBytes: CHUNK, drpcMessageBytesMax: 64 * 1024 }, log: (l) => logs.push(l) });
  for (let m = 0; m < 2; m++) {
    server.register(m, 0, (b) => b);
    server.register(m, 1, (b) => daos.drpc.v1.Response.encode(decodePayload(daos.drpc.v1.Response, b)).finish());
    server.register(m, 2, () => {
      throw new Error('handler failure');
    });
  }
  before(() => server.listen(path));
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`survives ${SEEDS} seeds and still answers a well-formed client after each batch`, async () => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const rng = new SeededRng(seed);
      await send(path, frame(rng), rng);
      if (seed % 50 === 0) {
        const c = await DrpcClient.connect(path, { limits: { chunkBytes: CHUNK } });
        const r = await c.call(0, 0, Buffer.from(`seed ${seed}`));
        assert.equal(r.status, DrpcStatus.SUCCESS, `server answers after seed ${seed}`);
        assert.equal(Buffer.from(r.body).toString(), `seed ${seed}`);
        c.close();
      }
    }
    assert.ok(logs.length > 0, 'the refusals were logged');
    for (let i = 0; i < 100 && server.connections > 0; i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal(server.connections, 0, 'no connection leaked');
  });
});
