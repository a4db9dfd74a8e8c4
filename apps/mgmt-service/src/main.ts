// The mgmt-service process: the only place that reads the environment and wires real NATS,
// SQLite and clocks (the launcher's contract, apps/launcher/README.md).
//
//   NATS_URL          nats://127.0.0.1:4222 (required)
//   RANK              this replica's static rank (required)
//   DATA_DIR          where the MS database lives (required)
//   MS_REPLICAS       every MS replica's rank, comma-separated (0,1,2)
//   DAOS_SYSTEM       system name in subjects (daos_server)
//   TICK_MS           raft tick (100); ELECTION_TICKS (10); HEARTBEAT_TICKS (2)
//   MS_UNRESPONSIVE_AFTER_MS (5000), MS_EXCLUDE_AFTER_MS (15000), MS_UNHEARD_GRACE_MS (120000):
//                     member liveness (see ms-config.ts)
//   DAOS_AUTH_DIR     the system's auth directory (npm start: <data-dir>/auth): this role's NATS
//                     user, the credential keys; every request is then verified (unset: none)
//   OTEL_EXPORTER_OTLP_ENDPOINT   export spans (OTLP/HTTP) when set
import { randomBytes } from 'node:crypto';
import { exitWithParent, SeededRng } from '@daos-nats/base';
import { loadRoleAuth } from '@daos-nats/auth';
import { connectBus } from '@daos-nats/bus';
import { createLogger, setupTelemetry } from '@daos-nats/telemetry';
import { defaultMsConfig } from './ms-config.js';
import { MgmtServer } from './ms-server.js';

function fail(why: string): never {
  console.error(`mgmt-service: ${why}`);
  process.exit(2);
}

function env(name: string, fallback?: string): string {
  const v = process.env[name] ?? fallback;
  if (v === undefined || v === '') fail(`${name} is required`);
  return v;
}

function intEnv(name: string, fallback?: number): number {
  const text = env(name, fallback === undefined ? undefined : String(fallback));
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 0) fail(`${name} must be a non-negative integer, got ${JSON.stringify(text)}`);
  return n;
}

const rank = intEnv('RANK');
const system = env('DAOS_SYSTEM', 'daos_server');
const replicas = env('MS_REPLICAS', '0,1,2')
  .split(',')
  .map((s) => Number(s.trim()));
if (replicas.some((r) => !Number.isSafeInteger(r) || r < 0)) fail(`MS_REPLICAS must be comma-separated ranks, got ${JSON.stringify(process.env['MS_REPLICAS'])}`);

const telemetry = setupTelemetry({ serviceName: 'mgmt-service', serviceInstanceId: `rank-${rank}` });
const log = createLogger({ service: 'mgmt-service', base: { rank } });
const authDirEnv = process.env['DAOS_AUTH_DIR'];
const auth = authDirEnv ? await loadRoleAuth(authDirEnv, 'mgmt') : undefined;
const bus = await connectBus({ name: `mgmt-service-r${rank}`, servers: env('NATS_URL'), log, ...auth?.bus });
let server: MgmtServer;
try {
  server = await MgmtServer.start({
    bus,
    ...(auth ? { authorize: auth.authorize } : {}),
    system,
    rank,
    replicas,
    dataDir: env('DATA_DIR'),
    rng: new SeededRng(randomBytes(4).readUInt32LE(0)),
    replica: {
      tickIntervalMs: intEnv('TICK_MS', 100),
      raft: { electionTimeoutTicks: intEnv('ELECTION_TICKS', 10), heartbeatTicks: intEnv('HEARTBEAT_TICKS', 2) },
    },
    config: {
      unresponsiveAfterMs: intEnv('MS_UNRESPONSIVE_AFTER_MS', defaultMsConfig.unresponsiveAfterMs),
      excludeAfterMs: intEnv('MS_EXCLUDE_AFTER_MS', defaultMsConfig.excludeAfterMs),
      unheardGraceMs: intEnv('MS_UNHEARD_GRACE_MS', defaultMsConfig.unheardGraceMs),
      unheardUnresponsiveGraceMs: intEnv('MS_UNHEARD_UNRESPONSIVE_GRACE_MS', defaultMsConfig.unheardUnresponsiveGraceMs),
    },
    log,
  });
} catch (e) {
  log.fatal({ err: e }, 'mgmt-service could not start');
  await bus.drain().catch(() => undefined);
  process.exit(1);
}

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'stopping');
  await server.close();
  await bus.drain();
  await telemetry.shutdown();
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
exitWithParent((why) => void stop(why));
