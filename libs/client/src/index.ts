export { DaosClient, connectSystem, daosClientDefaults, type DaosSession, type DaosClientOptions } from './connect.js';
export { ServiceCaller, type ServiceCallerOptions, type CallOptions, type RankCallOptions } from './service-caller.js';
export { distStart, distStop, type DistStartOptions, type DistStopOptions, type StartedReplica } from './dist-replicas.js';
export { callerCredential, principalName, CREDENTIAL_ENV, type Credential } from './system-credential.js';
export { discoverSystem, resolveDataDir, type DiscoveryOptions, type SystemAddress } from './system-discovery.js';
export {
  SYSTEM_FILE_NAME,
  DEFAULT_DATA_DIR,
  DEFAULT_SYSTEM,
  systemFilePath,
  readSystemFile,
  parseSystemFile,
  writeSystemFile,
  type SystemFile,
  type SystemProcess,
} from './system-file.js';
// The typed clients, each owned by its service's engineer, all built on a DaosSession.
export * from './mgmt-client.js';
export * from './mgmt-info.js';
export * from './mgmt-member-state.js';
export * from './pool-client.js';
export * from './container-client.js';
export { systemAuth, type ClientRole } from './system-auth.js';
export { ObjectClient, objectClientDefaults, type ObjectClientOptions, type ObjectHandles, type ListPage } from './object-client.js';
export { openObjects } from './object-session.js';
export { startRebuild, queryRebuild, reclaimRebuild, summarize, toPlaceMap, placementMapOf, REBUILD_CALL_TIMEOUT_MS, REBUILD_RECLAIM_TIMEOUT_MS, type RebuildSummary, type RebuildTargetStatus, type RebuildState, type RebuildCallOptions } from './rebuild-client.js';
