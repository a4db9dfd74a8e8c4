import { daos } from '@daos-nats/proto';
import { defineOperation } from './operation.js';

const m = daos.cont.v1;

/**
 * The container service's operations (proto/daos/cont/v1/cont.proto), shared by the service
 * (apps/container-service) and its clients, so the two cannot disagree on names or types.
 */
export const contOps = {
  create: defineOperation('cont.create', m.CreateReq, m.CreateRep),
  destroy: defineOperation('cont.destroy', m.DestroyReq, m.DestroyRep),
  list: defineOperation('cont.list', m.ListReq, m.ListRep),
  open: defineOperation('cont.open', m.OpenReq, m.OpenRep),
  close: defineOperation('cont.close', m.CloseReq, m.CloseRep),
  query: defineOperation('cont.query', m.QueryReq, m.QueryRep),
  propGet: defineOperation('cont.prop.get', m.GetPropReq, m.GetPropRep),
  propSet: defineOperation('cont.prop.set', m.SetPropReq, m.SetPropRep),
  aclGet: defineOperation('cont.acl.get', m.GetAclReq, m.AclRep),
  aclOverwrite: defineOperation('cont.acl.overwrite', m.OverwriteAclReq, m.AclRep),
  aclUpdate: defineOperation('cont.acl.update', m.UpdateAclReq, m.AclRep),
  aclDelete: defineOperation('cont.acl.delete', m.DeleteAclReq, m.AclRep),
  setOwner: defineOperation('cont.set-owner', m.SetOwnerReq, m.SetOwnerRep),
  attrSet: defineOperation('cont.attr.set', m.AttrSetReq, m.AttrSetRep),
  attrGet: defineOperation('cont.attr.get', m.AttrGetReq, m.AttrGetRep),
  attrList: defineOperation('cont.attr.list', m.AttrListReq, m.AttrListRep),
  attrDelete: defineOperation('cont.attr.delete', m.AttrDeleteReq, m.AttrDeleteRep),
  snapCreate: defineOperation('cont.snap.create', m.SnapCreateReq, m.SnapCreateRep),
  snapList: defineOperation('cont.snap.list', m.SnapListReq, m.SnapListRep),
  snapDestroy: defineOperation('cont.snap.destroy', m.SnapDestroyReq, m.SnapDestroyRep),
  oidAlloc: defineOperation('cont.oid.alloc', m.OidAllocReq, m.OidAllocRep),
  /**
   * Internal (the IV root's source of CONT_CAPA): the open container handle `handle` (the
   * request's `target` is ignored) as `{cont, capabilities, props}`; `cont` unset when no live
   * handle has that uuid (never opened, closed, or its pool handle is gone).
   */
  handleVerify: defineOperation('cont.handle.verify', m.CloseReq, m.OpenRep),
  /** Internal (the IV root's source of CONT_PROP): container `target.cont` (a uuid) with every property and `modifiedMs`; DER_NONEXIST if none. */
  propsRead: defineOperation('cont.props.read', m.QueryReq, m.QueryRep),
  /**
   * Internal (the IV root's source of IV_OID, DAOS oid_iv): reserve `count` object ids of
   * container `target.cont` (a uuid; `handle` is ignored), never handed out before. A write:
   * retried with its client timestamp, it is answered from the dedup table, not reserved twice.
   */
  oidReserve: defineOperation('cont.oid.reserve', m.OidAllocReq, m.OidAllocRep),
} as const;

/** Container open modes (DAOS_COO_RO/RW/EX). */
export const CONT_OPEN_MODE = {
  ro: m.OpenMode.OPEN_MODE_RO,
  rw: m.OpenMode.OPEN_MODE_RW,
  ex: m.OpenMode.OPEN_MODE_EX,
} as const;
export type ContOpenMode = keyof typeof CONT_OPEN_MODE;
