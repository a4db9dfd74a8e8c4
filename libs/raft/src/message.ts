import { MessageType, NONE, type LogIndex, type Message, type NodeId, type Term } from './types.js';

const EMPTY: readonly never[] = [];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A message with every field not given set to its zero value; `from` and `term`, when passed,
 * override p's. Built field by field (no object spread): this runs for every message sent.
 */
export function message(p: Partial<Message> & { type: MessageType }, from?: NodeId, term?: number): Message {
  const m: Mutable<Message> = {
    type: p.type,
    from: from ?? p.from ?? NONE,
    to: p.to ?? NONE,
    term: (term ?? p.term ?? 0) as Term,
    logTerm: p.logTerm ?? (0 as Term),
    index: p.index ?? (0 as LogIndex),
    entries: p.entries ?? EMPTY,
    commit: p.commit ?? (0 as LogIndex),
    reject: p.reject ?? false,
    rejectHint: p.rejectHint ?? (0 as LogIndex),
  };
  if (p.snapshot !== undefined) m.snapshot = p.snapshot;
  if (p.context !== undefined) m.context = p.context;
  return m;
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
