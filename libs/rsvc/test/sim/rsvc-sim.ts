// One seeded run of the whole replicated service (RsvcHost + rdb on SQLite) under a nemesis, on
// a virtual clock: every timer of rsvc, rdb and the network (ticks, commit deadlines, message
// delays, client retries) is faked, so a run is a function of its seed, not of the machine's load.
// Checks: linearizability of registers and a counter (testkit's WGL checker), exactly-once
// allocations, and equal replica states after healing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SeededRng } from '@daos-nats/base';
import { checkAllocations, checkLinearizability, kvModel, withVirtualTime, type KvInput, type KvOutput, type Operation } from '@daos-nats/testkit';
import { FaultyNetwork } from './faulty-network.js';
import { replicaDigest } from './replica-digest.js';
import { SimClient, type ClientConfig } from './sim-client.js';
import { SimCluster, SIM_GROUP } from './sim-cluster.js';
import { runNemesis, CALM, type NemesisStats } from './sim-nemesis.js';

export type PlantedBug = 'fresh-time-on-retry';

export interface SimOptions {
  readonly seed: number;
  /** Virtual time of the faulty phase. */
  readonly durationMs: number;
  readonly clients: number;
  /** Mean virtual time between nemesis actions. */
  readonly nemesisIntervalMs: number;
  readonly bug?: PlantedBug;
}

export interface SimResult {
  readonly seed: number;
  readonly ops: number;
  readonly acknowledged: number;
  readonly indeterminate: number;
  readonly nemesis: NemesisStats;
  /** Everything a checker found; empty when the run is correct. */
  readonly violations: readonly string[];
  /** Keys whose linearizability search hit its limit (neither proven nor refuted). */
  readonly unknownKeys: number;
  readonly virtualMs: number;
}

export const SIM_DEFAULTS = { durationMs: 6_000, clients: 3, nemesisIntervalMs: 400 } as const;
/** Longest virtual time a run may take after its faulty phase (healing, final read, convergence). */
const SETTLE_MS_MAX = 60_000;
const STEP_MS = 25;
const KEYS = ['a', 'b'];
const COUNTER = 'ctr';

export async function runSimulation(o: SimOptions): Promise<SimResult> {
  const dir = fs.mkdtempSync(path.join(fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), `rsvc-sim-${o.seed}-`));
  try {
    return await withVirtualTime({ stepMs: STEP_MS, budgetMs: o.durationMs + SETTLE_MS_MAX }, async () => {
      const t0 = Date.now();
      return { ...(await simulate(o, dir)), virtualMs: Date.now() - t0 };
    });
  } catch (e) {
    throw new Error(`seed ${o.seed}: ${(e as Error).message}`, { cause: e });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function simulate(o: SimOptions, dir: string): Promise<Omit<SimResult, 'virtualMs'>> {
  const net = new FaultyNetwork(new SeededRng(o.seed * 1000 + 1), CALM);
  const cluster = new SimCluster(net, dir, o.seed, [0, 1, 2]);
  await cluster.create();
  const history: Operation<KvInput, KvOutput>[] = [];
  const cfg: ClientConfig = {
    ranks: cluster.ranks,
    group: SIM_GROUP,
    attemptTimeoutMs: 500,
    opDeadlineMs: 3_000,
    retryBackoffMs: 20,
    thinkMaxMs: 30,
    requestLossRate: 0.03,
    replyLossRate: 0.05,
    freshTimeOnRetry: o.bug === 'fresh-time-on-retry',
  };
  const untilMs = Date.now() + o.durationMs;
  const clients = Array.from({ length: o.clients }, (_, i) => new SimClient(i, net, new SeededRng(o.seed * 1000 + 10 + i), cfg, history));
  const [stats] = await Promise.all([
    runNemesis(cluster, net, new SeededRng(o.seed * 1000 + 2), untilMs, o.nemesisIntervalMs),
    ...clients.map((c) => c.run(untilMs, KEYS, COUNTER)),
  ]);
  // Heal everything, then one reliable client reads the counter and all replicas must converge.
  net.healPartitions();
  net.faults = { lossRate: 0, duplicateRate: 0, delayMaxMs: 0 };
  for (const r of cluster.down()) await cluster.start(r);
  const reader = new SimClient(o.clients, net, new SeededRng(o.seed * 1000 + 3), { ...cfg, requestLossRate: 0, replyLossRate: 0, opDeadlineMs: 20_000 }, history);
  const violations: string[] = [];
  const final = await reader.perform({ op: 'get', key: COUNTER });
  if (final === undefined) violations.push('no leader answered the final read within 20 s after healing');
  violations.push(...(await convergence(cluster)));
  violations.push(...check(history, final));
  return {
    seed: o.seed,
    ops: history.length,
    acknowledged: history.filter((h) => h.outcome === 'ok').length,
    indeterminate: history.filter((h) => h.outcome === 'indeterminate').length,
    nemesis: stats,
    violations,
    unknownKeys: checkLinearizability(kvModel, history).unknown.length,
  };
}

/** After healing, every replica reaches the same applied index and holds the same state. */
async function convergence(cluster: SimCluster): Promise<string[]> {
  const deadline = Date.now() + 20_000;
  let stableSince = Date.now();
  let last = '';
  while (Date.now() < deadline) {
    const applied = cluster.appliedIndexes();
    const now = applied.join(',');
    if (now !== last) (last = now), (stableSince = Date.now());
    else if (new Set(applied).size === 1 && Date.now() - stableSince >= 500) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const applied = cluster.appliedIndexes();
  await cluster.closeAll();
  if (new Set(applied).size !== 1) return [`replicas did not converge within 20 s of healing: applied indexes ${applied.join(', ')}`];
  const digests = cluster.ranks.map((r) => replicaDigest(cluster.file(r)));
  if (new Set(digests.map((d) => `${d.appliedIndex}/${d.digest}`)).size !== 1)
    return [`replica states differ at applied index ${applied[0]}: ${digests.map((d, r) => `r${r} idx ${d.appliedIndex} rows ${d.rows} ${d.digest.slice(0, 12)}`).join('; ')}`];
  return [];
}

function check(history: readonly Operation<KvInput, KvOutput>[], final: KvOutput | undefined): string[] {
  const out: string[] = [];
  const lin = checkLinearizability(kvModel, history);
  for (const v of lin.violations) out.push(`key ${v.key} not linearizable: ${v.explanation ?? ''}`);
  if (typeof final === 'string' || final === null) {
    const allocations = history
      .filter((h) => h.input.op === 'alloc')
      .map((h) => ({ client: h.client, count: (h.input as { count: number }).count, outcome: h.outcome, ...(h.outcome === 'ok' ? { start: h.output as number } : {}) }));
    const a = checkAllocations(allocations, 0, Number(final ?? '0'));
    out.push(...a.problems.map((p) => `exactly-once: ${p}`));
  }
  return out;
}

