import { FAULT_KINDS, type FaultKind } from './fault-kinds.js';

/** What one campaign does; every limit named with its unit last. */
export interface CampaignOptions {
  /** Length of the faulty phase (clients and nemesis), before heal and checks. */
  readonly seconds: number;
  readonly seed: number;
  /** Campaigns run one after the other, seeds seed .. seed+runs-1. */
  readonly runs: number;
  readonly nemesis: readonly FaultKind[];
  readonly clients: number;
  readonly replicas: number;
  /** Keys that clients put/get/delete, and counters they allocate from. */
  readonly keys: number;
  readonly counters: number;
  /** Raft timing of every replica process (production defaults: 100 ms × 10 = 1 s election timeout). */
  readonly tickMs: number;
  readonly electionTicks: number;
  readonly heartbeatTicks: number;
  /** A client call gives up (indeterminate) after this long. */
  readonly callTimeoutMs: number;
  /**
   * One attempt of a call (one request to one replica) gives up after this long and the client
   * tries another replica. A request in flight to a replica that dies or freezes waits this long,
   * so it bounds every gap the campaign measures from below: keep it near the election timeout.
   */
  readonly attemptTimeoutMs: number;
  /** After a heal, how long the nemesis waits for a write before it records a stall and goes on. */
  readonly resumeWaitMs: number;
  /** Think time of a client between two operations. */
  readonly thinkMs: number;
  /** Print progress lines. */
  readonly verbose: boolean;
}

export const DEFAULT_OPTIONS: CampaignOptions = {
  seconds: 60,
  seed: 1,
  runs: 1,
  nemesis: FAULT_KINDS,
  clients: 4,
  replicas: 3,
  keys: 8,
  counters: 2,
  tickMs: 100,
  electionTicks: 10,
  heartbeatTicks: 2,
  callTimeoutMs: 10_000,
  attemptTimeoutMs: 1000,
  resumeWaitMs: 30_000,
  thinkMs: 10,
  verbose: true,
};

export const USAGE = `usage: npm run campaign -- [--seconds N] [--seed N] [--runs N] [--nemesis kind,kind|all|none] [--clients N]
       [--replicas N] [--keys N] [--counters N] [--tick-ms N] [--election-ticks N] [--call-timeout-ms N]
       [--attempt-timeout-ms N] [--quiet]
fault kinds: ${FAULT_KINDS.join(', ')}`;

const INT_FLAGS: Record<string, keyof CampaignOptions> = {
  '--seconds': 'seconds',
  '--seed': 'seed',
  '--runs': 'runs',
  '--clients': 'clients',
  '--replicas': 'replicas',
  '--keys': 'keys',
  '--counters': 'counters',
  '--tick-ms': 'tickMs',
  '--election-ticks': 'electionTicks',
  '--call-timeout-ms': 'callTimeoutMs',
  '--attempt-timeout-ms': 'attemptTimeoutMs',
};

function parseKinds(text: string): FaultKind[] {
  if (text === 'all') return [...FAULT_KINDS];
  if (text === 'none') return [];
  const kinds = text.split(',').filter(Boolean);
  for (const k of kinds) if (!(FAULT_KINDS as readonly string[]).includes(k)) throw new Error(`unknown fault kind ${JSON.stringify(k)}`);
  return kinds as FaultKind[];
}

/** Parse command-line arguments; throws with a readable message on anything unexpected. */
export function parseOptions(argv: readonly string[]): CampaignOptions {
  const o: Record<string, unknown> = { ...DEFAULT_OPTIONS };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--quiet') {
      o['verbose'] = false;
      continue;
    }
    const value = argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--nemesis') o['nemesis'] = parseKinds(value);
    else if (flag in INT_FLAGS) {
      const n = Number(value);
      if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${flag} needs a non-negative integer, got ${JSON.stringify(value)}`);
      o[INT_FLAGS[flag]!] = n;
    } else throw new Error(`unknown option ${flag}`);
  }
  const r = o as unknown as CampaignOptions;
  if (r.replicas < 3 || r.replicas % 2 === 0 || r.replicas > 9) throw new Error(`--replicas must be odd, 3..9, got ${r.replicas}`);
  if (r.attemptTimeoutMs < 1 || r.callTimeoutMs < r.attemptTimeoutMs) throw new Error('--attempt-timeout-ms must be 1..--call-timeout-ms');
  if (r.clients < 1 || r.keys < 1 || r.seconds < 1 || r.runs < 1) throw new Error('--clients, --keys, --seconds and --runs must be at least 1');
  return r;
}
