// End to end: dmg and daos against a whole system started as `npm start` starts it (launcher,
// nats-server, 3 MS + 3 pool + 3 container processes), one system for the whole file. The tests
// run in order: the last one kills a pool-service process.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { callerCredential, connectSystem, DaosClient, MgmtClient, PoolClient } from '@daos-nats/client';
import { asUser, TestSystem, waitFor, type CliResult } from '@daos-nats/testkit';

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
  // As dmg: the admin role (these tests create pools through the library), signed from the data dir.
  const { client } = await connectSystem({ dataDir: sys.dataDir, env: {}, role: 'admin', credential: callerCredential() });
  return { client, mgmt: new MgmtClient(client, { replicas: sys.record.msReplicas }) };
}

test('pool lifecycle through the CLIs: create, list, query, properties, ACL, attributes, map changes, destroy', async () => {
  const created = await dmgJson(['pool', 'create', '--size', '2G', '--properties', 'rd_fac:1,reclaim:time', 'tank']);
  assert.equal(created.label, 'tank');
  assert.equal(created.svc_ranks.length, 3);
  fails(await sys.dmg(['pool', 'create', '--size', '2G', 'tank']), 'DER_EXIST');
  assert.deepEqual((await dmgJson(['pool', 'list'])).pools.map((p: { label: string }) => p.label), ['tank']);

  const q = await dmgJson(['pool', 'query', 'tank']);
  assert.equal(q.uuid, created.uuid);
  assert.equal(q.map_version, 1);
  assert.equal(q.total_bytes, 2_000_000_000);
  assert.equal(q.handle_count, 0);
  assert.deepEqual([...q.svc_ranks].sort(), [...created.svc_ranks].sort());
  assert.match(ok(await sys.daos(['pool', 'query', created.uuid])).stdout, /Targets \(active\/total\):\s+\d+\/\d+/);

  ok(await sys.dmg(['pool', 'set-prop', 'tank', 'reclaim:lazy,space_rb:5']));
  assert.deepEqual(await dmgJson(['pool', 'get-prop', 'tank', 'rd_fac', 'reclaim', 'space_rb']), { rd_fac: '1', reclaim: 'lazy', space_rb: '5' });

  assert.ok((await dmgJson(['pool', 'update-acl', 'tank', '--entry', 'A::carol@:r'])).acl.includes('A::carol@:r'));
  fails(await sys.dmg(['pool', 'delete-acl', 'tank', '--principal', 'u:nobody@']), 'DER_NONEXIST');
  const aclFile = join(sys.dataDir, 'pool.acl');
  await writeFile(aclFile, '# owner and group\nA::OWNER@:rw\nA:G:GROUP@:rw\nA::EVERYONE@:r\n');
  assert.deepEqual((await dmgJson(['pool', 'overwrite-acl', 'tank', '--acl-file', aclFile])).acl, ['A::OWNER@:rw', 'A:G:GROUP@:rw', 'A::EVERYONE@:r']);

  ok(await sys.daos(['pool', 'set-attr', 'tank', 'color', 'blue']));
  assert.deepEqual(await daosJson(['pool', 'get-attr', 'tank', 'color']), { color: 'blue' });
  assert.deepEqual(await daosJson(['pool', 'list-containers', 'tank']), { containers: [] });

  const [rank, other] = created.svc_ranks as number[];
  assert.equal((await dmgJson(['pool', 'exclude', 'tank', '--rank', String(rank), '--target-idx', '0'])).map_version, 2);
  fails(await sys.dmg(['pool', 'drain', 'tank', '--rank', String(other)]), 'DER_RF');
  assert.equal((await dmgJson(['pool', 'reintegrate', 'tank', '--rank', String(rank)])).map_version, 3);

  // The rest of the pool commands' effects, read through the library (one CLI run costs seconds).
  const { client, mgmt } = await session();
  try {
    const { pool } = await PoolClient.find(client, mgmt, 'tank');
    const info = await pool.query();
    assert.equal(info.mapVersion, 3);
    assert.equal(info.disabledTargets, 0);
    assert.deepEqual([...(await pool.withHandle('ro', () => pool.getAttrs(['color'])))].map(([k, v]) => [k, new TextDecoder().decode(v)]), [['color', 'blue']]);
  } finally {
    await client.close();
  }

  ok(await sys.dmg(['pool', 'destroy', 'tank']));
  fails(await sys.dmg(['pool', 'query', 'tank']), 'DER_NONEXIST');

  // --no-wait: answered once recorded; `dmg pool list` shows the state until it is Ready / gone.
  const later = await dmgJson(['pool', 'create', '--no-wait', '--size', '1G', 'later']);
  assert.ok(['Creating', 'Ready'].includes(later.state), `recorded as ${later.state}`);
  const stateOf = async () => (await dmgJson(['pool', 'list'])).pools.find((p: { label: string }) => p.label === 'later')?.state as string | undefined;
  await waitFor(async () => (await stateOf()) === 'Ready', { timeoutMs: 60_000, intervalMs: 500, what: 'pool later to be Ready' });
  ok(await sys.dmg(['pool', 'destroy', '--no-wait', 'later']));
  await waitFor(async () => (await stateOf()) === undefined, { timeoutMs: 60_000, intervalMs: 500, what: 'pool later to be gone' });
});

