import { parseArgs } from 'node:util';
import { DEFAULT_SYSTEM, resolveDataDir } from '@daos-nats/client';

export interface LauncherOptions {
  /** Absolute path of the data directory. */
  readonly dataDir: string;
  readonly system: string;
  /** An existing NATS to use; undefined = start nats-server on a free port. */
  readonly natsUrl?: string;
  readonly msReplicas: readonly number[];
  readonly poolServices: number;
  readonly containerServices: number;
  /** Lock-service replicas (ranks 0..n-1 of the lock service's own namespace); 0 = none. */
  readonly lockServices: number;
  /** How long to wait for every member to join before saying so (the system keeps running). */
  readonly readyTimeoutMs: number;
  /** After SIGTERM, how long a process may take before SIGKILL. */
  readonly stopGraceMs: number;
}

export const USAGE = `Usage: npm start -- [options]

Start a whole daos-nats system on this machine: nats-server, 3 mgmt-service, 3 pool-service and
3 container-service processes. Ctrl-C stops it; starting again finds all data.

Options:
  --data-dir <dir>            where everything is kept (default: $DAOS_NATS_DATA_DIR, else ./.daos-nats)
  --system <name>             system name (default: $DAOS_SYSTEM, else ${DEFAULT_SYSTEM})
  --pool-services <n>         pool-service processes (default 3)
  --container-services <n>    container-service processes (default 3)
  --lock-services <n>         lock-service replicas: 0, 1, 3, 5, 7 or 9 (default 3)
  --ready-timeout-ms <ms>     how long to wait for every member to join (default 120000)
  -h, --help                  show this help

Environment: NATS_URL uses that NATS server instead of starting one.`;

export class LauncherUsageError extends Error {
  override name = 'LauncherUsageError';
}

function count(text: string | undefined, what: string, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw new LauncherUsageError(`${what} must be an integer in ${min}..${max}, got ${JSON.stringify(text)}`);
  return n;
}

function lockServices(text: string | undefined): number {
  const n = count(text, '--lock-services', 3, 0, 9);
  if (n > 0 && n % 2 === 0) throw new LauncherUsageError(`--lock-services must be 0 or odd (a raft group), got ${n}`);
  return n;
}

/** Parse the launcher's arguments; `help` means print USAGE and exit 0. */
export function parseLauncherArgs(args: readonly string[], env: NodeJS.ProcessEnv = process.env): LauncherOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        'data-dir': { type: 'string' },
        system: { type: 'string' },
        'pool-services': { type: 'string' },
        'container-services': { type: 'string' },
        'lock-services': { type: 'string' },
        'ready-timeout-ms': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new LauncherUsageError((e as Error).message);
  }
  if (values.help) return 'help';
  const system = values.system ?? (env['DAOS_SYSTEM'] || DEFAULT_SYSTEM);
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(system)) throw new LauncherUsageError(`--system must be 1..64 of letters, digits, _ and -, got ${JSON.stringify(system)}`);
  const natsUrl = env['NATS_URL'] || undefined;
  return {
    dataDir: resolveDataDir({ dataDir: values['data-dir'], env }),
    system,
    ...(natsUrl ? { natsUrl } : {}),
    msReplicas: [0, 1, 2],
    poolServices: count(values['pool-services'], '--pool-services', 3, 1, 9),
    containerServices: count(values['container-services'], '--container-services', 3, 1, 9),
    lockServices: lockServices(values['lock-services']),
    readyTimeoutMs: count(values['ready-timeout-ms'], '--ready-timeout-ms', 120_000, 1, 3_600_000),
    stopGraceMs: 10_000,
  };
}
