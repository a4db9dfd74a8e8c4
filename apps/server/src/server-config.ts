import { readFileSync } from 'node:fs';
import { InvalidError } from '@daos-nats/base';
import YAML from 'yaml';

/** One engine of a server (daos_server.yml `engines:` entry). */
export interface EngineSection {
  readonly targets: number;
  /** Offload xstreams per target. */
  readonly offloadXstreams: number;
  /** Where the engine's superblock and target data live. */
  readonly dataDir: string;
  readonly modules: readonly string[];
}

/** daos_server.yml, as far as daos-nats uses it. */
export interface ServerConfig {
  /** System name (`name:`). */
  readonly system: string;
  /** This host's name: one subject token (no dots). */
  readonly host: string;
  /** Hosts whose engines are MS replicas (`access_points:`); recorded in superblocks at format. */
  readonly accessPoints: readonly string[];
  /** MS replica ranks, to find the management service without discovery (`ms_replicas:`). */
  readonly msReplicas?: readonly number[];
  readonly natsUrl: string;
  /** Where the server keeps dRPC sockets and engine configs (`control_dir:`). */
  readonly controlDir: string;
  /** `fault_path:` e.g. /rack0/node1. */
  readonly faultDomain: string;
  readonly engines: readonly EngineSection[];
}

export const ENGINES_PER_SERVER_MAX = 8;
export const TARGETS_PER_ENGINE_MAX = 64;
export const OFFLOAD_XSTREAMS_MAX = 8;

type Raw = Record<string, unknown>;

function field<T>(o: Raw, key: string, path: string, check: (v: unknown) => v is T, want: string, dflt?: T): T {
  const v = o[key];
  if (v === undefined && dflt !== undefined) return dflt;
  if (!check(v)) throw new InvalidError(`server config: ${path}${key} must be ${want}, got ${JSON.stringify(v)}`);
  return v;
}
const isStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isInt = (min: number, max: number) => (v: unknown): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);
const isRankList = (v: unknown): v is number[] => Array.isArray(v) && v.length > 0 && v.every(isInt(0, 0xfffffffe));

/** Parses and validates YAML text; every error names the field (`engines[1].targets`). */
export function parseServerConfig(text: string): ServerConfig {
  let doc: unknown;
  try {
    doc = YAML.parse(text);
  } catch (err) {
    throw new InvalidError(`server config: not YAML: ${(err as Error).message}`, { cause: err });
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new InvalidError('server config: must be a YAML mapping');
  const o = doc as Raw;
  const known = new Set(['name', 'host', 'access_points', 'ms_replicas', 'nats_url', 'control_dir', 'fault_path', 'engines']);
  for (const k of Object.keys(o)) if (!known.has(k)) throw new InvalidError(`server config: unknown field ${k}`);
  const host = field(o, 'host', '', (v): v is string => isStr(v) && /^[A-Za-z0-9_-]{1,64}$/.test(v), 'a host name of [A-Za-z0-9_-] (no dots)');
  const engines = field(o, 'engines', '', (v): v is Raw[] => Array.isArray(v) && v.length >= 1 && v.length <= ENGINES_PER_SERVER_MAX, `a list of 1..${ENGINES_PER_SERVER_MAX} engines`);
  const msReplicas = o.ms_replicas === undefined ? undefined : field(o, 'ms_replicas', '', isRankList, 'a non-empty list of ranks');
  return {
    system: field(o, 'name', '', (v): v is string => isStr(v) && /^[A-Za-z0-9_-]{1,64}$/.test(v), 'a system name of [A-Za-z0-9_-]'),
    host,
    accessPoints: field(o, 'access_points', '', isStrList, 'a list of host names', []),
    ...(msReplicas ? { msReplicas } : {}),
    natsUrl: field(o, 'nats_url', '', isStr, 'a nats:// URL'),
    controlDir: field(o, 'control_dir', '', isStr, 'a directory'),
    faultDomain: field(o, 'fault_path', '', (v): v is string => isStr(v) && v.startsWith('/'), 'a path like /rack0/node1', `/${host}`),
    engines: engines.map((e, i) => engineSection(e, `engines[${i}].`)),
  };
}

function engineSection(e: Raw, p: string): EngineSection {
  if (typeof e !== 'object' || e === null) throw new InvalidError(`server config: ${p.slice(0, -1)} must be a mapping`);
  return {
    targets: field(e, 'targets', p, isInt(1, TARGETS_PER_ENGINE_MAX), `an integer in [1, ${TARGETS_PER_ENGINE_MAX}]`),
    offloadXstreams: field(e, 'offload_xstreams', p, isInt(0, OFFLOAD_XSTREAMS_MAX), `an integer in [0, ${OFFLOAD_XSTREAMS_MAX}]`, 0),
    dataDir: field(e, 'data_dir', p, isStr, 'a directory'),
    modules: field(e, 'modules', p, isStrList, 'a list of module names', ['mgmt']),
  };
}

export function loadServerConfig(path: string): ServerConfig {
  return parseServerConfig(readFileSync(path, 'utf8'));
}
