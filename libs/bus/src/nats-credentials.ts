import { readFile } from 'node:fs/promises';
import { InvalidError, NonexistError, NoPermError } from '@daos-nats/base';

/** A NATS user and password, as `<dataDir>/auth/nats-<role>.json` holds them (libs/auth). */
export interface NatsCredentials {
  readonly user: string;
  readonly pass: string;
}

/**
 * Read a role's NATS credentials file (`{user, password}`). DER_NONEXIST if there is none,
 * DER_NO_PERM if it is not readable by this user, DER_INVAL if it is damaged. The password is
 * never part of an error message.
 */
export async function readNatsCredentials(path: string): Promise<NatsCredentials> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new NonexistError(`no NATS credentials at ${path}`, { cause: e });
    if (code === 'EACCES') throw new NoPermError(`cannot read the NATS credentials ${path} (readable by its owner only)`, { cause: e });
    throw e;
  }
  let v: { user?: unknown; password?: unknown };
  try {
    v = JSON.parse(text) as typeof v;
  } catch {
    throw new InvalidError(`${path} is not JSON`);
  }
  if (typeof v.user !== 'string' || v.user === '' || typeof v.password !== 'string' || v.password === '') throw new InvalidError(`${path} has no user and password`);
  return { user: v.user, pass: v.password };
}
