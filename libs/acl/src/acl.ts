import { NonexistError } from '@daos-nats/base';
import { aceProblem, formatAce, parseAce, type Ace } from './ace.js';
import { AclInvalidError } from './errors.js';
import { PERM_CONT_ALL, PERM_POOL_ALL, formatPerms } from './permissions.js';
import { PRINCIPAL_TYPE, formatPrincipal, principalKey, type Principal } from './principal.js';

/** Bound on the encoded entries of one ACL, in bytes (DAOS `DAOS_ACL_MAX_ACE_LEN`). */
export const ACL_ENTRIES_BYTES_MAX = 65536;
/** Fixed part of one encoded entry (DAOS `sizeof(struct daos_ace)`). */
const ACE_HEADER_BYTES = 32;

/** What an ACL guards: the permissions each may grant differ. */
export type AclTarget = 'pool' | 'container';

/**
 * Bytes `ace` takes in DAOS's binary ACL: the header, plus a named principal NUL-terminated and
 * padded to 8 bytes. The size limit is stated in these bytes, so it is checked in them here too.
 */
export function aceEncodedBytes(ace: Ace): number {
  const p = ace.principal;
  if (p.kind !== 'user' && p.kind !== 'group') return ACE_HEADER_BYTES;
  const nameBytes = utf8.encode(p.name).length + 1;
  return ACE_HEADER_BYTES + Math.ceil(nameBytes / 8) * 8;
}

const utf8 = new TextEncoder();

const byPrincipalType = (a: Ace, b: Ace): number => PRINCIPAL_TYPE[a.principal.kind] - PRINCIPAL_TYPE[b.principal.kind];

/**
 * An Access Control List: valid by construction and immutable; edits return a new Acl.
 *
 * Invariants: every entry is valid (`aceProblem`); at most one entry per principal; entries are
 * ordered by principal type (owner, users, owner group, groups, everyone), keeping insertion order
 * within a type; the encoded size is at most ACL_ENTRIES_BYTES_MAX.
 */
export class Acl {
  /** Entry by principal key: evaluation looks entries up on every access check. */
  private readonly byKey: ReadonlyMap<string, Ace>;

  private constructor(readonly entries: readonly Ace[]) {
    this.byKey = new Map(entries.map((a) => [principalKey(a.principal), a]));
  }

  static readonly EMPTY = new Acl([]);

  /** Build from entries in any order (DAOS `daos_acl_create` + `daos_acl_validate`). */
  static of(aces: readonly Ace[]): Acl {
    const seen = new Map<string, number>();
    aces.forEach((ace, i) => {
      const problem = aceProblem(ace);
      if (problem !== undefined) throw new AclInvalidError(`entry ${i + 1} (${safeFormat(ace)}): ${problem}`);
      const key = principalKey(ace.principal);
      const first = seen.get(key);
      if (first !== undefined)
        throw new AclInvalidError(`entries ${first + 1} and ${i + 1} are both for ${formatPrincipal(ace.principal)}: one entry per principal`);
      seen.set(key, i);
    });
    const bytes = aces.reduce((n, a) => n + aceEncodedBytes(a), 0);
    if (bytes > ACL_ENTRIES_BYTES_MAX) throw new AclInvalidError(`ACL entries take ${bytes} bytes, more than ${ACL_ENTRIES_BYTES_MAX}`);
    // Array.prototype.sort is stable: same-type entries keep their order.
    return new Acl(Object.freeze([...aces].sort(byPrincipalType)));
  }

  /** Parse ACE strings (DAOS `daos_acl_from_strs`). */
  static parse(aceStrings: readonly string[]): Acl {
    return Acl.of(aceStrings.map((s) => parseAce(s)));
  }

  /**
   * Parse an ACL file as the CLIs take it (`dmg pool create --acl-file`): one ACE per line, blank
   * lines and `#` comments ignored; errors name the line.
   */
  static parseText(text: string): Acl {
    const aces: Ace[] = [];
    text.split(/\r?\n/).forEach((raw, i) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      aces.push(parseAce(line, i + 1));
    });
    return Acl.of(aces);
  }

  /** The entry for `principal`, if any. */
  get(principal: Principal): Ace | undefined {
    return this.byKey.get(principalKey(principal));
  }

  /** Add `ace`, or replace the entry for its principal in place (DAOS `daos_acl_add_ace`). */
  with(ace: Ace): Acl {
    const key = principalKey(ace.principal);
    const at = this.entries.findIndex((a) => principalKey(a.principal) === key);
    return Acl.of(at < 0 ? [...this.entries, ace] : this.entries.map((a, i) => (i === at ? ace : a)));
  }

  /** Add or replace several entries, in order (`daos cont update-acl`). */
  withAll(aces: readonly Ace[]): Acl {
    return aces.reduce<Acl>((acl, ace) => acl.with(ace), this);
  }

  /** Remove the entry for `principal`; NonexistError if there is none (DAOS `daos_acl_remove_ace`). */
  without(principal: Principal): Acl {
    const key = principalKey(principal);
    if (!this.byKey.has(key))
      throw new NonexistError(`no ACL entry for ${formatPrincipal(principal)}`);
    return new Acl(Object.freeze(this.entries.filter((a) => principalKey(a.principal) !== key)));
  }

  /** Throw AclInvalidError if an entry grants a permission `target` does not have. */
  checkFor(target: AclTarget): this {
    const valid = target === 'pool' ? PERM_POOL_ALL : PERM_CONT_ALL;
    for (const ace of this.entries) {
      const extra = ace.perms & ~valid;
      if (extra !== 0)
        throw new AclInvalidError(`${formatAce(ace)}: permission ${formatPerms(extra)} is not valid for a ${target} (valid: ${formatPerms(valid)})`);
    }
    return this;
  }

  get encodedBytes(): number {
    return this.entries.reduce((n, a) => n + aceEncodedBytes(a), 0);
  }

  toStrings(): string[] {
    return this.entries.map(formatAce);
  }

  /** The ACL file form, which `parseText` reads back. */
  toText(): string {
    return this.entries.length === 0 ? '# Entries:\n#   None\n' : `# Entries:\n${this.toStrings().join('\n')}\n`;
  }
}

function safeFormat(ace: Ace): string {
  try {
    return formatAce(ace);
  } catch {
    return JSON.stringify(ace);
  }
}
