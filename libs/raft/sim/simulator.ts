import { SeededRng } from '@daos-nats/base';
import { MemoryStorage, ReadOnlyOption, StateRole, emptyConfState, type ConfState, type Message, type NodeId, type ReadState } from '../src/index.js';
import { InvariantChecker, Violation, type Invariant } from './checker.js';
import { SimClient } from './client.js';
import { storageView, type LogView } from './log-view.js';
import { describeConfChange, drawConfChange } from './membership.js';
import { SimNetwork } from './network.js';
import { drawFaultProfile, initialVoterCount, simLimits, type FaultProfile, type SimOptions } from './options.js';
import { SimNode, type NodeWorld } from './sim-node.js';
import { Trace } from './trace.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export interface SeedResult {
  readonly seed: number;
  readonly nodes: number;
  readonly outcome: 'ok' | 'violation' | 'liveness';
  readonly invariant?: Invariant;
  readonly message?: string;
  /** The trace (its tail, or all of it with fullTrace) when the seed failed or fullTrace was asked. */
  readonly trace: readonly string[];
  readonly stats: SeedStats;
}

export interface SeedStats {
  ticks: number;
  messagesSent: number;
  messagesDropped: number;
  crashes: number;
  /** Crashes that struck inside the processing of a Ready. */
  readyCrashes: number;
  leadersElected: number;
  /** Leader commits that advanced to an entry of an earlier term: 0 unless the core is broken. */
  earlierTermCommits: number;
  committed: number;
  /** Ticks from healing to a leader with every pending proposal on every voter. */
  recoveryTicks: number;
}

/** Run one seed to its end: a faulty phase, then healing and the liveness deadline. */
export function runSeed(opts: SimOptions): SeedResult {
  return new Simulation(opts).run();
}

class Simulation {
  private readonly profile: FaultProfile;
  private readonly ctl: SeededRng;
  private readonly network: SimNetwork;
  private readonly checker: InvariantChecker;
  private readonly trace: Trace;
  private readonly client = new SimClient(simLimits.pendingProposalsMax);
  private readonly nodes: SimNode[] = [];
  private step = 0;
  private faulty = true;
  /** Inside a lull of the faulty phase (see FaultProfile.calmPeriodTicks). */
  private calm = false;
  private readonly snapshotUnavailableUntil: number[];
  /** Leaders to crash at a given tick, if they still lead the term they were elected in. */
  private ambushes: Array<{ node: NodeId; term: number; tick: number }> = [];
  private readonly stats: SeedStats = {
    ticks: 0,
    messagesSent: 0,
    messagesDropped: 0,
    crashes: 0,
    readyCrashes: 0,
    leadersElected: 0,
    earlierTermCommits: 0,
    committed: 0,
    recoveryTicks: 0,
  };

  constructor(private readonly opts: SimOptions) {
    const root = new SeededRng(opts.seed);
    this.profile = drawFaultProfile(root.fork());
    this.ctl = root.fork();
    this.network = new SimNetwork(opts.nodes, root.fork(), this.profile);
    this.checker = new InvariantChecker(opts.nodes, simLimits.pendingReadsMax);
    this.trace = new Trace(simLimits.traceTailEvents, opts.fullTrace, simLimits.stepsPerTick);
    this.snapshotUnavailableUntil = new Array<number>(opts.nodes + 1).fill(0);
    const nodeRng = root.fork();
    const world = this.world(nodeRng);
    const voters = Array.from({ length: initialVoterCount(opts.nodes) }, (_, i) => (i + 1) as NodeId);
    const members: ConfState = { ...emptyConfState, voters };
    for (let id = 1; id <= opts.nodes; id++) {
      // Spares know the initial membership too (the log does not carry it: it is the state at
      // index 0), so entries replicated to them from index 1 apply to the right configuration.
      const storage = MemoryStorage.withMembers(members);
      this.nodes.push(new SimNode(id as NodeId, storage, world, this.ctl.int(simLimits.stepsPerTick)));
    }
  }

