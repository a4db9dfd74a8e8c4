import { SeededRng, type NodeId } from '@daos-nats/base';
import { ReadOnlyOption, type Config } from '../src/config.js';
import { decodeConfChange } from '../src/conf-change-codec.js';
import { ProposalDroppedError } from '../src/errors.js';
import { MemoryStorage } from '../src/memory-storage.js';
import type { TestingKnobs } from '../src/raft.js';
import { RawNode } from '../src/raw-node.js';
import { readAllSnapshotBytes } from '../src/snapshot-data.js';
import {
  ConfChangeTransition,
  ConfChangeType,
  EntryType,
  type ConfChangeSingle,
  type ConfState,
  type LogIndex,
  type Message,
} from '../src/types.js';
import { parseCommand, parseIds, type Command } from './datadriven.js';
import { ascii, fmtConfState, fmtEntry, fmtMessage, unascii } from './format.js';

interface NodeEnv {
  readonly id: NodeId;
  readonly storage: MemoryStorage;
  node: RawNode;
  readonly config: Partial<Config> & { id: NodeId };
  readonly knobs: TestingKnobs;
  /** The state machine: applied data in order, with the index each came from. */
  applied: { index: number; data: string }[];
  appliedIndex: number;
  /** Membership after each applied conf change (for snapshots at an index). */
  confs: { index: number; cs: ConfState }[];
}

const SEP = '\u0001';

/**
 * Drives RawNodes from scenario scripts (testdata/*.txt): a persisted-before-send Ready loop over
 * MemoryStorage, a message queue the script delivers explicitly, and partitions. Deterministic:
 * each node's randomness comes from a SeededRng seeded with its id.
 */
export class InteractionEnv {
  readonly nodes = new Map<number, NodeEnv>();
  queue: Message[] = [];
  /** Armed losses: the next matching messages vanish when sent (after `skip` matches pass). */
  private losses: { type?: string; from?: number; to?: number; skip: number; n: number }[] = [];
  private groups: Map<number, number> | undefined;

  handle(line: string): string {
    const c = parseCommand(line);
    const out: string[] = [];
    try {
      this.dispatch(c, out);
    } catch (e) {
      if (e instanceof ProposalDroppedError) out.push(`dropped: ${e.reason}`);
      else if (e instanceof Error) out.push(`error: ${e.name}: ${e.message}`);
      else throw e;
    }
    return out.length === 0 ? 'ok' : out.join('\n');
  }

  private dispatch(c: Command, out: string[]): void {
    const id = () => this.get(Number(c.args[0]));
    switch (c.name) {
      case 'add-nodes':
        return this.addNodes(c, out);
      case 'campaign':
        return id().node.campaign();
      case 'tick':
        return this.tick(c);
      case 'process-ready':
        for (const n of this.targets(c.args)) this.processReady(n, out);
        return;
      case 'deliver-msgs':
        return this.deliver(c, out);
      case 'drop-msgs':
        return this.dropMsgs(c, out);
      case 'stabilize':
        return this.stabilize(c.args.map(Number), out);
      case 'settle':
        // Stabilize without the trace, for setup steps a script is not about.
        this.stabilize(c.args.map(Number), []);
        return;
      case 'partition':
        return this.partition(c.args);
      case 'lose':
        this.losses.push({
          ...(c.kv.has('type') ? { type: c.kv.get('type')! } : {}),
          ...(c.kv.has('from') ? { from: Number(c.kv.get('from')) } : {}),
          ...(c.kv.has('to') ? { to: Number(c.kv.get('to')) } : {}),
          skip: Number(c.kv.get('skip') ?? 0),
          n: Number(c.kv.get('n') ?? 1),
        });
        return;
      case 'heal':
        this.groups = undefined;
        return;
      case 'propose':
        return id().node.propose(ascii(c.args[1] ?? ''));
      case 'propose-conf-change':
        return this.proposeConfChange(c);
      case 'transfer-leadership':
        return id().node.transferLeadership(Number(c.args[1]) as NodeId);
      case 'read-index':
        return id().node.readIndex(ascii(c.args[1] ?? ''));
      case 'compact':
        return this.compact(id(), Number(c.args[1]), out);
      case 'restart':
        return this.restart(id());
      case 'report-unreachable':
        return id().node.reportUnreachable(Number(c.args[1]) as NodeId);
      case 'status':
        return this.status(id(), out);
      case 'raft-log':
        return this.raftLog(id(), out);
      case 'applied':
        out.push(`${c.args[0]}: [${id().applied.map((a) => a.data).join(' ')}] index=${id().appliedIndex}`);
        return;
      case 'snapshot-unavailable':
        id().storage.snapshotUnavailable = c.args[1] === 'true';
        return;
      default:
        throw new Error(`unknown command ${c.name}`);
    }
  }

