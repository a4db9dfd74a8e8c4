export { DaosClient, connectSystem, daosClientDefaults, type DaosSession, type DaosClientOptions } from './connect.js';
export { ServiceCaller, type ServiceCallerOptions, type CallOptions } from './connect-service.js';
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
export * from './mgmt-ops.js';
export * from './mgmt-member-state.js';
export * from './pool-client.js';
export * from './pool-ops.js';
export * from './container-client.js';
export * from './container-ops.js';
export { systemAuth, type ClientRole } from './system-auth.js';
