import { daos } from '@daos-nats/proto';
import { defineOperation } from './operation.js';
import { rsvcOps } from './rsvc-ops.js';

const m = daos.pool.v1;

/**
 * The pool service's operations (proto/daos/pool/v1/pool.proto), shared by the service
 * (apps/pool-service) and its clients, so the two cannot disagree on names or types.
 */
export const poolOps = {
  connect: defineOperation('pool.connect', m.ConnectReq, m.ConnectRep),
  disconnect: defineOperation('pool.disconnect', m.DisconnectReq, m.DisconnectRep),
  query: defineOperation('pool.query', m.QueryReq, m.QueryRep),
  verifyHandle: defineOperation('pool.verify-handle', m.VerifyHandleReq, m.VerifyHandleRep),
  propGet: defineOperation('pool.prop.get', m.PropGetReq, m.PropGetRep),
  propSet: defineOperation('pool.prop.set', m.PropSetReq, m.PropSetRep),
  aclGet: defineOperation('pool.acl.get', m.AclGetReq, m.AclRep),
  aclOverwrite: defineOperation('pool.acl.overwrite', m.AclOverwriteReq, m.AclRep),
  aclUpdate: defineOperation('pool.acl.update', m.AclUpdateReq, m.AclRep),
  aclDelete: defineOperation('pool.acl.delete', m.AclDeleteReq, m.AclRep),
  exclude: defineOperation('pool.exclude', m.TargetsReq, m.MapRep),
  drain: defineOperation('pool.drain', m.TargetsReq, m.MapRep),
  reintegrate: defineOperation('pool.reintegrate', m.TargetsReq, m.MapRep),
  extend: defineOperation('pool.extend', m.ExtendReq, m.MapRep),
  evict: defineOperation('pool.evict', m.EvictReq, m.EvictRep),
  handlesList: defineOperation('pool.handles.list', m.HandlesListReq, m.HandlesListRep),
  /** Internal: one bounded step of pool.evict (the leader's evict runs it in process). */
  evictStep: defineOperation('pool.evict.step', m.EvictStepReq, m.EvictStepRep),
  /** Internal: the leader records its replicas after a reconfiguration. */
  svcRanksSet: defineOperation('pool.svc-ranks.set', m.SvcRanksSetReq, m.SvcRanksSetRep),
  /** Internal: the leader's rebuild loop reads the map and the pending rebuild's base map. */
  rebuildState: defineOperation('pool.rebuild.state', m.RebuildStateReq, m.RebuildStateRep),
  /** Internal: the leader's rebuild loop records that every target finished a map version. */
  rebuildComplete: defineOperation('pool.rebuild.complete', m.RebuildCompleteReq, m.RebuildCompleteRep),
  // libs/rsvc's generic user attributes, served by every service: the same definitions.
  attrSet: rsvcOps.attrSet,
  attrGet: rsvcOps.attrGet,
  attrList: rsvcOps.attrList,
  attrDelete: rsvcOps.attrDelete,
} as const;

/** Connect modes (DAOS_PC_RO/RW/EX). */
export const POOL_CONNECT_FLAG = {
  ro: m.ConnectFlag.CONNECT_FLAG_RO,
  rw: m.ConnectFlag.CONNECT_FLAG_RW,
  ex: m.ConnectFlag.CONNECT_FLAG_EX,
} as const;
export type PoolConnectMode = keyof typeof POOL_CONNECT_FLAG;
