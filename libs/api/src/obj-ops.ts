import { daos } from '@daos-nats/proto';
import { defineOperation } from './operation.js';

const m = daos.obj.v1;

/**
 * Object I/O on one engine target (proto/daos/obj/v1), served on
 * daos.<system>.engine.<rank>.<target>.io (libs/bus `engineIoSubject`); clients may call them
 * (libs/auth), the engine checks the handles each request carries.
 */
export const objOps = {
  update: defineOperation('obj.update', m.UpdateReq, m.UpdateRep),
  fetch: defineOperation('obj.fetch', m.FetchReq, m.FetchRep),
  punch: defineOperation('obj.punch', m.PunchReq, m.PunchRep),
  list: defineOperation('obj.list', m.ListReq, m.ListRep),
  query: defineOperation('obj.query', m.QueryReq, m.QueryRep),
} as const;

/**
 * Rebuild (issue 15), engine-internal: on `daos.<system>.engine.<rank>.<target>` (engineSubject),
 * which only engines serve and, under NATS auth, publish to.
 */
export const rebuildOps = {
  start: defineOperation('obj.rebuild_start', m.RebuildStartReq, m.RebuildStatus),
  query: defineOperation('obj.rebuild_query', m.RebuildQueryReq, m.RebuildStatus),
} as const;

/** After a rebuild is done everywhere: drop what the map no longer places on the target (engine-internal too). */
export const rebuildReclaimOp = defineOperation('obj.rebuild_reclaim', m.RebuildReclaimReq, m.RebuildReclaimRep);
