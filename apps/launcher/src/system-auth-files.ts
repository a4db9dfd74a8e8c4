import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { authDir, defaultClientName, ensureSystemSecrets, natsAuthorization, natsServerConfig, type RoleSecret } from '@daos-nats/auth';

export interface SystemAuthFiles {
  /** `<authDir>`: the roles' NATS credentials and the credential keys (libs/auth). */
  readonly dir: string;
  /** The whole nats-server configuration `npm start` runs its server with. */
  readonly configFile: string;
  /** The `authorization` block alone, to `include` in an external nats-server's configuration. */
  readonly authorizationFile: string;
  /** Every NATS user's secret by user name (`pool`, `admin`, `client-<name>`). */
  readonly secrets: ReadonlyMap<string, RoleSecret>;
}

/**
 * Create the system's secrets on first start (kept on later starts) and write the nats-server
 * configuration generated from them, mode 0600 (it holds every role's password). `clientNames`
 * get a client NATS user each (default: the OS user running `npm start`).
 */
export async function prepareSystemAuth(dataDir: string, system: string, natsDir: string, clientNames: readonly string[] = [defaultClientName()]): Promise<SystemAuthFiles> {
  const dir = authDir(dataDir);
  const secrets = await ensureSystemSecrets(dir, clientNames);
  await mkdir(natsDir, { recursive: true, mode: 0o700 });
  const configFile = join(natsDir, 'nats-server.conf');
  const authorizationFile = join(dir, 'nats-server-authorization.conf');
  await writePrivate(configFile, natsServerConfig(system, secrets));
  await writePrivate(authorizationFile, `authorization: ${JSON.stringify(natsAuthorization(system, secrets), null, 2)}\n`);
  return { dir, configFile, authorizationFile, secrets };
}

async function writePrivate(path: string, text: string): Promise<void> {
  await writeFile(path, text, { mode: 0o600 });
  await chmod(path, 0o600);
}
