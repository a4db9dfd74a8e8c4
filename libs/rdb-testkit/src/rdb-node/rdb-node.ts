import { createHash } from 'node:crypto';
import { InvalidError, NonexistError, rank, SeededRng, TimedOutError } from '@daos-nats/base';
import { connectBus, RaftLink, typedHandler, type Bus, type Handler, type OperationDef, type Responder } from '@daos-nats/bus';
import { KvsClass, packReplicaId, RaftRouter, Replica, statfsFreeBytes, type RaftTransport, type ReplicaId, type Transaction } from '@daos-nats/rdb';
import { MessageType } from '@daos-nats/raft';
import { replicaFile, type RdbNodeConfig } from './rdb-node-config.js';
import {
  RDB_NODE_SERVICE,
  rdbNodeOps,
  rdbNodeSubject,
  type KvsClassName,
  type NodeReplicaId,
  type NodeStatus,
  type WriteOp,
  type WriteRequest,
} from './rdb-node-protocol.js';
import { runWorkload } from './workload.js';

/** Limits of the control channel. */
export const rdbNodeLimits = {
  /** Control requests handled at once (a workload holds one for its whole run). */
  handlersInFlightMax: 16,
  /** Longest a failover probe may wait for a new leader. */
  leaderWaitMsMax: 60_000,
  /** How often a failover probe looks at the replica's view of the leader. */
  leaderPollMs: 1,
  /** On close, how long control requests in flight (a workload) may take to finish. */
  controlDrainMs: 1000,
} as const;

const classes: Record<KvsClassName, KvsClass> = { generic: KvsClass.Generic, integer: KvsClass.Integer, lexical: KvsClass.Lexical };

function kvsClass(name: KvsClassName): KvsClass {
  const c = classes[name];
  if (c === undefined) throw new InvalidError(`unknown KVS class ${JSON.stringify(name)}`);
  return c;
}

