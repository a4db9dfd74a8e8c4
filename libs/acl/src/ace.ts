import { AceSyntaxError } from './errors.js';
import { PERM_ALL, describePerms, formatPerms, permBit } from './permissions.js';
import { EVERYONE, OWNER, OWNER_GROUP, isGroupKind, principalField, principalNameProblem, type Principal } from './principal.js';

/** Access types (DAOS `enum daos_acl_access_type`). Only Allow is enforced; Audit and Alarm are kept. */
export const ACCESS = { ALLOW: 1 << 0, AUDIT: 1 << 1, ALARM: 1 << 2 } as const;
/** Access flags (DAOS `enum daos_acl_flags`). */
export const FLAG = { GROUP: 1 << 0, POOL_INHERIT: 1 << 1, ACCESS_FAIL: 1 << 2, ACCESS_SUCCESS: 1 << 3 } as const;

const ACCESS_LETTERS = [
  { letter: 'A', bit: ACCESS.ALLOW, name: 'Allow' },
  { letter: 'U', bit: ACCESS.AUDIT, name: 'Audit' },
  { letter: 'L', bit: ACCESS.ALARM, name: 'Alarm' },
] as const;
const FLAG_LETTERS = [
  { letter: 'G', bit: FLAG.GROUP, name: 'Group' },
  { letter: 'S', bit: FLAG.ACCESS_SUCCESS, name: 'Access-Success' },
  { letter: 'F', bit: FLAG.ACCESS_FAIL, name: 'Access-Failure' },
  { letter: 'P', bit: FLAG.POOL_INHERIT, name: 'Pool-Inherit' },
] as const;

/** Longest ACE string (DAOS `DAOS_ACL_MAX_ACE_STR_LEN`: the principal plus 64). */
export const ACE_STRING_CHARS_MAX = 255 + 64;

/**
 * One Access Control Entry: `TYPES:FLAGS:PRINCIPAL:PERMS`, e.g. `A::OWNER@:rw`, `A:G:GROUP@:rw`,
 * `A::alice@:r`, `A:G:admins@:rwcdt`, `AU:S:EVERYONE@:r`. The string form has one permission set
 * for all its access types, and so has this type.
 */
export interface Ace {
  readonly access: number;
  readonly flags: number;
  readonly principal: Principal;
  readonly perms: number;
}

/** An Allow entry for `principal` with the permission bits `perms` (group flag set as needed). */
export function allow(principal: Principal, perms: number): Ace {
  return { access: ACCESS.ALLOW, flags: isGroupKind(principal.kind) ? FLAG.GROUP : 0, principal, perms };
}

/** Why `ace` is not a valid entry, or undefined (DAOS `daos_ace_is_valid`). */
export function aceProblem(ace: Ace): string | undefined {
  if (ace.access === 0) return 'no access type (A, U or L)';
  if ((ace.access & ~(ACCESS.ALLOW | ACCESS.AUDIT | ACCESS.ALARM)) !== 0) return `unknown access type bits 0x${ace.access.toString(16)}`;
  if ((ace.flags & ~(FLAG.GROUP | FLAG.POOL_INHERIT | FLAG.ACCESS_FAIL | FLAG.ACCESS_SUCCESS)) !== 0) return `unknown flag bits 0x${ace.flags.toString(16)}`;
  if ((ace.perms & ~PERM_ALL) !== 0 || ace.perms < 0) return `unknown permission bits 0x${ace.perms.toString(16)}`;
  const kind = ace.principal.kind;
  if (isGroupKind(kind) !== ((ace.flags & FLAG.GROUP) !== 0))
    return isGroupKind(kind) ? `${principalField(ace.principal)} is a group and needs the G flag` : `${principalField(ace.principal)} is not a group: no G flag`;
  if (kind === 'user' || kind === 'group') {
    const p = principalNameProblem(ace.principal.name);
    if (p !== undefined) return p.problem;
  }
  // Success/failure flags say when to audit or alarm: they belong with U or L, and U or L needs one.
  const alert = (ace.access & (ACCESS.AUDIT | ACCESS.ALARM)) !== 0;
  const alertFlags = (ace.flags & (FLAG.ACCESS_SUCCESS | FLAG.ACCESS_FAIL)) !== 0;
  if (alert && !alertFlags) return 'audit (U) and alarm (L) entries need an S or F flag';
  if (!alert && alertFlags) return 'S and F flags only go with audit (U) or alarm (L) entries';
  return undefined;
}

