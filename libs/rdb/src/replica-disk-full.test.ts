import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NotLeaderError } from '@daos-nats/base';
import { KvsClass } from './keys.js';
import { TestCluster, waitFor } from '../test/test-cluster.js';

test('a follower whose disk fills lags with a warning instead of dying; the leader keeps committing; it catches up once space returns', async () => {
  const lines: string[] = [];
  const fatal: unknown[] = [];
  const c = new TestCluster({ log: (l) => lines.push(l), diskFullRetryMs: 50, onFatal: (e) => fatal.push(e) });
  try {
    c.create([1, 2, 3]);
    const leader = await c.leader();
    await (await leader.begin()).createRoot(KvsClass.Generic).commit();
    await c.applied(leader.appliedIndex);
    const follower = [...c.replicas.values()].find((r) => r !== leader)!;
    // SQLite's max_page_count makes the next growth fail with SQLITE_FULL, as a full disk does.
    const db = follower.storage.db;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    for (let k = 0; k < 40; k++) await (await leader.begin()).update([], `k${k}`, new Uint8Array(4096)).commit();
    await waitFor('the follower hit the full disk', () => follower.diskFullStalls > 0);
    assert.ok(follower.appliedIndex < leader.appliedIndex, 'the follower lags');
    assert.ok(lines.some((l) => /disk full/.test(l)), 'and says why');
    assert.deepEqual(fatal, [], 'no replica stopped itself');
    await assert.rejects(follower.begin(), (e: unknown) => e instanceof NotLeaderError, 'still open: a follower answers NOTLEADER, not SHUTDOWN');
    db.pragma('max_page_count = 1073741823');
    await waitFor('the follower caught up', () => follower.appliedIndex === leader.appliedIndex, 20_000);
    // The other follower too: under load it may still be applying the last entries.
    await c.applied(leader.appliedIndex);
    const dumps = [...c.replicas.values()].map((r) => Buffer.from(r.state.dump()).toString('hex'));
    assert.equal(new Set(dumps).size, 1, 'identical state everywhere');
    await (await leader.begin()).update([], 'after', new Uint8Array(1)).commit();
    assert.deepEqual(fatal, []);
  } finally {
    c.shutdown();
  }
});
