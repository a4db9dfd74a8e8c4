// End to end: the daos CLI against a whole system started as `npm start` starts it (launcher,
// nats-server, 3 MS + 3 pool + 3 container processes), one system for the whole file.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { codeOf, DER } from '@daos-nats/base';
import { serviceRequestSubject } from '@daos-nats/bus';
import { callerCredential, CONT_SERVICE, contOps, DaosClient, MgmtClient, PoolContainers } from '@daos-nats/client';
import { daos } from '@daos-nats/proto';
import { asUser, TestSystem, type CliResult } from '@daos-nats/testkit';

let sys: TestSystem;

before(async () => {
  sys = await TestSystem.start();
  ok(await sys.dmg(['pool', 'create', '--size', '1G', 'tank']));
});

after(async () => {
  await sys?.[Symbol.asyncDispose]();
});

function ok(r: CliResult): CliResult {
  assert.equal(r.code, 0, `exit ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  return r;
}

function fails(r: CliResult, der: string, code = 1): void {
  assert.equal(r.code, code, `expected exit ${code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  assert.match(r.stderr + r.stdout, new RegExp(der), `expected ${der}`);
}

const daosJson = async (args: string[], env?: NodeJS.ProcessEnv) => ok(await sys.daos(['--json', ...args], env ? { env } : {})).response;

/** A library session acting as the same user the CLI runs as. */
async function session(): Promise<{ client: DaosClient; mgmt: MgmtClient }> {
  const client = await DaosClient.connect({ natsUrl: sys.natsUrl, system: sys.system, credential: callerCredential() });
  return { client, mgmt: new MgmtClient(client, { replicas: sys.record.msReplicas }) };
}

/** Run `fn` with the pool connected as the CLI's own user, through the library (for checks that need no CLI). */
async function withPool<T>(fn: (p: PoolContainers) => Promise<T>): Promise<T> {
  const { client, mgmt } = await session();
  try {
    const p = await PoolContainers.connect(client, mgmt, 'tank');
    try {
      return await fn(p);
    } finally {
      await p.close();
    }
  } finally {
    await client.close();
  }
}

// Each CLI run is a process start plus pool connect, container open, operation, close and
// disconnect: the tests below use the CLI for what they prove and the library for the rest.

test('container lifecycle through the CLI: create, list, query, properties, ACL, attributes, snapshots, destroy', async () => {
  const created = await daosJson(['container', 'create', 'tank', 'c1', '--type', 'POSIX', '--properties', 'rd_fac:1']);
  assert.equal(created.label, 'c1');
  assert.deepEqual(await daosJson(['container', 'list', 'tank']), [{ uuid: created.uuid, label: 'c1' }]);
  const human = ok(await sys.daos(['container', 'query', 'tank', created.uuid]));
  assert.match(human.stdout, /Container Label:\s+c1/);
  assert.match(human.stdout, /Container Type:\s+posix/);

  ok(await sys.daos(['container', 'set-prop', 'tank', 'c1', 'label:c1b,max_snapshot:4']));
  assert.deepEqual(await daosJson(['container', 'get-prop', 'tank', 'c1b', '--properties', 'label,max_snapshot,rd_fac']), { label: 'c1b', max_snapshot: '4', rd_fac: '1' });
  assert.ok((await daosJson(['container', 'update-acl', 'tank', 'c1b', '--entry', 'A::carol@:rt'])).aces.includes('A::carol@:rt'));
  ok(await sys.daos(['container', 'set-attr', 'tank', 'c1b', 'color', 'blue']));
  assert.deepEqual(await daosJson(['container', 'get-attr', 'tank', 'c1b', 'color']), { name: 'color', value: 'blue' });
  const snap = await daosJson(['container', 'create-snap', 'tank', 'c1b', '--snap', 'before']);
  assert.ok(snap.epoch > 0);
  assert.deepEqual(await daosJson(['container', 'list-snaps', 'tank', 'c1b']), [snap]);

  ok(await sys.daos(['container', 'destroy', 'tank', 'c1b']));
  fails(await sys.daos(['container', 'query', 'tank', 'c1b']), 'DER_NONEXIST');
  assert.deepEqual(await withPool((p) => p.containers.list()), []);
});

test('a user outside the container ACL is refused with DER_NO_PERM and nothing changes', async () => {
  await withPool((p) => p.containers.create({ label: 'guarded' }));
  // Mallory may use the pool, but the container's ACL does not name her.
  ok(await sys.dmg(['pool', 'update-acl', 'tank', '--entry', 'A::mallory@:r']));
  const mallory = asUser('mallory', 'outsiders');
  const before = await withPool((p) => p.containers.getProps('guarded'));
  fails(await sys.daos(['container', 'query', 'tank', 'guarded'], { env: mallory }), 'DER_NO_PERM');
  fails(await sys.daos(['container', 'set-prop', 'tank', 'guarded', 'label:mine'], { env: mallory }), 'DER_NO_PERM');
  fails(await sys.daos(['container', 'destroy', 'tank', 'guarded'], { env: mallory }), 'DER_NO_PERM');
  await withPool(async (p) => {
    assert.deepEqual(await p.containers.getProps('guarded'), before);
    assert.deepEqual((await p.containers.list()).map((e) => e.label), ['guarded']);
  });
});

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

test('bad command lines are usage errors (exit 2) and reach no service', async () => {
  fails(await sys.daos(['container', 'create', 'tank', 'bad name']), 'usage', 2);
  fails(await sys.daos(['container', 'set-prop', 'tank', 'x', 'novalue']), 'name:value', 2);
  fails(await sys.daos(['container', 'query', 'tank']), 'missing required argument', 2);
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
    assert.deepEqual((await p.containers.list()).map((e) => e.label).sort(), ['born-after-kill', 'guarded', 'survivor']);
    assert.equal(new TextDecoder().decode((await p.containers.getAttrs('survivor', ['k']))['k']), 'v');
  });
});
