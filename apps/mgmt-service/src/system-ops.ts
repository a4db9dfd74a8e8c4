import { defineOperation, memberOps, mgmtOps, MS_GROUP, MS_SERVICE, type OperationDef } from '@daos-nats/api';
import { codeOf, DaosError, DER, InvalidError } from '@daos-nats/base';
import { memberControlSubject } from '@daos-nats/bus';
import { MemberState, isTransitionLegal, memberStateName, ServiceCaller } from '@daos-nats/client';
import { daos } from '@daos-nats/proto';
import { operation, type HandlerContext, type OperationSpec } from '@daos-nats/rsvc';
import { checkRanks } from './checks.js';
import { withMember } from './membership-ops.js';
import type { MsDeps } from './ms-deps.js';
import { deleteMember, readMember, readMembers, readMeta, readPools, writeMember, writeMeta, type MemberRecord } from './ms-layout.js';
import type { MsLeader } from './ms-leader.js';

type Result = daos.mgmt.v1.RankResult.$Properties;
type Ctx = HandlerContext<MsLeader>;

/** The members named by `ranks` (all when empty), and the named ranks that are not members. */
async function select(ctx: Ctx, ranks: readonly number[] | null | undefined): Promise<{ members: MemberRecord[]; absent: number[] }> {
  const want = checkRanks(ranks);
  const all = await readMembers(ctx.tx);
  if (want.length === 0) return { members: all, absent: [] };
  const byRank = new Map(all.map((mb) => [mb.rank, mb]));
  return { members: want.flatMap((r) => byRank.get(r) ?? []), absent: want.filter((r) => !byRank.has(r)) };
}

async function bumpMapVersion(ctx: Ctx): Promise<void> {
  const meta = await readMeta(ctx.tx);
  writeMeta(ctx.tx, { ...meta, mapVersion: meta.mapVersion + 1 });
}

const EXCLUDED = MemberState.Excluded | MemberState.AdminExcluded;

/**
 * Send one control request to every member in parallel (DAOS control-plane fan-out), each with
 * its own deadline, holding no lock (joins, heartbeats and sweeps go on meanwhile), then commit
 * the new states in one short exclusive step (mgmt.system.apply). A member that fails or does not
 * answer keeps its state and gets its error in its result; the command as a whole succeeds.
 */
async function fanOut(
  d: MsDeps,
  ctx: Ctx,
  members: readonly MemberRecord[],
  action: 'stop' | 'start',
  op: OperationDef<daos.mgmt.v1.MemberControlReq.$Properties, daos.mgmt.v1.MemberControlRep.$Properties>,
  target: number,
  force: boolean,
): Promise<Result[]> {
  const results = await Promise.all(
    members.map(async (mb): Promise<Result> => {
      if (mb.state & EXCLUDED) return { rank: mb.rank, action, status: DER.INVAL, message: `rank is ${memberStateName(mb.state)}`, state: mb.state };
      try {
        const rep = await d.bus.call(memberControlSubject(d.system, mb.rank), op, { force, incarnation: mb.incarnation }, { timeoutMs: d.config.memberControlTimeoutMs });
        return { rank: mb.rank, action, status: 0, message: '', state: rep.state ?? target };
      } catch (e) {
        d.log.warn({ rank: mb.rank, action, err: (e as Error).message }, 'member control request failed');
        return { rank: mb.rank, action, status: codeOf(e), message: e instanceof DaosError ? e.message : String(e), state: mb.state };
      }
    }),
  );
  const applied = await ctx.run(mgmtOps.systemApply, { results, incarnations: members.map((mb) => mb.incarnation) }, { signal: ctx.signal });
  return applied.results ?? [];
}

