// End to end: the daos container CLI against a whole system started as `npm start` starts it
// (launcher, nats-server, 3 MS + 3 pool + 3 container processes), one system for the file.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { asUser, type TestSystem } from '@daos-nats/testkit';
import { daosJson, fails, ok, startWithPool, withPool } from '../test/test-e2e.js';

let sys: TestSystem;

before(async () => {
  sys = await startWithPool();
});

after(async () => {
  await sys?.[Symbol.asyncDispose]();
});

// Each CLI run is a process start plus pool connect, container open, operation, close and
// disconnect: the tests use the CLI for what they prove and the library for the rest.

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


test('bad command lines are usage errors (exit 2) and reach no service', async () => {
  fails(await sys.daos(['container', 'create', 'tank', 'bad name']), 'usage', 2);
  fails(await sys.daos(['container', 'set-prop', 'tank', 'x', 'novalue']), 'name:value', 2);
  fails(await sys.daos(['container', 'query', 'tank']), 'missing required argument', 2);
});

