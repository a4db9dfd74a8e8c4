import { assert, type Rng } from '@daos-nats/base';
import type { Message, NodeId } from '../src/index.js';
import type { FaultProfile } from './options.js';

/** One partition: a set of directed links that drop everything until `untilStep`. */
interface Partition {
  readonly untilStep: number;
  readonly links: ReadonlyArray<readonly [from: number, to: number]>;
  readonly describe: string;
}

/**
 * An unreliable point-to-point network in virtual time: every message is lost, duplicated, held
 * back (so reordered) or delivered after a random latency, and partitions (symmetric or one-way)
 * come and go. Like NATS core, nothing is retransmitted: raft must cope.
 */
export class SimNetwork {
  /** Messages in flight, bucketed by the virtual step at which they arrive. */
  private readonly buckets: Array<Message[] | undefined> = [];
  private partitions: Partition[] = [];
  /** blocked[from][to] > 0 while some partition cuts that link (ids are 1..nodes). */
  private blocked: number[][];
  /** While false (the healed phase) the network is reliable apart from ordinary latency. */
  faulty = true;
  sent = 0;
  dropped = 0;

  constructor(
    private readonly nodes: number,
    private readonly rng: Rng,
    private readonly profile: FaultProfile,
  ) {
    this.blocked = this.emptyMatrix();
  }

  /** Queue `m`, sent at step `now`. Returns false if it was lost on the way. */
  send(m: Message, now: number): boolean {
    this.sent++;
    if (this.isBlocked(m.from, m.to) || (this.faulty && this.rng.chance(this.profile.lossPerMessage))) {
      this.dropped++;
      return false;
    }
    this.enqueue(m, now + this.latency());
    if (this.faulty && this.rng.chance(this.profile.duplicatePerMessage)) this.enqueue(m, now + this.latency());
    return true;
  }

  /** The messages arriving at step `now` (already filtered for partitions formed meanwhile). */
  take(now: number): Message[] {
    const due = this.buckets[now];
    if (due === undefined) return [];
    this.buckets[now] = undefined;
    return due.filter((m) => !this.isBlocked(m.from, m.to));
  }

  isBlocked(from: NodeId, to: NodeId): boolean {
    return this.blocked[from]![to]! > 0;
  }

  /** Cut the links of a random partition for up to partitionTicksMax. Returns its description. */
  partition(nowStep: number, stepsPerTick: number, live: readonly NodeId[], leader: NodeId | undefined): string {
    const ids = Array.from({ length: this.nodes }, (_, i) => i + 1);
    const links: Array<[number, number]> = [];
    let describe: string;
    const kind = this.rng.int(3);
    if (kind === 0) {
      // Symmetric split into two sides.
      const side = ids.map(() => this.rng.chance(0.5));
      for (const a of ids) for (const b of ids) if (side[a - 1] !== side[b - 1]) links.push([a, b]);
      describe = `split {${ids.filter((i) => side[i - 1]).join(',')}} | {${ids.filter((i) => !side[i - 1]).join(',')}}`;
    } else if (kind === 1) {
      // Isolate one node, preferring a live one (often the leader is among them).
      const pool = live.length > 0 ? live : ids;
      const x = leader !== undefined && this.rng.chance(this.profile.crashLeaderBias) ? leader : pool[this.rng.int(pool.length)]!;
      for (const b of ids) if (b !== x) links.push([x, b], [b, x]);
      describe = `isolate n${x}`;
    } else {
      // One-way: a node can hear but not speak (or the reverse) to some peers.
      // Cutting some of a leader's outbound links leaves its entries on a minority (Figure 8).
      const x = leader !== undefined && this.rng.chance(this.profile.crashLeaderBias) ? leader : ids[this.rng.int(ids.length)]!;
      const outbound = this.rng.chance(0.5);
      const others = ids.filter((b) => b !== x);
      const peers = others.filter(() => this.rng.chance(0.6));
      if (peers.length === 0) peers.push(others[this.rng.int(others.length)]!);
      for (const b of peers) links.push(outbound ? [x, b] : [b, x]);
      describe = `one-way ${outbound ? `n${x} -> {${peers.join(',')}}` : `{${peers.join(',')}} -> n${x}`} cut`;
    }
    const ticks = 1 + this.rng.int(this.profile.partitionTicksMax);
    this.partitions.push({ untilStep: nowStep + ticks * stepsPerTick, links, describe });
    this.rebuild();
    return `${describe} for ${ticks} ticks`;
  }

  /** Cut `x` off from everyone for `ticks` (a new leader that never gets its first word out). */
  isolate(x: NodeId, nowStep: number, stepsPerTick: number, ticks: number): string {
    const links: Array<[number, number]> = [];
    for (let b = 1; b <= this.nodes; b++) if (b !== x) links.push([x, b], [b, x]);
    const describe = `isolate n${x}`;
    this.partitions.push({ untilStep: nowStep + ticks * stepsPerTick, links, describe });
    this.rebuild();
    return `${describe} for ${ticks} ticks`;
  }

  /** Drop partitions whose time is up; returns the descriptions of those healed. */
  expirePartitions(nowStep: number): string[] {
    const over = this.partitions.filter((p) => p.untilStep <= nowStep);
    if (over.length === 0) return [];
    this.partitions = this.partitions.filter((p) => p.untilStep > nowStep);
    this.rebuild();
    return over.map((p) => p.describe);
  }

  /** The end of the faulty phase: no partitions, no loss, no duplicates, no long delays. */
  heal(): void {
    this.faulty = false;
    this.clearPartitions();
  }

  clearPartitions(): void {
    this.partitions = [];
    this.rebuild();
  }

  private latency(): number {
    if (this.faulty && this.rng.chance(this.profile.longDelayPerMessage)) return 1 + this.rng.int(this.profile.longDelayStepsMax);
    return 1 + this.rng.int(this.profile.latencyStepsMax);
  }

  private enqueue(m: Message, at: number): void {
    assert(at >= 1, 'a message arrives strictly after it was sent');
    (this.buckets[at] ??= []).push(m);
  }

  private rebuild(): void {
    this.blocked = this.emptyMatrix();
    for (const p of this.partitions) for (const [a, b] of p.links) this.blocked[a]![b]!++;
  }

  private emptyMatrix(): number[][] {
    return Array.from({ length: this.nodes + 1 }, () => new Array<number>(this.nodes + 1).fill(0));
  }
}
