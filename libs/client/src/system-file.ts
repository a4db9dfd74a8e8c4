import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidError, NonexistError } from '@daos-nats/base';

/** Name of the discovery record inside a data directory (DAOS keeps this in its control config). */
export const SYSTEM_FILE_NAME = 'system.json';

/** Default data directory of `npm start` and of the CLIs, relative to the working directory. */
export const DEFAULT_DATA_DIR = '.daos-nats';

/** Default system name (DAOS's default `name` in daos_server.yml). */
export const DEFAULT_SYSTEM = 'daos_server';

/** One process the launcher runs, as recorded for tools and tests (pids change on every start). */
export interface SystemProcess {
  /** "mgmt-service-0", "pool-service-2", "nats-server". */
  readonly name: string;
  readonly kind: 'nats-server' | 'mgmt-service' | 'pool-service' | 'container-service' | 'lock-service' | 'server' | 'iv-cache';
  readonly pid: number;
  /** The host name a control server (kind "server") answers for (`dmg storage` finds it here). */
  readonly host?: string;
  /** Its data directory (absent for nats-server). */
  readonly dataDir?: string;
  /** Static rank (mgmt-service replicas only; members get theirs from the MS). */
  readonly rank?: number;
}

/**
 * What `npm start` writes into its data directory so that `dmg`/`daos` run from the same
 * directory find the system with no flags.
 */
export interface SystemFile {
  readonly version: 1;
  /** System name, the second token of every subject. */
  readonly system: string;
  /** `nats://127.0.0.1:<port>` */
  readonly natsUrl: string;
  /** Ranks of the management service replicas. */
  readonly msReplicas: readonly number[];
  /** pid of the launcher itself. */
  readonly launcherPid: number;
  /** ISO time of the start that wrote the file. */
  readonly startedAt: string;
  /** ISO time at which every member had joined; absent while starting and after a stop. */
  readonly readyAt?: string;
  readonly processes: readonly SystemProcess[];
}

export function systemFilePath(dataDir: string): string {
  return join(dataDir, SYSTEM_FILE_NAME);
}

/** Read and check the discovery record; DER_NONEXIST if there is none, DER_INVAL if it is damaged. */
export async function readSystemFile(dataDir: string): Promise<SystemFile> {
  const path = systemFilePath(dataDir);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new NonexistError(`no system record at ${path}`, { cause: e });
    throw e;
  }
  return parseSystemFile(text, path);
}

/** Parse the record's text; `where` names it in errors. */
export function parseSystemFile(text: string, where: string): SystemFile {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new InvalidError(`${where} is not JSON: ${(e as Error).message}`, { cause: e });
  }
  const o = v as Partial<SystemFile> | null;
  const bad = (why: string): never => {
    throw new InvalidError(`${where}: ${why}`);
  };
  if (typeof o !== 'object' || o === null) return bad('not an object');
  if (o.version !== 1) bad(`unknown version ${JSON.stringify(o.version)}`);
  if (typeof o.system !== 'string' || o.system === '') bad('system must be a non-empty string');
  if (typeof o.natsUrl !== 'string' || !/^nats:\/\/[^\s]+$/.test(o.natsUrl)) bad(`natsUrl must be nats://host:port, got ${JSON.stringify(o.natsUrl)}`);
  if (!Array.isArray(o.msReplicas) || o.msReplicas.some((r) => !Number.isSafeInteger(r) || r < 0)) bad('msReplicas must be a list of ranks');
  if (!Array.isArray(o.processes)) bad('processes must be a list');
  return o as SystemFile;
}

/** Write the record atomically (write a temp file, then rename), so a reader never sees half of it. */
export async function writeSystemFile(dataDir: string, file: SystemFile): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const path = systemFilePath(dataDir);
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(file, null, 2)}\n`, 'utf8');
  await rename(tmp, path);
}
