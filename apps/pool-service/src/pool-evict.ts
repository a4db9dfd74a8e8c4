import { poolOps } from '@daos-nats/api';
import { daos } from '@daos-nats/proto';
import type { Transaction } from '@daos-nats/rdb';
import { InvalidError } from '@daos-nats/base';
import { operation, type HandlerContext, type OperationSpec } from '@daos-nats/rsvc';
import { checkUuid, findHandle, HANDLES_PATH, readRecord, writeRecord, type HandleInfo } from './pool-layout.js';

const m = daos.pool.v1;
const F = m.ConnectFlag;

/** What an eviction step needs from the service: its per-step limit and the IV hook. */
export interface EvictDeps<S> {
  readonly evictItemsPerTxMax: number;
  /** Records removed handles for IV invalidation after the step's commit (one batch per step). */
  readonly forget: (ctx: HandlerContext<S>, handles: readonly string[]) => void;
}

export function deleteHandle(tx: Transaction, rec: daos.pool.v1.IPoolRecord, h: HandleInfo): void {
  tx.delete(HANDLES_PATH, h.handle);
  if ((rec.handleCount ?? 0) < 1) throw new Error(`pool handle count ${rec.handleCount ?? 0} with handle ${h.handle} still stored`);
  rec.handleCount = (rec.handleCount ?? 0) - 1;
  if (h.flags === F.CONNECT_FLAG_EX) rec.exclusiveHandles = Math.max(0, (rec.exclusiveHandles ?? 0) - 1);
}

/** The victims of one step: the named handles, or one scanned page (filtered by machine). */
async function stepVictims(tx: Transaction, req: daos.pool.v1.EvictStepReq, max: number): Promise<{ victims: HandleInfo[]; nextAnchor: string }> {
  const victims: HandleInfo[] = [];
  if (req.handles.length > 0) {
    if (req.handles.length > max) throw new InvalidError(`${req.handles.length} handles in one eviction step, evictItemsPerTxMax=${max}`);
    for (const id of new Set(req.handles.map((h) => checkUuid(h, 'handle')))) {
      const h = await findHandle(tx, id);
      if (h) victims.push(h);
    }
    return { victims, nextAnchor: '' };
  }
  const page = await tx.iterate(HANDLES_PATH, { ...(req.anchor ? { gt: req.anchor } : {}), limitItems: max });
  for (const it of page) {
    const h = m.HandleInfo.decode(it.value ?? new Uint8Array(0));
    if (!req.machine || h.principal?.machine === req.machine) victims.push(h);
  }
  return { victims, nextAnchor: page.length < max ? '' : new TextDecoder().decode(page[page.length - 1]!.key) };
}

/**
 * pool.evict and its internal step. The eviction itself commits nothing: it runs
 * pool.evict.step on its own leader (ctx.run) until done, so each transaction deletes at most
 * evictItemsPerTxMax handles and invalidates them in the IV caches before the next step. A
 * destroy marks the pool in the first step, so no handle can be added behind the scan.
 */
export function evictOperations<S>(d: EvictDeps<S>): OperationSpec<S>[] {
  const max = d.evictItemsPerTxMax;
  return [
    operation(poolOps.evictStep, 'write', async (q, ctx: HandlerContext<S>) => {
      const req = m.EvictStepReq.create(q);
      const { victims, nextAnchor } = await stepVictims(ctx.tx, req, max);
      if (victims.length === 0 && !req.destroy) return { evicted: 0, nextAnchor };
      const rec: daos.pool.v1.IPoolRecord = { ...(await readRecord(ctx.tx)) };
      for (const h of victims) deleteHandle(ctx.tx, rec, h);
      if (req.destroy) rec.disconnecting = true;
      writeRecord(ctx.tx, rec);
      d.forget(ctx, victims.map((h) => h.handle));
      return { evicted: victims.length, nextAnchor };
    }),

    // Not exclusive: it holds no lock while its steps (exclusive writes) run one after another.
    operation(poolOps.evict, 'write', async (q, ctx: HandlerContext<S>) => {
      const req = m.EvictReq.create(q);
      let evicted = 0;
      if (req.handles.length > 0) {
        for (let i = 0; i < req.handles.length; i += max) {
          const rep = await ctx.run(poolOps.evictStep, { handles: req.handles.slice(i, i + max), destroy: req.destroy && i === 0 }, { signal: ctx.signal });
          evicted += rep.evicted ?? 0;
        }
        return { evicted };
      }
      let anchor = '';
      for (let first = true; first || anchor !== ''; first = false) {
        const rep = await ctx.run(poolOps.evictStep, { machine: req.machine, destroy: req.destroy && first, anchor }, { signal: ctx.signal });
        evicted += rep.evicted ?? 0;
        anchor = rep.nextAnchor ?? '';
      }
      return { evicted };
    }, { exclusive: false }),
  ];
}
