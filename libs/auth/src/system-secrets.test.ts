import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROLE_NAMES } from './roles.js';
import { clientSecretPath, ensureSystemSecrets, readKeyPem, readRoleSecret, roleSecretPath, SIGNING_KEY_FILE, VERIFY_KEY_FILE } from './system-secrets.js';
import { privateKeyFromPem, publicKeyFromPem, signCredential, verifyCredential } from './signed-credential.js';
import { natsServerConfig } from './nats-server-config.js';

test('first start creates every role secret and the signing key with owner-only modes; a restart keeps them', async (t) => {
  const dir = join(await mkdtemp(join(tmpdir(), 'auth-')), 'auth');
  t.after(() => rm(join(dir, '..'), { recursive: true, force: true }));
  const first = await ensureSystemSecrets(dir, ['alice', 'bob']);
  const users = [...ROLE_NAMES.filter((r) => r !== 'client'), 'client-alice', 'client-bob'];
  assert.deepEqual([...first.keys()].sort(), users.sort());
  assert.equal((await stat(dir)).mode & 0o777, 0o700);
  for (const role of ROLE_NAMES.filter((r) => r !== 'client')) assert.equal((await stat(roleSecretPath(dir, role))).mode & 0o777, 0o600, role);
  for (const name of ['alice', 'bob']) assert.equal((await stat(clientSecretPath(dir, name))).mode & 0o777, 0o600, name);
  assert.equal((await stat(join(dir, SIGNING_KEY_FILE))).mode & 0o777, 0o600);
  assert.equal((await stat(join(dir, VERIFY_KEY_FILE))).mode & 0o777, 0o644);
  const passwords = new Set([...first.values()].map((s) => s.password));
  assert.equal(passwords.size, users.length, 'every role and every client has its own password');

  const again = await ensureSystemSecrets(dir, ['alice', 'bob']);
  assert.deepEqual(again, first);
  assert.deepEqual(await readRoleSecret(dir, 'client', 'bob'), first.get('client-bob'));

  const key = privateKeyFromPem(await readKeyPem(dir, SIGNING_KEY_FILE));
  const pub = publicKeyFromPem(await readKeyPem(dir, VERIFY_KEY_FILE));
  const token = signCredential({ user: 'a@', group: 'a@', groups: ['a@'], machine: 'm', role: 'admin', issuedMs: 1, expiryMs: 10 }, key);
  assert.equal(verifyCredential(token, pub, 5).role, 'admin');

  const conf = JSON.parse(natsServerConfig('lab', first)) as { authorization: { users: { user: string; password: string }[] } };
  assert.equal(conf.authorization.users.length, users.length);
  assert.equal(conf.authorization.users.find((u) => u.user === 'admin')?.password, first.get('admin')?.password);
  assert.match(await readFile(roleSecretPath(dir, 'pool'), 'utf8'), /"user":"pool"/);
});

test('a missing role secret is DER_NONEXIST naming the file', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'auth-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await assert.rejects(readRoleSecret(dir, 'admin'), (e: Error) => /no admin credential at .*nats-admin\.json/.test(e.message));
});
