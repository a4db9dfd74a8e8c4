// The principal a request names (DAOS: the identity a pool connect or a container operation acts
// as). A user may name only the identity its signed credential carries: this is what stops
// "naming the owner in pool.connect gives an owner handle".
import { daos } from '@daos-nats/proto';

export interface NamedPrincipal {
  readonly user: string;
  readonly group: string;
  readonly groups: readonly string[];
}

type Wire = { user?: string | null; group?: string | null; groups?: string[] | null } | null | undefined;

/** Every container operation whose request starts with `ContTarget target = 1` (cont.proto). */
const CONT_TARGET_OPS = new Set([
  'cont.destroy', 'cont.open', 'cont.close', 'cont.query', 'cont.prop.get', 'cont.prop.set',
  'cont.acl.get', 'cont.acl.overwrite', 'cont.acl.update', 'cont.acl.delete', 'cont.set-owner',
  'cont.attr.set', 'cont.attr.get', 'cont.attr.list', 'cont.attr.delete',
  'cont.snap.create', 'cont.snap.list', 'cont.snap.destroy', 'cont.oid.alloc',
]);

function wire(p: Wire): NamedPrincipal | undefined {
  if (!p?.user) return undefined;
  return { user: p.user, group: p.group ?? '', groups: [...(p.groups ?? [])] };
}

/**
 * The principal `body` of `operation` names, undefined if it names none. Throws what the decoder
 * throws on a body that does not decode (the service answers DER_PROTO for it anyway).
 */
export function requestPrincipal(operation: string, body: Uint8Array): NamedPrincipal | undefined {
  if (operation === 'pool.connect') return wire(daos.pool.v1.ConnectReq.decode(body).principal);
  if (operation === 'cont.create') return wire(daos.cont.v1.CreateReq.decode(body).principal);
  if (operation === 'cont.list') return wire(daos.cont.v1.ListReq.decode(body).principal);
  // Field 1 is the same ContTarget in all of them: any one of the types decodes it.
  if (CONT_TARGET_OPS.has(operation)) return wire(daos.cont.v1.QueryReq.decode(body).target?.principal);
  return undefined;
}
