import { assert, BusyError, DaosError, DER, daosError, InvalidError, NoSysError, TimedOutError, UnreachableError } from '@daos-nats/base';
import { encodeMessage, decodeMessage, type OperationDef } from '@daos-nats/api';
import type {
  RsvcEndpoint,
  RsvcHandler,
  RsvcRaftLink,
  RsvcReplicaAddress,
  RsvcRequest,
  RsvcServeLimits,
  RsvcServer,
  RsvcTransport,
} from './rsvc-transport.js';

/** Arm a one-shot timer of `ms`; returns its cancel. Injected so a test can drive time itself. */
export type ScheduleFn = (ms: number, fn: () => void) => () => void;

const realSchedule: ScheduleFn = (ms, fn) => {
  const t = setTimeout(fn, ms);
  return () => clearTimeout(t);
};

/** NATS's default max_payload (1 MiB): what a raft link of the memory network carries by default. */
export const MEMORY_RAFT_MESSAGE_BYTES_MAX = 1024 * 1024;

const key = (a: RsvcEndpoint): string => `${a.system}/${a.service}/${a.rank}`;

/**
 * `RsvcTransport` in one process, for tests (as rdb has `MemoryNetwork`): every rank's transport
 * shares this network. Deliveries are microtasks, bytes are copied (no aliasing between sender and
 * receiver), deadlines run on the injected `schedule`, and `isolate(rank)` cuts a rank off
 * (its requests and raft messages, both ways) until `heal(rank)`. A call to a rank that serves
 * nothing, or across a cut, fails at once with DER_UNREACH (NATS's "no responders"). A raft
 * message over `maxMessageBytes` is not sent, as over NATS past max_payload.
 */
export class MemoryRsvcNetwork {
  private readonly servers = new Map<string, MemoryServer>();
  private readonly links = new Map<string, MemoryRaftLink>();
  private readonly isolated = new Set<number>();

  constructor(
    private readonly schedule: ScheduleFn = realSchedule,
    /** The raft links' largest message (default NATS's 1 MiB max_payload). */
    readonly maxMessageBytes: number = MEMORY_RAFT_MESSAGE_BYTES_MAX,
  ) {}

  /** The transport of a process at `rank` (calls from it are cut while it is isolated). */
  transport(rank: number): RsvcTransport {
    return {
      serve: async (at, handlers, limits) => {
        assert(at.rank === rank, `transport of rank ${rank} cannot serve rank ${at.rank}`);
        if (this.servers.has(key(at))) throw new InvalidError(`rank ${at.rank} already serves ${at.service}`);
        const server = new MemoryServer(handlers, limits, () => this.servers.delete(key(at)));
        this.servers.set(key(at), server);
        return server;
      },
      call: (to, def, request, opts) => this.call(rank, to, def, request, opts.timeoutMs),
      raftLink: (at) => {
        assert(at.rank === rank, `transport of rank ${rank} cannot link rank ${at.rank}`);
        return new MemoryRaftLink(this, at);
      },
    };
  }

  isolate(rank: number): void {
    this.isolated.add(rank);
  }
  heal(rank: number): void {
    this.isolated.delete(rank);
  }
  private cut(a: number, b: number): boolean {
    return this.isolated.has(a) || this.isolated.has(b);
  }

  private async call<Req, Rep>(from: number, to: RsvcReplicaAddress, def: OperationDef<Req, Rep>, request: Req, timeoutMs: number): Promise<Rep> {
    const body = encodeMessage(def.request, request, `${def.name} request`);
    const reply = await this.send(from, to, { operation: def.name, body }, timeoutMs);
    return decodeMessage(def.reply, reply, `${def.name} reply`);
  }

