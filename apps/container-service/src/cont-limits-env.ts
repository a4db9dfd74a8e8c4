import { envVar, type EnvValues } from '@daos-nats/service-kit';
import { defaultContLimits, type ContLimits } from './cont-limits.js';

/** The container service's named limits as environment variables (--help lists them). */
export const contLimitsEnv = {
  CONTAINERS_PER_POOL_MAX: envVar.integer('most containers per pool (a create beyond: DER_NOSPACE)', 'containers', defaultContLimits.containersPerPoolMax),
  CONT_HANDLES_MAX: envVar.integer('most open handles per container (an open beyond: DER_NOSPACE)', 'handles', defaultContLimits.contHandlesMax),
  ATTRS_PER_OBJECT_MAX: envVar.integer('most user attributes per container', 'attributes', defaultContLimits.attrsPerObjectMax),
  ATTR_BYTES_PER_OBJECT_MAX: envVar.integer('most bytes of attribute names and values per container', 'bytes', defaultContLimits.attrBytesPerObjectMax),
} as const;

export function contLimitsFromEnv(env: EnvValues<typeof contLimitsEnv>): ContLimits {
  return {
    containersPerPoolMax: env.CONTAINERS_PER_POOL_MAX,
    contHandlesMax: env.CONT_HANDLES_MAX,
    attrsPerObjectMax: env.ATTRS_PER_OBJECT_MAX,
    attrBytesPerObjectMax: env.ATTR_BYTES_PER_OBJECT_MAX,
  };
}
