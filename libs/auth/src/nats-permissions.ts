// NATS subject permissions per role, over the hierarchy of libs/bus/src/subjects.ts (the single
// place subjects are built; the matrix test checks these patterns against subjects built there):
//
//   daos.<system>.<service>.<group>.<rank>.req|raft    replicas of a replicated service
//   daos.<system>.<service>.<group>.<rank>.internal     service-to-service operations (servers only)
//   daos.<system>.control.member.<rank>.req            a member agent's control responder
//   daos.<system>.mgmt.req                             the MS locator
//   daos.<system>.iv.>, daos.<system>.engine.>         owned by their roles
//   daos.<system>.engine.<rank>.<target>.io            object I/O: clients publish, engines serve
//   daos.<system>.server.<host>.req                    a control server (owned by `server`; the admin sends)
//   daos.<system>.lock.client.<notifyToken>            lock-service notices to one client session
//   _INBOX.<user>.<unique>.>                           replies to one connection of a NATS user: the
//                                                      role's name, or `client-<name>` for a client
import { InvalidError } from '@daos-nats/base';
import { ROLES, type Role } from './roles.js';

export interface NatsPermissions {
  readonly publish: { readonly allow: readonly string[]; readonly deny: readonly string[] };
  readonly subscribe: { readonly allow: readonly string[]; readonly deny: readonly string[] };
  /** May publish to the reply subject of a request it received (responders). */
  readonly allowResponses: boolean;
}

/** Service tokens that are client operation subjects: clients talk to these replicas, nothing else. */
export const CLIENT_SERVICES: readonly string[] = ['ms', 'pool', 'cont', 'lock'];

function systemToken(system: string): string {
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(system)) throw new InvalidError(`system name ${JSON.stringify(system)} must be 1-128 letters, digits, _ or -`);
  return system;
}

/**
 * The permissions of NATS user `user` of `role` in `system` (`user` is the role's name, or
 * `client-<name>` for the one user of each client: its inbox prefix is its own).
 */
export function rolePermissions(system: string, role: Role, user: string = role): NatsPermissions {
  const d = `daos.${systemToken(system)}`;
  const spec = ROLES[role];
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(user)) throw new InvalidError(`NATS user ${JSON.stringify(user)} must be one subject token`);
  const inbox = `_INBOX.${user}.>`;
  if (spec.kind === 'client' || spec.kind === 'admin') {
    // Requests to the client-facing replicas and the locator; replies only on its own inboxes.
    // Raft, member control, IV and engine-internal subjects are not theirs to publish to (object
    // I/O on an engine target's `.io` subject is). Besides replies,
    // they receive the lock service's notices (libs/lock-client; a session's token is random).
    // The admin also drives the control servers (dmg storage scan/format: daos.<system>.server.<host>.req).
    const admin = spec.kind === 'admin' ? [`${d}.server.*.req`] : [];
    return {
      publish: { allow: [...CLIENT_SERVICES.map((s) => `${d}.${s}.*.*.req`), `${d}.mgmt.req`, `${d}.engine.*.*.io`, ...admin], deny: [] },
      subscribe: { allow: [inbox, `${d}.lock.client.*`], deny: [] },
      allowResponses: false,
    };
  }
  // Servers call client operations and internal ones (dist start/stop, join, handle checks) of any
  // service, and the IV cache of their rank (`daos.<system>.iv.<pool>.<rank>`, IvClient).
  const publish = [`${d}.*.*.*.req`, `${d}.*.*.*.internal`, `${d}.mgmt.req`, `${d}.iv.*.*`];
  // The MS's pool jobs create and destroy a pool's targets through each host's control server.
  if (role === 'mgmt') publish.push(`${d}.server.*.req`);
  // The pool service leader drives rebuild on the engine targets (obj.rebuild_start/query/reclaim
  // on their internal subjects), as DAOS's pool service schedules it.
  if (role === 'pool') publish.push(`${d}.engine.*.*`);
  const subscribe = [inbox];
  if ('service' in spec) {
    publish.push(`${d}.${spec.service}.*.*.raft`);
    subscribe.push(`${d}.${spec.service}.*.*.req`, `${d}.${spec.service}.*.*.internal`, `${d}.${spec.service}.*.*.raft`);
  }
  if (spec.member) subscribe.push(`${d}.control.member.*.req`);
  if (spec.locator) subscribe.push(`${d}.mgmt.req`);
  for (const o of 'owns' in spec ? spec.owns : []) {
    publish.push(`${d}.${o}`);
    subscribe.push(`${d}.${o}`);
  }
  return { publish: { allow: publish, deny: [] }, subscribe: { allow: subscribe, deny: [] }, allowResponses: true };
}
