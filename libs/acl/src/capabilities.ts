import { InvalidError } from '@daos-nats/base';
import type { Acl } from './acl.js';
import { evaluate, type Ownership, type Requestor } from './evaluate.js';
import { PERM } from './permissions.js';

/** Pool handle capabilities (DAOS `POOL_CAPA_*`, `src/security/srv_internal.h`). */
export const POOL_CAPA = { READ: 1 << 0, CREATE_CONT: 1 << 1, DEL_CONT: 1 << 2 } as const;
export const POOL_CAPAS_RO_MASK = POOL_CAPA.READ;
export const POOL_CAPAS_ALL = POOL_CAPA.READ | POOL_CAPA.CREATE_CONT | POOL_CAPA.DEL_CONT;

/** Container handle capabilities (DAOS `CONT_CAPA_*`). */
export const CONT_CAPA = {
  READ_DATA: 1 << 0,
  WRITE_DATA: 1 << 1,
  GET_PROP: 1 << 2,
  SET_PROP: 1 << 3,
  GET_ACL: 1 << 4,
  SET_ACL: 1 << 5,
  SET_OWNER: 1 << 6,
  DELETE: 1 << 7,
  OPEN_EX: 1 << 8,
  EVICT_ALL: 1 << 9,
} as const;
export const CONT_CAPAS_RO_MASK = CONT_CAPA.READ_DATA | CONT_CAPA.GET_PROP | CONT_CAPA.GET_ACL;
/** The capabilities that change something: an RW open needs one of them. */
export const CONT_CAPAS_W_MASK = CONT_CAPA.WRITE_DATA | CONT_CAPA.SET_PROP | CONT_CAPA.SET_ACL | CONT_CAPA.SET_OWNER | CONT_CAPA.DELETE;
export const CONT_CAPAS_ALL = Object.values(CONT_CAPA).reduce((a, b) => a | b, 0);

/** What a container owner always has, whatever the ACL says (DAOS `CONT_OWNER_MIN_PERMS`). */
export const CONT_OWNER_MIN_PERMS = PERM.GET_ACL | PERM.SET_ACL;

/** How a handle is opened: read-only, read-write, or exclusive (DAOS `DAOS_PC_*`, `DAOS_COO_*`). */
export type OpenMode = 'ro' | 'rw' | 'ex';

/** Pool permissions → capabilities: `r|t` read (connect, query), `w|c` create and `w|d` delete containers. */
export function poolCapasFromPerms(perms: number): number {
  let capas = 0;
  if (perms & (PERM.READ | PERM.GET_PROP)) capas |= POOL_CAPA.READ;
  if (perms & (PERM.WRITE | PERM.CREATE_CONT)) capas |= POOL_CAPA.CREATE_CONT;
  if (perms & (PERM.WRITE | PERM.DEL_CONT)) capas |= POOL_CAPA.DEL_CONT;
  return capas;
}

/**
 * Keep what the open mode allows (DAOS `filter_pool_capas_based_on_flags`): read-only keeps the
 * read capability; read-write or exclusive grants nothing unless the user can both read and write.
 */
export function filterPoolCapas(capas: number, mode: OpenMode): number {
  if (mode === 'ro') return capas & POOL_CAPAS_RO_MASK;
  return (capas & POOL_CAPAS_RO_MASK) === 0 || (capas & ~POOL_CAPAS_RO_MASK) === 0 ? 0 : capas;
}

/** Container permissions → capabilities; the owner may also open exclusively and evict all handles. */
export function contCapasFromPerms(perms: number, isOwner: boolean): number {
  const pairs: [number, number][] = [
    [PERM.READ, CONT_CAPA.READ_DATA],
    [PERM.WRITE, CONT_CAPA.WRITE_DATA],
    [PERM.GET_PROP, CONT_CAPA.GET_PROP],
    [PERM.SET_PROP, CONT_CAPA.SET_PROP],
    [PERM.GET_ACL, CONT_CAPA.GET_ACL],
    [PERM.SET_ACL, CONT_CAPA.SET_ACL],
    [PERM.SET_OWNER, CONT_CAPA.SET_OWNER],
    [PERM.DEL_CONT, CONT_CAPA.DELETE],
  ];
  let capas = pairs.reduce((c, [perm, capa]) => (perms & perm ? c | capa : c), 0);
  if (isOwner) capas |= CONT_CAPA.OPEN_EX | CONT_CAPA.EVICT_ALL;
  return capas;
}

