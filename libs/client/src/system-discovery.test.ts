import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidError, NonexistError, UnreachableError } from '@daos-nats/base';
import { discoverSystem, resolveDataDir } from './system-discovery.js';
import { readSystemFile, writeSystemFile, type SystemFile } from './system-file.js';
import { callerCredential } from './system-credential.js';
import { connectSystem } from './connect.js';

const record: SystemFile = {
  version: 1,
  system: 'lab',
  natsUrl: 'nats://127.0.0.1:4555',
  msReplicas: [0, 1, 2],
  launcherPid: 42,
  startedAt: '2026-01-01T00:00:00.000Z',
  processes: [{ name: 'nats-server', kind: 'nats-server', pid: 43 }],
};

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'discovery-'));
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('the system record round-trips, and a missing or damaged one is a clear error', () =>
  withDir(async (dir) => {
    await assert.rejects(readSystemFile(dir), NonexistError);
    await writeSystemFile(dir, record);
    assert.deepEqual(await readSystemFile(dir), record);
    await writeFile(join(dir, 'system.json'), '{"version": 1, "system": "x"');
    await assert.rejects(readSystemFile(dir), (e: unknown) => e instanceof InvalidError && /not JSON/.test(e.message));
    await writeFile(join(dir, 'system.json'), JSON.stringify({ ...record, natsUrl: 'http://x' }));
    await assert.rejects(readSystemFile(dir), /natsUrl must be nats:\/\/host:port/);
    await writeFile(join(dir, 'system.json'), JSON.stringify({ ...record, version: 7 }));
    await assert.rejects(readSystemFile(dir), /unknown version 7/);
  }));

test('flags win over the environment, which wins over the data dir record', () =>
  withDir(async (dir) => {
    await writeSystemFile(dir, record);
    const fromFile = await discoverSystem({ dataDir: dir, env: {} });
    assert.deepEqual([fromFile.natsUrl, fromFile.system, fromFile.source], ['nats://127.0.0.1:4555', 'lab', 'data-dir']);
    const fromEnv = await discoverSystem({ dataDir: dir, env: { NATS_URL: 'nats://e:1', DAOS_SYSTEM: 'envsys' } });
    assert.deepEqual([fromEnv.natsUrl, fromEnv.system, fromEnv.source], ['nats://e:1', 'envsys', 'environment']);
    const fromFlags = await discoverSystem({ dataDir: dir, natsUrl: 'nats://f:2', system: 'flagsys', env: { NATS_URL: 'nats://e:1' } });
    assert.deepEqual([fromFlags.natsUrl, fromFlags.system, fromFlags.source], ['nats://f:2', 'flagsys', 'flags']);
    const defaultName = await discoverSystem({ dataDir: dir, env: { NATS_URL: 'nats://e:1' } });
    assert.equal(defaultName.system, 'daos_server');
    // --system alone renames the system found in the record
    assert.equal((await discoverSystem({ dataDir: dir, system: 'other', env: {} })).system, 'other');
  }));

test('no record and no address: DER_UNREACH telling the user to npm start or pass --nats', () =>
  withDir(async (dir) => {
    await assert.rejects(discoverSystem({ dataDir: dir, env: {} }), (e: unknown) => e instanceof UnreachableError && /npm start/.test(e.message) && /--nats/.test(e.message));
  }));

test('the data dir is --data-dir, else $DAOS_NATS_DATA_DIR, else ./.daos-nats, made absolute', () => {
  assert.equal(resolveDataDir({ dataDir: 'd1', env: {}, cwd: '/w' }), '/w/d1');
  assert.equal(resolveDataDir({ env: { DAOS_NATS_DATA_DIR: '/abs' }, cwd: '/w' }), '/abs');
  assert.equal(resolveDataDir({ env: {}, cwd: '/w' }), '/w/.daos-nats');
});

test('the credential is the OS user unless the environment plays another user', () => {
  const os = callerCredential({});
  assert.match(os.user, /@$/);
  assert.ok(os.groups.includes(os.group));
  const bob = callerCredential({ DAOS_NATS_USER: 'bob', DAOS_NATS_GROUP: 'staff', DAOS_NATS_GROUPS: 'lab, ops@' });
  assert.deepEqual(bob, { user: 'bob@', group: 'staff@', groups: ['staff@', 'lab@', 'ops@'] });
  const alone = callerCredential({ DAOS_NATS_USER: 'carol' });
  assert.equal(alone.user, 'carol@');
  assert.deepEqual(alone.groups, [alone.group], 'a played user does not inherit the real groups');
  assert.throws(() => callerCredential({ DAOS_NATS_USER: 'a@b@c' }), InvalidError);
});

test('a record left by a stopped system: DER_UNREACH saying it is not running', () =>
  withDir(async (dir) => {
    await writeSystemFile(dir, { ...record, natsUrl: 'nats://127.0.0.1:1' });
    await assert.rejects(connectSystem({ dataDir: dir, env: {}, connectTimeoutMs: 500 }), (e: unknown) => e instanceof UnreachableError && /is not running/.test(e.message) && /npm start/.test(e.message));
  }));
