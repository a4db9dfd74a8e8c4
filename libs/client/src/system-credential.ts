import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { InvalidError } from '@daos-nats/base';
import { isValidPrincipalName } from '@daos-nats/acl';

/**
 * Who is calling, as the services see it (DAOS `d_sec_cred`: user, primary group, other groups).
 * Names are ACL principal names with their `@`: `alice@`, `staff@`.
 */
export interface Credential {
  readonly user: string;
  /** Primary group: the owner group of what this caller creates. */
  readonly group: string;
  /** Every group the caller belongs to, the primary one included. */
  readonly groups: readonly string[];
}

/** Environment overrides (tests play other users with these): user, primary group, extra groups (comma-separated). */
export const CREDENTIAL_ENV = {
  user: 'DAOS_NATS_USER',
  group: 'DAOS_NATS_GROUP',
  groups: 'DAOS_NATS_GROUPS',
} as const;

/** `name` as a principal name: `alice` → `alice@`; `alice@lab` stays. */
export function principalName(name: string): string {
  const n = name.includes('@') ? name : `${name}@`;
  if (!isValidPrincipalName(n)) throw new InvalidError(`${JSON.stringify(name)} is not a valid user or group name`);
  return n;
}

/** gid → group name from /etc/group; an unknown gid is named by its number. */
function groupNames(): Map<number, string> {
  const names = new Map<number, string>();
  try {
    for (const line of readFileSync('/etc/group', 'utf8').split('\n')) {
      const [name, , gid] = line.split(':');
      if (name && gid !== undefined && /^\d+$/.test(gid)) names.set(Number(gid), name);
    }
  } catch {
    // No /etc/group (containers, other OSes): numbers it is.
  }
  return names;
}

/**
 * The caller's credential: the OS user and groups (as DAOS's agent reads them), each part
 * overridable through CREDENTIAL_ENV. DAOS authenticates this through its agent; here it is
 * asserted by the client, which is what the simulated security model is (see the README).
 */
export function callerCredential(env: NodeJS.ProcessEnv = process.env): Credential {
  const names = groupNames();
  const nameOf = (gid: number): string => names.get(gid) ?? String(gid);
  const os = userInfo();
  const user = principalName(env[CREDENTIAL_ENV.user] || os.username);
  const group = principalName(env[CREDENTIAL_ENV.group] || nameOf(os.gid >= 0 ? os.gid : (process.getgid?.() ?? 0)));
  const extraText = env[CREDENTIAL_ENV.groups];
  const extra =
    extraText !== undefined
      ? extraText.split(',').map((s) => s.trim()).filter(Boolean)
      : env[CREDENTIAL_ENV.user] || env[CREDENTIAL_ENV.group]
        ? [] // a played user does not inherit the real user's groups
        : (process.getgroups?.() ?? []).map(nameOf);
  const groups = [...new Set([group, ...extra.map(principalName)])];
  return { user, group, groups };
}
