// The nemesis of the simulation: at seeded virtual times it partitions the replicas, heals them,
// crashes a replica (the leader half of the time) and restarts it, and switches the raft links
// between calm and lossy (loss, duplication, reordering delays).
import type { Rng } from '@daos-nats/base';
import type { FaultyNetwork, LinkFaults } from './faulty-network.js';
import type { SimCluster } from './sim-cluster.js';

/** Links between faults: a little delay, hence some reordering. */
export const CALM: LinkFaults = { lossRate: 0, duplicateRate: 0, delayMaxMs: 3 };
/** A lossy spell: a fifth of the messages lost, a tenth duplicated, reordered within 30 ms. */
export const LOSSY: LinkFaults = { lossRate: 0.2, duplicateRate: 0.1, delayMaxMs: 30 };

export interface NemesisStats {
  partitions: number;
  crashes: number;
  leaderCrashes: number;
  restarts: number;
  lossySpells: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function runNemesis(cluster: SimCluster, net: FaultyNetwork, rng: Rng, untilMs: number, intervalMs: number): Promise<NemesisStats> {
  const stats: NemesisStats = { partitions: 0, crashes: 0, leaderCrashes: 0, restarts: 0, lossySpells: 0 };
  while (Date.now() < untilMs) {
    await sleep(Math.floor(intervalMs / 2) + rng.int(intervalMs));
    switch (rng.int(6)) {
      case 0: {
        // One replica against the other two (a minority leader, or a follower cut off).
        const alone = cluster.ranks[rng.int(cluster.ranks.length)]!;
        net.partition([alone], cluster.ranks.filter((r) => r !== alone));
        stats.partitions++;
        break;
      }
      case 1:
        net.healPartitions();
        break;
      case 2: {
        if (cluster.down().length > 0) break; // at most one replica down: a quorum may still exist
        const leader = cluster.leader();
        const victim = leader !== undefined && rng.chance(0.5) ? leader : cluster.ranks[rng.int(cluster.ranks.length)]!;
        if (victim === leader) stats.leaderCrashes++;
        cluster.crash(victim);
        stats.crashes++;
        break;
      }
      case 3:
        for (const r of cluster.down()) {
          await cluster.start(r);
          stats.restarts++;
        }
        break;
      case 4:
        net.faults = LOSSY;
        stats.lossySpells++;
        break;
      default:
        net.faults = CALM;
    }
  }
  net.faults = CALM;
  return stats;
}
