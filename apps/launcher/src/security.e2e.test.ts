// Security of a system started the way `npm start` starts it: anonymous connections are refused;
// unsigned, forged and expired credentials, and a user's credential on administrative or internal
// operations, are DER_NO_PERM with a sentence; a refused request changes nothing.
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { after, before, test } from 'node:test';
import { authDir, privateKeyFromPem, readKeyPem, signCredential, SIGNING_KEY_FILE, type Role } from '@daos-nats/auth';
import { DER, DaosError } from '@daos-nats/base';
import { mgmtOps, rsvcOps } from '@daos-nats/api';
import { connectBus, msReplicaSubject } from '@daos-nats/bus';
import { callerCredential, DaosClient, MgmtClient, PoolContainers, systemAuth, type Credential } from '@daos-nats/client';
import { createLogger } from '@daos-nats/telemetry';
import { TestSystem } from '@daos-nats/testkit';

let sys: TestSystem;
before(async () => {
  sys = await TestSystem.start();
});
after(async () => {
  await sys?.[Symbol.asyncDispose]();
});

const log = createLogger({ service: 'security-test', level: 'silent' });
const who = callerCredential();

/** A library session whose NATS user is `role`'s and whose credential is whatever `credential` gives. */
async function session(role: 'admin' | 'client', credential?: () => string | undefined, claimed: Credential = who): Promise<{ client: DaosClient; mgmt: MgmtClient }> {
  const auth = await systemAuth(sys.dataDir, role, who, {});
  assert.ok(auth?.credential, 'npm start created the auth directory and the signing key');
  const client = await DaosClient.connect({ natsUrl: sys.natsUrl, system: sys.system, credential: claimed, log, auth: { ...auth, credential: credential ?? auth.credential } });
  return { client, mgmt: new MgmtClient(client, { replicas: sys.record.msReplicas }) };
}

/** A credential signed by the system's own key, with any role and times. */
async function systemSigned(role: Role, issuedMs: number, expiryMs: number): Promise<string> {
  const key = privateKeyFromPem(await readKeyPem(authDir(sys.dataDir), SIGNING_KEY_FILE));
  return signCredential({ user: who.user, group: who.group, groups: [...who.groups], machine: hostname(), role, issuedMs, expiryMs }, key);
}

async function refused(p: Promise<unknown>, re: RegExp): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof DaosError, String(e));
    assert.equal(e.code, DER.NO_PERM, e.message);
    assert.match(e.message, re);
    return true;
  });
}

const poolCreate = (label: string) => ({ uuid: randomUUID(), label, sizeBytes: 1 << 30, svcReplicas: 0, owner: who.user, ownerGroup: who.group, acl: [], props: {}, ranks: [] });

test('an anonymous connection to a started system is refused', async () => {
  await assert.rejects(connectBus({ name: 'anonymous', servers: sys.natsUrl, log }), /Authorization|authorization/);
});

test('unsigned, forged and expired credentials are DER_NO_PERM saying what was wrong, and change nothing', async () => {
  const forger = generateKeyPairSync('ed25519');
  const now = Date.now();
  const forged = signCredential({ user: who.user, group: who.group, groups: [...who.groups], machine: 'x', role: 'admin', issuedMs: now, expiryMs: now + 60_000 }, forger.privateKey);
  const expired = await systemSigned('admin', now - 120_000, now - 60_000);
  const cases: [string, () => string | undefined, RegExp][] = [
    ['unsigned', () => undefined, /no signed credential/],
    ['forged', () => forged, /does not verify/],
    ['expired', () => expired, /expired/],
  ];
  for (const [what, credential, why] of cases) {
    const { client, mgmt } = await session('admin', credential);
    try {
      await refused(mgmt.poolCreate(poolCreate(`p-${what}`), { callTimeoutMs: 10_000 }), why);
      await refused(mgmt.systemQuery({}, { callTimeoutMs: 10_000 }), why);
    } finally {
      await client.close();
    }
  }
  const { client, mgmt } = await session('admin');
  try {
    assert.deepEqual((await mgmt.poolList()).map((p) => p.label).filter((l) => l.startsWith('p-')), [], 'no refused create made a pool');
  } finally {
    await client.close();
  }
});

test('a user credential cannot run administrative or internal operations; the MS survives the attempt', async () => {
  const { client, mgmt } = await session('client');
  try {
    await refused(mgmt.poolCreate(poolCreate('p-user'), { callTimeoutMs: 10_000 }), /administrative operation: it needs the admin credential/);
    const before = (await mgmt.systemQuery()).members.length;
    const leader = sys.record.msReplicas[0]!;
    // The attack of issue 10: rsvc.stop {destroy} on the MS database, and a forged join.
    for (const r of sys.record.msReplicas)
      await refused(client.bus.call(msReplicaSubject(sys.system, r), rsvcOps.stop, { destroy: true, fenceTerm: 1, gen: 0 }, { timeoutMs: 10_000 }), /internal to the services/);
    const join = { uuid: randomUUID(), kind: 'pool-service', addr: 'x', faultDomain: '/evil' };
    await refused(client.bus.call(msReplicaSubject(sys.system, leader), mgmtOps.join, join, { timeoutMs: 10_000 }), /internal to the services/);
    const after = await mgmt.systemQuery();
    assert.equal(after.members.length, before, 'no member was added');
    assert.ok((await mgmt.poolList()).every((p) => p.label !== 'p-user'));
  } finally {
    await client.close();
  }
});

test('the CLIs find their credentials with no flags: dmg as admin, daos as a user, DAOS_NATS_USER still plays another user', async () => {
  const created = await sys.dmg(['pool', 'create', '--size', '1G', 'sectank']);
  assert.equal(created.code, 0, created.stderr);
  const bob = await sys.daos(['container', 'create', 'sectank', 'bobs'], { env: { DAOS_NATS_USER: 'bob', DAOS_NATS_GROUP: 'bob' } });
  // bob is not in the pool's ACL (owner only by default): the pool service evaluated the signed identity.
  assert.equal(bob.code, 1, bob.stdout);
  assert.match(bob.stderr, /DER_NO_PERM/);
  const mine = await sys.daos(['container', 'create', 'sectank', 'mine']);
  assert.equal(mine.code, 0, mine.stderr);
});

test('a user cannot connect to a pool naming its owner: the signed identity is the only one it may name', async () => {
  const created = await sys.dmg(['pool', 'create', '--size', '1G', '--user', 'carol', '--group', 'carol', 'carols']);
  assert.equal(created.code, 0, created.stderr);
  const carol = { user: 'carol@', group: 'carol@', groups: ['carol@'] };
  const { client, mgmt } = await session('client', undefined, carol);
  try {
    await refused(PoolContainers.connect(client, mgmt, 'carols'), /names carol@ .* signed credential is /);
  } finally {
    await client.close();
  }
  // As itself, the same user is simply not in carol's ACL.
  const me = await session('client');
  try {
    await assert.rejects(PoolContainers.connect(me.client, me.mgmt, 'carols'), (e: unknown) => e instanceof DaosError && e.code === DER.NO_PERM);
  } finally {
    await me.client.close();
  }
});
