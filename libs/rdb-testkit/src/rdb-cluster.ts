import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, AssertionError, rank, type LeaderHint } from '@daos-nats/base';
import { connectBus, hintOf, type Bus, type OperationDef } from '@daos-nats/bus';
import type { ReplicaId } from '@daos-nats/rdb';
import { spawnChild, startNatsServer, tempDir, waitFor, type ChildHandle, type NatsServer, type TempDir } from '@daos-nats/testkit';
import { rdbNodeArgs, rdbNodeTuningDefaults, type RdbNodeConfig, type RdbNodeTuning } from './rdb-node/rdb-node-config.js';
import {
  RDB_NODE_READY_LINE,
  rdbNodeOps,
  rdbNodeSubject,
  type NodeStatus,
  type WriteOp,
  type WriteReply,
} from './rdb-node/rdb-node-protocol.js';
import { isTransient } from './rdb-cluster-transient.js';

export * from './rdb-node/rdb-node-protocol.js';
export { isTransient } from './rdb-cluster-transient.js';
export { ClusterWriter, type ClusterWriterOptions } from './rdb-cluster-writer.js';
export { replicaFile, formatNodeId, rdbNodeTuningDefaults, type RdbNodeTuning } from './rdb-node/rdb-node-config.js';

const here = dirname(fileURLToPath(import.meta.url));
const nodeMain = join(here, 'rdb-node', 'main.ts');
/** `--import tsx` resolves from the working directory: the repository root. */
const repoRoot = join(here, '..', '..', '..');

export interface RdbClusterOptions {
  /** Founding replicas, ranks 1..size, generation 1. */
  readonly size?: number;
  /** Replica and raft timing and log limits of every node. */
  readonly tuning?: Partial<RdbNodeTuning>;
  readonly group?: string;
  /** Seeds of the nodes' election jitter derive from it (and from the rank and the start count). */
  readonly seed?: number;
  /** How long a node may take to print its ready line (tsx compiles the libraries on a cold start). */
  readonly nodeStartTimeoutMs?: number;
  /** Default deadline of a control request. */
  readonly requestTimeoutMs?: number;
  /** Deadline of each status request while polling (leader(), converged()). */
  readonly statusTimeoutMs?: number;
  /** Deadline of a status request with a state digest (a full dump of the state). */
  readonly digestTimeoutMs?: number;
  /** How long leader() waits for a serving leader. */
  readonly leaderTimeoutMs?: number;
  /** How long a node may take to exit after SIGTERM before SIGKILL. */
  readonly nodeStopTimeoutMs?: number;
  /** The nodes' LOG_LEVEL (pino). */
  readonly logLevel?: string;
}

export const rdbClusterDefaults = {
  size: 3,
  group: 'g0',
  seed: 1,
  nodeStartTimeoutMs: 60_000,
  requestTimeoutMs: 5000,
  statusTimeoutMs: 2000,
  digestTimeoutMs: 20_000,
  leaderTimeoutMs: 30_000,
  nodeStopTimeoutMs: 10_000,
  logLevel: 'warn',
} as const;

interface RunningNode {
  readonly id: ReplicaId;
  readonly child: ChildHandle;
  /** Set before we signal it: its exit is then expected. */
  stopping: boolean;
}

/**
 * A test cluster of rdb replicas, one process each (rdb-node/main.ts), over a private
 * nats-server with their SQLite files in a temp dir. Nodes are named by rank; each is driven
 * through its control subject. Exits nobody asked for are collected in `unexpectedExits`.
 * Dispose stops every node gracefully, then the server, then removes the files.
 */
export class RdbCluster implements AsyncDisposable {
  /** Exits not caused by kill()/stop(), with the node's stderr tail. */
  readonly unexpectedExits: string[] = [];
  private readonly nodes = new Map<number, RunningNode>();
  private starts = 0;
  private readonly o: Required<RdbClusterOptions>;
  readonly tuning: RdbNodeTuning;

