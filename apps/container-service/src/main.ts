// The container-service process: joins the system as a member (rank from the management
// service), then hosts the container service replicas the MS places on that rank (one raft group
// per pool). The only place that reads the environment and wires real NATS, SQLite and clocks.
//
//   NATS_URL          nats://127.0.0.1:4222 (required)
//   DATA_DIR          member identity and the replicas' SQLite files (required)
//   DAOS_SYSTEM       system name in subjects (daos_server)
//   MS_REPLICAS       MS replica ranks, comma-separated (else asked of any MS replica)
//   FAULT_DOMAIN      this process's fault domain (/node0)
//   TICK_MS           raft tick (100); ELECTION_TICKS (10); HEARTBEAT_TICKS (2)
//   DEDUP_AGE_MS      how long retried writes are recognised (300000)
//   HANDLE_CACHE_MS   how long a verified pool handle is trusted without asking again (1000)
//   DAOS_AUTH_DIR     the system's auth directory (npm start: <data-dir>/auth): this role's NATS
//                     user, the credential keys; every request is then verified (unset: none)
//   OTEL_EXPORTER_OTLP_ENDPOINT   export spans (OTLP/HTTP) when set
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { exitWithParent, monotonicClock, SeededRng } from '@daos-nats/base';
import { loadRoleAuth } from '@daos-nats/auth';
import { connectBus } from '@daos-nats/bus';
import { MgmtClient, POOL_SERVICE, poolOps, ServiceCaller } from '@daos-nats/client';
import { startMember } from '@daos-nats/member';
import { RsvcHost } from '@daos-nats/rsvc';
import { createLogger, setupTelemetry } from '@daos-nats/telemetry';
import type { ContLeader } from './cont-leader.js';
import { contService } from './cont-service.js';
import { PoolServiceVerifier, poolServiceVerifierDefaults } from './handle-verifier.js';

function env(name: string, fallback?: string): string {
  const v = process.env[name] ?? fallback;
  if (v === undefined || v === '') {
    console.error(`container-service: ${name} is required`);
    process.exit(2);
  }
  return v;
}

function intEnv(name: string, fallback: number): number {
  const text = env(name, String(fallback));
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 0) {
    console.error(`container-service: ${name} must be a non-negative integer, got ${JSON.stringify(text)}`);
    process.exit(2);
  }
  return n;
}

function ranksEnv(name: string): number[] | undefined {
  const text = process.env[name];
  if (!text) return undefined;
  const ranks = text.split(',').map((s) => Number(s.trim()));
  if (ranks.some((r) => !Number.isSafeInteger(r) || r < 0)) {
    console.error(`container-service: ${name} must be comma-separated ranks, got ${JSON.stringify(text)}`);
    process.exit(2);
  }
  return ranks;
}

const system = env('DAOS_SYSTEM', 'daos_server');
const dataDir = env('DATA_DIR');
const msReplicas = ranksEnv('MS_REPLICAS');
const handleCacheMs = intEnv('HANDLE_CACHE_MS', poolServiceVerifierDefaults.cacheTtlMs);
const rng = new SeededRng(randomBytes(4).readUInt32LE(0));
const telemetry = setupTelemetry({ serviceName: 'container-service', serviceInstanceId: process.env['INSTANCE'] ?? String(process.pid) });
let log = createLogger({ service: 'container-service' });
const authDirEnv = process.env['DAOS_AUTH_DIR'];
const auth = authDirEnv ? await loadRoleAuth(authDirEnv, 'container') : undefined;
const bus = await connectBus({ name: 'container-service', servers: env('NATS_URL'), log, ...auth?.bus });
const rsvcConfig = { callTimeoutMs: 10_000 };
const mgmt = new MgmtClient({ bus, system, rng, rsvcConfig }, msReplicas ? { replicas: msReplicas } : {});

const service = contService({
  verifierFor: (pool, poolRanks) => {
    // The pool service's replicas move when ranks are excluded: when none of the known ones
    // answers, ask the management service where they are now.
    const caller = new ServiceCaller({
      bus,
      system,
      service: POOL_SERVICE,
      group: pool,
      ranks: poolRanks,
      rng,
      config: rsvcConfig,
      refresh: async (signal) => {
        const info = await mgmt.poolFind(pool, { signal });
        return info.svcRanks ?? [];
      },
    });
    return new PoolServiceVerifier({
      ask: (handle, signal) => caller.call(poolOps.verifyHandle, { handle }, signal ? { signal } : {}),
      clock: monotonicClock,
      cacheTtlMs: handleCacheMs,
      cacheEntriesMax: poolServiceVerifierDefaults.cacheEntriesMax,
    });
  },
});

let host: RsvcHost<ContLeader> | undefined;
let rank = -1;
// Stop and start (system commands) and shutdown run one at a time.
let control: Promise<unknown> = Promise.resolve();
const serialize = <T>(fn: () => Promise<T>): Promise<T> => {
  const p = control.then(fn, fn);
  control = p.catch(() => undefined);
  return p;
};

async function openHost(): Promise<void> {
  if (host || rank < 0) return;
  host = await RsvcHost.start({
    bus,
    ...(auth ? { authorize: auth.authorize } : {}),
    system,
    rank,
    dataDir: path.join(dataDir, 'conts'),
    service,
    rng,
    replica: {
      tickIntervalMs: intEnv('TICK_MS', 100),
      raft: { electionTimeoutTicks: intEnv('ELECTION_TICKS', 10), heartbeatTicks: intEnv('HEARTBEAT_TICKS', 2) },
    },
    config: { dedupAgeMs: intEnv('DEDUP_AGE_MS', 300_000) },
    log,
  });
}

async function closeHost(): Promise<void> {
  const h = host;
  host = undefined;
  await h?.close();
}

const member = await startMember({
  bus,
  ...(auth ? { authorize: auth.authorize } : {}),
  system,
  dataDir,
  kind: 'container-service',
  faultDomain: env('FAULT_DOMAIN', '/node0'),
  ...(msReplicas ? { msReplicas } : {}),
  rng,
  log,
  onStop: () => serialize(closeHost),
  onStart: () => serialize(openHost),
});
rank = member.rank;
log = log.child({ rank });
await serialize(openHost);
log.info({ system, rank, uuid: member.uuid }, 'container-service ready');

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'stopping');
  await member.close();
  await serialize(closeHost);
  await bus.drain();
  await telemetry.shutdown();
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
exitWithParent((why) => void stop(why));
