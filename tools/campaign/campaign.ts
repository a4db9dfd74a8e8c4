import { exitWithParentEnv, SeededRng } from '@daos-nats/base';
import { checkAllocations, checkLinearizability, kvModel, type AllocationCheck, type LinearizabilityResult } from '@daos-nats/testkit';
import { KvCluster } from '@daos-nats/kv-example/test/kv-cluster';
import { findLostWrites, type LostWrite } from './lost-writes.js';
import { Nemesis, type FaultRecord } from './nemesis.js';
import type { CampaignOptions } from './options.js';
import { compareStates, readReplicaStates, type ReplicaState, type StateComparison } from './replica-states.js';
import { resumeStats, type ResumeStats } from './resume-stats.js';
import { CHECKER_CLIENT, counterKey, putKey, Workload, type CampaignOp } from './workload.js';

export const GROUP = 'camp';

export interface CampaignResult {
  readonly options: CampaignOptions;
  readonly ops: number;
  readonly okOps: number;
  readonly indeterminateOps: number;
  readonly linearizability: LinearizabilityResult;
  readonly lostWrites: readonly LostWrite[];
  readonly allocations: readonly (AllocationCheck & { readonly key: string; readonly final: number | undefined })[];
  readonly faults: readonly FaultRecord[];
  readonly skippedFaults: readonly string[];
  readonly resume: readonly ResumeStats[];
  readonly finalResumeMs: number | undefined;
  readonly electionTimeoutMs: number;
  readonly states: readonly ReplicaState[];
  readonly stateComparison: StateComparison;
  /** Keys whose final read never succeeded (their lost-write check could not run). */
  readonly unreadKeys: readonly string[];
  /** Linearizability violations plus replicas whose state differs at the same applied index. */
  readonly violations: number;
  /** Partitions whose search hit its limit, plus unread keys: the run proves nothing about them. */
  readonly inconclusive: number;
  readonly lost: number;
  readonly doubleExecutions: number;
}

/** Final reads after quiescence: a key gets this many tries before it counts as unread. */
const FINAL_READ_TRIES = 5;
/** After the last heal and the first write, let followers learn the commit index before stopping. */
const SETTLE_MS = 3000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll until a write completes after `healMs` or `waitMs` passes. */
async function waitWrite(w: Workload, healMs: number, waitMs: number): Promise<boolean> {
  const deadline = performance.now() + waitMs; // a deadline on the local clock, whatever the history's
  for (;;) {
    if (w.lastWriteAckMs >= healMs) return true;
    if (performance.now() >= deadline) return false;
    await sleep(50);
  }
}

/** Read every key once more, as the checker's client, until each read succeeds (bounded). */
async function finalReads(cluster: KvCluster, w: Workload, o: CampaignOptions): Promise<Map<string, CampaignOp | undefined>> {
  const kv = cluster.client(GROUP, ranksOf(o), o.seed * 1000 + 999, { callTimeoutMs: o.callTimeoutMs, attemptTimeoutMs: o.attemptTimeoutMs });
  const keys = [...Array.from({ length: o.keys }, (_, i) => putKey(i)), ...Array.from({ length: o.counters }, (_, i) => counterKey(i))];
  const out = new Map<string, CampaignOp | undefined>();
  for (const key of keys) {
    let got: CampaignOp | undefined;
    for (let t = 0; t < FINAL_READ_TRIES && got === undefined; t++) {
      const op = await w.run(kv, CHECKER_CLIENT, { op: 'get', key });
      if (op.outcome === 'ok') got = op;
    }
    out.set(key, got);
  }
  return out;
}

const ranksOf = (o: CampaignOptions) => Array.from({ length: o.replicas }, (_, i) => i);

