// The management service's wire contract, shared by the service (apps/mgmt-service), its clients
// (MgmtClient, the dmg CLI) and the member agent (libs/member). Subjects come from libs/bus.
import { daos } from '@daos-nats/proto';
import { defineOperation } from './operation.js';

const m = daos.mgmt.v1;

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
  /** Internal: one committed step of a pool create or destroy job (the leader to itself, in process). */
  poolStep: defineOperation('mgmt.pool.step', m.PoolStepReq, m.PoolStepRep),
  /** Internal: commit the member states a system stop/start fan-out found (in process). */
  systemApply: defineOperation('mgmt.system.apply', m.SystemApplyReq, m.SystemResultsRep),
  /** A member reports the groups its process hosts (orphan sweep). */
  groupsReport: defineOperation('mgmt.groups.report', m.GroupsReportReq, m.GroupsReportRep),
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
