import type { KeyObject } from 'node:crypto';
import { NoPermError } from '@daos-nats/base';
import { operationAccess, roleMay } from './operation-access.js';
import { verifyCredential, type SignedCredentialBody } from './signed-credential.js';

/** What the authorizer reads of a request (libs/bus `IncomingRequest` fits). */
export interface AuthorizedRequest {
  readonly operation: string;
  readonly credential?: string;
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
    return c;
  };
}