/** mgmt.system.apply: commit what a fan-out found, for members still at the incarnation asked. */
async function apply(d: MsDeps, ctx: Ctx, req: daos.mgmt.v1.SystemApplyReq.$Properties): Promise<Result[]> {
  const results = req.results ?? [];
  const incarnations = req.incarnations ?? [];
  if (incarnations.length !== results.length) throw new InvalidError(`${results.length} results with ${incarnations.length} incarnations`);
  let changed = false;
  for (const [i, r] of results.entries()) {
    const mb = await readMember(ctx.tx, r.rank ?? 0);
    if (r.status !== 0 || !mb) continue;
    const state = r.state ?? 0;
    // A member that rejoined meanwhile (new incarnation) was not the one that answered.
    if (mb.incarnation !== incarnations[i] || state === mb.state || !isTransitionLegal(mb.state, state)) continue;
    writeMember(ctx.tx, withMember(mb, { state, info: `system ${r.action}`, lastUpdateMs: d.nowMs() }), false);
    ctx.state.heard(mb.rank, mb.incarnation, state);
    changed = true;
  }
  if (results.some((r) => r.status === 0) || changed) await bumpMapVersion(ctx);
  return results;
}

/** Administrative state changes without a request to the member (exclude, clear-exclude). */
async function mark(d: MsDeps, ctx: Ctx, members: readonly MemberRecord[], action: string, from: (s: number) => boolean, to: number, info: string): Promise<Result[]> {
  const results: Result[] = [];
  for (const mb of members) {
    if (mb.state === to) {
      results.push({ rank: mb.rank, action, status: 0, message: `already ${memberStateName(to)}`, state: mb.state });
    } else if (!from(mb.state) || !isTransitionLegal(mb.state, to)) {
      results.push({ rank: mb.rank, action, status: DER.INVAL, message: `illegal transition ${memberStateName(mb.state)} → ${memberStateName(to)}`, state: mb.state });
    } else {
      writeMember(ctx.tx, withMember(mb, { state: to, info, lastUpdateMs: d.nowMs() }), false);
      results.push({ rank: mb.rank, action, status: 0, message: '', state: to });
      d.log.info({ rank: mb.rank, from: memberStateName(mb.state), to: memberStateName(to) }, `system ${action}`);
    }
  }
  if (results.some((r) => r.status === 0 && r.message === '')) await bumpMapVersion(ctx);
  return results;
}

/**
 * Forget excluded members (dmg system remove). Only an excluded member may go (a live one would
 * just join again as a new rank), and not while a pool still counts it among its service ranks.
 */
async function remove(d: MsDeps, ctx: Ctx, members: readonly MemberRecord[]): Promise<Result[]> {
  const pools = await readPools(ctx.tx);
  const results: Result[] = [];
  for (const mb of members) {
    const hosting = pools.filter((p) => (p.svcRanks ?? []).includes(mb.rank)).map((p) => p.label || p.uuid);
    if (!(mb.state & EXCLUDED)) {
      results.push({ rank: mb.rank, action: 'remove', status: DER.INVAL, message: `rank is ${memberStateName(mb.state)}: exclude it first (dmg system exclude --ranks ${mb.rank})`, state: mb.state });
    } else if (hosting.length > 0) {
      results.push({ rank: mb.rank, action: 'remove', status: DER.BUSY, message: `rank still hosts a service replica of pool ${hosting.join(', ')}; wait until the pool replaces it`, state: mb.state });
    } else {
      deleteMember(ctx.tx, mb);
      results.push({ rank: mb.rank, action: 'remove', status: 0, message: '', state: mb.state });
      d.log.info({ rank: mb.rank, uuid: mb.uuid }, 'system remove: member forgotten');
    }
  }
  if (results.some((r) => r.status === 0)) await bumpMapVersion(ctx);
  return results;
}

