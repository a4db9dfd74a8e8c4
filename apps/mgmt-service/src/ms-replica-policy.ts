import { ExistError, InvalidError, NonexistError } from '@daos-nats/base';
import type { ReplicaChange } from '@daos-nats/rsvc';
import type { MsDeps } from './ms-deps.js';
import { probe } from './system-ops.js';

const list = (ranks: readonly number[]): string => [...ranks].sort((a, b) => a - b).join(',');

/**
 * The MS's check of `dmg system ms-replica add|remove` before its leader changes anything (the
 * membership of group db is an operator's decision, so mistakes are refused rather than obeyed):
 *
 * - add: a rank that is already a replica (DER_EXIST), or one no mgmt-service process answers
 *   on (DER_NONEXIST, not DER_UNREACH, which a client takes for an unreachable leader and
 *   retries elsewhere until its deadline);
 * - remove: a rank that is not a replica (DER_NONEXIST), every replica (DER_INVAL), or a removal
 *   after which fewer of the remaining replicas answer a probe than a quorum of them
 *   (DER_INVAL): the group could no longer commit, so not even an add could repair it.
 *
 * Removing a replica one at a time is always a safe raft change; this check is about liveness.
 */
export function msReplicaPolicy(d: MsDeps): (change: ReplicaChange) => Promise<void> {
  return async ({ kind, ranks, members }) => {
    if (ranks.length === 0) throw new InvalidError(`ms-replica ${kind} needs the ranks to ${kind}`);
    if (kind === 'add') {
      const already = ranks.filter((r) => members.includes(r));
      if (already.length > 0) throw new ExistError(`rank ${list(already)} is already an MS replica (replicas: ${list(members)})`);
      const silent = (await Promise.all(ranks.map(async (r) => ((await probe(d, r)) ? [] : [r])))).flat();
      if (silent.length > 0) throw new NonexistError(`no mgmt-service process answers on rank ${list(silent)}: start one there (RANK=${silent[0]}) before adding it`);
      return;
    }
    const unknown = ranks.filter((r) => !members.includes(r));
    if (unknown.length > 0) throw new NonexistError(`rank ${list(unknown)} is not an MS replica (replicas: ${list(members)})`);
    const remaining = members.filter((r) => !ranks.includes(r));
    if (remaining.length === 0) throw new InvalidError(`removing rank ${list(ranks)} would leave no MS replica`);
    const answers = new Map(await Promise.all(members.map(async (r) => [r, r === d.rank || (await probe(d, r))] as const)));
    // The leader removes them one at a time, in the order given: every step must keep a quorum.
    let left = [...members];
    for (const rank of ranks) {
      left = left.filter((r) => r !== rank);
      const live = left.filter((r) => answers.get(r));
      const quorum = Math.floor(left.length / 2) + 1;
      if (live.length < quorum)
        throw new InvalidError(
          `removing rank ${list(ranks)} would leave replicas ${list(left)} of which only ${list(live)} answer: below a quorum of ${quorum}; ` +
            `bring a replica back (or remove the silent ones) first`,
        );
    }
  };
}
