import { allow } from './ace.js';
import { Acl } from './acl.js';
import { PERM, PERM_CONT_ALL } from './permissions.js';

/** A new pool's ACL when none is given: owner and owner group read and write (`A::OWNER@:rw`, `A:G:GROUP@:rw`). */
export function defaultPoolAcl(): Acl {
  const rw = PERM.READ | PERM.WRITE;
  return Acl.of([allow({ kind: 'owner' }, rw), allow({ kind: 'owner-group' }, rw)]);
}

/**
 * A new container's ACL: the owner has full control (`A::OWNER@:rwdtTaAo`); the owner group reads,
 * writes and handles properties but not the ACL or ownership (`A:G:GROUP@:rwtT`).
 */
export function defaultContainerAcl(): Acl {
  const group = PERM.READ | PERM.WRITE | PERM.GET_PROP | PERM.SET_PROP;
  return Acl.of([allow({ kind: 'owner' }, PERM_CONT_ALL), allow({ kind: 'owner-group' }, group)]);
}
