// The nats-server configuration of a system with authentication: one user per role with that
// role's permissions (nats-permissions.ts), no anonymous access. nats-server reads JSON as its
// configuration syntax is a superset of it.
import { rolePermissions } from './nats-permissions.js';
import type { RoleSecret } from './system-secrets.js';

/** The `authorization` block: every role's user and every client's; a connection without a valid user is refused. */
export function natsAuthorization(system: string, secrets: ReadonlyMap<string, RoleSecret>): object {
  return {
    users: [...secrets.values()].map((s) => {
      const p = rolePermissions(system, s.role, s.user);
      return {
        user: s.user,
        password: s.password,
        permissions: {
          publish: { allow: p.publish.allow, ...(p.publish.deny.length ? { deny: p.publish.deny } : {}) },
          subscribe: { allow: p.subscribe.allow, ...(p.subscribe.deny.length ? { deny: p.subscribe.deny } : {}) },
          ...(p.allowResponses ? { allow_responses: true } : {}),
        },
      };
    }),
  };
}

/** A whole configuration file's text (0600: it holds every role's password). */
export function natsServerConfig(system: string, secrets: ReadonlyMap<string, RoleSecret>, extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ ...extra, authorization: natsAuthorization(system, secrets) }, null, 2)}\n`;
}
