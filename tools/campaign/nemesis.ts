import type { SeededRng } from '@daos-nats/base';
import type { KvCluster } from '@daos-nats/kv-example/test/kv-cluster';
import type { FaultKind } from './fault-kinds.js';

/** One injected fault: when it started and when it was healed (ms on the history's clock). */
export interface FaultRecord {
  readonly kind: FaultKind;
  readonly rank?: number;
  readonly startMs: number;
  readonly healMs: number;
  readonly detail: string;
}

export interface NemesisOptions {
  readonly cluster: KvCluster;
  readonly group: string;
  readonly ranks: readonly number[];
  readonly kinds: readonly FaultKind[];
  readonly rng: SeededRng;
  readonly nowMs: () => number;
  /** Resolves once a write is acknowledged after `healMs`, or after the wait's bound. */
  readonly writesResumed: (healMs: number) => Promise<boolean>;
  readonly log: (line: string) => void;
}

/** Bounds of the nemesis's schedule. */
const QUIET_MS_MIN = 1000;
const QUIET_MS_SPAN = 2000;
const PAUSE_MS_MIN = 2000;
const PAUSE_MS_SPAN = 4000;
const DOWN_MS_MIN = 1000;
const DOWN_MS_SPAN = 2000;
const SLOW_TOTAL_MS = 5000;
const SLOW_STOP_MS = 150;
const SLOW_PERIOD_MS = 500;
const DISK_FULL_MS_MIN = 3000;
const DISK_FULL_MS_SPAN = 3000;
/** After space comes back, how long the follower may take to reach the leader's applied index. */
const CATCH_UP_WAIT_MS = 30_000;
const CATCH_UP_POLL_MS = 100;
/** Finding the leader before a fault; none found means the fault is skipped (and logged). */
const LEADER_WAIT_MS = 10_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Injects one fault at a time, heals it, waits (bounded) for writes to resume, rests, repeats
 * until the deadline. Tracks what it broke so that `healAll` can always undo it.
 */
export class Nemesis {
  readonly faults: FaultRecord[] = [];
  readonly skipped: string[] = [];
  private readonly paused = new Set<number>();
  private readonly killed = new Set<number>();
  private readonly diskFull = new Set<number>();
  private natsDown = false;

  constructor(private readonly o: NemesisOptions) {}

  async run(untilMs: number, aborted: () => boolean): Promise<void> {
    if (this.o.kinds.length === 0) return;
    while (!aborted() && this.o.nowMs() + QUIET_MS_MIN < untilMs) {
      await sleep(QUIET_MS_MIN + this.o.rng.int(QUIET_MS_SPAN));
      if (aborted() || this.o.nowMs() >= untilMs) break;
      const kind = this.o.kinds[this.o.rng.int(this.o.kinds.length)]!;
      const rec = await this.inject(kind);
      if (!rec) continue;
      this.faults.push(rec);
      this.o.log(`nemesis: ${rec.kind}${rec.rank === undefined ? '' : ` rank ${rec.rank}`} ${rec.detail}, healed at ${(rec.healMs / 1000).toFixed(1)} s`);
      await this.o.writesResumed(rec.healMs);
    }
  }

  /** SIGCONT every paused process, restart every killed one, start nats if down. */
  async healAll(): Promise<void> {
    for (const r of this.paused) this.signal(r, 'SIGCONT');
    this.paused.clear();
    for (const r of this.diskFull) this.o.cluster.diskFull(r, false);
    this.diskFull.clear();
    if (this.natsDown) await this.o.cluster.nats.start();
    this.natsDown = false;
    for (const r of this.killed) await this.o.cluster.spawn(r);
    this.killed.clear();
  }

  /** Synchronous part of an emergency stop (Ctrl-C): nothing may stay stopped. */
  resumeAll(): void {
    for (const r of this.paused) this.signal(r, 'SIGCONT');
    this.paused.clear();
    for (const r of this.diskFull) this.o.cluster.diskFull(r, false);
    this.diskFull.clear();
  }

  private signal(rank: number, sig: NodeJS.Signals): void {
    const p = this.o.cluster.procs.get(rank);
    if (p?.running) p.proc.kill(sig);
  }

  private async target(kind: FaultKind): Promise<number | undefined> {
    const wantsLeader = kind === 'kill-leader' || kind === 'pause-leader';
    const leader = await this.o.cluster.leader(this.o.group, this.o.ranks, LEADER_WAIT_MS).catch(() => undefined);
    if (leader === undefined) {
      this.skipped.push(`${kind} at ${(this.o.nowMs() / 1000).toFixed(1)} s: no leader found within ${LEADER_WAIT_MS} ms`);
      return undefined;
    }
    if (wantsLeader) return leader;
    const followers = this.o.ranks.filter((r) => r !== leader);
    return followers[this.o.rng.int(followers.length)];
  }