/** Start the cluster, run clients and nemesis, heal, quiesce, stop, and check everything. */
export async function runCampaign(o: CampaignOptions, log: (line: string) => void, aborted: () => boolean = () => false, onStart?: (cluster: KvCluster, n: Nemesis) => void): Promise<CampaignResult> {
  const ranks = ranksOf(o);
  await using cluster = await KvCluster.start({ tickMs: o.tickMs, electionTicks: o.electionTicks, heartbeatTicks: o.heartbeatTicks, env: exitWithParentEnv(), system: 'campaign', metrics: true, diskFullSwitch: true });
  await Promise.all(ranks.map((r) => cluster.spawn(r)));
  const leader = await cluster.createGroup(GROUP, ranks);
  log(`campaign: seed ${o.seed}, ${o.replicas} replicas (leader ${leader}), ${o.clients} clients, ${o.seconds} s, nemesis ${o.nemesis.join(',') || 'none'}`);
  const t0 = performance.now();
  const nowMs = () => performance.now() - t0;
  const w = new Workload({ ...o, nowMs, clientOf: (c) => cluster.client(GROUP, ranks, o.seed * 1000 + c, { callTimeoutMs: o.callTimeoutMs, attemptTimeoutMs: o.attemptTimeoutMs }) });
  const nemesis = new Nemesis({ cluster, group: GROUP, ranks, kinds: o.nemesis, rng: new SeededRng(o.seed), nowMs, writesResumed: (h) => waitWrite(w, h, o.resumeWaitMs), log });
  onStart?.(cluster, nemesis);
  try {
    w.start();
    await nemesis.run(o.seconds * 1000, aborted);
  } finally {
    await nemesis.healAll();
  }
  const lastHealMs = nowMs();
  const resumed = await waitWrite(w, lastHealMs, o.resumeWaitMs);
  const finalResumeMs = resumed ? Math.min(...w.recorder.history().filter((x) => x.outcome === 'ok' && x.input.op !== 'get' && x.completeMs! >= lastHealMs).map((x) => x.completeMs! - lastHealMs)) : undefined;
  await w.stop();
  log(`campaign: healed; ${w.recorder.size} operations; final reads`);
  const finals = await finalReads(cluster, w, o);
  await sleep(SETTLE_MS);
  for (const r of ranks) await cluster.procs.get(r)?.stop();
  const states = readReplicaStates(cluster.dir.path, GROUP, ranks);
  return verdicts(o, w.recorder.history(), finals, nemesis, states, finalResumeMs);
}

function verdicts(o: CampaignOptions, history: CampaignOp[], finals: Map<string, CampaignOp | undefined>, nemesis: Nemesis, states: ReplicaState[], finalResumeMs: number | undefined): CampaignResult {
  const linearizability = checkLinearizability(kvModel, history);
  const putFinals = new Map<string, string | null>();
  for (let i = 0; i < o.keys; i++) {
    const f = finals.get(putKey(i));
    if (f) putFinals.set(putKey(i), f.output as string | null);
  }
  const lostWrites = findLostWrites(history, putFinals);
  const allocations = Array.from({ length: o.counters }, (_, i) => {
    const key = counterKey(i);
    const f = finals.get(key);
    const final = f === undefined ? undefined : f.output === null ? 0 : Number(f.output);
    const allocs = history.filter((h) => h.input.key === key && h.input.op === 'alloc').map((h) => ({ client: h.client, count: (h.input as { count: number }).count, outcome: h.outcome, ...(h.outcome === 'ok' ? { start: h.output as number } : {}) }));
    const check = final === undefined ? { acknowledged: 0, indeterminate: 0, overlaps: 0, lost: 0, doubleExecutions: 0, problems: ['final counter unread'] } : checkAllocations(allocs, 0, final);
    return { ...check, key, final };
  });
  const unreadKeys = [...finals].filter(([, v]) => v === undefined).map(([k]) => k);
  return {
    options: o,
    ops: history.length,
    okOps: history.filter((h) => h.outcome === 'ok').length,
    indeterminateOps: history.filter((h) => h.outcome === 'indeterminate').length,
    linearizability,
    lostWrites,
    allocations,
    faults: nemesis.faults,
    skippedFaults: nemesis.skipped,
    resume: resumeStats(nemesis.faults, history),
    finalResumeMs,
    electionTimeoutMs: o.tickMs * o.electionTicks,
    states,
    stateComparison: compareStates(states),
    unreadKeys,
    violations: linearizability.violations.length + compareStates(states).mismatches,
    inconclusive: linearizability.unknown.length + unreadKeys.length,
    lost: lostWrites.length + allocations.reduce((s, a) => s + a.lost, 0),
    doubleExecutions: allocations.reduce((s, a) => s + a.doubleExecutions, 0),
  };
}
