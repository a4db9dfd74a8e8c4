import type { Rng } from '@daos-nats/base';
import {
  ConfChangeTransition,
  ConfChangeType,
  type ConfChange,
  type ConfChangeSingle,
  type ConfState,
  type NodeId,
} from '../src/index.js';

/** Voters a configuration keeps at least, so that it can still make progress with one node down. */
export const votersMin = 3;

/**
 * A random membership change valid for the leader's current configuration `cs`: add or remove
 * voters and learners, promote, demote, several at once through a joint configuration, or leave
 * an explicit joint configuration. Never leaves fewer than votersMin voters. Undefined when
 * nothing sensible applies.
 */
export function drawConfChange(rng: Rng, cs: ConfState, universe: number): ConfChange | undefined {
  if (cs.votersOutgoing.length > 0) {
    // Joint: the only change allowed is leaving (automatic ones leave by themselves).
    return cs.autoLeave ? undefined : { transition: ConfChangeTransition.Auto, changes: [] };
  }
  const voters = new Set<number>(cs.voters);
  const learners = new Set<number>(cs.learners);
  const count = rng.chance(0.6) ? 1 : 2 + rng.int(2);
  const changes: ConfChangeSingle[] = [];
  const touched = new Set<number>();
  for (let k = 0; k < count; k++) {
    const id = 1 + rng.int(universe);
    if (touched.has(id)) continue;
    const single = drawSingle(rng, id, voters, learners);
    if (single === undefined) continue;
    touched.add(id);
    changes.push(single);
    // Track the resulting membership so later changes in the batch see it.
    if (single.type === ConfChangeType.AddVoter) {
      voters.add(id);
      learners.delete(id);
    } else if (single.type === ConfChangeType.AddLearner) {
      voters.delete(id);
      learners.add(id);
    } else {
      voters.delete(id);
      learners.delete(id);
    }
  }
  if (changes.length === 0 || voters.size < votersMin) return undefined;
  const voterChanges = changes.filter(
    (c) => (c.type === ConfChangeType.AddVoter && !cs.voters.includes(c.nodeId)) || (c.type !== ConfChangeType.AddVoter && cs.voters.includes(c.nodeId)),
  ).length;
  // More than one voter changing needs a joint configuration; otherwise let the seed pick.
  const transitions =
    voterChanges > 1 || changes.length > 1
      ? [ConfChangeTransition.Auto, ConfChangeTransition.JointImplicit, ConfChangeTransition.JointExplicit]
      : [ConfChangeTransition.Auto, ConfChangeTransition.Auto, ConfChangeTransition.JointImplicit, ConfChangeTransition.JointExplicit];
  return { transition: transitions[rng.int(transitions.length)]!, changes };
}

function drawSingle(rng: Rng, id: number, voters: ReadonlySet<number>, learners: ReadonlySet<number>): ConfChangeSingle | undefined {
  const nodeId = id as NodeId;
  if (voters.has(id)) {
    // Demote or remove a voter, only if enough voters stay.
    if (voters.size - 1 < votersMin) return undefined;
    return { type: rng.chance(0.5) ? ConfChangeType.RemoveNode : ConfChangeType.AddLearner, nodeId };
  }
  if (learners.has(id)) return { type: rng.chance(0.7) ? ConfChangeType.AddVoter : ConfChangeType.RemoveNode, nodeId };
  return { type: rng.chance(0.5) ? ConfChangeType.AddVoter : ConfChangeType.AddLearner, nodeId };
}

export function describeConfChange(cc: ConfChange): string {
  if (cc.changes.length === 0) return 'leave joint';
  const kind = (t: ConfChangeType) => (t === ConfChangeType.AddVoter ? '+voter' : t === ConfChangeType.AddLearner ? '+learner' : 'remove');
  return `${ConfChangeTransition[cc.transition]} ${cc.changes.map((c) => `${kind(c.type)} n${c.nodeId}`).join(', ')}`;
}