  private constructor(
    readonly nats: NatsServer,
    private readonly tmp: TempDir,
    readonly bus: Bus,
    opts: RdbClusterOptions,
  ) {
    this.o = { ...rdbClusterDefaults, tuning: {}, ...opts };
    this.tuning = { ...rdbNodeTuningDefaults, ...opts.tuning };
  }

  /** A server, `size` founding replicas, and a serving leader. */
  static async start(opts: RdbClusterOptions = {}): Promise<RdbCluster> {
    const nats = await startNatsServer();
    const tmp = await tempDir('rdb-cluster-');
    const bus = await connectBus({ name: 'rdb-cluster', servers: nats.url });
    const c = new RdbCluster(nats, tmp, bus, opts);
    try {
      const founders = Array.from({ length: c.o.size }, (_, i): ReplicaId => ({ rank: rank(i + 1), gen: 1 }));
      await Promise.all(founders.map((id) => c.startNode(id, { create: true, members: founders })));
      await c.leader();
    } catch (e) {
      await c[Symbol.asyncDispose]();
      throw e;
    }
    return c;
  }

  get dir(): string {
    return this.tmp.path;
  }
  get system(): string {
    return 'rdbtest';
  }
  get group(): string {
    return this.o.group;
  }

  /** Ranks of the nodes running now, ascending. */
  get ranks(): number[] {
    return [...this.nodes.keys()].sort((a, b) => a - b);
  }

  pid(rank: number): number {
    return this.node(rank).child.pid!;
  }

  private node(rank: number): RunningNode {
    const n = this.nodes.get(rank);
    assert(n !== undefined, `no node of rank ${rank} is running`);
    return n;
  }

  /**
   * Start a node: `create` with `members` founds a replica (or, with no members, makes one that
   * waits to be added); otherwise it opens its existing file.
   */
  async startNode(id: ReplicaId, opts: { create: boolean; members?: readonly ReplicaId[] } = { create: false }): Promise<void> {
    assert(!this.nodes.has(id.rank), `rank ${id.rank} is already running`);
    const cfg: RdbNodeConfig = {
      natsUrl: this.nats.url,
      system: this.system,
      group: this.o.group,
      id,
      dir: this.tmp.path,
      create: opts.create,
      members: opts.members ?? [],
      ...this.tuning,
      seed: this.o.seed * 1_000_003 + id.rank * 7919 + this.starts++,
    };
    const child = spawnChild(process.execPath, ['--conditions=@daos-nats/source', '--import', 'tsx', nodeMain, ...rdbNodeArgs(cfg)], {
      cwd: repoRoot,
      env: { ...process.env, LOG_LEVEL: this.o.logLevel },
      stdinPipe: true,
      killGraceMs: this.o.nodeStopTimeoutMs,
    });
    const node: RunningNode = { id, child, stopping: false };
    this.nodes.set(id.rank, node);
    void child.exited.then((x) => {
      if (!node.stopping) this.unexpectedExits.push(`rank ${id.rank} (pid ${child.pid}) exited: ${JSON.stringify(x)}\n${child.stderr.trim()}`);
      if (this.nodes.get(id.rank) === node) this.nodes.delete(id.rank);
    });
    const ready = await waitFor(() => (!child.running ? 'exited' : child.stdout.includes(RDB_NODE_READY_LINE) ? 'ready' : undefined), {
      timeoutMs: this.o.nodeStartTimeoutMs,
      intervalMs: 20,
      what: `rdb node rank ${id.rank} to be ready`,
    }).catch(async (e: unknown) => {
      node.stopping = true;
      await child.kill('SIGKILL', this.o.nodeStopTimeoutMs);
      throw e;
    });
    if (ready === 'exited') {
      node.stopping = true;
      throw new Error(`rdb node rank ${id.rank} exited before it was ready: ${JSON.stringify(await child.exited)}\n${child.stderr.trim()}`);
    }
  }

