import { InvalidError } from '@daos-nats/base';

/** Longest container label (DAOS_PROP_LABEL_MAX_LEN). */
export const LABEL_CHARS_MAX = 127;
/** DAOS's placeholder for "no label": refused as a real label. */
export const DEFAULT_LABEL = 'container_label_not_set';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(s: string): boolean {
  return UUID_RE.test(s);
}

/** DAOS `daos_label_is_valid`: 1..127 of [A-Za-z0-9_.:-], not a uuid, not the placeholder. */
export function labelProblem(label: string): string | undefined {
  if (label.length === 0 || label.length > LABEL_CHARS_MAX) return `must be 1..${LABEL_CHARS_MAX} characters, got ${label.length}`;
  if (!/^[A-Za-z0-9_.:-]+$/.test(label)) return 'may use only letters, digits and _ . : -';
  if (isUuid(label)) return 'must not be a uuid';
  if (label === DEFAULT_LABEL) return `${DEFAULT_LABEL} is reserved`;
  return undefined;
}

export function checkLabel(label: string): string {
  const p = labelProblem(label);
  if (p !== undefined) throw new InvalidError(`container label ${JSON.stringify(label)} ${p}`);
  return label;
}

/**
 * One of a container's plain properties (the ones kept as text): its default, whether it may
 * change after creation, and how a value is checked and written in canonical form. label,
 * owner, group and acl are properties too, with their own rules (cont-record.ts).
 */
interface PropSpec {
  readonly dflt: string;
  readonly mutable: boolean;
  /** The canonical value, or throws DER_INVAL. */
  readonly parse: (v: string) => string;
}

function oneOf(...values: string[]): (v: string) => string {
  return (v) => {
    const low = v.toLowerCase();
    if (!values.includes(low)) throw new InvalidError(`must be one of ${values.join(', ')}`);
    return low;
  };
}

function int(min: number, max: number, extra?: (n: number) => string | undefined): (v: string) => string {
  return (v) => {
    const n = Number(v);
    if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < min || n > max) throw new InvalidError(`must be an integer in ${min}..${max}`);
    const p = extra?.(n);
    if (p !== undefined) throw new InvalidError(p);
    return String(n);
  };
}

const powerOfTwo = (n: number): string | undefined => ((n & (n - 1)) === 0 ? undefined : 'must be a power of two');

/** Plain properties by their `daos container get-prop` names. Hardware-bound ones are recorded, not enforced. */
export const PLAIN_PROPS: Readonly<Record<string, PropSpec>> = {
  layout_type: { dflt: 'unknown', mutable: false, parse: oneOf('unknown', 'posix', 'hdf5', 'python', 'spark', 'database', 'root', 'seismic', 'meteo') },
  layout_version: { dflt: '1', mutable: false, parse: int(0, 0xffff) },
  cksum: { dflt: 'off', mutable: false, parse: oneOf('off', 'adler32', 'crc16', 'crc32', 'crc64', 'sha1', 'sha256', 'sha512') },
  cksum_size: { dflt: '32768', mutable: false, parse: int(1024, 1 << 30, powerOfTwo) },
  srv_cksum: { dflt: 'off', mutable: false, parse: oneOf('on', 'off') },
  dedup: { dflt: 'off', mutable: false, parse: oneOf('off', 'memcmp', 'hash') },
  dedup_threshold: { dflt: '4096', mutable: false, parse: int(4096, 1 << 30) },
  rd_fac: { dflt: '0', mutable: false, parse: int(0, 4) },
  rd_lvl: { dflt: 'node', mutable: false, parse: oneOf('rank', 'node') },
  max_snapshot: { dflt: '0', mutable: true, parse: int(0, 0xffff_ffff) },
  compression: { dflt: 'off', mutable: false, parse: oneOf('off', 'lz4', 'deflate', 'deflate1', 'deflate2', 'deflate3', 'deflate4') },
  encryption: { dflt: 'off', mutable: false, parse: oneOf('off', 'aes-xts128', 'aes-xts256', 'aes-cbc128', 'aes-cbc192', 'aes-cbc256', 'aes-gcm128', 'aes-gcm256') },
  ec_cell_sz: { dflt: '65536', mutable: false, parse: int(1024, 1 << 30, powerOfTwo) },
  ec_pda: { dflt: '1', mutable: false, parse: int(0, 0xffff_ffff) },
  rp_pda: { dflt: '4294967295', mutable: false, parse: int(0, 0xffff_ffff) },
  status: { dflt: 'healthy', mutable: true, parse: oneOf('healthy') },
};

/** Properties with their own storage and rules (read through the record, set by their own paths). */
export const SPECIAL_PROPS = ['label', 'owner', 'group', 'acl'] as const;
/** Read-only properties computed from state. */
export const DERIVED_PROPS = ['alloc_oid', 'nsnapshots'] as const;

export const ALL_PROP_NAMES: readonly string[] = [...SPECIAL_PROPS, ...Object.keys(PLAIN_PROPS), ...DERIVED_PROPS];

export function isKnownProp(name: string): boolean {
  return ALL_PROP_NAMES.includes(name);
}

/** The canonical value of a plain property, or DER_INVAL naming it. */
export function parsePlainProp(name: string, value: string): string {
  const spec = PLAIN_PROPS[name];
  if (spec === undefined) throw new InvalidError(`unknown container property ${JSON.stringify(name)}`);
  try {
    return spec.parse(value);
  } catch (e) {
    throw new InvalidError(`container property ${name}=${JSON.stringify(value)}: ${(e as Error).message}`, { cause: e });
  }
}

/** Every plain property at its default, overridden by `given` (create time: everything may be set). */
export function initialPlainProps(given: Readonly<Record<string, string>>): Record<string, string> {
  const props: Record<string, string> = {};
  for (const [name, spec] of Object.entries(PLAIN_PROPS)) props[name] = spec.dflt;
  for (const [name, value] of Object.entries(given)) props[name] = parsePlainProp(name, value);
  return props;
}

/** Check a later change of a plain property: known, mutable, valid. */
export function changedPlainProp(name: string, value: string): string {
  const spec = PLAIN_PROPS[name];
  if (spec === undefined) throw new InvalidError(`unknown container property ${JSON.stringify(name)}`);
  if (!spec.mutable) throw new InvalidError(`container property ${name} is fixed at creation`);
  return parsePlainProp(name, value);
}
