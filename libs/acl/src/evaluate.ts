import { InvalidError } from '@daos-nats/base';
import type { Acl } from './acl.js';
import { principalNameProblem } from './principal.js';

/** Who owns the pool or container: a user and a group, both `name@[domain]`. */
export interface Ownership {
  readonly user: string;
  readonly group: string;
}

/** Who is asking, from the validated credential: the user and every group it belongs to (primary included). */
export interface Requestor {
  readonly user: string;
  readonly groups: readonly string[];
}

/** Which rule decided: DAOS evaluates the categories in this order and the first that matches wins. */
export type MatchedBy = 'owner' | 'user' | 'groups' | 'everyone' | 'none';

export interface Evaluation {
  readonly perms: number;
  readonly isOwner: boolean;
  readonly matchedBy: MatchedBy;
}

/**
 * The permissions `who` has under `acl` (DAOS `get_acl_permissions`, `src/security/acl.c`):
 * 1. the owner, if there is an OWNER@ entry: that entry, final;
 * 2. a named-user entry for the user: final;
 * 3. the union of GROUP@ (if the user is in the owner group) and every named group the user is in,
 *    if any of them has an entry;
 * 4. EVERYONE@;
 * 5. nothing.
 * An entry with no permissions matches and so denies. The owner then gets `ownerMinPerms` on top
 * (containers: get/set ACL, so an owner can never lock itself out).
 */
export function evaluate(acl: Acl, ownership: Ownership, who: Requestor, ownerMinPerms = 0): Evaluation {
  // Ownership comes from the stored properties and the requestor from a credential: both are
  // input, so a bad name is DER_INVAL (DAOS `is_ownership_valid`), not a crash.
  checkName('owner user', ownership.user);
  checkName('owner group', ownership.group);
  checkName('requesting user', who.user);
  const isOwner = who.user === ownership.user;
  const decided = decide(acl, ownership, who, isOwner);
  return { ...decided, isOwner, perms: isOwner ? decided.perms | ownerMinPerms : decided.perms };
}

function decide(acl: Acl, ownership: Ownership, who: Requestor, isOwner: boolean): { perms: number; matchedBy: MatchedBy } {
  if (isOwner) {
    const owner = acl.get({ kind: 'owner' });
    if (owner !== undefined) return { perms: owner.perms, matchedBy: 'owner' };
  }
  const named = acl.get({ kind: 'user', name: who.user });
  if (named !== undefined) return { perms: named.perms, matchedBy: 'user' };
  let union = 0;
  let found = false;
  if (who.groups.includes(ownership.group)) {
    const ownerGroup = acl.get({ kind: 'owner-group' });
    if (ownerGroup !== undefined) ((union |= ownerGroup.perms), (found = true));
  }
  for (const g of who.groups) {
    const entry = acl.get({ kind: 'group', name: g });
    if (entry !== undefined) ((union |= entry.perms), (found = true));
  }
  if (found) return { perms: union, matchedBy: 'groups' };
  const everyone = acl.get({ kind: 'everyone' });
  if (everyone !== undefined) return { perms: everyone.perms, matchedBy: 'everyone' };
  return { perms: 0, matchedBy: 'none' };
}

function checkName(what: string, name: string): void {
  const p = principalNameProblem(name);
  if (p !== undefined) throw new InvalidError(`${what} ${JSON.stringify(name)}: ${p.problem}`);
}