/** Parse an ACE string (DAOS `daos_ace_from_str`); throws AceSyntaxError saying what and where. */
export function parseAce(input: string, line?: number): Ace {
  const fail = (at: number, problem: string): never => {
    throw new AceSyntaxError(input, at, problem, line);
  };
  if (input.length > ACE_STRING_CHARS_MAX) fail(ACE_STRING_CHARS_MAX, `ACE longer than ${ACE_STRING_CHARS_MAX} characters`);
  const fields = input.split(':');
  if (fields.length !== 4) {
    const at = fields.length > 4 ? fields.slice(0, 4).join(':').length : input.length;
    fail(at, `an ACE has 4 fields TYPE:FLAGS:PRINCIPAL:PERMS, found ${fields.length}`);
  }
  const [types, flags, name, perms] = fields as [string, string, string, string];
  const start = [0, types.length + 1, types.length + flags.length + 2, input.length - perms.length];
  const bits = (field: string, offset: number, table: readonly { letter: string; bit: number }[], what: string): number => {
    let acc = 0;
    for (let i = 0; i < field.length; i++) {
      const hit = table.find((t) => t.letter === field[i]);
      if (hit === undefined) fail(offset + i, `invalid ${what} '${field[i]}' (expected one of ${table.map((t) => t.letter).join(' ')})`);
      else acc |= hit.bit;
    }
    return acc;
  };
  const access = bits(types, start[0]!, ACCESS_LETTERS, 'access type');
  if (access === 0) fail(0, 'missing access type (A, U or L)');
  const flagBits = bits(flags, start[1]!, FLAG_LETTERS, 'flag');
  let permBits = 0;
  for (let i = 0; i < perms.length; i++) {
    const b = permBit(perms[i]!);
    if (b === undefined) fail(start[3]! + i, `invalid permission '${perms[i]}' (expected one of r w c d t T a A o)`);
    else permBits |= b;
  }
  const principal = principalFromField(name, flagBits, (at, problem) => fail(start[2]! + at, problem));
  const ace: Ace = { access, flags: flagBits, principal, perms: permBits };
  const problem = aceProblem(ace);
  // Letters and names were checked above; what is left is flags that do not fit the entry.
  if (problem !== undefined) fail(start[1]!, problem);
  return ace;
}

function principalFromField(field: string, flags: number, fail: (at: number, problem: string) => never): Principal {
  if (field === OWNER) return { kind: 'owner' };
  if (field === OWNER_GROUP) return { kind: 'owner-group' };
  if (field === EVERYONE) return { kind: 'everyone' };
  const p = principalNameProblem(field);
  if (p !== undefined) fail(p.at, p.problem);
  return (flags & FLAG.GROUP) !== 0 ? { kind: 'group', name: field } : { kind: 'user', name: field };
}

/** Format an ACE in DAOS's canonical compact form (DAOS `daos_ace_to_str`); parseAce inverts it. */
export function formatAce(ace: Ace): string {
  const letters = (bits: number, table: readonly { letter: string; bit: number }[]): string =>
    table.filter((t) => (bits & t.bit) !== 0).map((t) => t.letter).join('');
  return `${letters(ace.access, ACCESS_LETTERS)}:${letters(ace.flags, FLAG_LETTERS)}:${principalField(ace.principal)}:${formatPerms(ace.perms)}`;
}

/** DAOS's verbose form (`daos_ace_str_get_verbose`): "Allow::Owner:Read/Write". */
export function describeAce(ace: Ace): string {
  const names = (bits: number, table: readonly { name: string; bit: number }[]): string =>
    table.filter((t) => (bits & t.bit) !== 0).map((t) => t.name).join('/');
  const who =
    ace.principal.kind === 'owner' ? 'Owner' : ace.principal.kind === 'owner-group' ? 'Owner-Group' : ace.principal.kind === 'everyone' ? 'Everyone' : ace.principal.name;
  return `${names(ace.access, ACCESS_LETTERS)}:${names(ace.flags, FLAG_LETTERS)}:${who}:${describePerms(ace.perms)}`;
}