  /** Crash a node: SIGKILL, nothing flushed but what SQLite made durable. */
  async kill(rank: number): Promise<void> {
    const n = this.node(rank);
    n.stopping = true;
    await n.child.kill('SIGKILL', this.o.nodeStopTimeoutMs);
    this.nodes.delete(rank);
  }

  /** Stop a node gracefully (SIGTERM); it must exit 0. */
  async stop(rank: number): Promise<void> {
    const n = this.node(rank);
    n.stopping = true;
    const x = await n.child.stop();
    this.nodes.delete(rank);
    if (x.code !== 0) throw new Error(`rdb node rank ${rank} did not stop cleanly: ${JSON.stringify(x)}\n${n.child.stderr.trim()}`);
  }

  /** Start a stopped or killed node again from its file. */
  async restart(id: ReplicaId): Promise<void> {
    await this.startNode(id, { create: false });
  }

  /** One control request to the node of `rank`. */
  call<Req, Rep>(rank: number, op: OperationDef<Req, Rep>, req: Req, timeoutMs = this.o.requestTimeoutMs): Promise<Rep> {
    return this.bus.call(rdbNodeSubject(this.system, this.o.group, rank), op, req, { timeoutMs });
  }

  /** The node's status; `digest` adds the SHA-256 of its whole state (a full dump). */
  status(rank: number, opts: { digest?: boolean; timeoutMs?: number } = {}): Promise<NodeStatus> {
    return this.call(rank, rdbNodeOps.status, { digest: opts.digest ?? false }, opts.timeoutMs);
  }

  write(rank: number, ops: readonly WriteOp[], timeoutMs?: number): Promise<WriteReply> {
    return this.call(rank, rdbNodeOps.write, { ops }, timeoutMs);
  }

  /** Values of `keys` (null where absent), read on `rank`, which must lead. */
  async read(rank: number, keys: readonly string[], path?: readonly string[]): Promise<(string | null)[]> {
    return [...(await this.call(rank, rdbNodeOps.read, { keys, ...(path ? { path } : {}) })).values];
  }

  setFreeSpace(rank: number, bytes: number | null): Promise<unknown> {
    return this.call(rank, rdbNodeOps.setFreeSpace, { bytes });
  }

  /** Statuses of every running node that answers within `timeoutMs`. */
  async statuses(opts: { digest?: boolean; timeoutMs?: number } = {}): Promise<Map<number, NodeStatus>> {
    const out = new Map<number, NodeStatus>();
    await Promise.all(
      this.ranks.map(async (r) => {
        try {
          out.set(r, await this.status(r, { digest: opts.digest ?? false, timeoutMs: opts.timeoutMs ?? this.o.statusTimeoutMs }));
        } catch {
          // Not answering now (starting, electing, overloaded): absent from this round.
        }
      }),
    );
    return out;
  }

  /**
   * The rank of the node serving as leader, once one is (the highest term wins if a deposed one
   * has not noticed yet). `afterTerm`: wait for a leader of a later term than this one.
   */
  async leader(opts: { afterTerm?: number; timeoutMs?: number } = {}): Promise<{ rank: number; term: number }> {
    let seen = 'no node answered';
    const found = await waitFor(
      async () => {
        const all = await this.statuses();
        const views = [...all.values()].map((s) => `rank ${s.id.rank}: term ${s.term}, leader ${s.leaderRank}, serving ${s.leader}, applied ${s.applied}`);
        seen = views.join('; ') || 'no node answered';
        let best: NodeStatus | undefined;
        for (const s of all.values()) {
          if (!s.leader || s.term <= (opts.afterTerm ?? 0)) continue;
          // Returned, not thrown: waitFor would take a throw for "not yet".
          if (best?.term === s.term) return { twoLeaders: `ranks ${best.id.rank} and ${s.id.rank} both lead term ${s.term}` };
          if (!best || s.term > best.term) best = s;
        }
        return best && { rank: best.id.rank, term: best.term };
      },
      { timeoutMs: opts.timeoutMs ?? this.o.leaderTimeoutMs, intervalMs: 20, what: `a serving leader${opts.afterTerm ? ` after term ${opts.afterTerm}` : ''}` },
    ).catch((e: unknown) => {
      if (e instanceof Error) e.message += ` (last seen: ${seen})`;
      throw e;
    });
    if ('twoLeaders' in found) throw new AssertionError(found.twoLeaders);
    return found;
  }

