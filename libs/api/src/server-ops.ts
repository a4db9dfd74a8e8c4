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
} as const;