  run(): SeedResult {
    const { seed, nodes } = this.opts;
    this.trace.note(0, 0, `seed ${seed}: ${nodes} nodes, voters 1..${initialVoterCount(nodes)}, faults ${JSON.stringify(this.profile)}`);
    try {
      for (const n of this.nodes) n.start(false);
      let tick = 0;
      for (; tick < simLimits.faultPhaseTicks; tick++) {
        this.controlFaulty(tick);
        this.advance(tick);
      }
      this.heal(tick);
      const deadline = tick + simLimits.livenessTicksMax;
      let live = false;
      for (; tick < deadline && !live; tick++) {
        this.controlHealed(tick);
        this.advance(tick);
        live = this.isLive();
      }
      this.stats.ticks = tick;
      this.stats.recoveryTicks = tick - simLimits.faultPhaseTicks;
      this.collectStats();
      if (!live) return this.result('liveness', undefined, this.livenessReport());
      this.checker.finalCheck(this.logs(), new Map(this.nodes.map((n) => [n.id, n.sm.keyList])));
      return this.result('ok');
    } catch (e) {
      this.collectStats();
      if (!(e instanceof Violation)) throw e;
      const cause = e.cause instanceof Error && e.cause.stack !== undefined ? `\n${e.cause.stack}` : '';
      return this.result('violation', e.invariant, `${e.message}${cause}`);
    }
  }

  /** The faulty phase's controller, once per tick: faults come and go, the workload runs. */
  private controlFaulty(tick: number): void {
    const p = this.profile;
    const rng = this.ctl;
    const now = this.step;
    const period = p.calmPeriodTicks;
    this.calm = period > 0 && tick % period >= period - p.calmTicks;
    if (this.calm && tick % period === period - p.calmTicks) {
      // A lull: everyone back, links restored, so a leader catches the others up; crashes inside
      // Ready (and of leaders as they commit) stay on, to strike in the middle of that catch-up.
      this.trace.note(now, 0, `lull for ${p.calmTicks} ticks`);
      this.network.clearPartitions();
      for (const n of this.nodes) n.downUntilTick = Math.min(n.downUntilTick, tick);
    }
    for (const d of this.network.expirePartitions(now)) this.trace.note(now, 0, `partition healed: ${d}`);
    for (const n of this.nodes) if (!n.up && n.downUntilTick <= tick) n.start(rng.chance(p.restartFromSnapshot));
    for (const n of this.nodes)
      if (this.snapshotUnavailableUntil[n.id]! === tick && n.storage.snapshotUnavailable) n.storage.snapshotUnavailable = false;

    for (const a of this.ambushes.filter((a) => a.tick <= tick)) {
      const n = this.nodes[a.node - 1]!;
      if (n.up && n.role === StateRole.Leader && n.term === a.term) {
        n.crash(`new leader of term ${a.term} ambushed`);
        n.downUntilTick = tick + 1 + rng.int(p.downTicksMax);
        this.stats.crashes++;
      }
    }
    this.ambushes = this.ambushes.filter((a) => a.tick > tick);
    if (!this.calm) this.injectFaults(tick);
    this.workload(tick);
  }

  /** Crashes, partitions and storage hiccups of one faulty tick. */
  private injectFaults(tick: number): void {
    const p = this.profile;
    const rng = this.ctl;
    const now = this.step;
    if (rng.chance(p.crashPerTick)) {
      const leader = this.leader();
      const upNodes = this.nodes.filter((n) => n.up);
      // The bias applies whether or not there is a leader: a fully biased seed crashes only leaders.
      const victim = rng.chance(p.crashLeaderBias) ? leader : upNodes[rng.int(Math.max(1, upNodes.length))];
      if (victim !== undefined) {
        victim.crash(victim === leader ? 'leader crash' : 'crash');
        victim.downUntilTick = tick + 1 + rng.int(p.downTicksMax);
        this.stats.crashes++;
      }
    }
    if (rng.chance(p.partitionPerTick)) {
      const live = this.nodes.filter((n) => n.up).map((n) => n.id);
      this.trace.note(now, 0, `partition: ${this.network.partition(now, simLimits.stepsPerTick, live, this.leader()?.id)}`);
    }
    if (rng.chance(p.snapshotUnavailablePerTick)) {
      const n = this.nodes[rng.int(this.nodes.length)]!;
      if (n.up) {
        n.storage.snapshotUnavailable = true;
        this.snapshotUnavailableUntil[n.id] = tick + 1 + rng.int(30);
        this.trace.note(now, n.id, `storage snapshot temporarily unavailable until tick ${this.snapshotUnavailableUntil[n.id]}`);
      }
    }

  }

