import { assert, nodeId, type NodeId, type Rank } from '@daos-nats/base';

/**
 * A replica's identity (DAOS rdb_replica_id_t): the engine rank that hosts it and a generation
 * that tells a re-created replica on the same rank from its predecessor, so a stale message from
 * the old one is never mistaken for the new one's.
 */
export interface ReplicaId {
  readonly rank: Rank;
  readonly gen: number;
}

/**
 * Packing into a raft NodeId (a safe integer): nodeId = rank * 2^20 + gen. Ranks keep DAOS's
 * 32 bits; generations get 20 bits (1 ..= 1,048,575), which is 52 bits in all. gen 0 is not
 * allowed, so no replica packs to 0 ("none"), not even rank 0's.
 */
export const REPLICA_GEN_BITS = 20;
export const REPLICA_GEN_MAX = 2 ** REPLICA_GEN_BITS - 1;

export function packReplicaId(r: ReplicaId): NodeId {
  assert(Number.isSafeInteger(r.rank) && r.rank >= 0 && r.rank <= 0xffff_fffe, `rank ${r.rank} is a 32-bit rank`);
  assert(Number.isSafeInteger(r.gen) && r.gen >= 1 && r.gen <= REPLICA_GEN_MAX, `generation ${r.gen} is in [1, ${REPLICA_GEN_MAX}]`);
  return nodeId(r.rank * 2 ** REPLICA_GEN_BITS + r.gen);
}

export function unpackReplicaId(id: NodeId): ReplicaId {
  assert(Number.isSafeInteger(id) && id > 0, `node id ${id} is a packed replica id`);
  const gen = id % 2 ** REPLICA_GEN_BITS;
  assert(gen >= 1, `node id ${id} has generation 0`);
  return { rank: Math.floor(id / 2 ** REPLICA_GEN_BITS) as Rank, gen };
}

export function formatReplicaId(r: ReplicaId): string {
  return `${r.rank}.${r.gen}`;
}
