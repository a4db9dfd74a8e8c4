// What one process needs to take part in a system with credentials, loaded from the system's
// auth directory (system-secrets.ts): its role's NATS user, a signer of its credentials (when it
// can read the signing key: services, and the CLIs of the user who started the system, who play
// DAOS's agent), and for services the gate that verifies every request.
import { hostname, userInfo } from 'node:os';
import { NonexistError, NoPermError } from '@daos-nats/base';
import { credentialSigner, type SignerIdentity } from './credential-signer.js';
import { operationAuthorizer, type AuthorizedRequest } from './operation-authorizer.js';
import type { Role } from './roles.js';
import { privateKeyFromPem, publicKeyFromPem, type SignedCredentialBody } from './signed-credential.js';
import { readKeyPem, readRoleSecret, SIGNING_KEY_FILE, VERIFY_KEY_FILE } from './system-secrets.js';

export interface RoleAuth {
  readonly role: Role;
  /** Spread into libs/bus `connectBus` options. */
  readonly bus: { readonly user: string; readonly pass: string; readonly credential?: () => string };
  /** Verifies a request's credential and the role's right to the operation (DER_NO_PERM). */
  readonly authorize: (req: AuthorizedRequest) => SignedCredentialBody;
}

/** A service process's identity: the OS user it runs as, acting as its role. */
export function serviceIdentity(role: Role): SignerIdentity {
  const user = `${userInfo().username}@`;
  return { user, group: user, groups: [user], machine: hostname(), role };
}

/**
 * Load `role`'s credentials from `dir`. `who` is the identity to sign (default: the service
 * identity). Without a readable signing key the process connects but signs nothing, and every
 * operation that needs an identity is refused (DER_NO_PERM: "no signed credential").
 */
export async function loadRoleAuth(dir: string, role: Role, who: SignerIdentity = serviceIdentity(role)): Promise<RoleAuth> {
  const secret = await readRoleSecret(dir, role);
  const verifyKey = publicKeyFromPem(await readKeyPem(dir, VERIFY_KEY_FILE));
  let credential: (() => string) | undefined;
  try {
    credential = credentialSigner(privateKeyFromPem(await readKeyPem(dir, SIGNING_KEY_FILE)), { ...who, role });
  } catch (e) {
    if (!(e instanceof NonexistError || e instanceof NoPermError)) throw e;
  }
  return {
    role,
    bus: { user: secret.user, pass: secret.password, ...(credential ? { credential } : {}) },
    authorize: operationAuthorizer(verifyKey),
  };
}
