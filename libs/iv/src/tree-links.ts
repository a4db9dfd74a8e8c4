import { assert, daosError, NotLeaderError, TimedOutError, UnreachableError } from '@daos-nats/base';
import type { IvConfig } from './iv-config.js';
import type { IvNamespace } from './iv-namespace.js';
import type { IvTimer, IvTransport } from './iv-transport.js';
import type { IvReply, IvRequest } from './messages.js';

/** Failures of a hop itself (no answer), as opposed to an answer that is an error. */
const hopFailures = new WeakSet<object>();
function isHopFailure(e: unknown): boolean {
  return typeof e === 'object' && e !== null && hopFailures.has(e);
}

/**
 * How one cache talks to its tree neighbours: down to its children (re-parenting past dead ones),
 * up to its parent (or the nearest live ancestor), and which neighbours it currently suspects.
 */
export class TreeLinks {
  private readonly suspects = new Map<number, number>();

  constructor(
    private readonly rank: number,
    private readonly transport: IvTransport,
    private readonly timer: IvTimer,
    private readonly config: IvConfig,
  ) {}

  forgetSuspects(): void {
    this.suspects.clear();
  }

  /**
   * Send to every tree child; true if each answered complete. A child that fails to answer is
   * suspected and its children are served directly (re-parenting), but the result is
   * incomplete: what the dead child held only its lease expiry clears. A child already
   * suspected is still tried, with its children served in parallel so nothing waits on it.
   */
  async sendDown(ns: IvNamespace, req: IvRequest): Promise<boolean> {
    return this.sendTo(ns, ns.tree.children(this.rank), req);
  }

  private async sendTo(ns: IvNamespace, targets: readonly number[], req: IvRequest): Promise<boolean> {
    const one = async (t: number): Promise<boolean> => {
      const bypass = this.suspected(t) ? this.sendTo(ns, ns.tree.children(t), req) : undefined;
      try {
        const complete = (await this.call(t, ns.pool, req, this.config.requestTimeoutMs)).complete === true;
        await bypass;
        return complete;
      } catch (e) {
        if (!isHopFailure(e)) return false;
        this.suspect(t);
        await (bypass ?? this.sendTo(ns, ns.tree.children(t), req));
        return false;
      }
    };
    return (await Promise.all(targets.map(one))).every(Boolean);
  }

  /** A request up the tree: to the parent, or past it to the nearest live ancestor. */
  async up(ns: IvNamespace, req: IvRequest): Promise<Extract<IvReply, { ok: true }>> {
    for (;;) {
      const parent = ns.tree.liveParent(this.rank, (r) => this.suspected(r));
      assert(parent !== undefined, 'a non-root cache has a parent');
      try {
        return await this.call(parent, ns.pool, req, this.config.requestTimeoutMs);
      } catch (e) {
        if (!isHopFailure(e) || parent === ns.desc.root) throw e;
        this.suspect(parent);
      }
    }
  }

  async call(to: number, pool: string, req: IvRequest, timeoutMs: number): Promise<Extract<IvReply, { ok: true }>> {
    let reply: IvReply;
    try {
      reply = await this.transport.request(to, pool, req, timeoutMs);
    } catch (e) {
      const hop = e instanceof TimedOutError || e instanceof UnreachableError ? e : new UnreachableError(`iv: rank ${to} did not answer`, { cause: e });
      hopFailures.add(hop);
      throw hop;
    }
    if (reply.ok) return reply;
    throw reply.code === NotLeaderError.code ? new NotLeaderError(reply.hint, reply.message) : daosError(reply.code, reply.message);
  }

  private suspect(r: number): void {
    this.suspects.set(r, this.timer.nowMs() + this.config.suspectMs);
  }

  private suspected(r: number): boolean {
    const until = this.suspects.get(r);
    if (until === undefined) return false;
    if (until > this.timer.nowMs()) return true;
    this.suspects.delete(r);
    return false;
  }
}
