import { defineOperation } from '@daos-nats/bus';
import { daos } from '@daos-nats/proto';

const m = daos.pool.v1;
const r = daos.rsvc.v1;

/** The pool service's token in subjects: `daos.<system>.pool.<pool uuid>.<rank>.req`. */
export const POOL_SERVICE = 'pool';

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
  /** Internal: the leader records its replicas after a reconfiguration. */
  svcRanksSet: defineOperation('pool.svc-ranks.set', m.SvcRanksSetReq, m.SvcRanksSetRep),
  // libs/rsvc's generic user attributes, served by every service (same names as rsvcOps).
  attrSet: defineOperation('rsvc.attr.set', r.AttrSetReq, r.AttrSetRep),
  attrGet: defineOperation('rsvc.attr.get', r.AttrGetReq, r.AttrGetRep),
  attrList: defineOperation('rsvc.attr.list', r.AttrListReq, r.AttrListRep),
  attrDelete: defineOperation('rsvc.attr.delete', r.AttrDeleteReq, r.AttrDeleteRep),
} as const;

/** Connect modes (DAOS_PC_RO/RW/EX). */
export const POOL_CONNECT_FLAG = {
  ro: m.ConnectFlag.CONNECT_FLAG_RO,
  rw: m.ConnectFlag.CONNECT_FLAG_RW,
  ex: m.ConnectFlag.CONNECT_FLAG_EX,
} as const;
export type PoolConnectMode = keyof typeof POOL_CONNECT_FLAG;
