// The lock-service process: the only place that reads the environment and wires real NATS,
// SQLite and clocks (the launcher's contract, apps/launcher/README.md).
//
//   NATS_URL          nats://127.0.0.1:4222 (required)
//   RANK              this replica's static rank (required)
//   DATA_DIR          where the replica's database lives (required)
//   LOCK_REPLICAS     every replica's rank, comma-separated (0,1,2)
//   DAOS_SYSTEM       system name in subjects (daos_server)
//   TICK_MS           raft tick (100); ELECTION_TICKS (10); HEARTBEAT_TICKS (2)
//   LOCK_LEASE_MS_DEFAULT (5000), LOCK_LEASE_MS_MIN (500), LOCK_SWEEP_INTERVAL_MS (250)
//   OTEL_EXPORTER_OTLP_ENDPOINT   export spans (OTLP/HTTP) when set
import { randomBytes } from 'node:crypto';
import { exitWithParent, SeededRng } from '@daos-nats/base';
import { connectBus } from '@daos-nats/bus';
import { createLogger, setupTelemetry } from '@daos-nats/telemetry';
import { defaultLockConfig } from './lock-config.js';
import { LockServer } from './lock-server.js';

function fail(why: string): never {
  console.error(`lock-service: ${why}`);
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
const replicas = env('LOCK_REPLICAS', '0,1,2').split(',').map((s) => Number(s.trim()));
if (replicas.some((r) => !Number.isSafeInteger(r) || r < 0)) fail(`LOCK_REPLICAS must be comma-separated ranks, got ${JSON.stringify(process.env['LOCK_REPLICAS'])}`);

const telemetry = setupTelemetry({ serviceName: 'lock-service', serviceInstanceId: `rank-${rank}` });
const log = createLogger({ service: 'lock-service', base: { rank } });
const bus = await connectBus({ name: `lock-service-r${rank}`, servers: env('NATS_URL'), log });
let server: LockServer;
try {
  server = await LockServer.start({
    bus, system, rank, replicas, log,
    dataDir: env('DATA_DIR'),
    rng: new SeededRng(randomBytes(4).readUInt32LE(0)),
    replica: {
      tickIntervalMs: intEnv('TICK_MS', 100),
      raft: { electionTimeoutTicks: intEnv('ELECTION_TICKS', 10), heartbeatTicks: intEnv('HEARTBEAT_TICKS', 2) },
    },
    config: {
      leaseMsDefault: intEnv('LOCK_LEASE_MS_DEFAULT', defaultLockConfig.leaseMsDefault),
      leaseMsMin: intEnv('LOCK_LEASE_MS_MIN', defaultLockConfig.leaseMsMin),
      sweepIntervalMs: intEnv('LOCK_SWEEP_INTERVAL_MS', defaultLockConfig.sweepIntervalMs),
    },
  });
} catch (e) {
  log.fatal({ err: e }, 'lock-service could not start');
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
