import { DaosError, DER, type NodeId } from '@daos-nats/base';
import type { ConfState } from '@daos-nats/raft';

/** Membership as stored on disk: canonical JSON (sorted ids), so equal states give equal bytes. */
export function confStateToJson(c: ConfState): string {
  const ids = (a: readonly NodeId[]) => [...a].sort((x, y) => x - y);
  return JSON.stringify({
    voters: ids(c.voters),
    learners: ids(c.learners),
    votersOutgoing: ids(c.votersOutgoing),
    learnersNext: ids(c.learnersNext),
    autoLeave: c.autoLeave,
  });
}

/** Parse stored membership; anything malformed is a corrupt file (DER_DF_INVAL), never guessed at. */
export function confStateFromJson(text: string): ConfState {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new DaosError(DER.DF_INVAL, `stored membership is not JSON: ${text.slice(0, 80)}`, { cause: e });
  }
  const o = v as Record<string, unknown>;
  const ids = (name: string): NodeId[] => {
    const a = o?.[name];
    if (!Array.isArray(a) || !a.every((x) => Number.isSafeInteger(x) && x > 0))
      throw new DaosError(DER.DF_INVAL, `stored membership field ${name} is not a list of node ids: ${text.slice(0, 80)}`);
    return a as NodeId[];
  };
  if (typeof o?.['autoLeave'] !== 'boolean') throw new DaosError(DER.DF_INVAL, `stored membership lacks autoLeave: ${text.slice(0, 80)}`);
  return {
    voters: ids('voters'),
    learners: ids('learners'),
    votersOutgoing: ids('votersOutgoing'),
    learnersNext: ids('learnersNext'),
    autoLeave: o['autoLeave'] as boolean,
  };
}
