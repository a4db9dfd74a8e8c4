// The management service's wire contract, shared by the service (apps/mgmt-service), its clients
// (MgmtClient, the dmg CLI) and the member agent (libs/member). Subjects come from libs/bus.
import { defineOperation, mgmtRequestSubject, serviceRequestSubject } from '@daos-nats/bus';
import { daos } from '@daos-nats/proto';

const m = daos.mgmt.v1;

/** The MS is the replicated service "ms" with one group, "db", on the configured replica ranks. */
export const MS_SERVICE = 'ms';
export const MS_GROUP = 'db';

/** MS replica ranks when nothing else is configured (`npm start` runs three). */
export const DEFAULT_MS_REPLICAS: readonly number[] = [0, 1, 2];

/** Requests to one MS replica: `daos.<system>.ms.db.<rank>.req` (only the leader serves them). */
export function msReplicaSubject(system: string, rank: number): string {
  return serviceRequestSubject(system, MS_SERVICE, MS_GROUP, rank);
}

/** Any MS replica (a queue group): answers `mgmt.replicas` only, so a client can find the rest. */
export function msLocatorSubject(system: string): string {
  return mgmtRequestSubject(system);
}

/** A member's control responder: `daos.<system>.control.member.<rank>.req`. */
export function memberControlSubject(system: string, rank: number): string {
  return serviceRequestSubject(system, 'control', 'member', rank);
}

/** Operations of the MS leader (daos.<system>.ms.db.<rank>.req). */
export const mgmtOps = {
  join: defineOperation('mgmt.join', m.JoinReq, m.JoinRep),
  heartbeat: defineOperation('mgmt.heartbeat', m.HeartbeatReq, m.HeartbeatRep),
  systemQuery: defineOperation('mgmt.system.query', m.SystemQueryReq, m.SystemQueryRep),
  systemStop: defineOperation('mgmt.system.stop', m.SystemStopReq, m.SystemResultsRep),
  systemStart: defineOperation('mgmt.system.start', m.SystemStartReq, m.SystemResultsRep),
  systemExclude: defineOperation('mgmt.system.exclude', m.SystemExcludeReq, m.SystemResultsRep),
  systemClearExclude: defineOperation('mgmt.system.clear-exclude', m.SystemClearExcludeReq, m.SystemResultsRep),
  systemRemove: defineOperation('mgmt.system.remove', m.SystemRemoveReq, m.SystemResultsRep),
  leaderQuery: defineOperation('mgmt.leader-query', m.LeaderQueryReq, m.LeaderQueryRep),
  poolCreate: defineOperation('mgmt.pool.create', m.PoolCreateReq, m.PoolCreateRep),
  poolDestroy: defineOperation('mgmt.pool.destroy', m.PoolDestroyReq, m.PoolDestroyRep),
  poolList: defineOperation('mgmt.pool.list', m.PoolListReq, m.PoolListRep),
  poolFind: defineOperation('mgmt.pool.find', m.PoolFindReq, m.PoolFindRep),
  poolUpdateReplicas: defineOperation('mgmt.pool.update-replicas', m.PoolUpdateReplicasReq, m.PoolUpdateReplicasRep),
  /** Internal: the leader asks itself to mark silent members. */
  sweep: defineOperation('mgmt.sweep', m.SweepReq, m.SweepRep),
} as const;

/** The locator operation on `daos.<system>.mgmt.req` (every MS replica, leader or not). */
export const mgmtLocatorOps = {
  replicas: defineOperation('mgmt.replicas', m.ReplicasReq, m.ReplicasRep),
} as const;

/** What the MS sends to a member's control responder. */
export const memberOps = {
  ping: defineOperation('member.ping', m.MemberControlReq, m.MemberControlRep),
  stop: defineOperation('member.stop', m.MemberControlReq, m.MemberControlRep),
  start: defineOperation('member.start', m.MemberControlReq, m.MemberControlRep),
} as const;

/** A member as the MS reports it, every field present. */
export interface MgmtMemberInfo {
  readonly rank: number;
  readonly incarnation: number;
  readonly uuid: string;
  readonly addr: string;
  readonly faultDomain: string;
  /** A MemberState bit (mgmt-member-state.ts). */
  readonly state: number;
  readonly kind: string;
  readonly info: string;
  readonly lastUpdateMs: number;
}

export function mgmtMemberInfo(m: daos.mgmt.v1.Member.$Properties): MgmtMemberInfo {
  return {
    rank: m.rank ?? 0,
    incarnation: m.incarnation ?? 0,
    uuid: m.uuid ?? '',
    addr: m.addr ?? '',
    faultDomain: m.faultDomain ?? '',
    state: m.state ?? 0,
    kind: m.kind ?? '',
    info: m.info ?? '',
    lastUpdateMs: Number(m.lastUpdateMs ?? 0),
  };
}

/** A pool as the MS directory knows it, every field present. */
export interface MgmtPoolInfo {
  readonly uuid: string;
  readonly label: string;
  /** "Creating" | "Ready" | "Destroying" */
  readonly state: string;
  readonly sizeBytes: number;
  /** Pool-service replica ranks (service "pool", group = uuid). */
  readonly svcRanks: readonly number[];
  /** Container-service replica ranks (service "cont", group = uuid). */
  readonly contRanks: readonly number[];
  readonly owner: string;
  readonly ownerGroup: string;
  readonly createdMs: number;
}

export function mgmtPoolInfo(p: daos.mgmt.v1.PoolInfo.$Properties): MgmtPoolInfo {
  return {
    uuid: p.uuid ?? '',
    label: p.label ?? '',
    state: p.state ?? '',
    sizeBytes: Number(p.sizeBytes ?? 0),
    svcRanks: [...(p.svcRanks ?? [])],
    contRanks: [...(p.contRanks ?? [])],
    owner: p.owner ?? '',
    ownerGroup: p.ownerGroup ?? '',
    createdMs: Number(p.createdMs ?? 0),
  };
}

/** One rank's outcome of a fanned-out system command. */
export interface SystemRankResult {
  readonly rank: number;
  readonly action: string;
  /** DER code, 0 = success. */
  readonly status: number;
  readonly message: string;
  readonly state: number;
}

export function systemRankResult(r: daos.mgmt.v1.RankResult.$Properties): SystemRankResult {
  return { rank: r.rank ?? 0, action: r.action ?? '', status: r.status ?? 0, message: r.message ?? '', state: r.state ?? 0 };
}
