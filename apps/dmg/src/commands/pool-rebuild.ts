// The rebuild section of `dmg pool query --rebuild`: every in-service target of the pool map is
// asked for its rebuild progress (libs/client queryRebuild) and the answers are summed. Kept apart
// from the rest of pool query, which comes from the pool service alone.
import { formatSize, keyValues, table, type CommandOutput } from '@daos-nats/cli';
import { placementMapOf, queryRebuild, type DaosClient, type PoolInfo, type RebuildSummary } from '@daos-nats/client';

export function rebuildJson(s: RebuildSummary) {
  return {
    state: s.state, map_version: s.mapVersion, objects_done: s.objectsDone, objects_todo: s.objectsTodo, bytes_done: s.bytesDone, bytes_todo: s.bytesTodo,
    targets: s.targets.map((t) => ({ rank: t.rank, target: t.target, map_version: t.mapVersion, state: t.state, objects_done: t.objectsDone, objects_todo: t.objectsTodo, bytes_done: t.bytesDone, bytes_todo: t.bytesTodo, ...(t.error ? { error: t.error } : {}) })),
  };
}

export function rebuildText(s: RebuildSummary): string {
  const head = keyValues([
    ['Rebuild (engines)', `${s.state}, map version ${s.mapVersion}`],
    ['Rebuild objects', `${s.objectsDone}/${s.objectsTodo}`],
    ['Rebuild data', `${formatSize(s.bytesDone)}/${formatSize(s.bytesTodo)}`],
  ]);
  const odd = s.targets.filter((t) => t.state !== 'done' && t.state !== 'idle');
  if (odd.length === 0) return head;
  return `${head}\n${table(['Rank', 'Target', 'State', 'Objects', 'Bytes', 'Error'], odd.map((t) => [t.rank, t.target, t.state, `${t.objectsDone}/${t.objectsTodo}`, `${t.bytesDone}/${t.bytesTodo}`, t.error]))}`;
}

/** The engines' rebuild progress for the pool whose query (with its map) is `info`. */
export async function rebuildSection(client: DaosClient, info: PoolInfo): Promise<CommandOutput & { json: ReturnType<typeof rebuildJson> }> {
  const s = await queryRebuild({ bus: client.bus, system: client.system, pool: info.uuid ?? '', map: placementMapOf(info.map) });
  return { json: rebuildJson(s), text: rebuildText(s) };
}
