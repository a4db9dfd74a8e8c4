import type { KeyObject } from 'node:crypto';
import { assert } from '@daos-nats/base';
import type { Role } from './roles.js';
import { CREDENTIAL_LIFETIME_MS_DEFAULT, signCredential } from './signed-credential.js';

export interface SignerIdentity {
  readonly user: string;
  readonly group: string;
  readonly groups: readonly string[];
  readonly machine: string;
  readonly role: Role;
}

/**
 * A source of signed credentials for one identity (the agent's job in DAOS): signs one, reuses it
 * while more than half of its lifetime is left, then signs a fresh one. Pass it as the bus's
 * `credential` option.
 */
export function credentialSigner(key: KeyObject, who: SignerIdentity, o: { lifetimeMs?: number; nowMs?: () => number } = {}): () => string {
  const lifetimeMs = o.lifetimeMs ?? CREDENTIAL_LIFETIME_MS_DEFAULT;
  const now = o.nowMs ?? Date.now;
  assert(Number.isSafeInteger(lifetimeMs) && lifetimeMs > 0, 'lifetimeMs > 0');
  let token = '';
  let renewAtMs = -Infinity;
  return () => {
    const t = now();
    if (t >= renewAtMs) {
      token = signCredential({ ...who, groups: [...who.groups], issuedMs: t, expiryMs: t + lifetimeMs }, key);
      renewAtMs = t + lifetimeMs / 2;
    }
    return token;
  };
}