  /** The client's requests of one tick, and the operator's (membership, transfers, compaction). */
  private workload(tick: number): void {
    const p = this.profile;
    const rng = this.ctl;
    const leader = this.leader();
    if (leader !== undefined) {
      const proposals = Math.floor(p.proposePerTick) + (rng.chance(p.proposePerTick % 1) ? 1 : 0);
      for (let k = 0; k < proposals && leader.up; k++) this.client.propose(leader, tick);
      if (leader.up) this.client.retry(leader, tick, simLimits.proposalRetryTicks);
    }
    if (rng.chance(p.readPerTick)) this.read();
    const lead = this.leader();
    if (lead !== undefined && rng.chance(p.confChangePerTick)) {
      const cs = lead.raft!.status().confState;
      const cc = drawConfChange(rng, cs, this.opts.nodes);
      if (cc !== undefined) lead.request(`propose conf change ${describeConfChange(cc)}`, (r) => r.proposeConfChange(cc));
    }
    const lead2 = this.leader();
    if (lead2 !== undefined && rng.chance(p.transferPerTick)) {
      const cs = lead2.raft!.status().confState;
      const targets = cs.voters.filter((v) => v !== lead2.id);
      if (targets.length > 0) {
        const to = targets[rng.int(targets.length)]!;
        lead2.request(`transfer leadership to n${to}`, (r) => r.transferLeadership(to));
      }
    }
    if (rng.chance(p.campaignPerTick)) {
      const n = this.nodes[rng.int(this.nodes.length)]!;
      if (n.up) n.request('campaign', (r) => r.campaign());
    }
    if (rng.chance(p.compactPerTick)) {
      const n = this.nodes[rng.int(this.nodes.length)]!;
      if (n.up) n.compact([0, 2, 10][rng.int(3)]!);
    }
  }

  /**
   * A new leader is ambushed: cut off before its first messages leave (its no-op stays on its own
   * disk only) or crashed within a few ticks (its entries reach a minority at most).
   */
  private ambush(node: NodeId, term: number): void {
    if (!this.faulty || this.calm || !this.ctl.chance(this.profile.ambushNewLeader)) return;
    const tick = Math.floor(this.step / simLimits.stepsPerTick);
    if (this.ctl.chance(this.profile.ambushIsolateShare)) {
      const ticks = 1 + this.ctl.int(this.profile.partitionTicksMax);
      this.trace.note(this.step, 0, `partition: new leader ambushed: ${this.network.isolate(node, this.step, simLimits.stepsPerTick, ticks)}`);
    } else {
      this.ambushes.push({ node, term, tick: tick + this.ctl.int(this.profile.ambushTicksMax + 1) });
    }
  }

  /** Everything heals: the network turns reliable, every node is up, storage answers. */
  private heal(tick: number): void {
    this.faulty = false;
    this.network.heal();
    this.trace.note(this.step, 0, `HEAL at tick ${tick}: no partitions, no loss, every node up`);
    for (const n of this.nodes) {
      n.storage.snapshotUnavailable = false;
      if (!n.up) n.start(this.ctl.chance(this.profile.restartFromSnapshot));
    }
    this.client.resetCursors();
  }

  private controlHealed(tick: number): void {
    const leader = this.leader();
    if (leader !== undefined) this.client.retry(leader, tick, simLimits.healedProposalRetryTicks);
  }

  /** One tick of virtual time: every node ticks once at its own phase; messages arrive in between. */
  private advance(tick: number): void {
    for (let sub = 0; sub < simLimits.stepsPerTick; sub++) {
      this.step = tick * simLimits.stepsPerTick + sub;
      for (const n of this.nodes) if (n.up && n.phase === sub) n.tick();
      for (const m of this.network.take(this.step)) {
        const dst = this.nodes[m.to - 1]!;
        if (dst.up) dst.step(m);
      }
    }
  }

  /** A leader, and every proposal the core ever took is applied on every voter. */
  private isLive(): boolean {
    const leader = this.leader();
    if (leader === undefined) return false;
    const cs = leader.raft!.status().confState;
    for (const v of new Set([...cs.voters, ...cs.votersOutgoing])) if (this.client.missingOn(this.nodes[v - 1]!, 1).length > 0) return false;
    return true;
  }

  /** The up node that leads in the highest term, if any. */
  private leader(): SimNode | undefined {
    let best: SimNode | undefined;
    for (const n of this.nodes) if (n.up && n.role === StateRole.Leader && (best === undefined || n.term > best.term)) best = n;
    return best;
  }

  /** A ReadIndex read, mostly at the leader (only leaders serve reads), sometimes anywhere. */
  private read(): void {
    const upNodes = this.nodes.filter((n) => n.up);
    if (upNodes.length === 0) return;
    const n = (this.ctl.chance(0.8) ? this.leader() : undefined) ?? upNodes[this.ctl.int(upNodes.length)]!;
    const ctx = this.client.nextReadContext();
    this.checker.readStarted(ctx);
    n.request(`readIndex ${ctx} (committed ${this.checker.highestCommitted})`, (r) => r.readIndex(encoder.encode(ctx)));
  }