function replicaId(r: NodeReplicaId): ReplicaId {
  if (typeof r !== 'object' || r === null) throw new InvalidError('a replica id is {rank, gen}');
  return { rank: rank(r.rank), gen: r.gen };
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/**
 * One rdb replica in its own process, as a service hosts it: raft over NATS (`RaftLink` +
 * `RaftRouter`), its SQLite file in a directory, and a control responder through which a test or
 * benchmark drives it (see rdb-node-protocol.ts).
 */
export class RdbNode {
  private freeSpaceOverride: number | null = null;
  private snapshotChunks = 0;
  private responder: Responder | undefined;
  private closed = false;
  /** The last digest, by applied index: polling an idle replica does not dump it again. */
  private digestCache: { applied: number; sha256: string } | undefined;

  private constructor(
    readonly cfg: RdbNodeConfig,
    private readonly bus: Bus,
    private readonly link: RaftLink,
    private readonly router: RaftRouter,
    private readonly replica: Replica,
  ) {}

  /** Connect, open (or create) the replica, listen for raft, serve control requests. */
  static async start(cfg: RdbNodeConfig, onFatal: (e: unknown) => void): Promise<RdbNode> {
    const bus = await connectBus({ name: `rdb-node-${cfg.group}-r${cfg.id.rank}`, servers: cfg.natsUrl });
    const link = new RaftLink(bus, { system: cfg.system, service: RDB_NODE_SERVICE, rank: cfg.id.rank });
    const router = new RaftRouter(link, (e) => bus.log.warn({ err: e }, 'malformed raft envelope dropped'));
    let node: RdbNode | undefined;
    const inner = router.transport(cfg.group, packReplicaId(cfg.id));
    // Counts snapshot chunks on their way in: the proof that a lagging replica was caught up by snapshot.
    const transport: RaftTransport = {
      send: (to, m) => inner.send(to, m),
      close: () => inner.close(),
      onReceive: (h) =>
        inner.onReceive((m) => {
          if (m.type === MessageType.Snap && node) node.snapshotChunks++;
          h(m);
        }),
    };
    const file = replicaFile(cfg.dir, cfg.id);
    const opts = {
      file,
      id: cfg.id,
      transport,
      tickIntervalMs: cfg.tickIntervalMs,
      commitTimeoutMs: cfg.commitTimeoutMs,
      compactEntriesMin: cfg.compactEntriesMin,
      logEntriesMax: cfg.logEntriesMax,
      raft: { electionTimeoutTicks: cfg.electionTimeoutTicks, heartbeatTicks: cfg.heartbeatTicks },
      rng: new SeededRng(cfg.seed),
      messageBytesMax: link.maxMessageBytes,
      freeSpaceBytes: () => node?.freeSpaceOverride ?? statfsFreeBytes(file),
      onFatal,
    };
    let replica: Replica;
    try {
      replica = cfg.create ? Replica.create(opts, cfg.members) : Replica.open(opts);
    } catch (e) {
      await bus.drain();
      throw e;
    }
    node = new RdbNode(cfg, bus, link, router, replica);
    await link.listen((bytes) => router.deliver(bytes));
    node.responder = await bus.serve(rdbNodeSubject(cfg.system, cfg.group, cfg.id.rank), node.handlers(), {
      handlersInFlightMax: rdbNodeLimits.handlersInFlightMax,
    });
    return node;
  }

  /** Graceful stop: no more control requests, replica closed, bus drained. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.responder?.drain(rdbNodeLimits.controlDrainMs);
    this.replica.close();
    await this.link.close();
    await this.bus.drain();
  }

  private handlers(): Map<string, Handler> {
    const h = new Map<string, Handler>();
    const on = <Req, Rep>(op: OperationDef<Req, Rep>, fn: (req: Req) => Promise<Rep> | Rep) => h.set(op.name, typedHandler(op, fn));
    const r = this.replica;
    on(rdbNodeOps.status, (req) => this.status(req.digest === true));
    on(rdbNodeOps.write, (req) => this.write(req));
    on(rdbNodeOps.read, async (req) => {
      const tx = await r.begin();
      const values: (string | null)[] = [];
      for (const k of req.keys) values.push(await lookup(tx, req.path ?? [], k));
      tx.discard();
      return { values };
    });
    on(rdbNodeOps.addReplica, async (req) => {
      await r.addReplica(replicaId(req.id));
      return { members: r.members() };
    });
    on(rdbNodeOps.removeReplica, async (req) => {
      await r.removeReplica(replicaId(req.id));
      return { members: r.members() };
    });
    on(rdbNodeOps.transferLeadership, (req) => {
      r.transferLeadership(replicaId(req.id));
      return {};
    });
    on(rdbNodeOps.setFreeSpace, (req) => {
      if (req.bytes !== null && !(Number.isSafeInteger(req.bytes) && req.bytes >= 0))
        throw new InvalidError(`free space must be null or bytes >= 0, got ${req.bytes}`);
      this.freeSpaceOverride = req.bytes;
      return {};
    });
    on(rdbNodeOps.workload, (req) => runWorkload(r, req));
    return h;
  }

  private status(digest: boolean): NodeStatus {
    const r = this.replica;
    return {
      id: r.cfg.id,
      pid: process.pid,
      leader: r.isLeader,
      term: r.currentTerm,
      leaderRank: r.leaderId?.rank ?? null,
      applied: r.appliedIndex,
      firstIndex: r.storage.firstIndex(),
      lastIndex: r.storage.lastIndex(),
      members: r.members(),
      isMember: r.isMember,
      ...(digest ? { stateSha256: this.stateDigest() } : {}),
      snapshotChunksReceived: this.snapshotChunks,
      router: { ...this.router.stats },
      inboxDropped: this.link.inboxStats.dropped,
    };
  }

  private stateDigest(): string {
    const applied = this.replica.appliedIndex;
    if (this.digestCache?.applied !== applied)
      this.digestCache = { applied, sha256: createHash('sha256').update(this.replica.state.dump()).digest('hex') };
    return this.digestCache.sha256;
  }

  private async write(req: WriteRequest): Promise<{ index: number; term: number }> {
    if (!Array.isArray(req.ops) || req.ops.length === 0) throw new InvalidError('write: ops must be a non-empty list');
    if (req.afterTerm !== undefined) await this.awaitNewLeader(req.afterTerm, req.leaderWaitMs ?? 0);
    const tx = await this.replica.begin();
    for (const op of req.ops) addOp(tx, op);
    const res = await tx.commit();
    return { index: res!.index, term: res!.term };
  }

  /** Wait until a leader of a term after `afterTerm` is known; DER_NOTLEADER (with its hint) unless it is this replica. */
  private async awaitNewLeader(afterTerm: number, waitMs: number): Promise<void> {
    if (!Number.isSafeInteger(waitMs) || waitMs < 0 || waitMs > rdbNodeLimits.leaderWaitMsMax)
      throw new InvalidError(`write: leaderWaitMs must be in [0, ${rdbNodeLimits.leaderWaitMsMax}], got ${waitMs}`);
    const r = this.replica;
    const deadline = performance.now() + waitMs;
    while (!(r.currentTerm > afterTerm && r.leaderId)) {
      if (performance.now() >= deadline) throw new TimedOutError(`no leader after term ${afterTerm} within ${waitMs} ms (term ${r.currentTerm})`);
      await new Promise((res) => setTimeout(res, rdbNodeLimits.leaderPollMs));
    }
    if (packReplicaId(r.leaderId) !== r.nodeId) throw r.notLeader(`rank ${r.leaderId.rank} leads term ${r.currentTerm}`);
  }
}

function addOp(tx: Transaction, op: WriteOp): void {
  const path = ('path' in op && op.path) || [];
  switch (op.op) {
    case 'createRoot':
      tx.createRoot(kvsClass(op.cls));
      return;
    case 'createKvs':
      tx.createKvs(path, op.key, kvsClass(op.cls));
      return;
    case 'put':
      tx.update(path, op.key, utf8.encode(op.value));
      return;
    case 'putCritical':
      tx.updateCritical(path, op.key, utf8.encode(op.value));
      return;
    case 'delete':
      tx.delete(path, op.key);
      return;
    default:
      throw new InvalidError(`unknown write op ${JSON.stringify((op as { op?: unknown }).op)}`);
  }
}

async function lookup(tx: Transaction, path: readonly string[], key: string): Promise<string | null> {
  try {
    return fromUtf8.decode(await tx.lookup(path, key));
  } catch (e) {
    if (e instanceof NonexistError) return null;
    throw e;
  }
}
