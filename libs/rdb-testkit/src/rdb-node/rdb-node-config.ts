import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { InvalidError, rank } from '@daos-nats/base';
import { REPLICA_GEN_MAX, type ReplicaId } from '@daos-nats/rdb';

/** Everything an rdb test node is told on its command line. */
export interface RdbNodeConfig {
  readonly natsUrl: string;
  readonly system: string;
  /** The raft group (the rdb) this node hosts one replica of. */
  readonly group: string;
  readonly id: ReplicaId;
  /** Directory of the replica's SQLite file (`replicaFile(dir, id)`). */
  readonly dir: string;
  /** Create the file (a founder, or a joiner when `members` is empty) instead of opening it. */
  readonly create: boolean;
  /** Founding members, used with `create`. */
  readonly members: readonly ReplicaId[];
  readonly tickIntervalMs: number;
  readonly electionTimeoutTicks: number;
  readonly heartbeatTicks: number;
  readonly commitTimeoutMs: number;
  readonly compactEntriesMin: number;
  readonly logEntriesMax: number;
  /** Seed of raft's election jitter. */
  readonly seed: number;
}

export type RdbNodeTuning = Pick<
  RdbNodeConfig,
  'tickIntervalMs' | 'electionTimeoutTicks' | 'heartbeatTicks' | 'commitTimeoutMs' | 'compactEntriesMin' | 'logEntriesMax'
>;

/** rdb's own defaults (ReplicaConfig and raft Config). */
export const rdbNodeTuningDefaults: RdbNodeTuning = {
  tickIntervalMs: 100,
  electionTimeoutTicks: 10,
  heartbeatTicks: 1,
  commitTimeoutMs: 10_000,
  compactEntriesMin: 256,
  logEntriesMax: 4096,
};

/** The replica's file: one per replica id, so a re-added rank with a new generation gets a new one. */
export function replicaFile(dir: string, id: ReplicaId): string {
  return join(dir, `replica-r${id.rank}-g${id.gen}.db`);
}

/** `rank:gen` */
export function formatNodeId(id: ReplicaId): string {
  return `${id.rank}:${id.gen}`;
}

export function parseNodeId(s: string, what: string): ReplicaId {
  const m = /^(\d+):(\d+)$/.exec(s);
  if (!m) throw new InvalidError(`${what}: expected rank:gen, got ${JSON.stringify(s)}`);
  const gen = Number(m[2]);
  if (gen < 1 || gen > REPLICA_GEN_MAX) throw new InvalidError(`${what}: generation ${gen} is not in [1, ${REPLICA_GEN_MAX}]`);
  const r = Number(m[1]);
  if (!Number.isSafeInteger(r) || r > 0xffff_fffe) throw new InvalidError(`${what}: rank ${m[1]} is not a 32-bit rank`);
  return { rank: rank(r), gen };
}

const numeric = [
  'tick-interval-ms',
  'election-timeout-ticks',
  'heartbeat-ticks',
  'commit-timeout-ms',
  'compact-entries-min',
  'log-entries-max',
  'seed',
] as const;

/** The command line of a node with config `c` (the inverse of parseRdbNodeArgs). */
export function rdbNodeArgs(c: RdbNodeConfig): string[] {
  return [
    '--nats', c.natsUrl,
    '--system', c.system,
    '--group', c.group,
    '--id', formatNodeId(c.id),
    '--dir', c.dir,
    ...(c.create ? ['--create'] : []),
    '--members', c.members.map(formatNodeId).join(','),
    '--tick-interval-ms', String(c.tickIntervalMs),
    '--election-timeout-ticks', String(c.electionTimeoutTicks),
    '--heartbeat-ticks', String(c.heartbeatTicks),
    '--commit-timeout-ms', String(c.commitTimeoutMs),
    '--compact-entries-min', String(c.compactEntriesMin),
    '--log-entries-max', String(c.logEntriesMax),
    '--seed', String(c.seed),
  ];
}

/** Parse a node's command line; anything missing or malformed is an InvalidError naming the flag. */
export function parseRdbNodeArgs(argv: readonly string[]): RdbNodeConfig {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        nats: { type: 'string' },
        system: { type: 'string' },
        group: { type: 'string' },
        id: { type: 'string' },
        dir: { type: 'string' },
        create: { type: 'boolean', default: false },
        members: { type: 'string', default: '' },
        ...Object.fromEntries(numeric.map((n) => [n, { type: 'string' as const }])),
      },
    }));
  } catch (e) {
    throw new InvalidError(`rdb-node: ${(e as Error).message}`, { cause: e });
  }
  const required = (name: string): string => {
    const v = (values as Record<string, unknown>)[name];
    if (typeof v !== 'string' || v === '') throw new InvalidError(`rdb-node: --${name} is required`);
    return v;
  };
  const num = (name: (typeof numeric)[number], fallback: number, min: number): number => {
    const v = (values as Record<string, unknown>)[name];
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isSafeInteger(n) || n < min) throw new InvalidError(`rdb-node: --${name} must be an integer >= ${min}, got ${JSON.stringify(v)}`);
    return n;
  };
  const id = parseNodeId(required('id'), '--id');
  const d = rdbNodeTuningDefaults;
  return {
    natsUrl: required('nats'),
    system: required('system'),
    group: required('group'),
    id,
    dir: required('dir'),
    create: values.create === true,
    members: (values.members as string).split(',').filter(Boolean).map((s) => parseNodeId(s, '--members')),
    tickIntervalMs: num('tick-interval-ms', d.tickIntervalMs, 1),
    electionTimeoutTicks: num('election-timeout-ticks', d.electionTimeoutTicks, 2),
    heartbeatTicks: num('heartbeat-ticks', d.heartbeatTicks, 1),
    commitTimeoutMs: num('commit-timeout-ms', d.commitTimeoutMs, 1),
    compactEntriesMin: num('compact-entries-min', d.compactEntriesMin, 1),
    logEntriesMax: num('log-entries-max', d.logEntriesMax, 1),
    seed: num('seed', id.rank * 7919 + process.pid, 0),
  };
}
