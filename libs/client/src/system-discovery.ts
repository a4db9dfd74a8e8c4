import { resolve } from 'node:path';
import { NonexistError, UnreachableError } from '@daos-nats/base';
import { DEFAULT_DATA_DIR, DEFAULT_SYSTEM, readSystemFile, systemFilePath, type SystemFile } from './system-file.js';

/** Where to look for a system; every field is optional (flags, then environment, then the data dir). */
export interface DiscoveryOptions {
  /** `--nats`; else $NATS_URL; else the data dir's record. */
  readonly natsUrl?: string | undefined;
  /** `--system`; else $DAOS_SYSTEM; else the record; else `daos_server`. */
  readonly system?: string | undefined;
  /** `--data-dir`; else $DAOS_NATS_DATA_DIR; else `./.daos-nats`. */
  readonly dataDir?: string | undefined;
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
}

/** A system to connect to, and where that answer came from (for error messages). */
export interface SystemAddress {
  readonly natsUrl: string;
  readonly system: string;
  readonly dataDir: string;
  /** The record, when one was read. */
  readonly record?: SystemFile;
  readonly source: 'flags' | 'environment' | 'data-dir';
}

export function resolveDataDir(o: Pick<DiscoveryOptions, 'dataDir' | 'env' | 'cwd'> = {}): string {
  const env = o.env ?? process.env;
  return resolve(o.cwd ?? process.cwd(), o.dataDir || env['DAOS_NATS_DATA_DIR'] || DEFAULT_DATA_DIR);
}

/**
 * Find the system: explicit flags win, then NATS_URL/DAOS_SYSTEM, then the record `npm start`
 * wrote in the data directory. No address anywhere is DER_UNREACH with a sentence saying what to do.
 */
export async function discoverSystem(o: DiscoveryOptions = {}): Promise<SystemAddress> {
  const env = o.env ?? process.env;
  const dataDir = resolveDataDir(o);
  const envUrl = env['NATS_URL'] || undefined;
  const envSystem = env['DAOS_SYSTEM'] || undefined;
  if (o.natsUrl) return { natsUrl: o.natsUrl, system: o.system || envSystem || DEFAULT_SYSTEM, dataDir, source: 'flags' };
  if (envUrl) return { natsUrl: envUrl, system: o.system || envSystem || DEFAULT_SYSTEM, dataDir, source: 'environment' };
  let record: SystemFile;
  try {
    record = await readSystemFile(dataDir);
  } catch (e) {
    if (e instanceof NonexistError)
      throw new UnreachableError(
        `no running system found: ${systemFilePath(dataDir)} does not exist. Start one with \`npm start\` in this directory, or pass --nats URL (or set NATS_URL) and --system NAME`,
        { cause: e },
      );
    throw e;
  }
  return { natsUrl: record.natsUrl, system: o.system || envSystem || record.system, dataDir, record, source: 'data-dir' };
}
