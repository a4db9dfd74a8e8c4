// End to end, faults: an exclusive open held by another client, and kill -9 of the container
// service leader in the middle of a sequence of CLI commands. One system for the file.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CONT_SERVICE, contOps } from '@daos-nats/api';
import { codeOf, DER } from '@daos-nats/base';
import { serviceRequestSubject } from '@daos-nats/bus';
import { daos } from '@daos-nats/proto';
import type { TestSystem } from '@daos-nats/testkit';
import { daosJson, fails, ok, session, startWithPool, withPool } from '../test/test-e2e.js';

let sys: TestSystem;

before(async () => {
  sys = await startWithPool();
});

after(async () => {
  await sys?.[Symbol.asyncDispose]();
});

// Each CLI run is a process start plus pool connect, container open, operation, close and
// disconnect: the tests use the CLI for what they prove and the library for the rest.

test('an exclusive open blocks other opens (and destroy) until it is closed', async () => {
  await withPool(async (p) => {
    await p.containers.create({ label: 'excl' });
    const h = await p.containers.open('excl', 'ex');
    fails(await sys.daos(['container', 'query', 'tank', 'excl']), 'DER_BUSY');
    fails(await sys.daos(['container', 'destroy', 'tank', 'excl']), 'DER_BUSY');
    assert.equal(codeOf(await p.containers.open('excl', 'ro').catch((e: unknown) => e)), DER.BUSY);
    await p.containers.close('excl', h.handle);
    await p.containers.destroy('excl');
  });
});


test('kill -9 the container service leader in the middle of a sequence: every command succeeds, exactly once', async () => {
  await withPool((p) => p.containers.create({ label: 'survivor' }));
  const { client, mgmt } = await session();
  let leader: number | undefined;
  try {
    const pool = await mgmt.poolFind('tank');
    // The leader answers a bad pool handle with DER_NO_HDL; followers redirect with DER_NOTLEADER.
    const body = daos.cont.v1.ListReq.encode({ poolHandle: '00000000-0000-0000-0000-000000000000' }).finish();
    for (const rank of pool.contRanks) {
      const err = await client.bus.requestReply(serviceRequestSubject(sys.system, CONT_SERVICE, pool.uuid, rank), contOps.list.name, body, { timeoutMs: 10_000 }).catch((e: unknown) => e);
      if (codeOf(err) === DER.NO_HDL) leader = rank;
    }
  } finally {
    await client.close();
  }
  assert.ok(leader !== undefined, 'found the container service leader');
  const victim = await sys.processOfRank('container-service', leader);
  await sys.kill(victim.name, 'SIGKILL');

  await daosJson(['container', 'create-snap', 'tank', 'survivor', '--snap', 'after-kill']);
  await daosJson(['container', 'create', 'tank', 'born-after-kill']);
  ok(await sys.daos(['container', 'set-attr', 'tank', 'survivor', 'k', 'v']));
  await withPool(async (p) => {
    assert.deepEqual((await p.containers.listSnapshots('survivor')).map((s) => s.name), ['after-kill'], 'the snapshot exists exactly once');
    assert.deepEqual((await p.containers.list()).map((e) => e.label).filter((l) => l === 'born-after-kill' || l === 'survivor').sort(), ['born-after-kill', 'survivor']);
    assert.equal(new TextDecoder().decode((await p.containers.getAttrs('survivor', ['k']))['k']), 'v');
  });
});
