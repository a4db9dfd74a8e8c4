// The roles of a daos-nats system: who may connect to NATS, and as what. A role is one NATS user;
// every process of a role shares its password. The next service only adds a line here (and its
// permissions follow from `kind` and `service`).

/** What a role is for: a replicated service or server process, the admin CLI, or a user client. */
export type RoleKind = 'service' | 'admin' | 'client';

export interface RoleSpec {
  readonly kind: RoleKind;
  /**
   * The subject service token this role hosts (`daos.<system>.<service>.<group>.<rank>.req|raft`),
   * or undefined for a role that hosts no replicated service.
   */
  readonly service?: string;
  /** Whether its processes run a member agent (join, heartbeat, control on `daos.<system>.control.member.<rank>.req`). */
  readonly member: boolean;
  /** Whether it answers the MS locator (`daos.<system>.mgmt.req`). */
  readonly locator: boolean;
  /** Extra subject subtrees (relative to `daos.<system>.`) it owns, e.g. `engine.>`. */
  readonly owns?: readonly string[];
  readonly what: string;
}

export const ROLES = {
  mgmt: { kind: 'service', service: 'ms', member: false, locator: true, what: 'management service replicas' },
  pool: { kind: 'service', service: 'pool', member: true, locator: false, what: 'pool service processes' },
  container: { kind: 'service', service: 'cont', member: true, locator: false, what: 'container service processes' },
  // Role stubs for the services still to come: their processes get a user and permissions today.
  engine: { kind: 'service', member: false, locator: false, owns: ['engine.>'], what: 'engines (data plane)' },
  server: { kind: 'service', member: true, locator: false, owns: ['server.>'], what: 'control plane, one per host' },
  iv: { kind: 'service', member: false, locator: false, owns: ['iv.>'], what: 'incast variable caches' },
  // Static ranks (no member agent); it publishes REVOKE/RETRY notices to its clients' sessions.
  lock: { kind: 'service', service: 'lock', member: false, locator: false, owns: ['lock.client.*'], what: 'lock service replicas' },
  admin: { kind: 'admin', member: false, locator: false, what: 'dmg, the administrator CLI (and the launcher)' },
  client: { kind: 'client', member: false, locator: false, what: 'daos and the client library' },
} as const satisfies Record<string, RoleSpec>;

export type Role = keyof typeof ROLES;

export const ROLE_NAMES = Object.keys(ROLES) as Role[];

/** Roles whose processes are servers: only these may join the system or heartbeat. */
export const SERVICE_ROLES: readonly Role[] = ROLE_NAMES.filter((r) => ROLES[r].kind === 'service');

export function isRole(name: string): name is Role {
  return Object.hasOwn(ROLES, name);
}

/** The NATS inbox prefix of one connection of `role`: its replies come to `<prefix>.<id>`. */
export function inboxPrefix(role: Role, unique: string): string {
  return `_INBOX.${role}.${unique}`;
}