export interface ContOpen {
  readonly mode: OpenMode;
  /** Ask to evict every other handle (DAOS `DAOS_COO_EVICT_ALL`). */
  readonly evictAll?: boolean;
}

/** DAOS `filter_cont_capas_based_on_flags`. */
export function filterContCapas(capas: number, open: ContOpen): number {
  let c = capas;
  if (open.mode === 'ro') c &= CONT_CAPAS_RO_MASK;
  else if ((c & CONT_CAPAS_RO_MASK) === 0 || (c & CONT_CAPAS_W_MASK) === 0) c = 0;
  if (open.mode !== 'ex') c &= ~CONT_CAPA.OPEN_EX;
  if (open.evictAll !== true) c &= ~CONT_CAPA.EVICT_ALL;
  return c;
}

/** The capabilities of a pool handle opened by `who` in `mode` (DAOS `ds_sec_pool_get_capabilities`). */
export function poolCapabilities(acl: Acl, ownership: Ownership, who: Requestor, mode: OpenMode): number {
  checkMode(mode);
  return filterPoolCapas(poolCapasFromPerms(evaluate(acl, ownership, who).perms), mode);
}

/** The capabilities of a container handle (DAOS `ds_sec_cont_get_capabilities`). */
export function contCapabilities(acl: Acl, ownership: Ownership, who: Requestor, open: ContOpen): number {
  checkMode(open.mode);
  const e = evaluate(acl, ownership, who, CONT_OWNER_MIN_PERMS);
  return filterContCapas(contCapasFromPerms(e.perms, e.isOwner), open);
}

/** May `who` delete the container, with a pool handle opened in `poolMode`? (DAOS `ds_sec_cont_can_delete`). */
export function canDeleteContainer(acl: Acl, ownership: Ownership, who: Requestor, poolMode: OpenMode): boolean {
  return (contCapabilities(acl, ownership, who, { mode: poolMode === 'ro' ? 'ro' : 'rw' }) & CONT_CAPA.DELETE) !== 0;
}

function checkMode(mode: string): void {
  if (mode !== 'ro' && mode !== 'rw' && mode !== 'ex') throw new InvalidError(`open mode must be ro, rw or ex, got ${JSON.stringify(mode)}`);
}

const has = (capas: number, bit: number): boolean => (capas & bit) !== 0;
export const canConnectPool = (capas: number): boolean => has(capas, POOL_CAPA.READ);
export const canCreateContainer = (capas: number): boolean => has(capas, POOL_CAPA.CREATE_CONT);
export const canDeleteContainerWithPool = (capas: number): boolean => has(capas, POOL_CAPA.DEL_CONT);
/** A container opens with some read access at least. */
export const canOpenContainer = (capas: number): boolean => has(capas, CONT_CAPAS_RO_MASK);
export const canReadData = (capas: number): boolean => has(capas, CONT_CAPA.READ_DATA);
export const canWriteData = (capas: number): boolean => has(capas, CONT_CAPA.WRITE_DATA);
export const canGetProps = (capas: number): boolean => has(capas, CONT_CAPA.GET_PROP);
export const canSetProps = (capas: number): boolean => has(capas, CONT_CAPA.SET_PROP);
export const canGetAcl = (capas: number): boolean => has(capas, CONT_CAPA.GET_ACL);
export const canSetAcl = (capas: number): boolean => has(capas, CONT_CAPA.SET_ACL);
export const canSetOwner = (capas: number): boolean => has(capas, CONT_CAPA.SET_OWNER);
export const canOpenExclusive = (capas: number): boolean => has(capas, CONT_CAPA.OPEN_EX);
export const canEvictAll = (capas: number): boolean => has(capas, CONT_CAPA.EVICT_ALL);
