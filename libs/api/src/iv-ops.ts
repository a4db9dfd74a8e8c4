import { daos } from '@daos-nats/proto';
import { defineOperation } from './operation.js';

const m = daos.iv.v1;

/** Operation name of cache-to-cache requests (proto/daos/iv/v1 PeerReq/PeerRep, a oneof of IV messages). */
export const IV_PEER_OPERATION = 'iv.peer';

/**
 * The operations a local user (engine, service) calls on its rank's IV cache
 * (`daos.<system>.iv.<pool>.<rank>`); served by libs/iv-nats, called by its IvClient.
 */
export const ivOps = {
  fetch: defineOperation('iv.fetch', m.FetchReq, m.FetchRep),
  update: defineOperation('iv.update', m.UpdateReq, m.UpdateRep),
  alloc: defineOperation('iv.alloc', m.AllocReq, m.AllocRep),
  claimRoot: defineOperation('iv.claim-root', m.ClaimRootReq, m.UpdateRep),
  stopRoot: defineOperation('iv.stop-root', m.StopRootReq, m.StopRootRep),
} as const;
