// Where npm start finds the ranks that need an iv-cache: members' identity files and engines'
// superblocks, read from real files in a temp dir (written as libs/member and apps/server write them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '@daos-nats/testkit';
import { readEngineRank, readIdentity } from './process-ranks.js';

test('engine rank: from <server dir>/engine0/superblock.json once the first join recorded it; otherwise none', async () => {
  await using dir = await tempDir('launcher-ranks-');
  const server = join(dir.path, 'server-0');
  assert.equal(await readEngineRank(server), undefined, 'not formatted yet');
  await mkdir(join(server, 'engine0'), { recursive: true });
  const sb = { version: 1, uuid: '5c8e9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b', system: 'daos_server', msReplica: false };
  await writeFile(join(server, 'engine0', 'superblock.json'), JSON.stringify(sb));
  assert.equal(await readEngineRank(server), undefined, 'formatted, not joined yet');
  await writeFile(join(server, 'engine0', 'superblock.json'), JSON.stringify({ ...sb, rank: 7 }));
  assert.equal(await readEngineRank(server), 7);
  for (const bad of ['{"rank": -1}', '{"rank": 1.5}', '{"rank": "7"}', '{not json', 'null']) {
    await writeFile(join(server, 'engine0', 'superblock.json'), bad);
    assert.equal(await readEngineRank(server), undefined, `no rank from ${bad}`);
  }
});

test('member identity: uuid and rank once joined; a rank that is not one is left out', async () => {
  await using dir = await tempDir('launcher-ranks-');
  assert.equal(await readIdentity(dir.path), undefined);
  await writeFile(join(dir.path, 'member.json'), JSON.stringify({ uuid: 'u1' }));
  assert.deepEqual(await readIdentity(dir.path), { uuid: 'u1' });
  await writeFile(join(dir.path, 'member.json'), JSON.stringify({ uuid: 'u1', rank: 4 }));
  assert.deepEqual(await readIdentity(dir.path), { uuid: 'u1', rank: 4 });
  await writeFile(join(dir.path, 'member.json'), JSON.stringify({ uuid: 'u1', rank: 'x' }));
  assert.deepEqual(await readIdentity(dir.path), { uuid: 'u1' });
});
