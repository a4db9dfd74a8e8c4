import { mgmtOps } from '@daos-nats/api';
import { InvalidError, NoPermError, NoSpaceError } from '@daos-nats/base';
import { MemberState, isTransitionLegal, memberStateName } from '@daos-nats/client';
import { daos } from '@daos-nats/proto';
import { operation, type HandlerContext, type OperationSpec } from '@daos-nats/rsvc';
import { checkKind, checkUuid } from './checks.js';
import type { MsDeps } from './ms-deps.js';
import { readMember, readMembers, readMeta, rankOfUuid, writeMember, writeMeta, type MemberRecord } from './ms-layout.js';
import type { MsLeader } from './ms-leader.js';

const m = daos.mgmt.v1;

/** A member record with some fields changed (records are protobuf messages: copy, never mutate). */
export function withMember(old: MemberRecord, change: Partial<daos.mgmt.v1.Member.$Properties>): MemberRecord {
  return m.Member.fromObject({ ...m.Member.toObject(old, { defaults: true, longs: Number }), ...change });
}

/**
 * Join, heartbeat and the sweep that turns silence into state (DAOS: join handling in
 * mgmt_system.go, SWIM's dead-rank events in our stead):
 *
 * - join: a new UUID gets the next rank (never reused), incarnation 1; a known UUID keeps its rank
 *   and its incarnation is bumped. AdminExcluded members are refused (DER_NO_PERM) until cleared.
 * - heartbeat: a read; it records when the member was heard and tells it to join again when the
 *   MS does not count this incarnation (Excluded, unknown, another incarnation).
 * - sweep (the leader to itself every sweepIntervalMs): Joined and silent for unresponsiveAfterMs
 *   → Unresponsive; silent for excludeAfterMs → Excluded; Unresponsive and heard again → Joined.
 *   A member this leader has never heard (the whole system restarting, processes still starting
 *   on a slow machine) gets unheardGraceMs more before it is Excluded: exclusion changes pool
 *   maps, so it waits for evidence rather than for a slow start.
 */
/** Targets of one engine at most (DAOS: 64). */
export const ENGINE_TARGETS_MAX = 64;

export function membershipOperations(d: MsDeps): OperationSpec<MsLeader>[] {
  return [
    operation(mgmtOps.join, 'write', async (req, ctx) => {
      const uuid = checkUuid(req.uuid, 'member uuid');
      const kind = checkKind(req.kind);
      const meta = await readMeta(ctx.tx);
      const known = await rankOfUuid(ctx.tx, uuid);
      const targets = req.targets ?? 0;
      // Engines run 1..64 targets (DAOS's bound); other kinds have none.
      if (kind === 'engine' ? targets < 1 || targets > ENGINE_TARGETS_MAX : targets !== 0)
        throw new InvalidError(`a member of kind ${kind} cannot have ${targets} targets${kind === 'engine' ? ` (engines: 1..${ENGINE_TARGETS_MAX})` : ''}`);
      const fields = { uuid, kind, addr: req.addr ?? '', faultDomain: req.faultDomain ?? '', targets, state: MemberState.Joined, lastUpdateMs: d.nowMs() };
      let member: MemberRecord;
      let nextRank = meta.nextRank;
      if (known !== undefined) {
        const old = await readMember(ctx.tx, known);
        if (!old) throw new InvalidError(`member ${uuid} maps to rank ${known}, which has no record`);
        if (old.state === MemberState.AdminExcluded) throw new NoPermError(`rank ${known} is administratively excluded: clear it first (dmg system clear-exclude --ranks ${known})`);
        if (old.kind !== kind) throw new InvalidError(`member ${uuid} joined as ${old.kind}, not ${kind}`);
        member = withMember(old, { ...fields, incarnation: old.incarnation + 1, info: 'rejoined' });
      } else {
        const count = (await readMembers(ctx.tx)).length;
        if (count >= d.config.membersMax) throw new NoSpaceError(`the system has ${count} members, the most it takes (membersMax)`);
        member = m.Member.fromObject({ ...fields, rank: nextRank, incarnation: 1, info: 'joined' });
        nextRank++;
      }
      const mapVersion = meta.mapVersion + 1;
      writeMember(ctx.tx, member, known === undefined);
      writeMeta(ctx.tx, { ...meta, nextRank, mapVersion });
      ctx.state.heard(member.rank, member.incarnation, MemberState.Joined);
      d.log.info({ rank: member.rank, incarnation: member.incarnation, kind, uuid }, known === undefined ? 'member joined' : 'member rejoined');
      return { rank: member.rank, incarnation: member.incarnation, state: member.state, mapVersion };
    }),

    operation(mgmtOps.heartbeat, 'read', async (req, ctx) => {
      const rank = req.rank ?? 0;
      const member = await readMember(ctx.tx, rank);
      const meta = await readMeta(ctx.tx);
      if (!member || member.uuid !== (req.uuid ?? '').toLowerCase() || member.incarnation !== (req.incarnation ?? 0))
        return { state: member?.state ?? MemberState.Unknown, rejoin: member?.state !== MemberState.AdminExcluded, mapVersion: meta.mapVersion };
      ctx.state.heard(rank, member.incarnation, req.localState ?? MemberState.Joined);
      return { state: member.state, rejoin: member.state === MemberState.Excluded, mapVersion: meta.mapVersion };
    }),

    // Internal; sent with client time 0 (no dedup record), so a sweep that changes nothing commits nothing.
    operation(mgmtOps.sweep, 'write', async (_req, ctx) => ({ changed: await sweep(d, ctx) })),
  ];
}

async function sweep(d: MsDeps, ctx: HandlerContext<MsLeader>): Promise<daos.mgmt.v1.RankResult.$Properties[]> {
  const { unresponsiveAfterMs, excludeAfterMs, unheardGraceMs, unheardUnresponsiveGraceMs } = d.config;
  const changed: daos.mgmt.v1.RankResult.$Properties[] = [];
  for (const member of await readMembers(ctx.tx)) {
    const silent = ctx.state.silenceMs(member.rank, member.incarnation);
    let to: number | undefined;
    let info = '';
    const heard = ctx.state.heardThisTerm(member.rank, member.incarnation);
    if (member.state === MemberState.Joined && silent > unresponsiveAfterMs + (heard ? 0 : unheardUnresponsiveGraceMs)) {
      to = MemberState.Unresponsive;
      info = `no heartbeat for ${silent} ms`;
    } else if (member.state === MemberState.Unresponsive && silent > excludeAfterMs + (heard ? 0 : unheardGraceMs)) {
      to = MemberState.Excluded;
      info = `no heartbeat for ${silent} ms`;
    } else if (member.state === MemberState.Unresponsive && silent <= unresponsiveAfterMs) {
      to = MemberState.Joined;
      info = 'heartbeats resumed';
    }
    if (to === undefined || !isTransitionLegal(member.state, to)) continue;
    writeMember(ctx.tx, withMember(member, { state: to, info, lastUpdateMs: d.nowMs() }), false);
    changed.push({ rank: member.rank, action: 'sweep', status: 0, message: info, state: to });
    d.log.warn({ rank: member.rank, from: memberStateName(member.state), to: memberStateName(to), info }, 'member state changed');
  }
  if (changed.length > 0) {
    const meta = await readMeta(ctx.tx);
    writeMeta(ctx.tx, { ...meta, mapVersion: meta.mapVersion + 1 });
  }
  return changed;
}
