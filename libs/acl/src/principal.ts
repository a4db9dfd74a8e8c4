import { AceSyntaxError } from './errors.js';

const utf8 = new TextEncoder();

/** Longest user@domain name, in UTF-8 bytes (DAOS `DAOS_ACL_MAX_PRINCIPAL_LEN`). */
export const PRINCIPAL_NAME_BYTES_MAX = 255;

/** The special principals' names, as written in ACE strings. */
export const OWNER = 'OWNER@';
export const OWNER_GROUP = 'GROUP@';
export const EVERYONE = 'EVERYONE@';

/**
 * Whom an entry is about. The order of the kinds is DAOS's `enum daos_acl_principal_type`, which
 * is also the order of the entries in an ACL: owner, named users, owner group, named groups, everyone.
 */
export type Principal =
  | { readonly kind: 'owner' }
  | { readonly kind: 'user'; readonly name: string }
  | { readonly kind: 'owner-group' }
  | { readonly kind: 'group'; readonly name: string }
  | { readonly kind: 'everyone' };

export type PrincipalKind = Principal['kind'];

/** DAOS's numeric principal type (the wire value), which is also the sort rank. */
export const PRINCIPAL_TYPE: Readonly<Record<PrincipalKind, number>> = {
  owner: 0,
  user: 1,
  'owner-group': 2,
  group: 3,
  everyone: 4,
};

export const isGroupKind = (k: PrincipalKind): boolean => k === 'owner-group' || k === 'group';

/** One string per principal, equal for equal principals (DAOS compares type and name). */
export function principalKey(p: Principal): string {
  return p.kind === 'user' || p.kind === 'group' ? `${p.kind}:${p.name}` : p.kind;
}

export function samePrincipal(a: Principal, b: Principal): boolean {
  return principalKey(a) === principalKey(b);
}

/** The principal field of an ACE string: OWNER@, GROUP@, EVERYONE@ or the name. */
export function principalField(p: Principal): string {
  switch (p.kind) {
    case 'owner':
      return OWNER;
    case 'owner-group':
      return OWNER_GROUP;
    case 'everyone':
      return EVERYONE;
    case 'user':
    case 'group':
      return p.name;
  }
}

/**
 * Why `name` is not a valid `name@[domain]` principal name, or undefined if it is (DAOS
 * `daos_acl_principal_is_valid`: exactly one '@', not first, at most 255 bytes). Control
 * characters are refused too: DAOS would truncate at a NUL, and they have no place in a name.
 */
export function principalNameProblem(name: string): { readonly problem: string; readonly at: number } | undefined {
  if (name.length === 0) return { problem: 'empty principal name', at: 0 };
  const bytes = utf8.encode(name).length;
  if (bytes > PRINCIPAL_NAME_BYTES_MAX)
    return { problem: `principal name is ${bytes} bytes, more than ${PRINCIPAL_NAME_BYTES_MAX}`, at: 0 };
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return { problem: `control character 0x${c.toString(16)} in principal name`, at: i };
  }
  const at = name.indexOf('@');
  if (at < 0) return { problem: "principal name needs the form name@[domain] (no '@')", at: name.length };
  if (at === 0) return { problem: "principal name needs a name before '@'", at: 0 };
  const second = name.indexOf('@', at + 1);
  if (second >= 0) return { problem: "principal name has a second '@'", at: second };
  return undefined;
}

export function isValidPrincipalName(name: string): boolean {
  return principalNameProblem(name) === undefined;
}

/** A principal for a named user, checked. */
export function user(name: string): Principal {
  checkName(name);
  return { kind: 'user', name };
}

/** A principal for a named group, checked. */
export function group(name: string): Principal {
  checkName(name);
  return { kind: 'group', name };
}

function checkName(name: string, offset = 0, input = name): void {
  const p = principalNameProblem(name);
  if (p !== undefined) throw new AceSyntaxError(input, offset + p.at, p.problem);
}

/**
 * Parse the principal notation of the CLIs (DAOS `daos_acl_principal_from_str`), used to name an
 * entry to update or delete: `u:name@[domain]`, `g:name@[domain]`, `OWNER@`, `GROUP@`, `EVERYONE@`.
 */
export function parsePrincipal(s: string): Principal {
  if (s === OWNER) return { kind: 'owner' };
  if (s === OWNER_GROUP) return { kind: 'owner-group' };
  if (s === EVERYONE) return { kind: 'everyone' };
  if (s.startsWith('u:') || s.startsWith('g:')) {
    const name = s.slice(2);
    checkName(name, 2, s);
    return s[0] === 'u' ? { kind: 'user', name } : { kind: 'group', name };
  }
  throw new AceSyntaxError(s, 0, "principal must be u:<name@[domain]>, g:<name@[domain]>, OWNER@, GROUP@ or EVERYONE@");
}

/** The inverse of `parsePrincipal`. */
export function formatPrincipal(p: Principal): string {
  return p.kind === 'user' ? `u:${p.name}` : p.kind === 'group' ? `g:${p.name}` : principalField(p);
}
