import { InvalidError } from '@daos-nats/base';

/** One pool property: its default and what values it accepts (DAOS `daos_prop.h`, dmg pool set-prop). */
interface PropSpec {
  readonly default: string;
  /** Why `value` is refused, or undefined if it is fine. */
  readonly check: (value: string) => string | undefined;
  /** Set only at create: `set-prop` refuses it. */
  readonly createOnly?: boolean;
  readonly description: string;
}

function intIn(lo: number, hi: number): (v: string) => string | undefined {
  return (v) => (/^\d+$/.test(v) && Number(v) >= lo && Number(v) <= hi ? undefined : `must be an integer from ${lo} to ${hi}`);
}

function oneOf(...values: string[]): (v: string) => string | undefined {
  return (v) => (values.includes(v) ? undefined : `must be one of ${values.map((x) => JSON.stringify(x)).join(', ')}`);
}

function powerOfTwoIn(lo: number, hi: number): (v: string) => string | undefined {
  return (v) => {
    const n = Number(v);
    return /^\d+$/.test(v) && n >= lo && n <= hi && (n & (n - 1)) === 0 ? undefined : `must be a power of two from ${lo} to ${hi}`;
  };
}

/** The largest pool service redundancy factor (2*4+1 = 9 replicas, DAOS's maximum). */
export const SVC_RF_MAX = 4;
/** The largest pool redundancy factor (DAOS_PROP_PO_REDUN_FAC_MAX). */
export const RD_FAC_MAX = 4;

/**
 * The pool properties this service keeps, by DAOS name. "label" is the pool's label (the MS's
 * directory owns its uniqueness, so it is set at create only here). `rd_fac` defaults to 1 (one
 * failed fault domain tolerated), see the README.
 */
export const POOL_PROPS: ReadonlyMap<string, PropSpec> = new Map<string, PropSpec>([
  ['label', { default: '', check: () => undefined, createOnly: true, description: 'Pool label' }],
  ['rd_fac', { default: '1', check: intIn(0, RD_FAC_MAX), description: 'Pool redundancy factor: failed fault domains tolerated' }],
  ['svc_rf', { default: '2', check: intIn(0, SVC_RF_MAX), createOnly: true, description: 'Pool service redundancy factor' }],
  ['space_rb', { default: '0', check: intIn(0, 100), description: 'Rebuild space ratio (%)' }],
  ['self_heal', { default: 'exclude;rebuild', check: oneOf('exclude;rebuild', 'exclude', 'rebuild', 'none'), description: 'Self-healing policy' }],
  ['reclaim', { default: 'lazy', check: oneOf('disabled', 'lazy', 'time'), description: 'Space reclaim strategy' }],
  ['ec_cell_sz', { default: '65536', check: powerOfTwoIn(1024, 1 << 30), description: 'EC cell size (bytes)' }],
  ['ec_pda', { default: '1', check: intIn(1, 1 << 20), description: 'EC performance domain affinity level' }],
  ['rp_pda', { default: '3', check: intIn(1, 1 << 20), description: 'RP performance domain affinity level' }],
  ['data_thresh', { default: '4096', check: intIn(0, 2 ** 31 - 1), description: 'Data bdev threshold size (bytes)' }],
  ['perf_domain', { default: 'root', check: oneOf('root', 'group'), description: 'Performance domain' }],
  ['scrub', { default: 'off', check: oneOf('off', 'lazy', 'timed'), description: 'Checksum scrubbing mode' }],
  ['checkpoint', { default: 'timed', check: oneOf('disabled', 'timed', 'lazy'), description: 'Checkpoint mode' }],
  ['checkpoint_freq', { default: '5', check: intIn(1, 1 << 20), description: 'Checkpoint frequency (s)' }],
  ['checkpoint_thresh', { default: '50', check: intIn(10, 75), description: 'WAL checkpoint threshold (%)' }],
]);

function specOf(name: string): PropSpec {
  const spec = POOL_PROPS.get(name);
  if (!spec) throw new InvalidError(`unknown pool property ${JSON.stringify(name)}; known: ${[...POOL_PROPS.keys()].join(', ')}`);
  return spec;
}

/** Check one name and value; DER_INVAL with the reason. */
export function checkProp(name: string, value: string): void {
  const problem = specOf(name).check(value);
  if (problem) throw new InvalidError(`pool property ${name}=${JSON.stringify(value)}: ${problem}`);
}

/** The properties of a new pool: defaults overlaid with `given` (each checked), label separate. */
export function initialProps(given: readonly { name: string; value: string }[]): Map<string, string> {
  const props = new Map<string, string>();
  for (const [name, spec] of POOL_PROPS) if (name !== 'label') props.set(name, spec.default);
  const seen = new Set<string>();
  for (const { name, value } of given) {
    if (name === 'label') continue; // the label travels in its own field
    if (seen.has(name)) throw new InvalidError(`pool property ${name} given twice`);
    seen.add(name);
    checkProp(name, value);
    props.set(name, value);
  }
  return props;
}

/** Apply a set-prop request to `current`: all checked first, so nothing changes on a refusal. */
export function applyPropSet(current: ReadonlyMap<string, string>, changes: readonly { name: string; value: string }[]): Map<string, string> {
  if (changes.length === 0) throw new InvalidError('no property to set');
  const next = new Map(current);
  const seen = new Set<string>();
  for (const { name, value } of changes) {
    if (seen.has(name)) throw new InvalidError(`pool property ${name} given twice`);
    seen.add(name);
    const spec = specOf(name);
    if (spec.createOnly) throw new InvalidError(`pool property ${name} can only be set when the pool is created`);
    checkProp(name, value);
    next.set(name, value);
  }
  return next;
}

/** Names asked for must exist (DER_INVAL otherwise); none asked = all. */
export function selectProps(all: ReadonlyMap<string, string>, names: readonly string[]): { name: string; value: string }[] {
  if (names.length === 0) return [...all].map(([name, value]) => ({ name, value }));
  return names.map((name) => {
    specOf(name);
    return { name, value: all.get(name) ?? '' };
  });
}
