import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A rank as written by a member or an engine: a non-negative safe integer, else undefined. */
function rankOf(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined;
}

async function readJson(path: string): Promise<Record<string, unknown> | undefined> {
  try {
    const v: unknown = JSON.parse(await readFile(path, 'utf8'));
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // not written yet (or being replaced): asked again on the next scan
  }
}

/** A member's identity file (libs/member): `{uuid, rank}` once it joined; undefined before it is written. */
export async function readIdentity(dataDir: string): Promise<{ uuid?: string; rank?: number } | undefined> {
  const id = await readJson(join(dataDir, 'member.json'));
  if (!id) return undefined;
  const rank = rankOf(id['rank']);
  return { ...(typeof id['uuid'] === 'string' ? { uuid: id['uuid'] } : {}), ...(rank !== undefined ? { rank } : {}) };
}

/**
 * The rank of the engine of a control server started by npm start (its daos_server.yml puts the
 * engine's data in `<server dir>/engine0`): from the engine's superblock, where the server
 * records the rank the first join assigned (apps/server `superblock.ts`). Undefined before
 * `dmg storage format` and the engine's first join.
 */
export async function readEngineRank(serverDir: string): Promise<number | undefined> {
  return rankOf((await readJson(join(serverDir, 'engine0', 'superblock.json')))?.['rank']);
}
