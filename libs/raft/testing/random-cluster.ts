import { SeededRng, type NodeId } from '@daos-nats/base';
import { decodeConfChange } from '../src/conf-change-codec.js';
import { MemoryStorage } from '../src/memory-storage.js';
import type { TestingKnobs } from '../src/raft.js';
import { RawNode } from '../src/raw-node.js';
import { EntryType, StateRole, type ConfState, type Entry, type LogIndex, type Message } from '../src/types.js';
import type { Config } from '../src/config.js';

/** What each node reported: its applied entries in order. */
export interface Observed {
  readonly applied: Map<number, Entry[]>;
  /** term -> the node that led it. */
  readonly leaders: Map<number, number>;
}

/**
 * A small randomized cluster for the paper's safety properties: random ticks, message loss,
 * reordering and duplication, crashes that keep storage, and random proposals, all from one
 * seed, plus compaction (so snapshots stream in chunks under the same faults). The invariants
 * are checked by `check()` after every step and throw on violation.
 * (The full simulator lives in libs/raft/sim; this one exists so the core's own tests can state
 * the paper's properties next to the code.)
 */
export class RandomCluster {
  readonly rng: SeededRng;
  readonly storages = new Map<number, MemoryStorage>();
  readonly nodes = new Map<number, RawNode>();
  readonly applied = new Map<number, Entry[]>();
  readonly leaders = new Map<number, number>();
  /** Entries known committed (applied anywhere), by index. */
  readonly committed = new Map<number, Entry>();
  private net: Message[] = [];
  private readonly conf: ConfState;
  /** For nodes restored from a snapshot: the index it covered (its entries are not replayed). */
  private readonly appliedFromSnapshot = new Map<number, number>();
  private lastCommit = new Map<number, number>();
  private lastTerm = new Map<number, number>();
  private leaderLogs = new Map<number, { term: number; log: Entry[] }>();
  proposals = 0;
  snapshotsInstalled = 0;

  constructor(
    seed: number,
    readonly size: number,
    readonly config: Partial<Config> = {},
    readonly knobs: TestingKnobs = {},
  ) {
    this.rng = new SeededRng(seed);
    const ids = Array.from({ length: size }, (_, i) => (i + 1) as NodeId);
    const cs: ConfState = { voters: ids, learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };
    this.conf = cs;
    for (const id of ids) {
      this.storages.set(id, MemoryStorage.withMembers(cs));
      this.applied.set(id, []);
      this.start(id);
    }
  }

  private start(id: number): void {
    const applied = this.applied.get(id)!;
    const appliedIndex = Math.max(applied.length > 0 ? applied[applied.length - 1]!.index : 0, this.appliedFromSnapshot.get(id) ?? 0);
    this.nodes.set(
      id,
      new RawNode({ ...this.config, id: id as NodeId, appliedIndex: appliedIndex as LogIndex }, this.storages.get(id)!, this.rng.fork(), this.knobs),
    );
  }

  /** One random action. */
  step(): void {
    const ids = [...this.nodes.keys()];
    const id = ids[this.rng.int(ids.length)]!;
    const p = this.rng.float();
    if (p < 0.3) this.nodes.get(id)!.tick();
    else if (p < 0.55) this.processReady(id);
    else if (p < 0.85) this.deliver();
    else if (p < 0.94) this.propose(id);
    else if (p < 0.96) this.compact(id);
    else if (p < 0.97) this.crash(id);
    else this.net = this.net.filter(() => !this.rng.chance(0.5)); // a burst of loss
    this.check();
  }

  private propose(id: number): void {
    const n = this.nodes.get(id)!;
    if (n.status().softState.role !== StateRole.Leader) return;
    try {
      n.propose(Uint8Array.from([this.proposals++ & 0xff, id]));
    } catch {
      // dropped (e.g. transfer in progress): fine for a random run
    }
  }

  /** Snapshot at the applied index and drop the log up to it (keeping a few entries at random). */
  private compact(id: number): void {
    const applied = this.applied.get(id)!;
    const s = this.storages.get(id)!;
    const last = applied.length > 0 ? applied[applied.length - 1]!.index : this.appliedFromSnapshot.get(id) ?? 0;
    const at = last - this.rng.int(3);
    if (at < s.firstIndex()) return;
    // The snapshot's bytes stand for the state machine; their length varies so chunking varies.
    const data = new Uint8Array(this.rng.int(64)).fill(at & 0xff);
    s.createSnapshot(at as LogIndex, this.conf, data);
    s.compact(at as LogIndex);
  }

  private crash(id: number): void {
    // Storage holds everything persisted; memory (and messages from the node) are lost.
    this.net = this.net.filter((m) => m.from !== id && m.to !== id);
    // Unpersisted term and commit changes are lost with memory: restart from the durable ones.
    const hs = this.storages.get(id)!.hardState();
    this.lastTerm.set(id, hs.term);
    this.lastCommit.set(id, hs.commit);
    this.start(id);
  }

