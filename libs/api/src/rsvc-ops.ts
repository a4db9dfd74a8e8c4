import { daos } from '@daos-nats/proto';
import { defineOperation } from './operation.js';

const m = daos.rsvc.v1;

/**
 * The framework's operations, served for every service on its usual subjects. Clients (the service
 * caller, the management service) and the server (libs/rsvc) share these definitions.
 */
export const rsvcOps = {
  /** To one rank, any replica state: open (or create) the group's replica there. */
  start: defineOperation('rsvc.start', m.StartReq, m.StartRep),
  /** To one rank: close the group's replica there (and destroy its file). */
  stop: defineOperation('rsvc.stop', m.StopReq, m.StopRep),
  /**
   * From a group's leader to one rank, inside `rsvc.replicas.add`: create an empty replica of
   * generation `gen` that will join the running group (`create` true, no `members`). Not fenced by
   * the creator's term, which the leader does not know: it never touches an existing replica (a
   * newer generation here is DER_STALE, an older one DER_EXIST), and the empty replica is only a
   * member once the leader commits the add. `fenceTerm` is ignored.
   */
  startJoining: defineOperation('rsvc.start.joining', m.StartReq, m.StartRep),
  /**
   * From a group's leader to one rank, after a committed `rsvc.replicas.remove`: destroy the
   * removed replica. Not fenced by the creator's term (a different authority): `fenceTerm` carries
   * the removing leader's raft term OF THE GROUP and `gen` the exact generation removed, so the
   * rank destroys that replica only, and refuses (DER_STALE) another generation or a term older
   * than its replica's own. Reuses `StopReq` (`destroy` must be true) until the proto grows a
   * message of its own.
   */
  stopRemoved: defineOperation('rsvc.stop.removed', m.StopReq, m.StopRep),
  /** To the leader: add replicas on these ranks (each created empty, then joined). */
  replicasAdd: defineOperation('rsvc.replicas.add', m.ReplicasReq, m.ReplicasRep),
  /** To the leader: remove the replicas on these ranks (never the leader itself). */
  replicasRemove: defineOperation('rsvc.replicas.remove', m.ReplicasReq, m.ReplicasRep),
  /** To the leader: the voters. */
  replicasList: defineOperation('rsvc.replicas.list', m.ReplicasListReq, m.ReplicasRep),
  attrSet: defineOperation('rsvc.attr.set', m.AttrSetReq, m.AttrSetRep),
  attrGet: defineOperation('rsvc.attr.get', m.AttrGetReq, m.AttrGetRep),
  attrList: defineOperation('rsvc.attr.list', m.AttrListReq, m.AttrListRep),
  attrDelete: defineOperation('rsvc.attr.delete', m.AttrDeleteReq, m.AttrDeleteRep),
} as const;
