import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PoolInfo } from '@daos-nats/client';
import { poolInfoJson } from './pool-info-json.js';

const info: PoolInfo = {
  uuid: 'u', label: 'tank', mapVersion: 3, totalTargets: 8, activeTargets: 6, disabledTargets: 1, drainingTargets: 1,
  space: { totalBytes: 100, freeBytes: 40 }, handleCount: 2, svcRanks: [1, 2, 3], svcLeader: 2,
  owner: 'alice@', ownerGroup: 'users@', rebuildState: 'idle', enabledRanks: [1, 2], disabledRanks: [3],
};

test('the user view is the admin view without the admin-only keys, in the same order', () => {
  const user = poolInfoJson(info, 'user');
  const admin = poolInfoJson(info, 'admin');
  assert.deepEqual(Object.keys(user), ['uuid', 'label', 'map_version', 'total_targets', 'active_targets', 'disabled_targets', 'total_bytes', 'free_bytes', 'metadata_bytes', 'handle_count', 'svc_ranks', 'svc_leader', 'rebuild_state']);
  assert.deepEqual(Object.keys(admin).filter((k) => k in user), Object.keys(user));
  assert.deepEqual(Object.keys(admin).filter((k) => !(k in user)), ['draining_targets', 'owner', 'owner_group', 'enabled_ranks', 'disabled_ranks']);
  assert.equal(admin.free_bytes, 40);
  assert.deepEqual(admin.disabled_ranks, [3]);
  assert.equal(poolInfoJson({ uuid: 'v' }, 'user').total_bytes, 0);
});
