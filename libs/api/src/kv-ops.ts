import { daos } from '@daos-nats/proto';
import { defineOperation } from './operation.js';

const m = daos.kv.v1;

/** The kv service's operations (proto/daos/kv/v1), shared by apps/kv-example's servers and clients. */
export const kvOps = {
  put: defineOperation('kv.put', m.PutReq, m.PutRep),
  get: defineOperation('kv.get', m.GetReq, m.GetRep),
  delete: defineOperation('kv.delete', m.DeleteReq, m.DeleteRep),
} as const;
