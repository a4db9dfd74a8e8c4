// Issue 12 item 2: one group never has two memberships. A rank that already has generation 1 of a
// group refuses a create of that generation with other founding members, naming both lists; the
// same founders stay idempotent, also after the host restarts (the founders are in the fence file).
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { codeOf, DER } from '@daos-nats/base';
import { startNatsServer, tempDir } from '@daos-nats/testkit';
import { startTestHost } from '../test/test-nats-hosts.js';

test('dist start refuses a create of an existing generation with other founders, naming both member lists', async () => {
  await using nats = await startNatsServer();
  await using dir = await tempDir('rsvc-founders-');
  const hostDir = path.join(dir.path, 'r5');
  let h = await startTestHost(nats.url, 5, hostDir);
  try {
    const founders = [5, 6, 7].map((rank) => ({ rank, gen: 1 }));
    await h.host.startGroup('f1', { create: true, members: founders });
    await h.host.startGroup('f1', { create: true, members: [...founders].reverse() }); // same set: idempotent
    const other = [5, 8, 9].map((rank) => ({ rank, gen: 1 }));
    const err = await h.host.startGroup('f1', { create: true, members: other }).catch((e: unknown) => e);
    assert.equal(codeOf(err), DER.EXIST, String(err));
    assert.match((err as Error).message, /members 5,6,7; refusing members 5,8,9/);
    assert.ok(h.host.group('f1'), 'the replica is still hosted');

    await h.close();
    h = await startTestHost(nats.url, 5, hostDir);
    assert.equal(codeOf(await h.host.startGroup('f1', { create: true, members: other }).catch((e: unknown) => e)), DER.EXIST, 'still refused after a restart');
    await h.host.startGroup('f1', { create: true, members: founders });
  } finally {
    await h.close();
  }
});
