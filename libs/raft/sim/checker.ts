import type { Entry, NodeId, ReadState, SnapshotMeta } from '../src/index.js';
import { entryKey } from './entry-key.js';
import type { LogView } from './log-view.js';

/** The properties the simulator proves; a violation names one of these. */
export type Invariant =
  | 'election-safety'
  | 'log-matching'
  | 'leader-completeness'
  | 'state-machine-safety'
  | 'commit-monotonic'
  | 'commit-bounds'
  | 'read-index'
  | 'core-error';

/** A safety property does not hold. Stops the seed; never caught to carry on. */
export class Violation extends Error {
  override readonly name = 'Violation';
  constructor(
    readonly invariant: Invariant,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${invariant}: ${message}`, options);
  }
}

interface Registered {
  readonly key: string;
  readonly prevTerm: number;
  readonly node: number;
}

/**
 * Checks Raft's safety properties incrementally, as the simulator reports what nodes do. Each
 * property is checked at the only moments its subject can change (a Ready handed out, a persist,
 * an apply, a read answered), which is the same as checking after every step, at a fraction of
 * the cost. `finalCheck` re-proves the log and state machine properties pairwise from scratch.
 */
export class InvariantChecker {
  private readonly leaderOfTerm = new Map<number, number>();
  /** committedTerm[i]: term of the entry known committed at index i (0 = not known yet). */
  private readonly committedTerm: number[] = [];
  private maxCommitted = 0;
  /** What was applied at each index (index 1 at [0]), by whichever node applied it first. */
  private readonly canonicalApplied: string[] = [];
  /** (index, term) -> entry key and predecessor term, as first persisted anywhere. */
  private readonly registry: Array<Map<number, Registered>> = [];
  /** Highest commit a node has persisted: its commit must never go below it again. */
  private readonly durableCommit: number[];
  /** Highest commit a node's current incarnation has announced. */
  private readonly liveCommit: number[];
  /** Per node: commit indexes up to here have been recorded from that node. */
  private readonly recordedUpTo: number[];
  /** ReadIndex context -> the highest commit known anywhere when the read began. */
  private readonly pendingReads = new Map<string, number>();

  constructor(
    nodes: number,
    private readonly pendingReadsMax: number,
  ) {
    this.durableCommit = new Array<number>(nodes + 1).fill(0);
    this.liveCommit = new Array<number>(nodes + 1).fill(0);
    this.recordedUpTo = new Array<number>(nodes + 1).fill(0);
  }

  get leadersElected(): number {
    return this.leaderOfTerm.size;
  }

  get highestCommitted(): number {
    return this.maxCommitted;
  }

  /** A node's new incarnation starts with `commit` loaded from its durable state. */
  restarted(node: NodeId, commit: number): void {
    if (commit < this.durableCommit[node]!)
      throw new Violation('commit-monotonic', `n${node} restarted with commit ${commit} below its persisted commit ${this.durableCommit[node]}`);
    this.liveCommit[node] = commit;
    this.recordedUpTo[node] = Math.min(this.recordedUpTo[node]!, commit);
  }

  /** `node` became leader of `term` holding `log`: one leader per term, and it has every committed entry. */
  leaderElected(node: NodeId, term: number, log: LogView): void {
    const other = this.leaderOfTerm.get(term);
    if (other !== undefined && other !== node) throw new Violation('election-safety', `n${node} and n${other} both became leader of term ${term}`);
    this.leaderOfTerm.set(term, node);
    for (let i = Math.max(1, log.snapshotIndex); i <= this.maxCommitted; i++) {
      const t = this.committedTerm[i];
      if (t === undefined || t === 0) continue;
      if (i === log.snapshotIndex) {
        if (log.snapshotTerm !== t) this.incomplete(node, term, i, t, `its snapshot ends at ${i}/${log.snapshotTerm}`);
        continue;
      }
      const lt = log.termAt(i);
      if (lt !== t) this.incomplete(node, term, i, t, lt === undefined ? `its log ends at ${log.lastIndex}` : `it holds term ${lt} there`);
    }
  }

  /** `node` announced `commit` while holding `log` (its in-memory log at that moment). */
  commitAnnounced(node: NodeId, commit: number, log: LogView): void {
    if (commit < this.liveCommit[node]!)
      throw new Violation('commit-monotonic', `n${node} commit went from ${this.liveCommit[node]} down to ${commit}`);
    this.liveCommit[node] = commit;
    if (commit > log.lastIndex) throw new Violation('commit-bounds', `n${node} commit ${commit} is beyond its last index ${log.lastIndex}`);
    for (let i = Math.max(this.recordedUpTo[node]! + 1, log.snapshotIndex); i <= commit; i++) {
      const t = log.termAt(i);
      if (t === undefined) continue; // compacted here: another node reports it, or did
      const known = this.committedTerm[i];
      if (known !== undefined && known !== 0) {
        if (known !== t) throw new Violation('state-machine-safety', `index ${i} committed with term ${known} earlier, n${node} now commits term ${t} there`);
        continue;
      }
      this.committedTerm[i] = t;
      if (i > this.maxCommitted) this.maxCommitted = i;
    }
    if (commit > this.recordedUpTo[node]!) this.recordedUpTo[node] = commit;
  }

  /** `node` persisted hard state with `commit`. */
  commitPersisted(node: NodeId, commit: number): void {
    if (commit < this.durableCommit[node]!)
      throw new Violation('commit-monotonic', `n${node} persisted commit ${commit} below its earlier persisted ${this.durableCommit[node]}`);
    this.durableCommit[node] = commit;
  }

  /**
   * `entries` were appended to `node`'s durable log (now `log`). Log matching by induction: an
   * (index, term) pair names exactly one entry and one predecessor term everywhere, so two logs
   * that agree at an index agree on the whole prefix.
   */
  entriesPersisted(node: NodeId, entries: readonly Entry[], log: LogView): void {
    for (let k = 0; k < entries.length; k++) {
      const e = entries[k]!;
      if (k > 0 && e.index !== entries[k - 1]!.index + 1)
        throw new Violation('log-matching', `n${node} was handed non-contiguous entries ${entries[k - 1]!.index} then ${e.index}`);
      if (e.index <= log.snapshotIndex) continue;
      const prevTerm = log.termAt(e.index - 1);
      if (prevTerm === undefined) continue;
      if (prevTerm > e.term) throw new Violation('log-matching', `n${node} entry ${e.index} has term ${e.term} after an entry of term ${prevTerm}`);
      const key = entryKey(e);
      const byTerm = (this.registry[e.index] ??= new Map());
      const seen = byTerm.get(e.term);
      if (seen === undefined) {
        byTerm.set(e.term, { key, prevTerm, node });
        continue;
      }
      if (seen.key !== key)
        throw new Violation('log-matching', `entry ${e.index}/${e.term} is ${JSON.stringify(key)} on n${node} but ${JSON.stringify(seen.key)} on n${seen.node}`);
      if (seen.prevTerm !== prevTerm)
        throw new Violation(
          'log-matching',
          `entry ${e.index}/${e.term} follows term ${prevTerm} on n${node} but term ${seen.prevTerm} on n${seen.node}`,
        );
    }
  }

  /** A snapshot reached `node`'s storage: it may only hold committed state. */
  snapshotInstalled(node: NodeId, meta: SnapshotMeta): void {
    if (meta.index > this.maxCommitted)
      throw new Violation('state-machine-safety', `n${node} received snapshot ${meta.index}/${meta.term} beyond anything committed (${this.maxCommitted})`);
    const t = this.committedTerm[meta.index];
    if (t !== undefined && t !== 0 && t !== meta.term)
      throw new Violation('state-machine-safety', `n${node} received snapshot ${meta.index}/${meta.term} but index ${meta.index} committed with term ${t}`);
  }

  /** `node` applied `key` at `index`: every node applies the same entry at the same index. */
  applied(node: NodeId, index: number, key: string): void {
    if (index > this.maxCommitted) throw new Violation('state-machine-safety', `n${node} applied index ${index} beyond the highest committed ${this.maxCommitted}`);
    const canon = this.canonicalApplied[index - 1];
    if (canon === undefined) {
      if (index - 1 === this.canonicalApplied.length) this.canonicalApplied.push(key);
      else this.canonicalApplied[index - 1] = key;
      return;
    }
    if (canon !== key) throw new Violation('state-machine-safety', `n${node} applied ${JSON.stringify(key)} at index ${index}, others applied ${JSON.stringify(canon)}`);
  }

  /** A state machine restored from a snapshot: every restored key must match what others applied. */
  restoredState(node: NodeId, keyAt: (i: number) => string | undefined, index: number): void {
    for (let i = 1; i <= index; i++) this.applied(node, i, keyAt(i) ?? '<missing>');
  }

  readStarted(context: string): void {
    this.pendingReads.set(context, this.maxCommitted);
    if (this.pendingReads.size > this.pendingReadsMax) this.pendingReads.delete(this.pendingReads.keys().next().value!);
  }

  /** A ReadState arrived: it must not be older than anything committed before the read began. */
  readAnswered(node: NodeId, rs: ReadState, context: string): void {
    const floor = this.pendingReads.get(context);
    if (floor === undefined) return; // answered twice, or forgotten under the bound
    this.pendingReads.delete(context);
    if (rs.index < floor)
      throw new Violation('read-index', `read ${context} answered on n${node} at index ${rs.index}, but ${floor} was committed before it began`);
  }

  /** Pairwise, from scratch: log matching over durable logs, and prefix-equal state machines. */
  finalCheck(logs: ReadonlyMap<number, LogView>, appliedKeys: ReadonlyMap<number, readonly (string | undefined)[]>): void {
    const ids = [...logs.keys()];
    for (const a of ids)
      for (const b of ids) {
        if (a >= b) continue;
        const la = logs.get(a)!;
        const lb = logs.get(b)!;
        const lo = Math.max(la.snapshotIndex, lb.snapshotIndex) + 1;
        const hi = Math.min(la.lastIndex, lb.lastIndex);
        // Find the highest shared index with equal terms; below it, everything must match.
        let agree = -1;
        for (let i = hi; i >= lo; i--) if (la.termAt(i) === lb.termAt(i)) { agree = i; break; }
        for (let i = lo; i <= agree; i++) {
          const ea = la.entryAt(i)!;
          const eb = lb.entryAt(i)!;
          if (ea.term !== eb.term || entryKey(ea) !== entryKey(eb))
            throw new Violation('log-matching', `n${a} and n${b} agree at index ${agree} but differ at ${i}`);
        }
      }
    const smIds = [...appliedKeys.keys()];
    for (const a of smIds)
      for (const b of smIds) {
        if (a >= b) continue;
        const ka = appliedKeys.get(a)!;
        const kb = appliedKeys.get(b)!;
        const n = Math.min(ka.length, kb.length);
        for (let i = 0; i < n; i++)
          if (ka[i] !== kb[i]) throw new Violation('state-machine-safety', `n${a} and n${b} applied different entries at index ${i + 1}`);
      }
  }

  private incomplete(node: NodeId, term: number, i: number, t: number, why: string): never {
    throw new Violation('leader-completeness', `n${node} leads term ${term} without committed entry ${i}/${t}: ${why}`);
  }
}
