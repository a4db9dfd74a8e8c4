// The kv-example service process: the only place that reads the environment and wires real
// NATS, SQLite and clocks. Everything else is libs/rsvc and kv-service.ts.
//
//   NATS_URL          nats://127.0.0.1:4222 (required)
//   RANK              this process's rank (required)
//   DATA_DIR          where the replicas' SQLite files live (required)
//   DAOS_SYSTEM       system name in subjects (daos_server)
//   TICK_MS           raft tick (100); ELECTION_TICKS (10); HEARTBEAT_TICKS (2)
//   DEDUP_AGE_MS      how long retried writes are recognised (300000)
//   OTEL_EXPORTER_OTLP_ENDPOINT   export spans (OTLP/HTTP) when set
import { randomBytes } from 'node:crypto';
import { exitWithParent, SeededRng } from '@daos-nats/base';
import { connectBus } from '@daos-nats/bus';
import { RsvcHost } from '@daos-nats/rsvc';
import { createLogger, setupTelemetry } from '@daos-nats/telemetry';
import { kvService } from './kv-service.js';

function env(name: string, fallback?: string): string {
  const v = process.env[name] ?? fallback;
  if (v === undefined || v === '') {
    console.error(`kv-example: ${name} is required`);
    process.exit(2);
  }
  return v;
}

function intEnv(name: string, fallback?: number): number {
  const text = env(name, fallback === undefined ? undefined : String(fallback));
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 0) {
    console.error(`kv-example: ${name} must be a non-negative integer, got ${JSON.stringify(text)}`);
    process.exit(2);
  }
  return n;
}

const rank = intEnv('RANK');
const system = env('DAOS_SYSTEM', 'daos_server');
const telemetry = setupTelemetry({ serviceName: 'kv-service', serviceInstanceId: `rank-${rank}` });
const log = createLogger({ service: 'kv-service', base: { rank } });
const bus = await connectBus({ name: `kv-service-r${rank}`, servers: env('NATS_URL'), log });
const host = await RsvcHost.start({
  bus,
  system,
  rank,
  dataDir: env('DATA_DIR'),
  service: kvService,
  rng: new SeededRng(randomBytes(4).readUInt32LE(0)),
  replica: {
    tickIntervalMs: intEnv('TICK_MS', 100),
    raft: { electionTimeoutTicks: intEnv('ELECTION_TICKS', 10), heartbeatTicks: intEnv('HEARTBEAT_TICKS', 2) },
  },
  config: { dedupAgeMs: intEnv('DEDUP_AGE_MS', 300_000) },
  log,
});
log.info({ system }, 'kv-service ready');

/** How long a stop (drain, close, span flush) may take before the process exits anyway. */
const STOP_DEADLINE_MS = 10_000;
let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'stopping');
  // A drain towards a nats-server that is gone must not keep the process alive.
  setTimeout(() => process.exit(1), STOP_DEADLINE_MS).unref();
  await host.close();
  await bus.drain();
  await telemetry.shutdown();
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
// Under a supervisor (the campaign, a test) that set DAOS_NATS_EXIT_WITH_PARENT: no orphans.
exitWithParent((why) => void stop(why));
