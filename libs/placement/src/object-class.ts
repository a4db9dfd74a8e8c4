import { InvalidError } from '@daos-nats/base';

/**
 * An object class (DAOS `daos_oclass_id_t`, the subset built here): how many redundancy groups an
 * object has and how many replicas each group keeps. `groups: 'all'` (SX) stripes over every
 * target of the pool map.
 */
export interface ObjectClass {
  readonly id: number;
  readonly name: string;
  readonly groups: number | 'all';
  readonly replicas: number;
}

export const OBJECT_CLASSES: readonly ObjectClass[] = [
  { id: 1, name: 'S1', groups: 1, replicas: 1 },
  { id: 2, name: 'SX', groups: 'all', replicas: 1 },
  { id: 3, name: 'RP_2G1', groups: 1, replicas: 2 },
  { id: 4, name: 'RP_3G1', groups: 1, replicas: 3 },
];

/** Unknown class names and ids are DER_INVAL. */
export function objectClassByName(name: string): ObjectClass {
  const c = OBJECT_CLASSES.find((x) => x.name === name);
  if (!c) throw new InvalidError(`unknown object class ${JSON.stringify(name)} (known: ${OBJECT_CLASSES.map((x) => x.name).join(', ')})`);
  return c;
}

export function objectClassById(id: number): ObjectClass {
  const c = OBJECT_CLASSES.find((x) => x.id === id);
  if (!c) throw new InvalidError(`unknown object class id ${id}`);
  return c;
}
