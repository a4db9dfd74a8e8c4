import { SeededRng } from '@daos-nats/base';
import { MemoryStorage, ReadOnlyOption, StateRole, emptyConfState, type ConfState, type Message, type NodeId, type ReadState } from '../src/index.js';
import { InvariantChecker, Violation, type Invariant } from './checker.js';
import { SimClient } from './client.js';
import { storageView, type LogView } from './log-view.js';
import { describeConfChange, drawConfChange } from './membership.js';
import { SimNetwork } from './network.js';
import { drawFaultProfile, initialVoterCount, simLimits, type FaultProfile, type SimOptions } from './options.js';
import { Nemesis } from './nemesis.js';
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
  private readonly nemesis: Nemesis;
  private step = 0;
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
    this.nemesis = new Nemesis({
      nodes: this.nodes,
      network: this.network,
      trace: this.trace,
      profile: this.profile,
      rng: this.ctl,
      now: () => this.step,
      leader: () => this.leader(),
    });
  }

  run(): SeedResult {
    const { seed, nodes } = this.opts;
    this.trace.note(0, 0, `seed ${seed}: ${nodes} nodes, voters 1..${initialVoterCount(nodes)}, faults ${JSON.stringify(this.profile)}`);
    try {
      for (const n of this.nodes) n.start(false);
      let tick = 0;
      for (; tick < simLimits.faultPhaseTicks; tick++) {
        this.nemesis.tick(tick);
        this.workload(tick);
        this.advance(tick);
      }
      this.nemesis.heal(tick);
      this.client.resetCursors();
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
      crashInReadyChance: () => (this.nemesis.active ? this.profile.crashInReady : 0),
      crashLeaderOnCommitChance: () => (this.nemesis.active ? this.profile.crashLeaderOnCommit : 0),
      reportUnreachableChance: () => this.profile.reportUnreachable,
      applied: (_node, key) => this.client.applied(key),
      elected: (node, term) => this.nemesis.newLeader(node, term),
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
    this.stats.crashes = this.nemesis.crashes;
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
