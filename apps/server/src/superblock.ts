import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidError } from '@daos-nats/base';

/**
 * An engine's superblock (DAOS `<scm>/superblock`): written once at format, then only to record
 * the rank the first join assigned. `msReplica` is decided at format from the access points and
 * never re-read from the config.
 */
export interface Superblock {
  readonly version: 1;
  readonly uuid: string;
  readonly system: string;
  readonly msReplica: boolean;
  /** The MS replica ranks decided at format (`ms_replicas:`), if the config named them; later changes go through `dmg system ms-replica`, not the config. */
  readonly msReplicas?: readonly number[];
  readonly rank?: number;
}

export const SUPERBLOCK_FILE = 'superblock.json';

export function superblockPath(dataDir: string): string {
  return join(dataDir, SUPERBLOCK_FILE);
}

/** undefined when not formatted; a damaged superblock is DER_INVAL (never silently re-formatted). */
export function readSuperblock(dataDir: string): Superblock | undefined {
  const p = superblockPath(dataDir);
  if (!existsSync(p)) return undefined;
  let sb: Superblock;
  try {
    sb = JSON.parse(readFileSync(p, 'utf8')) as Superblock;
  } catch (err) {
    throw new InvalidError(`superblock ${p} is damaged: ${(err as Error).message}`, { cause: err });
  }
  if (sb.version !== 1 || typeof sb.uuid !== 'string' || typeof sb.system !== 'string' || typeof sb.msReplica !== 'boolean') {
    throw new InvalidError(`superblock ${p} is damaged: missing fields`);
  }
  return sb;
}

/** Writes atomically and durably (write, fsync, rename). */
export function writeSuperblock(dataDir: string, sb: Superblock): void {
  mkdirSync(dataDir, { recursive: true });
  const tmp = `${superblockPath(dataDir)}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, JSON.stringify(sb));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, superblockPath(dataDir));
}

export function newSuperblock(system: string, msReplica: boolean, msReplicas?: readonly number[]): Superblock {
  return { version: 1, uuid: randomUUID(), system, msReplica, ...(msReplicas ? { msReplicas: [...msReplicas] } : {}) };
}
