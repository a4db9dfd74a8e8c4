// The variables every service process reads, by the runner, with the meaning the launcher
// (apps/launcher) and the test fixtures (libs/testkit) give them.
import { defaultRsvcConfig } from '@daos-nats/rsvc';
import { envVar } from './env-schema.js';

/** Every process: where NATS is, which system, where its files go, raft and dedup timing. */
export const processEnv = {
  NATS_URL: envVar.string('NATS server URL, e.g. nats://127.0.0.1:4222'),
  DAOS_SYSTEM: envVar.string('system name, the second token of every subject', 'daos_server'),
  DATA_DIR: envVar.string('directory of this process: member identity and SQLite files'),
  TICK_MS: envVar.integer('raft tick', 'ms', 100),
  ELECTION_TICKS: envVar.integer('raft election timeout', 'ticks', 10),
  HEARTBEAT_TICKS: envVar.integer('raft heartbeat interval', 'ticks', 2),
  DEDUP_AGE_MS: envVar.integer('how long a retried write is recognised', 'ms', defaultRsvcConfig.dedupAgeMs),
  DAOS_AUTH_DIR: envVar.optionalString("the system's auth directory (npm start: <data-dir>/auth): this role's NATS user and credential keys; every request is then verified (unset: no checks)"),
  LOG_LEVEL: envVar.external('log level (trace, debug, info, warn, error, fatal, silent)', 'info'),
  OTEL_EXPORTER_OTLP_ENDPOINT: envVar.external('export spans over OTLP/HTTP to this URL (none when unset)'),
  DAOS_NATS_SPAN_DIR: envVar.external('without an OTLP endpoint: append spans to files in this directory (npm start: <data-dir>/spans; dmg trace show reads them)'),
  METRICS_PORT: envVar.optionalInteger('serve /healthz, /readyz (200 once serving, 503 while draining) and /metrics (Prometheus) on this TCP port; unset: none', 'port'),
  // libs/base EXIT_WITH_PARENT_ENV (a test checks the two names agree).
  DAOS_NATS_EXIT_WITH_PARENT: envVar.external('pid of the supervisor: stop when it dies (set by the launcher and test fixtures)'),
} as const;

/** A member process: its rank comes from the management service when it joins. */
export const memberEnv = {
  MS_REPLICAS: envVar.optionalRanks('MS replica ranks (else asked of any MS replica)'),
  FAULT_DOMAIN: envVar.string('fault domain of this process; replicas are spread across them', '/node0'),
  INSTANCE: envVar.optionalString('telemetry service.instance.id (default: the pid)'),
} as const;

/** A process with a configured rank (MS replicas, kv-example). */
export const staticRankEnv = {
  RANK: envVar.integer('this process rank', 'rank'),
} as const;
