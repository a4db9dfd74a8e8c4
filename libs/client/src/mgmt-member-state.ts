// DAOS member states (src/control/system/member.go): bits, so that a query can filter by a mask.
import { InvalidError } from '@daos-nats/base';

export const MemberState = {
  Unknown: 0,
  AwaitFormat: 0x1,
  Starting: 0x2,
  Ready: 0x4,
  Joined: 0x8,
  Stopping: 0x10,
  Stopped: 0x20,
  Excluded: 0x40,
  Errored: 0x80,
  Unresponsive: 0x100,
  AdminExcluded: 0x200,
  CheckerStarted: 0x400,
} as const;

export type MemberStateName = keyof typeof MemberState;
export type MemberStateValue = (typeof MemberState)[MemberStateName];

/** States in which a member serves (DAOS `AvailableMemberFilter`). */
export const AVAILABLE_STATES = MemberState.Ready | MemberState.Joined;

const NAMES = new Map<number, MemberStateName>(Object.entries(MemberState).map(([k, v]) => [v, k as MemberStateName]));

/** "Joined", "AdminExcluded", ...; an unknown bit pattern prints as hex. */
export function memberStateName(state: number): string {
  return NAMES.get(state) ?? `0x${state.toString(16)}`;
}

/** Parse "joined", "Admin_Excluded", "adminexcluded" (case and separators ignored). */
export function parseMemberState(text: string): MemberStateValue {
  const want = text.replace(/[-_\s]/g, '').toLowerCase();
  for (const [name, value] of Object.entries(MemberState)) if (name.toLowerCase() === want) return value;
  throw new InvalidError(`unknown member state ${JSON.stringify(text)}; expected one of ${Object.keys(MemberState).join(', ')}`);
}

/** A mask from state names ("joined,stopped"); empty = every state (0). */
export function parseMemberStateMask(text: string): number {
  let mask = 0;
  for (const part of text.split(',').map((s) => s.trim()).filter(Boolean)) mask |= parseMemberState(part);
  return mask;
}

/**
 * Transitions DAOS refuses (member.go `isTransitionIllegal`): back to Ready once joined, anything
 * from Excluded but to Joined/AdminExcluded, anything from AdminExcluded but to Excluded (its
 * clear-exclude), and re-entering the same state through a different path is not a transition.
 */
export function isTransitionLegal(from: number, to: number): boolean {
  if (from === to) return true;
  if (from === MemberState.AdminExcluded) return to === MemberState.Excluded;
  if (from === MemberState.Excluded) return to === MemberState.Joined || to === MemberState.AdminExcluded;
  if (from === MemberState.Joined && to === MemberState.Ready) return false;
  return true;
}
