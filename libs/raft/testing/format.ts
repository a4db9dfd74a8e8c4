import { decodeConfChange } from '../src/conf-change-codec.js';
import {
  ConfChangeTransition,
  ConfChangeType,
  EntryType,
  MessageType,
  type ConfChange,
  type ConfState,
  type Entry,
  type Message,
} from '../src/types.js';

/** Readable one-line forms of the raft vocabulary for scenario scripts. */

export function ascii(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
  return b;
}

export function unascii(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return s;
}

export function fmtIds(ids: readonly number[]): string {
  return `(${ids.join(' ')})`;
}

export function fmtConfState(cs: ConfState): string {
  let s = `voters=${fmtIds(cs.voters)}`;
  if (cs.votersOutgoing.length > 0) s += `&&${fmtIds(cs.votersOutgoing)}`;
  if (cs.learners.length > 0) s += ` learners=${fmtIds(cs.learners)}`;
  if (cs.learnersNext.length > 0) s += ` learners_next=${fmtIds(cs.learnersNext)}`;
  if (cs.autoLeave) s += ' autoleave';
  return s;
}

export function fmtConfChange(cc: ConfChange): string {
  if (cc.changes.length === 0) return 'leave-joint';
  const parts = cc.changes.map((c) => {
    const p = c.type === ConfChangeType.AddVoter ? 'v' : c.type === ConfChangeType.AddLearner ? 'l' : 'r';
    return `${p}${c.nodeId}`;
  });
  const t =
    cc.transition === ConfChangeTransition.Auto ? '' : cc.transition === ConfChangeTransition.JointImplicit ? ' (joint-implicit)' : ' (joint-explicit)';
  return parts.join(' ') + t;
}

export function fmtEntry(e: Entry): string {
  if (e.type === EntryType.ConfChange) {
    let body: string;
    try {
      body = fmtConfChange(decodeConfChange(e.data));
    } catch (err) {
      body = `<bad conf change: ${(err as Error).message}>`;
    }
    return `${e.term}/${e.index} EntryConfChange ${body}`;
  }
  return `${e.term}/${e.index} EntryNormal ${JSON.stringify(unascii(e.data))}`;
}

export function fmtMessage(m: Message): string {
  let s = `${m.from}->${m.to} ${m.type} Term:${m.term}`;
  switch (m.type) {
    case MessageType.App:
      s += ` Log:${m.logTerm}/${m.index} Commit:${m.commit}`;
      if (m.entries.length > 0) s += ` Entries:[${m.entries.map(fmtEntry).join(', ')}]`;
      break;
    case MessageType.AppResp:
      s += ` Index:${m.index}`;
      if (m.reject) s += ` Rejected (Hint: ${m.rejectHint}/${m.logTerm})`;
      break;
    case MessageType.Vote:
    case MessageType.PreVote:
      s += ` Log:${m.logTerm}/${m.index}`;
      if (m.context && m.context.byteLength > 0) s += ' (transfer)';
      break;
    case MessageType.VoteResp:
    case MessageType.PreVoteResp:
      if (m.reject) s += ' Rejected';
      break;
    case MessageType.Heartbeat:
    case MessageType.TimeoutNow:
      s += ` Commit:${m.commit}`;
      break;
    case MessageType.Snap: {
      const c = m.snapshot!;
      s += ` Snapshot:${c.meta.term}/${c.meta.index} Bytes:[${c.offsetBytes},${c.offsetBytes + c.data.byteLength})/${c.totalBytes}`;
      break;
    }
    case MessageType.SnapResp:
      s += ` Snapshot:${m.snapshot?.meta.term ?? 0}/${m.snapshot?.meta.index ?? 0} Held:${m.snapshot?.offsetBytes ?? 0}`;
      break;
    default:
      break;
  }
  if (m.context && m.context.byteLength > 0 && m.type !== MessageType.Vote && m.type !== MessageType.PreVote)
    s += ` Context:${JSON.stringify(unascii(m.context))}`;
  return s;
}
