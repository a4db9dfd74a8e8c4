// Which targets hold an object's shards: rendezvous (highest random weight) hashing over the pool
// map, with replicas in distinct fault domains. Pure and deterministic, so client and engine
// compute the same layout from the same map; removing a target moves only the shards it held.
import { InvalidError, RfError } from '@daos-nats/base';
import { bytesToWords, hash32, oidToWords } from './hash32.js';
import { parseOid } from './oid.js';
import type { ObjectClass } from './object-class.js';
import { placeable, type PlacementMap, type TargetAddr } from './pool-map.js';

/** An object's layout: `groups[g]` lists the replicas of redundancy group g (first = leader). */
export interface Layout {
  readonly mapVersion: number;
  readonly cls: ObjectClass;
  readonly groups: readonly (readonly TargetAddr[])[];
}

interface Candidate extends TargetAddr {
  readonly domain: string;
  readonly score: number;
}

/** How many groups an object of class `cls` has in `map` (SX: one per target of the map, whatever its state, so exclusion does not re-stripe). */
export function groupCount(cls: ObjectClass, map: PlacementMap): number {
  if (cls.groups !== 'all') return cls.groups;
  return map.ranks.reduce((n, r) => n + r.targets.length, 0);
}

/** Replicas of group `group` of `oid`: the highest-scoring placeable targets, one per fault domain. */
function placeGroup(map: PlacementMap, oidWords: number[], group: number, replicas: number): TargetAddr[] {
  const cands: Candidate[] = [];
  for (const r of map.ranks)
    for (const t of r.targets) if (placeable(t.state)) cands.push({ rank: r.rank, target: t.index, domain: r.faultDomain, score: hash32(...oidWords, group, r.rank, t.index) });
  cands.sort((a, b) => b.score - a.score || a.rank - b.rank || a.target - b.target);
  const chosen: TargetAddr[] = [];
  const domains = new Set<string>();
  for (const c of cands) {
    if (domains.has(c.domain)) continue;
    domains.add(c.domain);
    chosen.push({ rank: c.rank, target: c.target });
    if (chosen.length === replicas) return chosen;
  }
  throw new RfError(`object needs ${replicas} replicas in distinct fault domains; the pool map (version ${map.version}) has ${domains.size} with placeable targets`);
}

/** The layout of `oid` (its class is in its high bits) in `map`. */
export function placeObject(map: PlacementMap, oid: string): Layout {
  const { cls } = parseOid(oid);
  const words = oidToWords(oid);
  const n = groupCount(cls, map);
  if (n < 1) throw new InvalidError(`pool map version ${map.version} has no targets`);
  const groups = Array.from({ length: n }, (_, g) => placeGroup(map, words, g, cls.replicas));
  return { mapVersion: map.version, cls, groups };
}

/** Which group holds `dkey` (DAOS hashes the dkey to pick the group). */
export function groupOfDkey(layout: Layout, dkey: Uint8Array): number {
  return hash32(...bytesToWords(dkey)) % layout.groups.length;
}

/** The replicas that hold `dkey` of the object laid out as `layout`. */
export function targetsOfDkey(layout: Layout, dkey: Uint8Array): readonly TargetAddr[] {
  return layout.groups[groupOfDkey(layout, dkey)]!;
}
