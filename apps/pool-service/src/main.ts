// The pool-service process: joins the system as a member (rank from the management service),
// then hosts the pool service replicas the MS places on that rank (one raft group per pool).
// The only place that reads the environment and wires real NATS, SQLite and clocks.
//
//   NATS_URL          nats://127.0.0.1:4222 (required)
//   DATA_DIR          member identity and the replicas' SQLite files (required)
//   DAOS_SYSTEM       system name in subjects (daos_server)
//   MS_REPLICAS       MS replica ranks, comma-separated (else asked of any MS replica)
//   FAULT_DOMAIN      this process's fault domain (/node0)
//   TICK_MS           raft tick (100); ELECTION_TICKS (10); HEARTBEAT_TICKS (2)
//   DEDUP_AGE_MS      how long retried writes are recognised (300000)
//   SELF_HEAL_INTERVAL_MS  how often a pool leader looks for system-excluded ranks (2000)
//   DAOS_AUTH_DIR     the system's auth directory (npm start: <data-dir>/auth): this role's NATS
//                     user, the credential keys; every request is then verified (unset: none)
//   OTEL_EXPORTER_OTLP_ENDPOINT   export spans (OTLP/HTTP) when set
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { exitWithParent, SeededRng } from '@daos-nats/base';
import { loadRoleAuth } from '@daos-nats/auth';
import { connectBus } from '@daos-nats/bus';
import { MemberState, MgmtClient } from '@daos-nats/client';
import { startMember } from '@daos-nats/member';
import { RsvcHost } from '@daos-nats/rsvc';
import { createLogger, setupTelemetry } from '@daos-nats/telemetry';
import { createPoolService, type PoolLeader } from './pool-service.js';

function env(name: string, fallback?: string): string {
  const v = process.env[name] ?? fallback;
  if (v === undefined || v === '') {
    console.error(`pool-service: ${name} is required`);
    process.exit(2);
  }
  return v;
}

function intEnv(name: string, fallback: number): number {
  const text = env(name, String(fallback));
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 0) {
    console.error(`pool-service: ${name} must be a non-negative integer, got ${JSON.stringify(text)}`);
    process.exit(2);
  }
  return n;
}

function ranksEnv(name: string): number[] | undefined {
  const text = process.env[name];
  if (!text) return undefined;
  const ranks = text.split(',').map((s) => Number(s.trim()));
  if (ranks.some((r) => !Number.isSafeInteger(r) || r < 0)) {
    console.error(`pool-service: ${name} must be comma-separated ranks, got ${JSON.stringify(text)}`);
    process.exit(2);
  }
  return ranks;
}

const system = env('DAOS_SYSTEM', 'daos_server');
const dataDir = env('DATA_DIR');
const msReplicas = ranksEnv('MS_REPLICAS');
const rng = new SeededRng(randomBytes(4).readUInt32LE(0));
const telemetry = setupTelemetry({ serviceName: 'pool-service', serviceInstanceId: process.env['INSTANCE'] ?? String(process.pid) });
let log = createLogger({ service: 'pool-service' });
const authDirEnv = process.env['DAOS_AUTH_DIR'];
const auth = authDirEnv ? await loadRoleAuth(authDirEnv, 'pool') : undefined;
const bus = await connectBus({ name: 'pool-service', servers: env('NATS_URL'), log, ...auth?.bus });
const mgmt = new MgmtClient({ bus, system, rng, rsvcConfig: { callTimeoutMs: 30_000 } }, msReplicas ? { replicas: msReplicas } : {});

let host: RsvcHost<PoolLeader> | undefined;
let rank = -1;
const service = createPoolService({
  bus,
  system,
  log,
  resign: (group, term) => host?.group(group)?.replica.resign(term),
  reportReplicas: async (uuid, svcRanks) => {
    await mgmt.poolUpdateReplicas({ uuid, svcRanks: [...svcRanks] });
  },
  excludedRanks: async (ranks) =>
    (await mgmt.systemQuery({ ranks, stateMask: MemberState.Excluded | MemberState.AdminExcluded })).members.map((m) => m.rank),
  selfHeal: { intervalMs: intEnv('SELF_HEAL_INTERVAL_MS', 2_000) },
});

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
    dataDir: path.join(dataDir, 'pools'),
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
  kind: 'pool-service',
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
log.info({ system, rank, uuid: member.uuid }, 'pool-service ready');

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
