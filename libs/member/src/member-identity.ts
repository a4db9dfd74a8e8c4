import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { InvalidError } from '@daos-nats/base';

/** The file in a server process's data directory that holds its identity. */
export const MEMBER_FILE_NAME = 'member.json';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * What a member keeps across restarts (DAOS keeps the same in the engine superblock): its UUID,
 * which is what the MS knows it by, and the rank it was last given, for logs and sanity checks.
 */
export interface MemberIdentity {
  readonly uuid: string;
  readonly rank?: number;
}

/**
 * Read the identity from `dataDir`, creating it (a fresh UUID) the first time. A damaged file is
 * DER_INVAL rather than a silent new identity: a new UUID would join as a new rank and orphan the
 * replicas this process holds.
 */
export function loadMemberIdentity(dataDir: string): MemberIdentity {
  const file = path.join(dataDir, MEMBER_FILE_NAME);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    const fresh: MemberIdentity = { uuid: randomUUID() };
    saveMemberIdentity(dataDir, fresh);
    return fresh;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new InvalidError(`${file} is not JSON: ${(e as Error).message}`, { cause: e });
  }
  const o = parsed as { uuid?: unknown; rank?: unknown };
  if (typeof o.uuid !== 'string' || !UUID_RE.test(o.uuid)) throw new InvalidError(`${file} has no valid "uuid"`);
  if (o.rank !== undefined && (typeof o.rank !== 'number' || !Number.isSafeInteger(o.rank) || o.rank < 0)) throw new InvalidError(`${file} has an invalid "rank": ${JSON.stringify(o.rank)}`);
  return o.rank === undefined ? { uuid: o.uuid } : { uuid: o.uuid, rank: o.rank };
}

/** Write the identity atomically (temp file, fsync, rename). */
export function saveMemberIdentity(dataDir: string, id: MemberIdentity): void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, MEMBER_FILE_NAME);
  const tmp = `${file}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, JSON.stringify(id) + '\n');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}
