// Signed credentials, as DAOS's agent signs AUTH_SYS tokens: who the caller is, signed by a key
// the system trusts. A token is `<body>.<signature>`, both base64url: the body is the canonical
// JSON of SignedCredentialBody, the signature Ed25519 over the body's bytes.
import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { InvalidError, NoPermError } from '@daos-nats/base';
import { isRole, type Role } from './roles.js';

/** The longest token a service reads: anything longer is refused before decoding. */
export const CREDENTIAL_TOKEN_BYTES_MAX = 4096;
/** How long a credential the CLIs sign for themselves is valid (one command, retries included). */
export const CREDENTIAL_LIFETIME_MS_DEFAULT = 10 * 60_000;
/** How far in the future an issue time may lie (clocks of one machine, or NTP-synchronised hosts). */
export const CREDENTIAL_CLOCK_SKEW_MS_MAX = 60_000;
const GROUPS_MAX = 64;

export interface SignedCredentialBody {
  readonly v: 1;
  /** "name@" */
  readonly user: string;
  readonly group: string;
  readonly groups: readonly string[];
  readonly machine: string;
  /** The role it acts as: admin operations need "admin", join and heartbeat a service role. */
  readonly role: Role;
  readonly issuedMs: number;
  readonly expiryMs: number;
}

function b64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

/** Sign `body` with the system's private key. */
export function signCredential(body: Omit<SignedCredentialBody, 'v'>, key: KeyObject): string {
  if (!(body.expiryMs > body.issuedMs)) throw new InvalidError('a credential must expire after it is issued');
  const text = Buffer.from(JSON.stringify({ v: 1, ...body }), 'utf8');
  return `${b64(text)}.${b64(sign(null, text, key))}`;
}

function refuse(why: string): never {
  throw new NoPermError(`credential refused: ${why}`);
}

function nameList(v: unknown, what: string): string[] {
  if (!Array.isArray(v) || v.length > GROUPS_MAX || v.some((s) => typeof s !== 'string' || s.length === 0 || s.length > 256))
    refuse(`${what} must be a list of at most ${GROUPS_MAX} names`);
  return v as string[];
}

function checkBody(v: unknown): SignedCredentialBody {
  const o = v as Record<string, unknown> | null;
  if (typeof o !== 'object' || o === null || o['v'] !== 1) refuse('unknown credential version');
  for (const k of ['user', 'group', 'machine'] as const)
    if (typeof o[k] !== 'string' || (o[k] as string).length === 0 || (o[k] as string).length > 256) refuse(`${k} is missing or too long`);
  if (typeof o['role'] !== 'string' || !isRole(o['role'])) refuse(`unknown role ${JSON.stringify(o['role'])}`);
  for (const k of ['issuedMs', 'expiryMs'] as const) if (!Number.isSafeInteger(o[k])) refuse(`${k} is not a time`);
  return { ...(o as unknown as SignedCredentialBody), groups: nameList(o['groups'], 'groups') };
}

/**
 * The identity in `token` if the system's key signed it and it is valid at `nowMs`; otherwise
 * NoPermError (DER_NO_PERM) with a sentence saying what was wrong (absent, malformed, forged,
 * expired, not yet valid). Nothing of the token is logged or echoed.
 */
export function verifyCredential(token: string | undefined, key: KeyObject, nowMs: number): SignedCredentialBody {
  if (token === undefined || token === '') refuse('no signed credential was presented (unsigned request)');
  if (token.length > CREDENTIAL_TOKEN_BYTES_MAX) refuse(`token is longer than ${CREDENTIAL_TOKEN_BYTES_MAX} bytes`);
  const parts = token.split('.');
  if (parts.length !== 2 || !/^[A-Za-z0-9_-]+$/.test(parts[0]!) || !/^[A-Za-z0-9_-]+$/.test(parts[1]!)) refuse('token is not <body>.<signature> in base64url');
  const text = Buffer.from(parts[0]!, 'base64url');
  const sig = Buffer.from(parts[1]!, 'base64url');
  let good = false;
  try {
    good = verify(null, text, key, sig);
  } catch {
    good = false;
  }
  if (!good) refuse('the signature does not verify with the system key (forged or signed by another system)');
  let body: unknown;
  try {
    body = JSON.parse(text.toString('utf8'));
  } catch {
    refuse('the signed body is not JSON');
  }
  const c = checkBody(body);
  if (c.expiryMs <= nowMs) refuse(`expired ${nowMs - c.expiryMs} ms ago`);
  if (c.issuedMs > nowMs + CREDENTIAL_CLOCK_SKEW_MS_MAX) refuse('issued in the future (clock skew beyond the allowed bound)');
  return c;
}

/** Keys from their PEM text (what system-secrets.ts stores). */
export function privateKeyFromPem(pem: string): KeyObject {
  return createPrivateKey(pem);
}
export function publicKeyFromPem(pem: string): KeyObject {
  return createPublicKey(pem);
}
