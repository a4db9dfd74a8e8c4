// The roles of a daos-nats system: who may connect to NATS, and as what. A role is one NATS user;
// every process of a role shares its password. The next service only adds a line here (and its
// permissions follow from `kind` and `service`). The `client` role is the exception: one NATS
// user per client name (OS user), each confined to its own inbox prefix.
import { createHash } from 'node:crypto';
import { InvalidError } from '@daos-nats/base';

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
  iv: { kind: 'service', member: false, locator: false, owns: ['iv.>'], what: 'incast variable caches (apps/iv-cache, one per rank)' },
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

/** The NATS inbox prefix of one connection of NATS user `user`: its replies come to `<prefix>.<id>`. */
export function inboxPrefix(user: string, unique: string): string {
  return `_INBOX.${user}.${unique}`;
}

/** A client name: one subject token (letters, digits, `_`, `-`), so it cannot widen a permission. */
const CLIENT_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The NATS user of client `name` (the `client` role has one NATS user per name, i.e. per OS user,
 * so no client can subscribe to another's inbox `_INBOX.client-<name>.>`). Throws on a name that
 * is not one token.
 */
export function clientNatsUser(name: string): string {
  if (!CLIENT_NAME.test(name)) throw new InvalidError(`client name ${JSON.stringify(name)} must be 1-64 letters, digits, _ or -`);
  return `client-${name}`;
}

/**
 * The client name of an OS user: the user name when it is one token, else `u` and 16 hex digits
 * of its SHA-256 (a name with dots or spaces still gets its own NATS user).
 */
export function clientNameOf(osUser: string): string {
  return CLIENT_NAME.test(osUser) ? osUser : `u${createHash('sha256').update(osUser).digest('hex').slice(0, 16)}`;
}
