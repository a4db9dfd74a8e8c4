import { MessageType, type Message } from '../src/index.js';

/** One trace event: formatted only when a report needs it, so tracing costs little per event. */
type TraceEvent = readonly [step: number, node: number, what: string | Message, dir: 'recv' | 'send' | 'note'];

/**
 * The simulator's flight recorder: a ring of the last `tailEvents` events, or everything when
 * `full` (for --trace). A failure report prints it, so a seed's last moments read as a story.
 */
export class Trace {
  private readonly events: TraceEvent[] = [];
  private start = 0;
  private dropped = 0;

  constructor(
    private readonly tailEvents: number,
    private readonly full: boolean,
    private readonly stepsPerTick: number,
  ) {}

  note(step: number, node: number, what: string): void {
    this.push([step, node, what, 'note']);
  }

  recv(step: number, m: Message): void {
    this.push([step, m.to, m, 'recv']);
  }

  send(step: number, m: Message, fate: string): void {
    this.push([step, m.from, fate === '' ? m : `${formatMessage(m)} ${fate}`, 'send']);
  }

  lines(): string[] {
    const ordered = this.events.slice(this.start).concat(this.events.slice(0, this.start));
    const out = ordered.map(([step, node, what, dir]) => {
      const t = `t=${(step / this.stepsPerTick).toFixed(1)}`.padEnd(9);
      const n = node === 0 ? 'sim' : `n${node}`;
      const body = typeof what === 'string' ? what : formatMessage(what);
      return `${t} ${n.padEnd(3)} ${dir === 'note' ? '' : `${dir} `}${body}`;
    });
    if (this.dropped > 0) out.unshift(`... ${this.dropped} earlier events not kept (use --trace)`);
    return out;
  }

  private push(e: TraceEvent): void {
    if (this.full || this.events.length < this.tailEvents) {
      this.events.push(e);
      return;
    }
    this.events[this.start] = e;
    this.start = (this.start + 1) % this.tailEvents;
    this.dropped++;
  }
}

export function formatMessage(m: Message): string {
  let s = `${m.type} n${m.from}->n${m.to} term ${m.term}`;
  switch (m.type) {
    case MessageType.App:
      s += ` prev ${m.index}/${m.logTerm} ents ${m.entries.length === 0 ? '[]' : `[${m.entries[0]!.index}..${m.entries[m.entries.length - 1]!.index}]`} commit ${m.commit}`;
      break;
    case MessageType.AppResp:
      s += m.reject ? ` REJECT ${m.index} hint ${m.rejectHint}` : ` match ${m.index}`;
      break;
    case MessageType.Vote:
    case MessageType.PreVote:
      s += ` last ${m.index}/${m.logTerm}${m.context !== undefined && m.context.byteLength > 0 ? ' (transfer)' : ''}`;
      break;
    case MessageType.VoteResp:
    case MessageType.PreVoteResp:
      s += m.reject ? ' REJECT' : ' GRANT';
      break;
    case MessageType.Heartbeat:
      s += ` commit ${m.commit}`;
      break;
    case MessageType.Snap:
      if (m.snapshot !== undefined)
        s += ` snap ${m.snapshot.meta.index}/${m.snapshot.meta.term} bytes ${m.snapshot.offsetBytes}+${m.snapshot.data.byteLength}/${m.snapshot.totalBytes}`;
      break;
    case MessageType.SnapResp:
      s += ` ${m.reject ? 'REJECT ' : ''}acked ${m.index}`;
      break;
    case MessageType.ReadIndexResp:
      s += ` index ${m.index}`;
      break;
    default:
      break;
  }
  return s;
}
