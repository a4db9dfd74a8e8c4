import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir } from '@daos-nats/testkit';
import { loadMemberIdentity, MEMBER_FILE_NAME, saveMemberIdentity } from './member-identity.js';

test('the identity is created once and kept; the rank is remembered', async () => {
  await using dir = await tempDir('member-id-');
  const a = loadMemberIdentity(dir.path);
  assert.match(a.uuid, /^[0-9a-f-]{36}$/);
  assert.equal(a.rank, undefined);
  assert.deepEqual(loadMemberIdentity(dir.path), a, 'a second start reads the same uuid');
  saveMemberIdentity(dir.path, { uuid: a.uuid, rank: 7 });
  assert.deepEqual(loadMemberIdentity(dir.path), { uuid: a.uuid, rank: 7 });
  assert.equal(fs.existsSync(path.join(dir.path, `${MEMBER_FILE_NAME}.tmp`)), false, 'no temp file left');
});

test('a damaged identity file is DER_INVAL, never silently replaced', async () => {
  await using dir = await tempDir('member-id-');
  const file = path.join(dir.path, MEMBER_FILE_NAME);
  for (const text of ['{', '{}', '{"uuid":"nope"}', '{"uuid":"0b7c3d1e-1111-4222-8333-444455556666","rank":-1}']) {
    fs.writeFileSync(file, text);
    assert.throws(() => loadMemberIdentity(dir.path), { name: 'InvalidError' }, text);
    assert.equal(fs.readFileSync(file, 'utf8'), text, 'the file is left as it was');
  }
});
