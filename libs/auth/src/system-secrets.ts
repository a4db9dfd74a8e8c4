// The secrets of one system, created at its first start in `<dataDir>/auth/` (directory 0700,
// files 0600 except the public key): one NATS password per role, one per client name (the
// `client` role has a NATS user per OS user: `nats-client-<name>.json`), and the Ed25519 key that
// signs credentials. Rotating = deleting the files and starting again (see the README).
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { InvalidError, NonexistError, NoPermError } from '@daos-nats/base';
import { clientNameOf, clientNatsUser, isRole, ROLE_NAMES, type Role } from './roles.js';

export const AUTH_DIR_NAME = 'auth';
export const SIGNING_KEY_FILE = 'credential-signing-key.pem';
export const VERIFY_KEY_FILE = 'credential-verify-key.pem';
const PASSWORD_BYTES = 24;

/** What a process of one role needs to connect to NATS: `<authDir>/nats-<role>.json` (a client: `nats-client-<name>.json`). */
export interface RoleSecret {
  readonly role: Role;
  readonly user: string;
  readonly password: string;
}

export function authDir(dataDir: string): string {
  return join(dataDir, AUTH_DIR_NAME);
}

export function roleSecretPath(dir: string, role: Role): string {
  return join(dir, `nats-${role}.json`);
}

/** The NATS credentials file of client `name` (one per OS user). */
export function clientSecretPath(dir: string, name: string): string {
  return join(dir, `nats-${clientNatsUser(name)}.json`);
}

/** The client name of the OS user running this process (whose NATS user the CLIs connect as). */
export function defaultClientName(): string {
  return clientNameOf(userInfo().username);
}

async function exists(path: string): Promise<boolean> {
  try {
    await readFile(path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}

/** Write a secret file with mode 0600 from its creation on (never world-readable, even briefly). */
async function writeSecret(path: string, text: string): Promise<void> {
  await writeFile(path, text, { mode: 0o600, flag: 'wx' });
  await chmod(path, 0o600);
}

/**
 * Create whatever is missing of the system's secrets under `dir` (idempotent: existing files are
 * kept, so a restart keeps every credential): every service and admin role's NATS user, one
 * client NATS user per name of `clientNames` (default: the OS user running this), the signing
 * key. Returns every NATS user's secret by user name (`pool`, `admin`, `client-alice`).
 */
export async function ensureSystemSecrets(dir: string, clientNames: readonly string[] = [defaultClientName()]): Promise<Map<string, RoleSecret>> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  const out = new Map<string, RoleSecret>();
  const users: [Role, string, string][] = [
    ...ROLE_NAMES.filter((r) => r !== 'client').map((r): [Role, string, string] => [r, r, roleSecretPath(dir, r)]),
    ...clientNames.map((n): [Role, string, string] => ['client', clientNatsUser(n), clientSecretPath(dir, n)]),
  ];
  for (const [role, user, path] of users) {
    if (!(await exists(path))) {
      const s: RoleSecret = { role, user, password: randomBytes(PASSWORD_BYTES).toString('base64url') };
      await writeSecret(path, `${JSON.stringify(s)}\n`);
    }
    out.set(user, await readSecretFile(path, role));
  }
  if (!(await exists(join(dir, SIGNING_KEY_FILE)))) {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    await writeSecret(join(dir, SIGNING_KEY_FILE), privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
    await writeFile(join(dir, VERIFY_KEY_FILE), publicKey.export({ type: 'spki', format: 'pem' }) as string, { mode: 0o644 });
  }
  return out;
}

/**
 * The NATS user and password of `role` (for `client`: of client `clientName`, default the OS
 * user's); DER_NONEXIST if absent, DER_NO_PERM if unreadable.
 */
export async function readRoleSecret(dir: string, role: Role, clientName: string = defaultClientName()): Promise<RoleSecret> {
  return await readSecretFile(role === 'client' ? clientSecretPath(dir, clientName) : roleSecretPath(dir, role), role);
}

async function readSecretFile(path: string, role: Role): Promise<RoleSecret> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new NonexistError(`no ${role} credential at ${path}`, { cause: e });
    if (code === 'EACCES') throw new NoPermError(`cannot read the ${role} credential ${path} (it is readable by its owner only)`, { cause: e });
    throw e;
  }
  let v: Partial<RoleSecret>;
  try {
    v = JSON.parse(text) as Partial<RoleSecret>;
  } catch (e) {
    throw new InvalidError(`${path} is not JSON`, { cause: e });
  }
  if (typeof v.user !== 'string' || typeof v.password !== 'string' || typeof v.role !== 'string' || !isRole(v.role) || v.role !== role)
    throw new InvalidError(`${path} is not a ${role} credential`);
  return { role, user: v.user, password: v.password };
}

/** PEM of a key file under `dir`; DER_NONEXIST / DER_NO_PERM as readRoleSecret. */
export async function readKeyPem(dir: string, file: typeof SIGNING_KEY_FILE | typeof VERIFY_KEY_FILE): Promise<string> {
  const path = join(dir, file);
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new NonexistError(`no key at ${path}`, { cause: e });
    if (code === 'EACCES') throw new NoPermError(`cannot read ${path}`, { cause: e });
    throw e;
  }
}
