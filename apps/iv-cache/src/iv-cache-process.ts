// The iv-cache process of one rank: the only place that reads the environment and wires real
// NATS and clocks (main.ts runs it). Everything else is libs/iv (the protocol) and libs/iv-nats
// (its wire). Not libs/service-kit's runner: an iv-cache has no data directory, no membership and
// no replicated-service host.
//
//   NATS_URL            nats://127.0.0.1:4222 (required)
//   RANK                this cache's rank (required): it serves daos.<system>.iv.*.<rank>
//   DAOS_SYSTEM         system name in subjects (daos_server)
//   DAOS_AUTH_DIR       the system's auth directory (npm start sets it): connect as the `iv` role
//                       and sign the pool-service reads with its credential (unset: no auth)
//   IV_ANNOUNCE_MS      how often a root re-announces its namespaces (2000)
//   IV_CONT_SOURCE      `container-service`: the root reads container handles and properties
//                       from the pool's container service on a miss and reserves IV_OID ranges
//                       there (npm start); `pushed` (default): those classes hold only what
//                       services push, a miss is absent, and there is no IV_OID
//   IV_SERVICE_RANKS_MS how often a root looks up its pools' container service ranks in the MS and
//                       widens each namespace to them, so the container service verifies pool
//                       handles through the cache of its own rank (npm start: 5000); 0 (default):
//                       the namespace is the claimed ranks only (the pool map's and the leader's)
//   MS_REPLICAS         MS replica ranks (e.g. 0,1,2): where the root asks for a pool's container
//                       service ranks (unset: the MS locator is asked)
//   IV_TREE_FANOUT_MAX, IV_ENTRY_LEASE_MS, IV_REQUEST_TIMEOUT_MS, IV_UPDATE_TIMEOUT_MS,
//   IV_SUSPECT_MS, IV_CLOCK_SLACK_MS, IV_ENTRIES_MAX, IV_CACHE_BYTES_MAX   (libs/iv IvConfig)
//   OTEL_EXPORTER_OTLP_ENDPOINT   export spans (OTLP/HTTP) when set
import { loadRoleAuth } from '@daos-nats/auth';
import { exitWithParent, SeededRng } from '@daos-nats/base';
import { connectBus } from '@daos-nats/bus';
import { createLogger, setupTelemetry } from '@daos-nats/telemetry';
import { randomBytes } from 'node:crypto';
import { contServiceSource, ivMgmtClient } from './cont-service-source.js';
import { IvCache } from './iv-cache.js';
import { ivConfigFromEnv } from './iv-cache-config.js';

/** Deadline of one management-service read (a pool's container service ranks), leader search included. */
const MS_CALL_TIMEOUT_MS = 10_000;
/** After a failed lookup of a pool's service ranks, ask again this much later. */
const SERVICE_RANKS_RETRY_MS = 1_000;
/** Pools whose container-service caller (and leader hint) a root keeps. */
const CONT_CALLERS_MAX = 1024;

function env(name: string, fallback?: string): string {
  const v = process.env[name] ?? fallback;
  if (v === undefined || v === '') {
    console.error(`iv-cache: ${name} is required`);
    process.exit(2);
  }
  return v;
}

function intEnv(name: string, fallback?: number): number {
  const text = env(name, fallback === undefined ? undefined : String(fallback));
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 0) {
    console.error(`iv-cache: ${name} must be a non-negative integer, got ${JSON.stringify(text)}`);
    process.exit(2);
  }
  return n;
}

/** Run the cache of RANK until SIGTERM, SIGINT or the death of its supervisor (exit 2: bad environment). */
export async function runIvCacheProcess(): Promise<void> {
  let config;
  try {
    config = ivConfigFromEnv(process.env);
  } catch (e) {
    console.error(`iv-cache: ${(e as Error).message}`);
    process.exit(2);
  }
  const rank = intEnv('RANK');
  const system = env('DAOS_SYSTEM', 'daos_server');
  const telemetry = setupTelemetry({ serviceName: 'iv-cache', serviceInstanceId: `rank-${rank}` });
  const log = createLogger({ service: 'iv-cache', base: { rank } });
  const authDir = process.env['DAOS_AUTH_DIR'];
  let auth;
  try {
    auth = authDir ? await loadRoleAuth(authDir, 'iv') : undefined;
  } catch (e) {
    console.error(`iv-cache: cannot load the iv credentials from DAOS_AUTH_DIR ${authDir}: ${(e as Error).message}`);
    process.exit(2);
  }
  const bus = await connectBus({ name: `iv-cache-r${rank}`, servers: env('NATS_URL'), log, ...auth?.bus });
  const msText = process.env['MS_REPLICAS'];
  const msReplicas = msText ? msText.split(',').map((t) => Number(t.trim())) : undefined;
  if (msReplicas?.some((r) => !Number.isSafeInteger(r) || r < 0)) {
    console.error(`iv-cache: MS_REPLICAS must be ranks separated by commas, got ${JSON.stringify(msText)}`);
    process.exit(2);
  }
  const contMode = env('IV_CONT_SOURCE', 'pushed');
  if (contMode !== 'pushed' && contMode !== 'container-service') {
    console.error(`iv-cache: IV_CONT_SOURCE must be "pushed" or "container-service", got ${JSON.stringify(contMode)}`);
    process.exit(2);
  }
  const rng = new SeededRng(randomBytes(4).readUInt32LE(0));
  const mgmtOpts = { bus, system, rng, callTimeoutMs: config.requestTimeoutMs, ...(msReplicas ? { msReplicas } : {}) };
  const mgmt = ivMgmtClient({ ...mgmtOpts, callTimeoutMs: MS_CALL_TIMEOUT_MS });
  const contSource = contMode === 'container-service' ? contServiceSource({ ...mgmtOpts, callersMax: CONT_CALLERS_MAX }, mgmt) : undefined;
  const serviceRanksMs = intEnv('IV_SERVICE_RANKS_MS', 0);
  const serviceRanks = serviceRanksMs > 0 ? { refreshMs: serviceRanksMs, retryMs: Math.min(serviceRanksMs, SERVICE_RANKS_RETRY_MS), lookup: async (pool: string) => (await mgmt.poolFind(pool)).contRanks } : undefined;
  const cache = await IvCache.start({ bus, system, rank, config, announceIntervalMs: intEnv('IV_ANNOUNCE_MS', 2_000), log, ...(contSource ? { contSource } : {}), ...(serviceRanks ? { serviceRanks } : {}) });
  log.info({ system, rank }, 'iv-cache ready');

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    await cache.close();
    await bus.drain();
    await telemetry.shutdown();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  exitWithParent((why) => void stop(why));
}