  private get(id: number): NodeEnv {
    const n = this.nodes.get(id);
    if (!n) throw new Error(`no node ${id}`);
    return n;
  }

  private targets(args: readonly string[]): NodeEnv[] {
    if (args.length === 0) return [...this.nodes.values()];
    return args.map((a) => this.get(Number(a)));
  }

  private addNodes(c: Command, out: string[]): void {
    const count = Number(c.args[0]);
    const voters = parseIds(c.kv.get('voters'));
    const learners = parseIds(c.kv.get('learners'));
    const cs: ConfState = { voters: voters as NodeId[], learners: learners as NodeId[], votersOutgoing: [], learnersNext: [], autoLeave: false };
    const num = (k: string) => (c.kv.has(k) ? Number(c.kv.get(k)) : undefined);
    const opt: Partial<Config> = {};
    const set = <K extends keyof Config>(k: K, v: Config[K] | undefined) => {
      if (v !== undefined) (opt as Record<string, unknown>)[k] = v;
    };
    set('electionTimeoutTicks', num('election'));
    set('heartbeatTicks', num('heartbeat'));
    set('appendBytesMax', num('append-bytes'));
    set('inflightMessagesMax', num('inflight-msgs'));
    set('inflightBytesMax', num('inflight-bytes'));
    set('uncommittedBytesMax', num('uncommitted-bytes'));
    set('applyBytesMax', num('apply-bytes'));
    set('snapshotChunkBytesMax', num('chunk-bytes'));
    set('snapshotResendTicks', num('resend-ticks'));
    set('readIndexPendingMax', num('read-pending'));
    if (c.kv.has('prevote')) set('preVote', c.kv.get('prevote') === 'true');
    if (c.kv.has('checkquorum')) set('checkQuorum', c.kv.get('checkquorum') === 'true');
    if (c.kv.get('read-only') === 'lease') set('readOnlyOption', ReadOnlyOption.LeaseBased);
    const knobs: TestingKnobs = c.kv.get('unsafe-commit') === 'true' ? { unsafeCommitPreviousTermEntries: true } : {};
    // Nodes joining an existing group (empty=true) start with no membership and learn it from a snapshot.
    const empty = c.kv.get('empty') === 'true';
    for (let k = 0; k < count; k++) {
      const nid = (this.nodes.size + 1) as NodeId;
      const storage = empty ? new MemoryStorage() : MemoryStorage.withMembers(cs);
      const config = { ...opt, id: nid };
      const n: NodeEnv = {
        id: nid,
        storage,
        node: new RawNode(config, storage, new SeededRng(nid), knobs),
        config,
        knobs,
        applied: [],
        appliedIndex: 0,
        confs: [{ index: 0, cs: storage.initialState().confState }],
      };
      this.nodes.set(nid, n);
      out.push(`INFO ${nid} started: ${fmtConfState(storage.initialState().confState)}`);
    }
  }

  private tick(c: Command): void {
    const rep = c.args.find((a) => /^x\d+$/.test(a));
    const times = rep ? Number(rep.slice(1)) : 1;
    const ids = c.args.filter((a) => a !== rep);
    const ns = ids.length === 0 || ids[0] === 'all' ? [...this.nodes.values()] : ids.map((a) => this.get(Number(a)));
    for (let t = 0; t < times; t++) for (const n of ns) n.node.tick();
  }

