import { InvalidError } from '@daos-nats/base';

/** What one engine process is told by its server (a JSON file named by --config). */
export interface EngineConfig {
  readonly system: string;
  /** Index of this engine among its server's engines. */
  readonly instanceIdx: number;
  /** The engine's identity, from its superblock. */
  readonly uuid: string;
  readonly targets: number;
  /** Offload xstreams per target (DAOS nr_xs_helpers / targets). */
  readonly offloadXstreams: number;
  readonly dataDir: string;
  /** The engine's own dRPC socket, where its server calls it. */
  readonly drpcSocket: string;
  /** The server's dRPC socket; without it the engine runs alone (tests, benchmarks). */
  readonly serverSocket?: string;
  /** NATS; when absent the engine asks its server (GET_SYS_PROPS). */
  readonly natsUrl?: string;
  readonly modules: readonly string[];
  /** Where modules are looked up by name; the built-in modules by default. */
  readonly moduleDir?: string;
}

export const TARGETS_MAX = 64;
export const OFFLOAD_XSTREAMS_MAX = 8;

/** Checks a parsed config, naming the first bad field. */
export function validateEngineConfig(raw: unknown): EngineConfig {
  const c = raw as Record<string, unknown>;
  const bad = (field: string, want: string) => new InvalidError(`engine config: ${field} must be ${want}, got ${JSON.stringify(c?.[field])}`);
  if (typeof c !== 'object' || c === null) throw new InvalidError('engine config must be an object');
  const str = (f: string, opt = false) => {
    if (opt && c[f] === undefined) return;
    if (typeof c[f] !== 'string' || (c[f] as string).length === 0) throw bad(f, 'a non-empty string');
  };
  const int = (f: string, min: number, max: number) => {
    if (!Number.isInteger(c[f]) || (c[f] as number) < min || (c[f] as number) > max) throw bad(f, `an integer in [${min}, ${max}]`);
  };
  str('system');
  int('instanceIdx', 0, 15);
  str('uuid');
  int('targets', 1, TARGETS_MAX);
  int('offloadXstreams', 0, OFFLOAD_XSTREAMS_MAX);
  str('dataDir');
  str('drpcSocket');
  str('serverSocket', true);
  str('natsUrl', true);
  str('moduleDir', true);
  if (!Array.isArray(c.modules) || c.modules.length === 0 || !c.modules.every((m) => typeof m === 'string')) throw bad('modules', 'a non-empty list of module names');
  return c as unknown as EngineConfig;
}
