import { LOCK_SERVICE, lockOps } from '@daos-nats/api';
import { InvalidError, NonexistError } from '@daos-nats/base';
import { daos } from '@daos-nats/proto';
import { operation, UNINITIALIZED, type HandlerContext, type ServiceClass } from '@daos-nats/rsvc';
import { LockLeader, type LockDeps } from './lock-leader.js';
import { LockTable } from './lock-table.js';
import { createLockLayout, readMeta, RdbLockStore, SESSIONS } from './rdb-lock-store.js';

type Ctx = HandlerContext<LockLeader>;

/** The caller's session id: its 16-byte client id, which every request carries (dedup key). */
function sessionOf(ctx: Ctx): string {
  if (ctx.clientOp.clientId.length !== 16) throw new InvalidError('a lock request needs the 16-byte client id');
  return Buffer.from(ctx.clientOp.clientId).toString('hex');
}

/** Run `f` over the table of this handler's transaction; buffer the meta record; mark notices. */
async function withTable<T>(ctx: Ctx, d: LockDeps, f: (t: LockTable, store: RdbLockStore) => Promise<T>): Promise<T> {
  const store = new RdbLockStore(ctx.tx);
  const table = new LockTable(store, d.config);
  const out = await f(table, store);
  await store.flush();
  ctx.state.touch(table.touched);
  return out;
}

/**
 * The lock service (yfs lab 7 on rsvc): view = raft configuration, primary = leader, "busy during
 * view change" = NOTLEADER with a hint. Writes (open, acquire, release, close, sweep) run one at a
 * time (exclusive) and commit one entry each; renew, status and peek are reads.
 */
export function lockService(d: LockDeps): ServiceClass<LockLeader> {
  // The leader's own sweep and peek run in process (ctx.run of the term): the framework gives each a
  // term-bound transaction (and exclusivity for the sweep), no dedup entry, and refuses them once
  // the term is over; selfRequestTimeoutMs is their deadline.
  const deadline = () => ({ signal: AbortSignal.timeout(d.config.selfRequestTimeoutMs) });
  return {
    name: LOCK_SERVICE,
    operations: [
      operation(lockOps.open, 'write', async (req, ctx: Ctx) => {
        const sid = sessionOf(ctx);
        const s = await withTable(ctx, d, (t) => t.open(sid, req.leaseMs ?? 0));
        ctx.state.expiring.delete(sid);
        ctx.state.heard(sid);
        return { leaseMs: s.leaseMs, notifyToken: d.notifyTokenOf(sid) };
      }),
      operation(lockOps.renew, 'read', async (_req, ctx: Ctx) => {
        const sid = sessionOf(ctx);
        const table = new LockTable(new RdbLockStore(ctx.tx), d.config);
        const s = await table.session(sid);
        const held = await table.held(sid);
        // Synchronous from here to the reply: a sweep that decided to expire the session wins.
        if (ctx.state.expiring.has(sid)) throw new NonexistError('session expired');
        ctx.state.heard(sid);
        return { leaseMs: s.leaseMs, held };
      }),
      operation(lockOps.close, 'write', async (_req, ctx: Ctx) => {
        const sid = sessionOf(ctx);
        await withTable(ctx, d, (t) => t.expire(sid));
        ctx.state.forget(sid);
        return {};
      }),
      operation(lockOps.acquire, 'write', async (req, ctx: Ctx) => {
        const sid = sessionOf(ctx);
        const r = await withTable(ctx, d, (t) => t.acquire(sid, req.name ?? '', req.tryOnly === true));
        ctx.state.heard(sid);
        return r;
      }),
      operation(lockOps.release, 'write', async (req, ctx: Ctx) => {
        const sid = sessionOf(ctx);
        await withTable(ctx, d, (t) => t.release(sid, req.name ?? '', Number(req.token ?? 0)));
        ctx.state.heard(sid);
        return {};
      }),
      operation(lockOps.status, 'read', async (req, ctx: Ctx) => {
        const sid = ctx.clientOp.clientId.length === 16 ? Buffer.from(ctx.clientOp.clientId).toString('hex') : '';
        const store = new RdbLockStore(ctx.tx);
        const lock = await store.getLock(new LockTable(store, d.config).checkName(req.name ?? ''));
        if (!lock) return { held: false };
        return { held: true, token: lock.token, owner: d.notifyTokenOf(lock.owner), waiters: lock.waiters.length, mine: lock.owner === sid };
      }),
      operation(lockOps.sweep, 'write', async (_req, ctx: Ctx) => sweep(ctx, d)),
      operation(lockOps.peek, 'read', async (req, ctx: Ctx) => {
        const names = req.names ?? [];
        if (names.length > d.config.peekNamesMax) throw new InvalidError(`peek takes at most ${d.config.peekNamesMax} names`);
        const store = new RdbLockStore(ctx.tx);
        const table = new LockTable(store, d.config);
        const items: daos.lock.v1.IPeekItem[] = [];
        for (const name of names) {
          const lock = await store.getLock(table.checkName(name));
          items.push(lock ? { name, owner: d.notifyTokenOf(lock.owner), token: lock.token, waiters: lock.waiters.length } : { name });
        }
        return { items };
      }),
    ],

    async stepUp(ctx) {
      if ((await readMeta(ctx.tx)) === undefined) return UNINITIALIZED;
      const leader = new LockLeader(d);
      leader.start(
        async () => {
          await ctx.run(lockOps.sweep, {}, deadline()).catch((err: Error) => d.log.debug({ err: err.message }, 'lock sweep failed'));
        },
        async (names) => (await ctx.run(lockOps.peek, { names }, deadline())).items ?? [],
      );
      d.log.info({ term: ctx.term, group: ctx.group }, 'lock service leader up');
      return leader;
    },

    async bootstrap(ctx) {
      createLockLayout(ctx.tx);
    },

    async drain(_ctx, leader) {
      leader.stop();
    },

    async stepDown() {
      // Heartbeat times die with the leader state: the next leader starts every lease afresh.
    },
  };
}

/** Expire the sessions this leader has not heard for a whole lease (at most expiriesPerSweepMax). */
async function sweep(ctx: Ctx, d: LockDeps): Promise<daos.lock.v1.ISweepRep> {
  const items = await ctx.tx.iterate([SESSIONS], { limitItems: d.config.sessionsMax });
  const due: string[] = [];
  for (const it of items) {
    const sid = Buffer.from(it.key).toString('hex');
    const { leaseMs } = daos.lock.v1.SessionRecord.decode(it.value ?? new Uint8Array(0));
    if (ctx.state.silenceMs(sid) >= leaseMs && due.length < d.config.expiriesPerSweepMax) due.push(sid);
  }
  if (due.length === 0) return { expired: 0 };
  // Decided: from now on no heartbeat of these sessions is answered "renewed" by this leader.
  for (const sid of due) {
    ctx.state.expiring.add(sid);
    ctx.state.forget(sid);
  }
  await withTable(ctx, d, async (t) => {
    for (const sid of due) await t.expire(sid);
  });
  d.log.info({ expired: due.length }, 'lock sessions expired');
  return { expired: due.length };
}
