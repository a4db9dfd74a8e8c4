import type { SeededRng } from '@daos-nats/base';
import { StateRole, type NodeId } from '../src/index.js';
import type { SimNetwork } from './network.js';
import { simLimits, type FaultProfile } from './options.js';
import type { SimNode } from './sim-node.js';
import type { Trace } from './trace.js';

/** What the nemesis acts on. */
export interface NemesisTarget {
  readonly nodes: readonly SimNode[];
  readonly network: SimNetwork;
  readonly trace: Trace;
  readonly profile: FaultProfile;
  /** The simulation's controller stream (shared with the workload, so the order of draws is the seed's). */
  readonly rng: SeededRng;
  now(): number;
  leader(): SimNode | undefined;
}

/**
 * The fault injector of the faulty phase (Jepsen's "nemesis"): crashes and restarts, partitions,
 * storage hiccups, ambushes of new leaders, and lulls. Crashes inside a Ready are the driver's
 * (sim-node.ts); network loss, duplication and delay are the network's.
 */
export class Nemesis {
  /** False once healed: nothing is injected any more. */
  active = true;
  /** Inside a lull of the faulty phase (see FaultProfile.calmPeriodTicks). */
  calm = false;
  crashes = 0;
  /** Leaders to crash at a given tick, if they still lead the term they were elected in. */
  private ambushes: Array<{ node: NodeId; term: number; tick: number }> = [];
  private readonly snapshotUnavailableUntil: number[];

  constructor(private readonly t: NemesisTarget) {
    this.snapshotUnavailableUntil = new Array<number>(t.nodes.length + 1).fill(0);
  }

  /** The start of faulty tick `tick`: faults end, begin, strike. */
  tick(tick: number): void {
    const { profile: p, rng, trace, network, nodes } = this.t;
    const now = this.t.now();
    const period = p.calmPeriodTicks;
    this.calm = period > 0 && tick % period >= period - p.calmTicks;
    if (this.calm && tick % period === period - p.calmTicks) {
      // A lull: everyone back, links restored, so a leader catches the others up; crashes inside
      // Ready (and of leaders as they commit) stay on, to strike in the middle of that catch-up.
      trace.note(now, 0, `lull for ${p.calmTicks} ticks`);
      network.clearPartitions();
      for (const n of nodes) n.downUntilTick = Math.min(n.downUntilTick, tick);
      // Some nodes are told their transport is back (a reconnect), some are not (a healed route).
      for (const n of nodes) if (n.up && rng.chance(0.5)) n.transportRestored();
    }
    for (const d of network.expirePartitions(now)) trace.note(now, 0, `partition healed: ${d}`);
    for (const n of nodes) if (!n.up && n.downUntilTick <= tick) n.start(rng.chance(p.restartFromSnapshot));
    for (const n of nodes) if (this.snapshotUnavailableUntil[n.id]! === tick && n.storage.snapshotUnavailable) n.storage.snapshotUnavailable = false;

    for (const a of this.ambushes.filter((a) => a.tick <= tick)) {
      const n = nodes[a.node - 1]!;
      if (n.up && n.role === StateRole.Leader && n.term === a.term) this.crash(n, tick, `new leader of term ${a.term} ambushed`);
    }
    this.ambushes = this.ambushes.filter((a) => a.tick > tick);
    if (!this.calm) this.inject(tick);
  }

  /**
   * `node` just became leader of `term`. It may be ambushed: cut off before its first messages
   * leave (its no-op stays on its own disk only) or crashed within a few ticks (its entries reach
   * a minority at most).
   */
  newLeader(node: NodeId, term: number): void {
    const { profile: p, rng, trace, network } = this.t;
    if (!this.active || this.calm || !rng.chance(p.ambushNewLeader)) return;
    const now = this.t.now();
    const tick = Math.floor(now / simLimits.stepsPerTick);
    if (rng.chance(p.ambushIsolateShare)) {
      const ticks = 1 + rng.int(p.partitionTicksMax);
      trace.note(now, 0, `partition: new leader ambushed: ${network.isolate(node, now, simLimits.stepsPerTick, ticks)}`);
    } else {
      this.ambushes.push({ node, term, tick: tick + rng.int(p.ambushTicksMax + 1) });
    }
  }

  /** The end of the faulty phase: the network turns reliable, every node is up, storage answers. */
  heal(tick: number): void {
    const { profile: p, rng, trace, network, nodes } = this.t;
    this.active = false;
    this.calm = false;
    network.heal();
    trace.note(this.t.now(), 0, `HEAL at tick ${tick}: no partitions, no loss, every node up`);
    for (const n of nodes) {
      n.storage.snapshotUnavailable = false;
      if (!n.up) n.start(rng.chance(p.restartFromSnapshot));
      else if (rng.chance(0.5)) n.transportRestored();
    }
  }

  /** Crashes, partitions and storage hiccups of one faulty tick. */
  private inject(tick: number): void {
    const { profile: p, rng, trace, network, nodes } = this.t;
    const now = this.t.now();
    if (rng.chance(p.crashPerTick)) {
      const leader = this.t.leader();
      const upNodes = nodes.filter((n) => n.up);
      // The bias applies whether or not there is a leader: a fully biased seed crashes only leaders.
      const victim = rng.chance(p.crashLeaderBias) ? leader : upNodes[rng.int(Math.max(1, upNodes.length))];
      if (victim !== undefined) this.crash(victim, tick, victim === leader ? 'leader crash' : 'crash');
    }
    if (rng.chance(p.partitionPerTick)) {
      const live = nodes.filter((n) => n.up).map((n) => n.id);
      trace.note(now, 0, `partition: ${network.partition(now, simLimits.stepsPerTick, live, this.t.leader()?.id)}`);
    }
    if (rng.chance(p.snapshotUnavailablePerTick)) {
      const n = nodes[rng.int(nodes.length)]!;
      if (n.up) {
        n.storage.snapshotUnavailable = true;
        this.snapshotUnavailableUntil[n.id] = tick + 1 + rng.int(30);
        trace.note(now, n.id, `storage snapshot temporarily unavailable until tick ${this.snapshotUnavailableUntil[n.id]}`);
      }
    }
  }

  private crash(n: SimNode, tick: number, why: string): void {
    n.crash(why);
    n.downUntilTick = tick + 1 + this.t.rng.int(this.t.profile.downTicksMax);
    this.crashes++;
  }
}