  private deliver(): void {
    if (this.net.length === 0) return;
    const i = this.rng.int(this.net.length); // reordering
    const m = this.net[i]!;
    if (this.rng.chance(0.9)) this.net.splice(i, 1); // else: duplicated, stays queued
    if (this.rng.chance(0.05)) return; // lost
    this.nodes.get(m.to)?.step(m);
  }

  processReady(id: number): void {
    const n = this.nodes.get(id)!;
    if (!n.hasReady()) return;
    const rd = n.ready();
    const s = this.storages.get(id)!;
    this.net.push(...rd.messages);
    if (rd.snapshot) {
      s.applySnapshot(rd.snapshot);
      this.appliedFromSnapshot.set(id, rd.snapshot.meta.index);
      this.applied.set(id, []);
      this.snapshotsInstalled++;
    }
    s.append(rd.entries);
    if (rd.hardState) s.setHardState(rd.hardState);
    this.net.push(...rd.messagesAfterPersist);
    const applied = this.applied.get(id)!;
    for (const e of rd.committedEntries) {
      if (e.type === EntryType.ConfChange) n.applyConfChange(decodeConfChange(e.data));
      applied.push(e);
      const known = this.committed.get(e.index);
      if (known === undefined) this.committed.set(e.index, e);
      else if (known.term !== e.term || !sameBytes(known.data, e.data))
        throw new Error(`State Machine Safety: node ${id} applied ${e.term}/${e.index}, another node applied ${known.term}/${known.index}`);
    }
    n.advance();
  }

  /** Drain: process and deliver everything without loss until quiet. */
  settle(rounds = 200): void {
    for (let r = 0; r < rounds; r++) {
      for (const id of this.nodes.keys()) this.processReady(id);
      const msgs = this.net;
      this.net = [];
      for (const m of msgs) this.nodes.get(m.to)?.step(m);
      this.check();
      if (this.net.length === 0 && ![...this.nodes.values()].some((n) => n.hasReady())) return;
    }
  }

  log(id: number): Entry[] {
    const s = this.storages.get(id)!;
    if (s.lastIndex() < s.firstIndex()) return [];
    return s.entries(s.firstIndex(), (s.lastIndex() + 1) as LogIndex, Infinity);
  }

  check(): void {
    for (const [id, n] of this.nodes) {
      const st = n.status();
      const term = st.hardState.term;
      // Terms only grow; commit never decreases; applied <= commit.
      if (term < (this.lastTerm.get(id) ?? 0)) throw new Error(`term of ${id} decreased`);
      this.lastTerm.set(id, term);
      if (st.hardState.commit < (this.lastCommit.get(id) ?? 0)) throw new Error(`commit of ${id} decreased`);
      this.lastCommit.set(id, st.hardState.commit);
      if (st.applied > st.hardState.commit) throw new Error(`applied ${st.applied} > commit ${st.hardState.commit} on ${id}`);
      if (st.softState.role === StateRole.Leader) {
        // Election Safety: at most one leader per term.
        const other = this.leaders.get(term);
        if (other !== undefined && other !== id) throw new Error(`Election Safety: ${other} and ${id} both lead term ${term}`);
        this.leaders.set(term, id);
        // Leader Append-Only: while it leads a term, its persisted log only grows.
        const log = this.log(id);
        const prev = this.leaderLogs.get(id);
        if (prev && prev.term === term) {
          const first = this.storages.get(id)!.firstIndex();
          for (const e of prev.log) {
            if (e.index < first) continue; // compacted away, which is not a truncation
            const now = log[e.index - first];
            if (!now || now.term !== e.term) throw new Error(`Leader Append-Only: leader ${id} lost ${e.term}/${e.index}`);
          }
        }
        this.leaderLogs.set(id, { term, log });
        // Leader Completeness: every committed entry is in the leader's log (no compaction here).
        // A new leader may not have persisted everything yet, so look at what it can reach.
        for (const [i, e] of this.committed) {
          if (i > st.lastIndex) throw new Error(`Leader Completeness: leader ${id} of term ${term} lacks committed index ${i}`);
          const mine = log.find((x) => x.index === i);
          if (mine && mine.term !== e.term) throw new Error(`Leader Completeness: leader ${id} has ${mine.term}/${i}, committed was ${e.term}/${i}`);
        }
      }
    }
    // Log Matching: same index and term => identical prefixes.
    const logs = [...this.nodes.keys()].map((id) => this.log(id));
    for (let a = 0; a < logs.length; a++) {
      for (let b = a + 1; b < logs.length; b++) {
        const la = logs[a]!;
        const lb = new Map(logs[b]!.map((e) => [e.index, e]));
        let matchedAt = -1;
        for (let k = la.length - 1; k >= 0; k--) {
          const o = lb.get(la[k]!.index);
          if (o && o.term === la[k]!.term) {
            matchedAt = k;
            break;
          }
        }
        for (let k = 0; k <= matchedAt; k++) {
          const o = lb.get(la[k]!.index);
          if (o && (o.term !== la[k]!.term || !sameBytes(o.data, la[k]!.data)))
            throw new Error(`Log Matching: nodes differ at ${la[k]!.index} below a common entry`);
        }
      }
    }
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}
