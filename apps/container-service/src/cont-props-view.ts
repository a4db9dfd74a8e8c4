import { canGetAcl, canGetProps } from '@daos-nats/acl';
import { InvalidError, NoPermError } from '@daos-nats/base';
import type { ContRecord } from './cont-layout.js';
import { ALL_PROP_NAMES, isKnownProp } from './cont-props.js';

/** The "acl" property's text: one ACE per line. */
export function aclText(aces: readonly string[]): string {
  return aces.join('\n');
}

/**
 * A container's properties as `get-prop` shows them: `names` (all when empty) with their values,
 * from the record and the snapshot count. "acl" needs GET_ACL and every other one GET_PROP:
 * asked for by name, a missing capability is DER_NO_PERM; in "all", what may not be read is left out.
 */
export function propsView(rec: ContRecord, names: readonly string[], capas: number, nsnapshots: number): Record<string, string> {
  const all = names.length === 0;
  if (all && !canGetProps(capas) && !canGetAcl(capas)) throw new NoPermError('permission denied: may not read container properties');
  const wanted = all ? ALL_PROP_NAMES : names;
  const out: Record<string, string> = {};
  for (const name of wanted) {
    if (!isKnownProp(name)) throw new InvalidError(`unknown container property ${JSON.stringify(name)}`);
    const allowed = name === 'acl' ? canGetAcl(capas) : canGetProps(capas);
    if (!allowed) {
      if (all) continue;
      throw new NoPermError(`permission denied: may not read container property ${name}`);
    }
    out[name] = valueOf(rec, name, nsnapshots);
  }
  return out;
}

function valueOf(rec: ContRecord, name: string, nsnapshots: number): string {
  switch (name) {
    case 'label':
      return rec.label;
    case 'owner':
      return rec.owner;
    case 'group':
      return rec.group;
    case 'acl':
      return aclText(rec.acl);
    case 'alloc_oid':
      return String(rec.nextOid - 1);
    case 'nsnapshots':
      return String(nsnapshots);
    default:
      return rec.props[name] ?? '';
  }
}