  processReady(n: NodeEnv, out: string[]): void {
    if (!n.node.hasReady()) return;
    const rd = n.node.ready();
    out.push(`> ${n.id} handling Ready`);
    const p = (s: string) => out.push(`  ${s}`);
    if (rd.softState) p(`Lead:${rd.softState.lead} State:${rd.softState.role}`);
    if (rd.hardState) p(`HardState Term:${rd.hardState.term} Vote:${rd.hardState.vote} Commit:${rd.hardState.commit}`);
    if (rd.entries.length > 0) {
      p('Entries:');
      for (const e of rd.entries) p(`  ${fmtEntry(e)}`);
    }
    if (rd.snapshot) p(`Snapshot Index:${rd.snapshot.meta.index} Term:${rd.snapshot.meta.term} ${fmtConfState(rd.snapshot.meta.confState)} Bytes:${rd.snapshot.data.totalBytes}`);
    if (rd.committedEntries.length > 0) {
      p('CommittedEntries:');
      for (const e of rd.committedEntries) p(`  ${fmtEntry(e)}`);
    }
    if (rd.messages.length > 0) {
      p('Messages:');
      for (const m of rd.messages) p(`  ${fmtMessage(m)}`);
    }
    if (rd.messagesAfterPersist.length > 0) {
      p('MessagesAfterPersist:');
      for (const m of rd.messagesAfterPersist) p(`  ${fmtMessage(m)}`);
    }
    if (rd.readStates.length > 0) {
      p('ReadStates:');
      for (const r of rd.readStates) p(`  index=${r.index} ctx=${unascii(r.context)}`);
    }
    // 1. send messages; 2. persist; 3. send after-persist messages; 4. apply; 5. advance.
    this.enqueue(rd.messages, out);
    if (rd.snapshot) {
      n.storage.applySnapshot(rd.snapshot);
      const data = unascii(readAllSnapshotBytes(rd.snapshot.data));
      n.applied = data === '' ? [] : data.split(SEP).map((d) => ({ index: rd.snapshot!.meta.index, data: d }));
      n.appliedIndex = rd.snapshot.meta.index;
      n.confs = [{ index: rd.snapshot.meta.index, cs: rd.snapshot.meta.confState }];
    }
    n.storage.append(rd.entries);
    if (rd.hardState) n.storage.setHardState(rd.hardState);
    this.enqueue(rd.messagesAfterPersist, out);
    for (const e of rd.committedEntries) {
      if (e.type === EntryType.ConfChange) {
        const cs = n.node.applyConfChange(decodeConfChange(e.data));
        n.storage.setConfState(cs);
        n.confs.push({ index: e.index, cs });
        out.push(`INFO ${n.id} switched to configuration ${fmtConfState(cs)}`);
      } else if (e.data.byteLength > 0) {
        n.applied.push({ index: e.index, data: unascii(e.data) });
      }
      n.appliedIndex = e.index;
    }
    n.node.advance();
  }

  /** Messages sent across a partition are lost, as on a real network. */
  private enqueue(ms: readonly Message[], out: string[]): void {
    for (const m of ms) {
      if (this.blocked(m)) continue;
      if (this.lost(m)) out.push(`  lost: ${fmtMessage(m)}`);
      else this.queue.push(m);
    }
  }

  private lost(m: Message): boolean {
    for (const l of this.losses) {
      if ((l.type !== undefined && l.type !== m.type) || (l.from !== undefined && l.from !== m.from) || (l.to !== undefined && l.to !== m.to)) continue;
      if (l.skip > 0) {
        l.skip--;
        continue;
      }
      if (--l.n === 0) this.losses = this.losses.filter((x) => x !== l);
      return true;
    }
    return false;
  }

  private blocked(m: Message): boolean {
    if (!this.groups) return false;
    const a = this.groups.get(m.from);
    const b = this.groups.get(m.to);
    return a === undefined || b === undefined || a !== b;
  }

  private deliver(c: Command, out: string[]): void {
    const to = new Set(c.args.map(Number));
    const drop = new Set(parseIds(c.kv.get('drop')));
    const type = c.kv.get('type');
    const keep: Message[] = [];
    const now: Message[] = [];
    for (const m of this.queue) {
      if ((to.size > 0 && !to.has(m.to)) || (type !== undefined && m.type !== type)) keep.push(m);
      else now.push(m);
    }
    this.queue = keep;
    for (const m of now) this.deliverOne(m, drop.has(m.to), out);
  }

  private deliverOne(m: Message, drop: boolean, out: string[]): void {
    const n = this.nodes.get(m.to);
    if (drop || !n || this.blocked(m)) {
      out.push(`dropped: ${fmtMessage(m)}`);
      return;
    }
    out.push(fmtMessage(m));
    try {
      n.node.step(m);
    } catch (e) {
      out.push(`  error: ${(e as Error).message}`);
    }
  }

  private dropMsgs(c: Command, out: string[]): void {
    const from = c.kv.get('from');
    const to = c.kv.get('to');
    const type = c.kv.get('type');
    const keep: Message[] = [];
    for (const m of this.queue) {
      const match =
        (from === undefined || m.from === Number(from)) && (to === undefined || m.to === Number(to)) && (type === undefined || m.type === type);
      if (match) out.push(`dropped: ${fmtMessage(m)}`);
      else keep.push(m);
    }
    this.queue = keep;
  }