/** dmg system query / stop / start / exclude / clear-exclude / leader-query. */
export function systemOperations(d: MsDeps): OperationSpec<MsLeader>[] {
  return [
    operation(mgmtOps.systemQuery, 'read', async (req, ctx) => {
      const { members, absent } = await select(ctx, req.ranks);
      const mask = req.stateMask ?? 0;
      const meta = await readMeta(ctx.tx);
      return { members: members.filter((mb) => mask === 0 || (mb.state & mask) !== 0), absentRanks: absent, mapVersion: meta.mapVersion };
    }),

    // Not exclusive: the fan-out is network calls, and no lock is held across one.
    operation(mgmtOps.systemStop, 'write', async (req, ctx) => {
      const { members, absent } = await select(ctx, req.ranks);
      return { results: await fanOut(d, ctx, members, 'stop', memberOps.stop, MemberState.Stopped, req.force ?? false), absentRanks: absent };
    }, { exclusive: false }),

    operation(mgmtOps.systemStart, 'write', async (req, ctx) => {
      const { members, absent } = await select(ctx, req.ranks);
      return { results: await fanOut(d, ctx, members, 'start', memberOps.start, MemberState.Joined, false), absentRanks: absent };
    }, { exclusive: false }),

    operation(mgmtOps.systemApply, 'write', async (req, ctx) => ({ results: await apply(d, ctx, req), absentRanks: [] })),

    operation(mgmtOps.systemExclude, 'write', async (req, ctx) => {
      if (checkRanks(req.ranks).length === 0) throw new InvalidError('system exclude needs the ranks to exclude');
      const { members, absent } = await select(ctx, req.ranks);
      return { results: await mark(d, ctx, members, 'exclude', () => true, MemberState.AdminExcluded, 'excluded by an administrator'), absentRanks: absent };
    }),

    operation(mgmtOps.systemClearExclude, 'write', async (req, ctx) => {
      const { members, absent } = await select(ctx, req.ranks);
      const targets = checkRanks(req.ranks).length === 0 ? members.filter((mb) => mb.state === MemberState.AdminExcluded) : members;
      const results = await mark(d, ctx, targets, 'clear-exclude', (s) => s === MemberState.AdminExcluded, MemberState.Excluded, 'exclusion cleared: may join again');
      return { results, absentRanks: absent };
    }),

    operation(mgmtOps.systemRemove, 'write', async (req, ctx) => {
      if (checkRanks(req.ranks).length === 0) throw new InvalidError('system remove needs the ranks to remove');
      const { members, absent } = await select(ctx, req.ranks);
      return { results: await remove(d, ctx, members), absentRanks: absent };
    }),

    operation(mgmtOps.leaderQuery, 'read', async (_req, ctx) => {
      await readMeta(ctx.tx); // confirms leadership of ctx.term before answering
      const replicas = d.replicas();
      const others = replicas.filter((r) => r !== d.rank);
      const down = (await Promise.all(others.map(async (r) => ((await probe(d, r)) ? [] : [r])))).flat();
      return { leader: d.rank, term: ctx.term, replicas: [...replicas], downReplicas: down };
    }),
  ];
}

/**
 * An operation no replica serves: its responder answers DER_NOSYS at once, running nothing. The
 * message types are placeholders (an empty request encodes to no bytes; no reply ever decodes).
 */
const probeOp = defineOperation('mgmt.probe', daos.mgmt.v1.LeaderQueryReq, daos.mgmt.v1.LeaderQueryRep);

/** Is MS replica `rank` alive? Any answer counts (DER_NOSYS is the expected one); silence does not. */
export async function probe(d: MsDeps, rank: number): Promise<boolean> {
  try {
    const ms = new ServiceCaller({ bus: d.bus, system: d.system, service: MS_SERVICE, group: MS_GROUP, ranks: d.replicas(), rng: d.rng });
    await ms.callRank(rank, probeOp, {}, { timeoutMs: d.config.replicaProbeTimeoutMs, clientTimeUs: 0 });
    return true;
  } catch (e) {
    const code = codeOf(e);
    return code !== DER.TIMEDOUT && code !== DER.UNREACH;
  }
}