  private async inject(kind: FaultKind): Promise<FaultRecord | undefined> {
    if (kind === 'nats-restart') return await this.natsRestart();
    const rank = await this.target(kind);
    if (rank === undefined) return undefined;
    const startMs = this.o.nowMs();
    if (kind === 'kill-leader' || kind === 'kill-follower') {
      await this.o.cluster.kill(rank);
      this.killed.add(rank);
      const downMs = DOWN_MS_MIN + this.o.rng.int(DOWN_MS_SPAN);
      await sleep(downMs);
      await this.o.cluster.spawn(rank);
      this.killed.delete(rank);
      return { kind, rank, startMs, healMs: this.o.nowMs(), detail: `SIGKILL, down ${downMs} ms` };
    }
    if (kind === 'disk-full-follower') return await this.diskFullFollower(rank, startMs);
    if (kind === 'pause-leader' || kind === 'pause-follower') {
      const pauseMs = PAUSE_MS_MIN + this.o.rng.int(PAUSE_MS_SPAN);
      this.signal(rank, 'SIGSTOP');
      this.paused.add(rank);
      await sleep(pauseMs);
      this.signal(rank, 'SIGCONT');
      this.paused.delete(rank);
      return { kind, rank, startMs, healMs: this.o.nowMs(), detail: `SIGSTOP ${pauseMs} ms` };
    }
    for (const end = startMs + SLOW_TOTAL_MS; this.o.nowMs() < end; ) {
      this.signal(rank, 'SIGSTOP');
      this.paused.add(rank);
      await sleep(SLOW_STOP_MS);
      this.signal(rank, 'SIGCONT');
      this.paused.delete(rank);
      await sleep(SLOW_PERIOD_MS - SLOW_STOP_MS);
    }
    return { kind, rank, startMs, healMs: this.o.nowMs(), detail: `stopped ${SLOW_STOP_MS} of every ${SLOW_PERIOD_MS} ms for ${SLOW_TOTAL_MS} ms` };
  }

  /**
   * SQLITE_FULL on the follower's file for 3-6 s (kv-example's switch file). Healed when space is
   * back; the record then waits (bounded) for the follower's applied index to reach the leader's.
   */
  private async diskFullFollower(rank: number, startMs: number): Promise<FaultRecord> {
    const kind = 'disk-full-follower';
    const fullMs = DISK_FULL_MS_MIN + this.o.rng.int(DISK_FULL_MS_SPAN);
    this.o.cluster.diskFull(rank, true);
    this.diskFull.add(rank);
    await sleep(fullMs);
    const behind = await this.lag(rank);
    this.o.cluster.diskFull(rank, false);
    this.diskFull.delete(rank);
    const healMs = this.o.nowMs();
    const caughtUpMs = await this.catchUp(rank);
    const catchUp = caughtUpMs === undefined ? `NOT caught up within ${CATCH_UP_WAIT_MS} ms` : `caught up ${Math.round(caughtUpMs - healMs)} ms after`;
    return { kind, rank, startMs, healMs, detail: `SQLITE_FULL ${fullMs} ms, ${behind === undefined ? '? (no applied index)' : behind} entries behind the leader at heal, ${catchUp}` };
  }

  /** The applied indexes of the group's replicas that answer, by rank. */
  private async applied(): Promise<Map<number, number>> {
    const out = new Map<number, number>();
    for (const r of this.o.ranks) {
      const a = await this.o.cluster.appliedIndex(r, this.o.group);
      if (a !== undefined) out.set(r, a);
    }
    return out;
  }

  /** How many entries `rank` has applied fewer than the most advanced replica. */
  private async lag(rank: number): Promise<number | undefined> {
    const a = await this.applied();
    const mine = a.get(rank);
    return mine === undefined ? undefined : Math.max(...a.values()) - mine;
  }

  /** When (history clock) `rank` reached the highest applied index seen at the start; undefined after the bound. */
  private async catchUp(rank: number): Promise<number | undefined> {
    const a = await this.applied();
    const target = Math.max(0, ...[...a].filter(([r]) => r !== rank).map(([, v]) => v));
    for (const deadline = performance.now() + CATCH_UP_WAIT_MS; performance.now() < deadline; await sleep(CATCH_UP_POLL_MS)) {
      const mine = await this.o.cluster.appliedIndex(rank, this.o.group);
      if (mine !== undefined && mine >= target) return this.o.nowMs();
    }
    return undefined;
  }

  private async natsRestart(): Promise<FaultRecord> {
    const startMs = this.o.nowMs();
    await this.o.cluster.nats.kill();
    this.natsDown = true;
    const downMs = DOWN_MS_MIN + this.o.rng.int(DOWN_MS_SPAN);
    await sleep(downMs);
    await this.o.cluster.nats.start();
    this.natsDown = false;
    return { kind: 'nats-restart', startMs, healMs: this.o.nowMs(), detail: `SIGKILL, down ${downMs} ms` };
  }
}
