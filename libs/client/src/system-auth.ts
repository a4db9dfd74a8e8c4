import { hostname } from 'node:os';
import { join } from 'node:path';
import { AUTH_DIR_NAME, loadRoleAuth } from '@daos-nats/auth';
import { NonexistError } from '@daos-nats/base';
import type { Credential } from './system-credential.js';

/** The roles a client process can take: `admin` (dmg), `client` (daos and the library). */
export type ClientRole = 'admin' | 'client';

/**
 * The NATS user and credential signer of `role`, from the system's auth directory
 * ($DAOS_AUTH_DIR, else `<dataDir>/auth`, which `npm start` creates). The signed identity is
 * `who` (the OS user, or DAOS_NATS_USER/GROUP/GROUPS). Undefined when the system has no auth
 * directory (an external NATS without authentication); an unreadable one is DER_NO_PERM.
 */
export async function systemAuth(
  dataDir: string,
  role: ClientRole,
  who: Credential,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ user: string; pass: string; credential?: () => string } | undefined> {
  const dir = env['DAOS_AUTH_DIR'] || join(dataDir, AUTH_DIR_NAME);
  try {
    const a = await loadRoleAuth(dir, role, { user: who.user, group: who.group, groups: who.groups, machine: hostname(), role });
    return a.bus;
  } catch (e) {
    if (e instanceof NonexistError) return undefined;
    throw e;
  }
}