  /**
   * One raw request from `from` to a replica (what a client's attempt is): the reply bytes, or
   * the replica's DaosError (a NotLeaderError keeps its hint). Without `clientTimeUs`, no dedup.
   */
  async send(from: number, to: RsvcReplicaAddress, msg: { operation: string; body: Uint8Array; clientId?: Uint8Array; clientTimeUs?: number }, timeoutMs: number): Promise<Uint8Array> {
    await Promise.resolve(); // never in the caller's turn
    const server = this.servers.get(key(to));
    if (!server || this.cut(from, to.rank)) throw new UnreachableError(`no responder for ${to.service} group ${to.group} at rank ${to.rank}`);
    const ac = new AbortController();
    const req: RsvcRequest = {
      group: to.group,
      operation: msg.operation,
      body: msg.body.slice(),
      clientId: msg.clientId?.slice() ?? new Uint8Array(16),
      clientTimeUs: msg.clientTimeUs ?? 0,
      signal: ac.signal,
    };
    const reply = await new Promise<Uint8Array>((resolve, reject) => {
      const cancel = this.schedule(timeoutMs, () => {
        ac.abort(new TimedOutError(`${msg.operation} to rank ${to.rank}: no reply within ${timeoutMs} ms`));
        reject(ac.signal.reason);
      });
      server.handle(req).then(
        (bytes) => (cancel(), resolve(bytes)),
        (err) => (cancel(), reject(err)),
      );
    });
    if (this.cut(from, to.rank)) throw new UnreachableError(`reply from rank ${to.rank} lost across the cut`);
    return reply;
  }

  /** @internal the raft link's send. */
  deliver(from: RsvcEndpoint, toRank: number, bytes: Uint8Array): void {
    const link = this.links.get(key({ ...from, rank: toRank }));
    if (!link || this.cut(from.rank, toRank)) return; // lost, as on any unreliable network
    const copy = bytes.slice();
    queueMicrotask(() => link.receive(copy));
  }

  /** @internal */
  register(at: RsvcEndpoint, link: MemoryRaftLink | undefined): void {
    if (link) this.links.set(key(at), link);
    else this.links.delete(key(at));
  }
}

/** One rank's server: a bounded dispatcher (handlersInFlightMax running, pendingRequestsMax waiting). */
class MemoryServer implements RsvcServer {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private draining = false;
  private idle: (() => void)[] = [];

  constructor(
    private readonly handlers: ReadonlyMap<string, RsvcHandler>,
    private readonly limits: RsvcServeLimits,
    private readonly unregister: () => void,
  ) {}

  async handle(req: RsvcRequest): Promise<Uint8Array> {
    if (this.draining) throw new UnreachableError('the server is draining');
    if (this.running >= this.limits.handlersInFlightMax) {
      if (this.waiting.length >= this.limits.pendingRequestsMax) throw new BusyError(`${this.waiting.length} requests already wait`);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.running++;
    try {
      const handler = this.handlers.get(req.operation);
      if (!handler) throw new NoSysError(`operation ${JSON.stringify(req.operation)} is not served`);
      const out = await handler(req);
      return out instanceof Uint8Array ? out.slice() : (out?.body?.slice() ?? new Uint8Array(0));
    } catch (err) {
      throw err instanceof DaosError ? err : daosError(DER.MISC, err instanceof Error ? err.message : String(err), undefined, err);
    } finally {
      this.running--;
      this.waiting.shift()?.();
      if (this.running === 0) for (const w of this.idle.splice(0)) w();
    }
  }

  async drain(): Promise<void> {
    this.draining = true;
    this.unregister();
    if (this.running > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
  }
}

class MemoryRaftLink implements RsvcRaftLink {
  private deliverTo: ((bytes: Uint8Array) => void) | undefined;
  private closed = false;

  constructor(
    private readonly net: MemoryRsvcNetwork,
    private readonly at: RsvcEndpoint,
  ) {}

  get maxMessageBytes(): number {
    return this.net.maxMessageBytes;
  }

  /** The group travels inside `bytes` (rdb's RaftEnvelope); the address needs only the rank. */
  publish(_group: string, to: { readonly rank: number }, bytes: Uint8Array): boolean {
    if (this.closed || bytes.byteLength > this.net.maxMessageBytes) return false;
    this.net.deliver(this.at, to.rank, bytes);
    return true;
  }

  async listen(deliver: (bytes: Uint8Array) => void): Promise<void> {
    assert(this.deliverTo === undefined, 'a raft link listens once');
    this.deliverTo = deliver;
    this.net.register(this.at, this);
  }

  receive(bytes: Uint8Array): void {
    if (!this.closed) this.deliverTo?.(bytes);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.net.register(this.at, undefined);
  }
}