test('a user outside the pool ACL is refused with DER_NO_PERM and nothing changes', async () => {
  const { client, mgmt } = await session();
  try {
    await mgmt.poolCreate({ uuid: randomUUID(), label: 'guarded', sizeBytes: 1 << 30, owner: client.credential.user, ownerGroup: client.credential.group });
    const { pool } = await PoolClient.find(client, mgmt, 'guarded');
    await pool.withHandle('rw', () => pool.setAttrs({ k: new TextEncoder().encode('mine') }));
    fails(await sys.daos(['pool', 'query', 'guarded'], { env: MALLORY }), 'DER_NO_PERM');
    fails(await sys.daos(['pool', 'set-attr', 'guarded', 'k', 'theirs'], { env: MALLORY }), 'DER_NO_PERM');
    assert.equal(new TextDecoder().decode((await pool.withHandle('ro', () => pool.getAttrs(['k']))).get('k')), 'mine');
    assert.equal((await pool.query()).handleCount, 0, 'no refused connect left a handle');
  } finally {
    await client.close();
  }
});

test('an exclusive handle blocks every other connect, and the pool cannot be destroyed under it without --force', async () => {
  const { client, mgmt } = await session();
  try {
    await mgmt.poolCreate({ uuid: randomUUID(), label: 'solo', sizeBytes: 1 << 30, owner: client.credential.user, ownerGroup: client.credential.group });
    const { pool } = await PoolClient.find(client, mgmt, 'solo');
    await pool.connect('ex');
    fails(await sys.daos(['pool', 'query', 'solo']), 'DER_BUSY');
    fails(await sys.dmg(['pool', 'destroy', 'solo']), 'DER_BUSY');
    assert.equal((await pool.query()).handleCount, 1);
    ok(await sys.dmg(['pool', 'destroy', '--force', 'solo']));
    assert.deepEqual((await mgmt.poolList()).map((p) => p.label), ['guarded']);
  } finally {
    await client.close();
  }
});

test('bad command lines get a usage error (exit 2) and ask nothing of the system', async () => {
  fails(await sys.dmg(['pool', 'create', '--size', 'lots', 'p']), 'size', 2);
  fails(await sys.dmg(['pool', 'exclude', 'guarded']), 'rank', 2);
  fails(await sys.daos(['pool', 'set-attr', 'guarded', 'onlyname']), 'value', 2);
});

test('kill -9 of the pool service leader in the middle of a sequence: every command succeeds once, exactly once', async () => {
  const { client, mgmt } = await session();
  try {
    const { pool } = await PoolClient.find(client, mgmt, 'guarded');
    const leaderRank = (await pool.query()).svcLeader ?? -1;
    const leader = await sys.processOfRank('pool-service', leaderRank);
    const before = (await pool.getAcl()).acl;
    // Each pair adds an entry and deletes it: a delete applied twice would answer DER_NONEXIST,
    // an add applied after its delete would leave the entry behind.
    for (let i = 0; i < 3; i++) {
      const add = sys.dmg(['pool', 'update-acl', 'guarded', '--entry', `A::u${i}@:r`]);
      if (i === 1) await sys.kill(leader.name); // while the add is on its way
      ok(await add);
      ok(await sys.dmg(['pool', 'delete-acl', 'guarded', '--principal', `u:u${i}@`]));
    }
    assert.deepEqual((await pool.getAcl()).acl, before);
    const after = await pool.query();
    assert.notEqual(after.svcLeader, leaderRank, 'a new leader serves the pool');
    assert.equal(after.handleCount, 0);
  } finally {
    await client.close();
  }
});
