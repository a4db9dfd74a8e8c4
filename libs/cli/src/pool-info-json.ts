import type { PoolInfo } from '@daos-nats/client';

/**
 * A pool query as `--json` prints it (snake_case, DAOS's names), shared by `dmg pool query` and
 * `daos pool query`. The admin view adds what only the administrator's tool shows: draining
 * targets, the owner, and the enabled/disabled rank lists. Key order is part of the output.
 */
export function poolInfoJson(i: PoolInfo, view: 'user' | 'admin') {
  const admin = view === 'admin';
  return {
    uuid: i.uuid,
    label: i.label,
    map_version: i.mapVersion,
    total_targets: i.totalTargets,
    active_targets: i.activeTargets,
    disabled_targets: i.disabledTargets,
    ...(admin ? { draining_targets: i.drainingTargets } : {}),
    total_bytes: i.space?.totalBytes ?? 0,
    free_bytes: i.space?.freeBytes ?? 0,
    metadata_bytes: i.space?.metadataBytes ?? 0,
    handle_count: i.handleCount,
    svc_ranks: i.svcRanks,
    svc_leader: i.svcLeader,
    ...(admin ? { owner: i.owner, owner_group: i.ownerGroup } : {}),
    rebuild_state: i.rebuildState,
    ...(admin ? { enabled_ranks: i.enabledRanks, disabled_ranks: i.disabledRanks } : {}),
  };
}
