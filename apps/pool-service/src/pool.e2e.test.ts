// End to end: dmg and daos against a whole system started as `npm start` starts it (launcher,
// nats-server, 3 MS + 3 pool + 3 container processes), one system for the whole file. The tests
// run in order: the last one kills a pool-service process.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { callerCredential, DaosClient, MgmtClient, PoolClient } from '@daos-nats/client';
import { asUser, TestSystem, type CliResult } from '@daos-nats/testkit';

let sys: TestSystem;
const MALLORY = asUser('mallory', 'outsiders');

before(async () => {
  sys = await TestSystem.start();
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

const dmgJson = async (args: string[]) => ok(await sys.dmg(['--json', ...args])).response;
const daosJson = async (args: string[], env?: NodeJS.ProcessEnv) => ok(await sys.daos(['--json', ...args], env ? { env } : {})).response;

/** A library session acting as the user the CLIs run as, for what a CLI cannot do (hold a handle). */
async function session(): Promise<{ client: DaosClient; mgmt: MgmtClient }> {
  const client = await DaosClient.connect({ natsUrl: sys.natsUrl, system: sys.system, credential: callerCredential() });
  return { client, mgmt: new MgmtClient(client, { replicas: sys.record.msReplicas }) };
}

test('pool lifecycle through the CLIs: create, list, query, properties, ACL, attributes, map changes, evict, destroy', async () => {
  const created = await dmgJson(['pool', 'create', '--size', '2G', '--properties', 'rd_fac:1,reclaim:time', 'tank']);
  assert.equal(created.label, 'tank');
  assert.equal(created.svc_ranks.length, 3);
  const again = await sys.dmg(['pool', 'create', '--size', '2G', 'tank']);
  fails(again, 'DER_EXIST');
  assert.deepEqual((await dmgJson(['pool', 'list'])).pools.map((p: { label: string }) => p.label), ['tank']);

  const q = await dmgJson(['pool', 'query', 'tank']);
  assert.equal(q.uuid, created.uuid);
  assert.equal(q.map_version, 1);
  assert.equal(q.total_bytes, 2_000_000_000);
  assert.equal(q.handle_count, 0);
  assert.deepEqual([...q.svc_ranks].sort(), [...created.svc_ranks].sort());
  assert.match(ok(await sys.dmg(['pool', 'query', created.uuid])).stdout, /Targets \(active\/total\):\s+\d+\/\d+/);
  assert.equal((await daosJson(['pool', 'query', 'tank'])).handle_count, 1, 'daos pool query holds its own handle while it asks');

  assert.deepEqual(await dmgJson(['pool', 'get-prop', 'tank', 'rd_fac', 'reclaim']), { rd_fac: '1', reclaim: 'time' });
  ok(await sys.dmg(['pool', 'set-prop', 'tank', 'reclaim:lazy,space_rb:5']));
  assert.deepEqual(await dmgJson(['pool', 'get-prop', 'tank', 'reclaim', 'space_rb']), { reclaim: 'lazy', space_rb: '5' });
  fails(await sys.dmg(['pool', 'set-prop', 'tank', 'reclaim:sometimes']), 'DER_INVAL');

  assert.deepEqual((await dmgJson(['pool', 'get-acl', 'tank'])).acl, ['A::OWNER@:rw', 'A:G:GROUP@:rw']);
  assert.ok((await dmgJson(['pool', 'update-acl', 'tank', '--entry', 'A::carol@:r'])).acl.includes('A::carol@:r'));
  assert.ok(!(await dmgJson(['pool', 'delete-acl', 'tank', '--principal', 'u:carol@'])).acl.includes('A::carol@:r'));
  fails(await sys.dmg(['pool', 'delete-acl', 'tank', '--principal', 'u:carol@']), 'DER_NONEXIST');
  const aclFile = join(sys.dataDir, 'pool.acl');
  await writeFile(aclFile, '# owner and group\nA::OWNER@:rw\nA:G:GROUP@:rw\nA::EVERYONE@:r\n');
  assert.deepEqual((await dmgJson(['pool', 'overwrite-acl', 'tank', '--acl-file', aclFile])).acl, ['A::OWNER@:rw', 'A:G:GROUP@:rw', 'A::EVERYONE@:r']);
  assert.equal((await daosJson(['pool', 'query', 'tank'], MALLORY)).uuid, created.uuid, 'EVERYONE@:r lets anyone query');
  ok(await sys.dmg(['pool', 'delete-acl', 'tank', '--principal', 'EVERYONE@']));

  ok(await sys.daos(['pool', 'set-attr', 'tank', 'color', 'blue']));
  ok(await sys.daos(['pool', 'set-attr', 'tank', 'shape', 'round']));
  assert.deepEqual(await daosJson(['pool', 'list-attrs', 'tank']), ['color', 'shape']);
  assert.deepEqual(await daosJson(['pool', 'get-attr', 'tank', 'color']), { color: 'blue' });
  ok(await sys.daos(['pool', 'del-attr', 'tank', 'shape']));
  fails(await sys.daos(['pool', 'get-attr', 'tank', 'shape']), 'DER_NONEXIST');
  assert.deepEqual(await daosJson(['pool', 'list-containers', 'tank']), { containers: [] });

  const rank = created.svc_ranks[0] as number;
  assert.equal((await dmgJson(['pool', 'exclude', 'tank', '--rank', String(rank), '--target-idx', '0'])).map_version, 2);
  const excluded = await dmgJson(['pool', 'query', 'tank']);
  assert.equal(excluded.disabled_targets, 1);
  const other = created.svc_ranks[1] as number;
  fails(await sys.dmg(['pool', 'drain', 'tank', '--rank', String(other)]), 'DER_RF');
  assert.equal((await dmgJson(['pool', 'reintegrate', 'tank', '--rank', String(rank)])).map_version, 3);
  assert.equal((await dmgJson(['pool', 'query', 'tank'])).disabled_targets, 0);
  fails(await sys.dmg(['pool', 'extend', 'tank', '--ranks', String(rank)]), 'DER_EXIST');
  fails(await sys.dmg(['pool', 'exclude', 'tank', '--rank', '999']), 'DER_NONEXIST');

  assert.deepEqual(await dmgJson(['pool', 'evict', 'tank']), { evicted: 0 });
  ok(await sys.dmg(['pool', 'destroy', 'tank']));
  assert.deepEqual((await dmgJson(['pool', 'list'])).pools, []);
  fails(await sys.dmg(['pool', 'query', 'tank']), 'DER_NONEXIST');
});

test('a user outside the pool ACL is refused with DER_NO_PERM and nothing changes', async () => {
  ok(await sys.dmg(['pool', 'create', '--size', '1G', 'guarded']));
  ok(await sys.daos(['pool', 'set-attr', 'guarded', 'k', 'mine']));
  fails(await sys.daos(['pool', 'query', 'guarded'], { env: MALLORY }), 'DER_NO_PERM');
  fails(await sys.daos(['pool', 'set-attr', 'guarded', 'k', 'theirs'], { env: MALLORY }), 'DER_NO_PERM');
  fails(await sys.daos(['pool', 'del-attr', 'guarded', 'k'], { env: MALLORY }), 'DER_NO_PERM');
  fails(await sys.daos(['pool', 'list-containers', 'guarded'], { env: MALLORY }), 'DER_NO_PERM');
  assert.deepEqual(await daosJson(['pool', 'get-attr', 'guarded', 'k']), { k: 'mine' });
  assert.equal((await dmgJson(['pool', 'query', 'guarded'])).handle_count, 0, 'no refused connect left a handle');
});

test('an exclusive handle blocks every other connect, and the pool cannot be destroyed under it without --force', async () => {
  ok(await sys.dmg(['pool', 'create', '--size', '1G', 'solo']));
  const { client, mgmt } = await session();
  try {
    const { pool } = await PoolClient.find(client, mgmt, 'solo');
    const ex = await pool.connect('ex');
    fails(await sys.daos(['pool', 'query', 'solo']), 'DER_BUSY');
    fails(await sys.dmg(['pool', 'destroy', 'solo']), 'DER_BUSY');
    assert.equal((await dmgJson(['pool', 'query', 'solo'])).handle_count, 1);
    await pool.disconnect(ex.handle);
    ok(await sys.daos(['pool', 'query', 'solo']));
    await pool.connect('rw');
    ok(await sys.dmg(['pool', 'destroy', '--force', 'solo']));
    fails(await sys.dmg(['pool', 'query', 'solo']), 'DER_NONEXIST');
  } finally {
    await client.close();
  }
});

test('bad command lines get a usage error (exit 2) and ask nothing of the system', async () => {
  fails(await sys.dmg(['pool', 'create', 'nosize']), 'size', 2);
  fails(await sys.dmg(['pool', 'create', '--size', 'lots', 'p']), 'size', 2);
  fails(await sys.dmg(['pool', 'create', '--size', '1G', 'bad label!']), 'label', 2);
  fails(await sys.dmg(['pool', 'create', '--size', '1G', '--nsvc', '2', 'p']), 'nsvc', 2);
  fails(await sys.dmg(['pool', 'set-prop', 'guarded', 'nocolon']), 'name:value', 2);
  fails(await sys.dmg(['pool', 'exclude', 'guarded']), 'rank', 2);
  fails(await sys.dmg(['pool', 'update-acl', 'guarded', '--entry', 'A::x@:Z']), 'entry', 2);
  fails(await sys.daos(['pool', 'set-attr', 'guarded', 'onlyname']), 'value', 2);
  assert.deepEqual((await dmgJson(['pool', 'list'])).pools.map((p: { label: string }) => p.label), ['guarded']);
});

test('the whole system stops and starts again with its pools, properties, ACLs and attributes', async () => {
  ok(await sys.dmg(['pool', 'update-acl', 'guarded', '--entry', 'A::dave@:r']));
  await sys.restart();
  assert.deepEqual(await daosJson(['pool', 'get-attr', 'guarded', 'k']), { k: 'mine' });
  assert.ok((await dmgJson(['pool', 'get-acl', 'guarded'])).acl.includes('A::dave@:r'));
  assert.equal((await dmgJson(['pool', 'query', 'guarded'])).map_version, 1);
});

test('kill -9 of the pool service leader in the middle of a sequence: every command succeeds once, exactly once', async () => {
  const q = await dmgJson(['pool', 'query', 'guarded']);
  const leader = await sys.processOfRank('pool-service', q.svc_leader);
  const before = (await dmgJson(['pool', 'get-acl', 'guarded'])).acl as string[];
  // Each pair adds an entry and deletes it: a delete applied twice would answer DER_NONEXIST,
  // an add applied after its delete would leave the entry behind.
  for (let i = 0; i < 4; i++) {
    const add = sys.dmg(['pool', 'update-acl', 'guarded', '--entry', `A::u${i}@:r`]);
    if (i === 1) await sys.kill(leader.name); // while the add is on its way
    ok(await add);
    ok(await sys.dmg(['pool', 'delete-acl', 'guarded', '--principal', `u:u${i}@`]));
  }
  assert.deepEqual((await dmgJson(['pool', 'get-acl', 'guarded'])).acl, before);
  const after = await dmgJson(['pool', 'query', 'guarded']);
  assert.notEqual(after.svc_leader, q.svc_leader, 'a new leader serves the pool');
  assert.equal(after.handle_count, 0);
});
