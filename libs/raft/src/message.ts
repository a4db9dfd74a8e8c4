import { MessageType, NONE, type LogIndex, type Message, type Term } from './types.js';

const EMPTY: readonly never[] = [];

/** A message with every field not given set to its zero value. */
export function message(p: Partial<Message> & { type: MessageType }): Message {
  return {
    from: NONE,
    to: NONE,
    term: 0 as Term,
    logTerm: 0 as Term,
    index: 0 as LogIndex,
    entries: EMPTY,
    commit: 0 as LogIndex,
    reject: false,
    rejectHint: 0 as LogIndex,
    ...p,
  };
}

/** Messages that promise persisted state, so the driver sends them only after persisting. */
export function needsPersistBeforeSend(t: MessageType): boolean {
  return t === MessageType.AppResp || t === MessageType.Vote || t === MessageType.VoteResp;
}

/** Messages a node generates for itself and that never cross the network. */
export function isLocal(t: MessageType): boolean {
  return (
    t === MessageType.Hup ||
    t === MessageType.Beat ||
    t === MessageType.Prop ||
    t === MessageType.Unreachable ||
    t === MessageType.SnapStatus ||
    t === MessageType.CheckQuorum
  );
}

/** The context of a Vote/PreVote that a leader transfer started: "transfer" in ASCII. */
export const CAMPAIGN_TRANSFER: Uint8Array = Uint8Array.from([0x74, 0x72, 0x61, 0x6e, 0x73, 0x66, 0x65, 0x72]);

export function isTransferCampaign(m: Message): boolean {
  return m.context !== undefined && m.context.byteLength > 0;
}