  /** Hand leadership to `id` (asking again until it serves): for tests that need a given leader. */
  async makeLeader(id: ReplicaId, timeoutMs = this.o.leaderTimeoutMs): Promise<{ rank: number; term: number }> {
    return await waitFor(
      async () => {
        const l = await this.leader({ timeoutMs });
        if (l.rank === id.rank) return l;
        // Refused while another transfer runs or the target lags: the next round asks again.
        await this.call(l.rank, rdbNodeOps.transferLeadership, { id }).catch(() => undefined);
        return undefined;
      },
      { timeoutMs, intervalMs: 100, what: `rank ${id.rank} to lead` },
    );
  }

  /**
   * Commit `ops` on whoever leads, following hints and retrying until `timeoutMs`. Only for
   * idempotent ops: a retry after a timeout may apply them twice.
   */
  async writeToLeader(ops: readonly WriteOp[], timeoutMs = this.o.leaderTimeoutMs): Promise<WriteReply & { rank: number }> {
    const deadline = performance.now() + timeoutMs;
    let to = (await this.leader({ timeoutMs })).rank;
    for (;;) {
      try {
        return { ...(await this.write(to, ops)), rank: to };
      } catch (e) {
        if (!isTransient(e) || performance.now() >= deadline) throw e;
        const hint: LeaderHint | undefined = hintOf(e);
        to = hint && this.nodes.has(hint.rank) ? hint.rank : (await this.leader({ timeoutMs: Math.max(1, deadline - performance.now()) })).rank;
      }
    }
  }

  /**
   * Wait until every running node (or those of `ranks`) has applied the same index and holds a
   * byte-identical state; returns their statuses. Digests (full dumps) are asked for only once
   * the applied indexes agree.
   */
  async converged(opts: { ranks?: readonly number[]; timeoutMs?: number } = {}): Promise<NodeStatus[]> {
    const ranks = opts.ranks ?? this.ranks;
    const round = async (digest: boolean): Promise<NodeStatus[] | undefined> => {
      const all = await this.statuses({ digest, timeoutMs: digest ? this.o.digestTimeoutMs : undefined });
      const ss = ranks.map((r) => all.get(r));
      if (ss.some((s) => s === undefined)) return undefined;
      const [first, ...rest] = ss as NodeStatus[];
      return rest.every((s) => s.applied === first!.applied && s.stateSha256 === first!.stateSha256) ? (ss as NodeStatus[]) : undefined;
    };
    return await waitFor(async () => (await round(false)) && (await round(true)), {
      timeoutMs: opts.timeoutMs ?? this.o.leaderTimeoutMs,
      intervalMs: 50,
      what: `ranks ${ranks.join(', ')} to converge`,
    });
  }

  /** Wait until every running node has applied what the leader had applied when this was called. */
  async caughtUp(timeoutMs = this.o.leaderTimeoutMs): Promise<void> {
    const leader = await this.leader({ timeoutMs });
    const target = (await this.status(leader.rank)).applied;
    await waitFor(async () => [...(await this.statuses()).values()].filter((s) => s.applied >= target).length === this.nodes.size, {
      timeoutMs,
      intervalMs: 50,
      what: `every node to apply index ${target}`,
    });
  }

  async [Symbol.asyncDispose](): Promise<void> {
    const failures: unknown[] = [];
    await Promise.all(this.ranks.map((r) => this.stop(r).catch((e: unknown) => failures.push(e))));
    await this.bus.drain();
    await this.nats[Symbol.asyncDispose]();
    await this.tmp[Symbol.asyncDispose]();
    if (failures.length) throw new AggregateError(failures, 'some rdb nodes did not stop cleanly');
  }
}