  stabilize(ids: number[], out: string[]): void {
    const only = new Set(ids);
    const inScope = (id: number) => only.size === 0 || only.has(id);
    for (let round = 0; ; round++) {
      if (round >= 1000) throw new Error('stabilize: no fixed point after 1000 rounds');
      let progress = false;
      for (const n of this.nodes.values()) {
        if (inScope(n.id) && n.node.hasReady()) {
          this.processReady(n, out);
          progress = true;
        }
      }
      for (const n of this.nodes.values()) {
        if (!inScope(n.id)) continue;
        const mine = this.queue.filter((m) => m.to === n.id && inScope(m.from));
        if (mine.length === 0) continue;
        this.queue = this.queue.filter((m) => !(m.to === n.id && inScope(m.from)));
        out.push(`> ${n.id} receiving messages`);
        for (const m of mine) {
          const sub: string[] = [];
          this.deliverOne(m, false, sub);
          for (const s of sub) out.push(`  ${s}`);
        }
        progress = true;
      }
      if (!progress) return;
    }
  }

  private partition(args: readonly string[]): void {
    this.groups = new Map();
    let g = 0;
    for (const a of args) {
      if (a === '/') g++;
      else this.groups.set(Number(a), g);
    }
  }

  private proposeConfChange(c: Command): void {
    const changes: ConfChangeSingle[] = [];
    for (const a of c.args.slice(1)) {
      const kind = a[0];
      const nodeId = Number(a.slice(1)) as NodeId;
      const type = kind === 'v' ? ConfChangeType.AddVoter : kind === 'l' ? ConfChangeType.AddLearner : kind === 'r' ? ConfChangeType.RemoveNode : undefined;
      if (type === undefined) throw new Error(`bad change ${a}: use v<id>, l<id> or r<id>`);
      changes.push({ type, nodeId });
    }
    const t = c.kv.get('transition');
    const transition =
      t === 'explicit' ? ConfChangeTransition.JointExplicit : t === 'implicit' ? ConfChangeTransition.JointImplicit : ConfChangeTransition.Auto;
    this.get(Number(c.args[0])).node.proposeConfChange({ transition, changes });
  }

  private compact(n: NodeEnv, index: number, out: string[]): void {
    if (index > n.appliedIndex) throw new Error(`cannot compact ${index}: applied only ${n.appliedIndex}`);
    const data = n.applied.filter((a) => a.index <= index).map((a) => a.data).join(SEP);
    const cs = [...n.confs].reverse().find((c) => c.index <= index)!.cs;
    n.storage.createSnapshot(index as LogIndex, cs, ascii(data));
    n.storage.compact(index as LogIndex);
    out.push(`${n.id}: snapshot at ${index} (${data.length} bytes), log now [${n.storage.firstIndex()}, ${n.storage.lastIndex()}]`);
  }

  /** A crash and restart: everything in memory is lost; storage and the applied state remain. */
  private restart(n: NodeEnv): void {
    n.node = new RawNode({ ...n.config, appliedIndex: n.appliedIndex as LogIndex }, n.storage, new SeededRng(n.id * 7919), n.knobs);
    this.queue = this.queue.filter((m) => m.from !== n.id);
  }

  private status(n: NodeEnv, out: string[]): void {
    const s = n.node.status();
    out.push(
      `${n.id}: ${s.softState.role} term=${s.hardState.term} lead=${s.softState.lead} vote=${s.hardState.vote} commit=${s.hardState.commit} applied=${s.applied} last=${s.lastIndex} ${fmtConfState(s.confState)}` +
        (s.leadTransferee ? ` transferee=${s.leadTransferee}` : ''),
    );
    if (s.progress) {
      for (const [id, p] of s.progress) {
        let line = `  ${id}: ${p.state} match=${p.match} next=${p.next}`;
        if (p.isLearner) line += ' learner';
        if (p.inflightMessages > 0) line += ` inflight=${p.inflightMessages}/${p.inflightBytes}B`;
        if (p.pendingSnapshot > 0) line += ` snapshot=${p.pendingSnapshot} acked=${p.snapshotAckedBytes}B`;
        if (!p.recentActive && id !== n.id) line += ' inactive';
        out.push(line);
      }
      out.push(`  compactIndexMax=${s.compactIndexMax}`);
    }
  }

  private raftLog(n: NodeEnv, out: string[]): void {
    const st = n.storage;
    const first = st.firstIndex();
    const last = st.lastIndex();
    if (first > 1) out.push(`snapshot ${st.snapshot().meta.term}/${st.snapshot().meta.index}`);
    if (last < first) {
      out.push('log is empty');
      return;
    }
    for (const e of st.entries(first, (last + 1) as LogIndex, Infinity)) out.push(fmtEntry(e));
  }
}

