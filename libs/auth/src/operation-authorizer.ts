import type { KeyObject } from 'node:crypto';
import { NoPermError } from '@daos-nats/base';
import { operationAccess, roleMay } from './operation-access.js';
import { verifyCredential, type SignedCredentialBody } from './signed-credential.js';
import { requestPrincipal } from './request-principal.js';
import { ROLES } from './roles.js';

/** What the authorizer reads of a request (libs/bus `IncomingRequest` fits). */
export interface AuthorizedRequest {
  readonly operation: string;
  readonly credential?: string;
  /** The request body: the principal it names, if any, must be the credential's (services excepted). */
  readonly body?: Uint8Array;
}

/**
 * A request gate for a service: verifies the request's signed credential (signature, expiry)
 * and that its role may call the operation (operation-access.ts). Throws NoPermError
 * (DER_NO_PERM) with a sentence otherwise; returns the verified identity.
 */
export function operationAuthorizer(verifyKey: KeyObject, nowMs: () => number = Date.now): (req: AuthorizedRequest) => SignedCredentialBody {
  return (req) => {
    let c: SignedCredentialBody;
    try {
      c = verifyCredential(req.credential, verifyKey, nowMs());
    } catch (e) {
      throw new NoPermError(`${req.operation}: ${(e as Error).message}`, { cause: e });
    }
    const access = operationAccess(req.operation);
    if (!roleMay(c.role, access))
      throw new NoPermError(`${req.operation} is ${access === 'admin' ? 'an administrative operation: it needs the admin credential (dmg)' : 'internal to the services: it needs a server credential'}; ${c.user} presented a ${c.role} credential`);
    if (req.body && ROLES[c.role].kind !== 'service') checkNamedPrincipal(req.operation, req.body, c);
    return c;
  };
}

/** A user acts only as itself: the principal a request names must be the signed one. */
function checkNamedPrincipal(operation: string, body: Uint8Array, c: SignedCredentialBody): void {
  let p;
  try {
    p = requestPrincipal(operation, body);
  } catch {
    return; // not decodable: the handler answers DER_PROTO, with nothing to act as
  }
  if (p === undefined) return;
  const mine = new Set([c.group, ...c.groups]);
  const extra = p.groups.filter((g) => !mine.has(g));
  if (p.user !== c.user || p.group !== c.group || extra.length > 0)
    throw new NoPermError(`${operation}: the request names ${p.user} (group ${p.group}${extra.length ? `, groups ${extra.join(',')}` : ''}) but the signed credential is ${c.user} (group ${c.group}): a caller acts only as itself`);
}
