// Who may call each operation (the operation half of the authorization matrix; the subject half
// is authorization-matrix.ts). Enforced by `operationAuthorizer` on every request a service
// receives when the system runs with credentials (always under `npm start`).
import { ROLES, type Role } from './roles.js';

/**
 * `user`: any valid signed credential (the identity then goes through the pool/container ACLs);
 * `admin`: the admin role, or a service acting on the system's behalf (the MS creating a pool's
 * replicas, a pool leader excluding a dead rank); `service`: service roles only (internal).
 */
export type OperationAccess = 'user' | 'admin' | 'service';

const USER = [
  'mgmt.system.query', 'mgmt.leader-query', 'mgmt.pool.find', 'mgmt.pool.list', 'mgmt.replicas',
  'pool.connect', 'pool.disconnect', 'pool.query', 'pool.hint', 'pool.acl.get', 'pool.prop.get',
  'rsvc.replicas.list', 'rsvc.attr.get', 'rsvc.attr.list', 'rsvc.attr.set', 'rsvc.attr.delete',
  'cont.create', 'cont.destroy', 'cont.open', 'cont.close', 'cont.query', 'cont.list',
  'cont.acl.get', 'cont.acl.update', 'cont.acl.overwrite', 'cont.acl.delete', 'cont.set-owner',
  'cont.attr.get', 'cont.attr.list', 'cont.attr.set', 'cont.attr.delete', 'cont.prop.get', 'cont.prop.set',
  'cont.snap.create', 'cont.snap.destroy', 'cont.snap.list', 'cont.oid.alloc',
  'kv.get', 'kv.put', 'kv.delete',
  'obj.update', 'obj.fetch', 'obj.punch', 'obj.list', 'obj.query',
  'lock.session.open', 'lock.session.renew', 'lock.session.close', 'lock.acquire', 'lock.release', 'lock.status',
] as const;

const ADMIN = [
  'mgmt.pool.create', 'mgmt.pool.destroy',
  'mgmt.system.stop', 'mgmt.system.start', 'mgmt.system.exclude', 'mgmt.system.clear-exclude', 'mgmt.system.remove',
  'pool.exclude', 'pool.drain', 'pool.reintegrate', 'pool.extend', 'pool.evict',
  'pool.acl.update', 'pool.acl.overwrite', 'pool.acl.delete', 'pool.prop.set',
  'rsvc.replicas.add', 'rsvc.replicas.remove',
  'server.storage_scan', 'server.storage_format', 'server.pool_query',
] as const;

const SERVICE = [
  'mgmt.join', 'mgmt.heartbeat', 'mgmt.sweep', 'mgmt.pool.update-replicas', 'mgmt.pool.step', 'mgmt.system.apply', 'mgmt.groups.report',
  'rsvc.start', 'rsvc.start.joining', 'rsvc.stop', 'rsvc.stop.removed',
  'pool.svc-ranks.set', 'pool.verify-handle', 'pool.handles.list', 'pool.rebuild.state', 'pool.rebuild.complete', 'pool.evict.step',
  'cont.handle.verify', 'cont.props.read', 'cont.oid.reserve',
  'member.ping', 'member.stop', 'member.start',
  'server.pool_create', 'server.pool_destroy',
] as const;

/** Every operation's access; an operation missing here is `service` (deny by default). */
export const OPERATION_ACCESS: ReadonlyMap<string, OperationAccess> = new Map<string, OperationAccess>([
  ...USER.map((o) => [o, 'user'] as const),
  ...ADMIN.map((o) => [o, 'admin'] as const),
  ...SERVICE.map((o) => [o, 'service'] as const),
]);

export function operationAccess(operation: string): OperationAccess {
  return OPERATION_ACCESS.get(operation) ?? 'service';
}

/** Whether `role` may call an operation of `access`. */
export function roleMay(role: Role, access: OperationAccess): boolean {
  const kind = ROLES[role].kind;
  if (access === 'user') return true;
  if (access === 'admin') return kind === 'admin' || kind === 'service';
  return kind === 'service';
}
