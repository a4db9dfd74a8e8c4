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
