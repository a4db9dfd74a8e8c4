// The control server's wire contract (apps/server, DAOS daos_server), shared by the server and
// `dmg storage`: requests on daos.<system>.server.<host>.req.
import { daos } from '@daos-nats/proto';
import { defineOperation } from './operation.js';

const e = daos.engine.v1;

export const serverOps = {
  /** Superblocks and engine states of one host. */
  storageScan: defineOperation('server.storage_scan', e.StorageScanReq, e.StorageScanRep),
  /** Format the host's engines (once; a formatted engine is left alone) and start them. */
  storageFormat: defineOperation('server.storage_format', e.StorageFormatReq, e.StorageFormatRep),
  /** The MS's pool create job: create a pool's targets on this host's engines (internal, service roles). */
  poolCreate: defineOperation('server.pool_create', e.ServerPoolReq, e.ServerPoolRep),
  /** The MS's pool destroy job: destroy a pool's targets on this host's engines (internal, service roles). */
  poolDestroy: defineOperation('server.pool_destroy', e.ServerPoolReq, e.ServerPoolRep),
  /** dmg pool query: the space of a pool's targets on this host's engines. */
  poolQuery: defineOperation('server.pool_query', e.ServerPoolQueryReq, e.ServerPoolQueryRep),
} as const;