  private world(rng: SeededRng): NodeWorld {
    return {
      checker: this.checker,
      trace: this.trace,
      rng,
      knobs: { unsafeCommitPreviousTermEntries: this.opts.unsafeCommitPreviousTermEntries },
      config: {
        electionTimeoutTicks: simLimits.electionTimeoutTicks,
        heartbeatTicks: simLimits.heartbeatTicks,
        preVote: this.profile.preVote,
        checkQuorum: this.profile.checkQuorum,
        readOnlyOption: this.profile.leaseReads ? ReadOnlyOption.LeaseBased : ReadOnlyOption.Safe,
        appendBytesMax: this.profile.appendBytesMax,
        inflightMessagesMax: simLimits.inflightMessagesMax,
        inflightBytesMax: 0,
        snapshotChunkBytesMax: simLimits.snapshotChunkBytesMax,
        snapshotResendTicks: simLimits.snapshotResendTicks,
        readIndexPendingMax: simLimits.readIndexPendingMax,
      },
      now: () => this.step,
      send: (m) => this.send(m),
      crashInReadyChance: () => (this.faulty ? this.profile.crashInReady : 0),
      crashLeaderOnCommitChance: () => (this.faulty ? this.profile.crashLeaderOnCommit : 0),
      reportUnreachableChance: () => this.profile.reportUnreachable,
      applied: (_node, key) => this.client.applied(key),
      elected: (node, term) => this.ambush(node, term),
      readAnswered: (node, rs) => this.readAnswered(node, rs),
    };
  }

  private send(m: Message): boolean {
    if (!(m.to >= 1 && m.to <= this.opts.nodes) || m.to === m.from)
      throw new Violation('core-error', `n${m.from} sent ${m.type} to n${m.to}, which is not a peer`);
    const dst = this.nodes[m.to - 1]!;
    const reachable = dst.up && !this.network.isBlocked(m.from, m.to);
    const queued = this.network.send(m, this.step);
    if (!queued) this.trace.send(this.step, m, 'LOST');
    return reachable;
  }

  private readAnswered(node: NodeId, rs: ReadState): void {
    const ctx = decoder.decode(rs.context);
    this.trace.note(this.step, node, `read ${ctx} answered at index ${rs.index}`);
    this.checker.readAnswered(node, rs, ctx);
  }

  private logs(): Map<number, LogView> {
    return new Map(this.nodes.map((n) => [n.id, storageView(n.storage)]));
  }

  private livenessReport(): string {
    const leader = this.leader();
    const lines = [
      leader === undefined
        ? `no leader ${simLimits.livenessTicksMax} ticks after healing`
        : `n${leader.id} leads term ${leader.term} but pending proposals are missing ${simLimits.livenessTicksMax} ticks after healing`,
    ];
    for (const n of this.nodes) {
      const st = n.raft?.status();
      const missing = this.client.missingOn(n, 5);
      lines.push(
        `  n${n.id} ${n.up ? n.role : 'DOWN'} term ${n.term} commit ${st?.hardState.commit ?? '-'} applied ${n.sm.applied} ` +
          `${n.describeDisk()} voters [${st?.confState.voters ?? ''}] outgoing [${st?.confState.votersOutgoing ?? ''}] learners [${st?.confState.learners ?? ''}]` +
          (missing.length > 0 ? ` missing ${missing.join(',')}` : ''),
      );
    }
    return lines.join('\n');
  }

  private collectStats(): void {
    this.stats.messagesSent = this.network.sent;
    this.stats.messagesDropped = this.network.dropped;
    this.stats.committed = this.checker.highestCommitted;
    this.stats.leadersElected = this.checker.leadersElected;
    this.stats.readyCrashes = this.nodes.reduce((sum, n) => sum + n.readyCrashes, 0);
    this.stats.earlierTermCommits = this.nodes.reduce((sum, n) => sum + n.earlierTermCommits, 0);
  }

  private result(outcome: SeedResult['outcome'], invariant?: Invariant, message?: string): SeedResult {
    const failed = outcome !== 'ok';
    return {
      seed: this.opts.seed,
      nodes: this.opts.nodes,
      outcome,
      ...(invariant !== undefined ? { invariant } : {}),
      ...(message !== undefined ? { message } : {}),
      trace: failed || this.opts.fullTrace ? this.trace.lines() : [],
      stats: this.stats,
    };
  }
}
