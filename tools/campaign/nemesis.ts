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
    if (this.natsDown) await this.o.cluster.nats.start();
    this.natsDown = false;
    for (const r of this.killed) await this.o.cluster.spawn(r);
    this.killed.clear();
  }

  /** Synchronous part of an emergency stop (Ctrl-C): nothing may stay stopped. */
  resumeAll(): void {
    for (const r of this.paused) this.signal(r, 'SIGCONT');
    this.paused.clear();
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
