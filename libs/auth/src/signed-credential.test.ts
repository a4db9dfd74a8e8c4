import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { DER, DaosError } from '@daos-nats/base';
import { signCredential, verifyCredential, CREDENTIAL_TOKEN_BYTES_MAX, type SignedCredentialBody } from './signed-credential.js';

const system = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');
const NOW = 1_700_000_000_000;
const alice = { user: 'alice@', group: 'alice@', groups: ['alice@', 'staff@'], machine: 'host1', role: 'client', issuedMs: NOW, expiryMs: NOW + 60_000 } as const;

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof DaosError, `expected a DaosError, got ${String(e)}`);
    assert.equal(e.code, DER.NO_PERM);
    return e.message;
  }
  assert.fail('expected a refusal');
}

test('a credential signed by the system key verifies and yields its identity', () => {
  const token = signCredential(alice, system.privateKey);
  const c: SignedCredentialBody = verifyCredential(token, system.publicKey, NOW + 1000);
  assert.deepEqual(c, { v: 1, ...alice });
});

test('unsigned, forged, tampered, expired, future and oversized credentials are DER_NO_PERM with a reason', () => {
  assert.match(refusal(() => verifyCredential(undefined, system.publicKey, NOW)), /no signed credential/);
  assert.match(refusal(() => verifyCredential('', system.publicKey, NOW)), /no signed credential/);
  const forged = signCredential(alice, other.privateKey);
  assert.match(refusal(() => verifyCredential(forged, system.publicKey, NOW)), /does not verify/);
  // Same signature, body rewritten to claim admin: the signature no longer matches.
  const [, sig] = signCredential(alice, system.privateKey).split('.');
  const tampered = `${Buffer.from(JSON.stringify({ v: 1, ...alice, role: 'admin' })).toString('base64url')}.${sig}`;
  assert.match(refusal(() => verifyCredential(tampered, system.publicKey, NOW)), /does not verify/);
  const token = signCredential(alice, system.privateKey);
  assert.match(refusal(() => verifyCredential(token, system.publicKey, alice.expiryMs)), /expired 0 ms ago/);
  const future = signCredential({ ...alice, issuedMs: NOW + 3_600_000, expiryMs: NOW + 7_200_000 }, system.privateKey);
  assert.match(refusal(() => verifyCredential(future, system.publicKey, NOW)), /in the future/);
  assert.match(refusal(() => verifyCredential('a'.repeat(CREDENTIAL_TOKEN_BYTES_MAX + 1), system.publicKey, NOW)), /longer than/);
  assert.match(refusal(() => verifyCredential('not a token', system.publicKey, NOW)), /base64url/);
});

test('a signed body that is not a credential is refused, not trusted', () => {
  const bad = signCredential({ ...alice, role: 'root' as 'client' }, system.privateKey);
  assert.match(refusal(() => verifyCredential(bad, system.publicKey, NOW)), /unknown role/);
  const noGroups = signCredential({ ...alice, groups: 'staff@' as unknown as string[] }, system.privateKey);
  assert.match(refusal(() => verifyCredential(noGroups, system.publicKey, NOW)), /groups must be a list/);
});

test('a refusal message never echoes the token', () => {
  const forged = signCredential(alice, other.privateKey);
  assert.ok(!refusal(() => verifyCredential(forged, system.publicKey, NOW)).includes(forged.slice(0, 20)));
});
