import { InvalidError } from '@daos-nats/base';
import { checkConfig, cloneConfig, isJoint, type TrackerConfig } from './tracker.js';
import { ConfChangeTransition, ConfChangeType, type ConfChange, type ConfChangeSingle, type NodeId } from './types.js';

/** A membership change that cannot be applied to the current configuration. */
export class ConfChangeError extends InvalidError {
  override readonly name = 'ConfChangeError';
}

/** Whether `cc` means "leave the joint configuration". */
export function isLeaveJoint(cc: ConfChange): boolean {
  return cc.changes.length === 0;
}

/** Whether `cc` must go through a joint configuration, and whether it leaves it by itself. */
export function needsJoint(cc: ConfChange): { joint: boolean; autoLeave: boolean } {
  if (cc.transition === ConfChangeTransition.JointExplicit) return { joint: true, autoLeave: false };
  if (cc.transition === ConfChangeTransition.JointImplicit) return { joint: true, autoLeave: true };
  return { joint: cc.changes.length > 1, autoLeave: true };
}

/**
 * Compute the configuration that results from applying `cc` to `cfg` (which is not modified).
 * Auto transition: one voter change at most is applied directly ("simple"); anything more enters
 * a joint configuration. An empty change leaves the joint configuration.
 */
export function applyChange(cfg: TrackerConfig, cc: ConfChange): TrackerConfig {
  if (isLeaveJoint(cc)) return leaveJoint(cfg);
  const { joint, autoLeave } = needsJoint(cc);
  return joint ? enterJoint(cfg, autoLeave, cc.changes) : simple(cfg, cc.changes);
}

export function enterJoint(cfg: TrackerConfig, autoLeave: boolean, ccs: readonly ConfChangeSingle[]): TrackerConfig {
  if (isJoint(cfg)) throw new ConfChangeError('configuration is already joint');
  if (cfg.incoming.size === 0) throw new ConfChangeError('cannot make a zero-voter configuration joint');
  const c = cloneConfig(cfg);
  c.outgoing = new Set(cfg.incoming);
  applySingles(c, ccs);
  c.autoLeave = autoLeave;
  return checked(c);
}

export function leaveJoint(cfg: TrackerConfig): TrackerConfig {
  if (!isJoint(cfg)) throw new ConfChangeError('cannot leave a non-joint configuration');
  const c = cloneConfig(cfg);
  for (const id of c.learnersNext) c.learners.add(id);
  c.learnersNext.clear();
  c.outgoing.clear();
  c.autoLeave = false;
  return checked(c);
}

export function simple(cfg: TrackerConfig, ccs: readonly ConfChangeSingle[]): TrackerConfig {
  if (isJoint(cfg)) throw new ConfChangeError('cannot apply a simple change in a joint configuration');
  const c = cloneConfig(cfg);
  applySingles(c, ccs);
  let changed = 0;
  for (const id of cfg.incoming) if (!c.incoming.has(id)) changed++;
  for (const id of c.incoming) if (!cfg.incoming.has(id)) changed++;
  if (changed > 1) throw new ConfChangeError('more than one voter changed without entering a joint configuration');
  return checked(c);
}

function applySingles(c: TrackerConfig, ccs: readonly ConfChangeSingle[]): void {
  for (const cc of ccs) {
    if (!Number.isSafeInteger(cc.nodeId) || cc.nodeId <= 0) throw new ConfChangeError(`invalid node id ${cc.nodeId} in conf change`);
    switch (cc.type) {
      case ConfChangeType.AddVoter:
        makeVoter(c, cc.nodeId);
        break;
      case ConfChangeType.AddLearner:
        makeLearner(c, cc.nodeId);
        break;
      case ConfChangeType.RemoveNode:
        remove(c, cc.nodeId);
        break;
      default:
        throw new ConfChangeError(`unknown conf change type ${String(cc.type)}`);
    }
  }
  if (c.incoming.size === 0) throw new ConfChangeError('removed all voters');
}

function makeVoter(c: TrackerConfig, id: NodeId): void {
  c.incoming.add(id);
  c.learners.delete(id);
  c.learnersNext.delete(id);
}

function makeLearner(c: TrackerConfig, id: NodeId): void {
  if (c.learners.has(id)) return;
  c.incoming.delete(id);
  c.learnersNext.delete(id);
  // An outgoing voter cannot be a learner yet: it still votes until the joint config is left.
  if (c.outgoing.has(id)) c.learnersNext.add(id);
  else c.learners.add(id);
}

function remove(c: TrackerConfig, id: NodeId): void {
  c.incoming.delete(id);
  c.learners.delete(id);
  c.learnersNext.delete(id);
}

function checked(c: TrackerConfig): TrackerConfig {
  const why = checkConfig(c);
  if (why !== undefined) throw new ConfChangeError(why);
  return c;
}
