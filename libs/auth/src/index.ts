export { ROLES, ROLE_NAMES, SERVICE_ROLES, isRole, inboxPrefix, clientNatsUser, clientNameOf, type Role, type RoleKind, type RoleSpec } from './roles.js';
export { rolePermissions, CLIENT_SERVICES, type NatsPermissions } from './nats-permissions.js';
export { natsAuthorization, natsServerConfig } from './nats-server-config.js';
export {
  AUTH_DIR_NAME,
  SIGNING_KEY_FILE,
  VERIFY_KEY_FILE,
  authDir,
  roleSecretPath,
  clientSecretPath,
  defaultClientName,
  ensureSystemSecrets,
  readRoleSecret,
  readKeyPem,
  type RoleSecret,
} from './system-secrets.js';
export {
  signCredential,
  verifyCredential,
  privateKeyFromPem,
  publicKeyFromPem,
  CREDENTIAL_TOKEN_BYTES_MAX,
  CREDENTIAL_LIFETIME_MS_DEFAULT,
  CREDENTIAL_CLOCK_SKEW_MS_MAX,
  type SignedCredentialBody,
} from './signed-credential.js';
export { AUTHORIZATION_MATRIX, MATRIX_ACTORS, type Actor, type MatrixRow } from './authorization-matrix.js';
export { OPERATION_ACCESS, operationAccess, roleMay, type OperationAccess } from './operation-access.js';
export { operationAuthorizer, type AuthorizedRequest } from './operation-authorizer.js';
export { credentialSigner, type SignerIdentity } from './credential-signer.js';
export { loadRoleAuth, serviceIdentity, type RoleAuth } from './role-auth.js';
