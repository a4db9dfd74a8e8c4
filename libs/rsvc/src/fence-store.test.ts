import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '@daos-nats/testkit';
import { FenceStore } from './fence-store.js';

test('fences survive a reopen; an unchanged fence writes nothing; a failed write changes nothing', async () => {
  await using dir = await tempDir('fence-store-');
  const s = new FenceStore(dir.path);
  s.set('g1', { fenceTerm: 3, gen: 1 });
  assert.deepEqual(new FenceStore(dir.path).get('g1'), { fenceTerm: 3, gen: 1 });
  // Block the temp file the next write would need: any write now fails.
  fs.mkdirSync(path.join(dir.path, 'groups.json.tmp'));
  s.set('g1', { fenceTerm: 3, gen: 1 }); // unchanged: no write, so no failure
  assert.throws(() => s.set('g1', { fenceTerm: 4, gen: 1 }));
  assert.throws(() => s.set('g2', { fenceTerm: 1, gen: 1 }));
  assert.deepEqual(s.get('g1'), { fenceTerm: 3, gen: 1 }, 'memory did not run ahead of the file');
  assert.deepEqual(s.hosted(), ['g1']);
  assert.deepEqual(new FenceStore(dir.path).get('g1'), { fenceTerm: 3, gen: 1 });
});
