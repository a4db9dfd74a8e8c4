// The one process runner: what every service main.ts used to repeat. Reads and validates the
// environment (exit 2 naming a bad variable; --help prints it all), sets up telemetry, the bus,
// membership or a static rank, the RsvcHost, serialized stop/start, signals and exit-with-parent.
// With DAOS_AUTH_DIR set it loads the spec's role credentials (libs/auth): the bus connects as the
// role's NATS user and signs every request, and the host, the member agent and whatever `serve`
// starts (p.authorize) verify every request they receive.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { loadRoleAuth, type AuthorizedRequest, type Role, type RoleAuth } from '@daos-nats/auth';
import { exitWithParent, SeededRng, type Rng } from '@daos-nats/base';
import { connectBus, natsRsvcTransport, type Bus } from '@daos-nats/bus';
import { startMember, type MemberAgent, type MemberKind } from '@daos-nats/member';
import { RsvcHost, type ServiceClass } from '@daos-nats/rsvc';
import { createLogger, ServiceMetrics, setupTelemetry, type GroupGauge, type Logger } from '@daos-nats/telemetry';
import { OpsEndpoint } from './ops-endpoint.js';
import { memberEnv, processEnv, staticRankEnv } from './common-env.js';
import { EnvError, formatEnvHelp, parseEnv, type EnvSchema, type EnvValues } from './env-schema.js';
import { Serializer } from './serializer.js';

/** How long a stop (close, bus drain, span flush) may take before the process exits anyway. */
export const STOP_DEADLINE_MS = 10_000;

/** What a service's hooks get from the runner. */
export interface ServiceProcess<V> {
  readonly name: string;
  readonly system: string;
  readonly dataDir: string;
  /** The service's own variables, parsed. */
  readonly env: V;
  readonly bus: Bus;
  readonly rng: Rng;
  /** With the rank once it is known. */
  readonly log: Logger;
  /** -1 until a member has joined. */
  readonly rank: number;
  /** MS replica ranks when configured (members: MS_REPLICAS). */
  readonly msReplicas: readonly number[] | undefined;
  /**
   * The request gate of this process's role when the system runs with credentials (DAOS_AUTH_DIR):
   * the runner's hosts and member agent apply it; pass it to any other responder (the MS locator).
   */
  readonly authorize: ((req: AuthorizedRequest) => void) | undefined;
  /** The host currently serving (undefined before start and while the system is stopped). */
  host<L>(): RsvcHost<L> | undefined;
  /** Start an RsvcHost of `service` with the process's raft and dedup settings. */
  startHost<L>(service: ServiceClass<L>, dataDir: string): Promise<RsvcHost<L>>;
}

/** Something a process serves that is not a plain host (the MS: host + locator). */
export interface Served {
  close(): Promise<void>;
}

interface SpecBase<E extends EnvSchema> {
  /** Process, telemetry and log name: "pool-service". */
  readonly name: string;
  /** One line for --help. */
  readonly summary: string;
  /** The role (libs/auth) whose NATS user and credentials the process uses when DAOS_AUTH_DIR is set; none: it refuses to run with one. */
  readonly role?: Role;
  /** The service's own variables, beside the common ones (common-env.ts). */
  readonly env: E;
}

/** Joins the system as a member (rank from the MS); hosts `service` under DATA_DIR/`hostDir`. */
export interface MemberServiceSpec<E extends EnvSchema, L> extends SpecBase<E> {
  readonly identity: 'member';
  readonly kind: MemberKind;
  readonly hostDir: string;
  /** Built once the bus is up, before the member joins. */
  service(p: ServiceProcess<EnvValues<E>>): ServiceClass<L>;
}

/** Runs on the configured RANK and starts what it serves once. */
export interface StaticServiceSpec<E extends EnvSchema> extends SpecBase<E> {
  readonly identity: 'static';
  serve(p: ServiceProcess<EnvValues<E>>): Promise<Served>;
}

export type ServiceProcessSpec<E extends EnvSchema, L> = MemberServiceSpec<E, L> | StaticServiceSpec<E>;

/** The whole environment schema of a spec, in --help order. */
export function processEnvSchema(spec: { readonly identity: 'member' | 'static'; readonly env: EnvSchema }): EnvSchema {
  return { ...processEnv, ...(spec.identity === 'member' ? memberEnv : staticRankEnv), ...spec.env };
}

type Common = EnvValues<typeof processEnv> & Partial<EnvValues<typeof memberEnv>> & Partial<EnvValues<typeof staticRankEnv>>;

/** Parse argv and the environment; print help (exit 0) or the bad variable (exit 2) when asked or wrong. */
function readConfig<E extends EnvSchema>(spec: SpecBase<E> & { identity: 'member' | 'static' }): { common: Common; own: EnvValues<E> } {
  const schema = processEnvSchema(spec);
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(formatEnvHelp(spec.name, spec.summary, schema));
    process.exit(0);
  }
  if (args.length > 0) fail(spec.name, `unexpected argument ${JSON.stringify(args[0])}: configured by the environment only (see --help)`);
  try {
    const all = parseEnv(schema, process.env) as Record<string, unknown>;
    const own = Object.fromEntries(Object.keys(spec.env).map((k) => [k, all[k]])) as EnvValues<E>;
    return { common: all as Common, own };
  } catch (e) {
    if (e instanceof EnvError) fail(spec.name, `${e.message} (see --help)`);
    throw e;
  }
}

function fail(name: string, why: string): never {
  console.error(`${name}: ${why}`);
  process.exit(2);
}

/**
 * Run a service process until SIGTERM, SIGINT or the death of its supervisor; never returns
 * normally. Exit codes: 0 after a clean stop, 2 for a bad environment or argument, 1 when the
 * service cannot start.
 */
export async function runServiceProcess<E extends EnvSchema, L>(spec: ServiceProcessSpec<E, L>): Promise<void> {
  const { common, own } = readConfig(spec);
  const staticRank = spec.identity === 'static' ? (common.RANK ?? -1) : -1;
  const instance = spec.identity === 'static' ? `rank-${staticRank}` : (common.INSTANCE ?? String(process.pid));
  let host: RsvcHost<unknown> | undefined;
  const metrics = common.METRICS_PORT === undefined ? undefined : new ServiceMetrics({ serviceName: spec.name, serviceInstanceId: instance, groups: () => groupGauges(host) });
  const telemetry = setupTelemetry({ serviceName: spec.name, serviceInstanceId: instance, ...(metrics ? { spanProcessors: [metrics.spanProcessor] } : {}) });
  let log = createLogger({ service: spec.name, ...(staticRank >= 0 ? { base: { rank: staticRank } } : {}) });
  let ready = false;
  const ops = metrics ? await startOps(spec.name, common.METRICS_PORT!, () => ready, metrics) : undefined;
  if (ops) log.info({ port: ops.port }, 'serving /healthz, /readyz and /metrics');
  const auth = await loadAuth(spec, common.DAOS_AUTH_DIR);
  const bus = await connectBus({ name: staticRank >= 0 ? `${spec.name}-r${staticRank}` : spec.name, servers: common.NATS_URL, log, ...auth?.bus });
  const rng = new SeededRng(randomBytes(4).readUInt32LE(0));
  let rank = staticRank;
  const p: ServiceProcess<EnvValues<E>> = {
    name: spec.name,
    system: common.DAOS_SYSTEM,
    dataDir: common.DATA_DIR,
    env: own,
    bus,
    rng,
    get log() {
      return log;
    },
    get rank() {
      return rank;
    },
    msReplicas: common.MS_REPLICAS,
    authorize: auth?.authorize,
    host: <T>() => host as RsvcHost<T> | undefined,
    // The one place a service process starts an RsvcHost.
    // The host is recorded here too, so that a static service's (the MS's) groups show in the metrics.
    startHost: async (service, dataDir) => {
      const h = await RsvcHost.start({
        transport: natsRsvcTransport(bus), system: common.DAOS_SYSTEM, rank, dataDir, service, rng, log,
        replica: { tickIntervalMs: common.TICK_MS, raft: { electionTimeoutTicks: common.ELECTION_TICKS, heartbeatTicks: common.HEARTBEAT_TICKS } },
        config: { dedupAgeMs: common.DEDUP_AGE_MS },
        ...(auth ? { authorize: auth.authorize } : {}),
      });
      host = h as RsvcHost<unknown>;
      return h;
    },
  };
  let close: () => Promise<void>;
  try {
    close = spec.identity === 'member' ? await runMember(spec, p, common, (h) => (host = h as RsvcHost<unknown> | undefined), (r) => ((rank = r), (log = log.child({ rank: r })))) : await serveStatic(spec, p);
  } catch (e) {
    log.fatal({ err: e }, `${spec.name} could not start`);
    await bus.drain().catch(() => undefined);
    await telemetry.shutdown().catch(() => undefined);
    process.exit(1);
  }
  let stopping = false;
  ready = true;
  const stop = async (why: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    ready = false; // readiness fails first, so a balancer stops sending before the drain
    log.info({ signal: why }, 'stopping');
    // A drain towards a nats-server that is gone (a fault campaign kills it) must not keep the
    // process alive: exit anyway after STOP_DEADLINE_MS.
    setTimeout(() => process.exit(1), STOP_DEADLINE_MS).unref();
    await close();
    await bus.drain();
    await telemetry.shutdown();
    await metrics?.shutdown();
    await ops?.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  exitWithParent((why) => void stop(why));
}

/** Each hosted group's term and leadership, for the metrics. */
function groupGauges(host: RsvcHost<unknown> | undefined): GroupGauge[] {
  if (!host) return [];
  return host.groupNames().flatMap((g) => {
    const r = host.group(g)?.replica;
    return r ? [{ group: g, term: Number(r.currentTerm), leader: r.isLeader, applied: Number(r.appliedIndex), voters: r.members().length }] : [];
  });
}

async function startOps(name: string, port: number, ready: () => boolean, metrics: ServiceMetrics): Promise<OpsEndpoint> {
  try {
    return await OpsEndpoint.start({ port, ready, metrics: (req, res) => metrics.handle(req, res) });
  } catch (e) {
    fail(name, `cannot serve METRICS_PORT ${port}: ${(e as Error).message}`);
  }
}

/** The role's credentials from `dir` (none without one); a spec without a role cannot run with credentials. */
async function loadAuth(spec: SpecBase<EnvSchema>, dir: string | undefined): Promise<RoleAuth | undefined> {
  if (!dir) return undefined;
  if (!spec.role) fail(spec.name, 'DAOS_AUTH_DIR is set but this process has no role (libs/auth) to take in a system with credentials');
  try {
    return await loadRoleAuth(dir, spec.role);
  } catch (e) {
    fail(spec.name, `cannot load the ${spec.role} credentials from DAOS_AUTH_DIR ${dir}: ${(e as Error).message}`);
  }
}

async function serveStatic<E extends EnvSchema>(spec: StaticServiceSpec<E>, p: ServiceProcess<EnvValues<E>>): Promise<() => Promise<void>> {
  const served = await spec.serve(p);
  p.log.info({ system: p.system }, `${spec.name} ready`);
  return () => served.close();
}

/** Join, host the service while the system runs (closed on system stop, reopened on start). */
async function runMember<E extends EnvSchema, L>(
  spec: MemberServiceSpec<E, L>,
  p: ServiceProcess<EnvValues<E>>,
  common: Common,
  setHost: (h: RsvcHost<L> | undefined) => void,
  setRank: (rank: number) => void,
): Promise<() => Promise<void>> {
  const service = spec.service(p);
  const steps = new Serializer();
  const open = async () => {
    if (p.host() || p.rank < 0) return;
    setHost(await p.startHost(service, path.join(p.dataDir, spec.hostDir)));
  };
  const closeHost = async () => {
    const h = p.host<L>();
    setHost(undefined);
    await h?.close();
  };
  const member: MemberAgent = await startMember({
    bus: p.bus, system: p.system, dataDir: p.dataDir, kind: spec.kind, faultDomain: common.FAULT_DOMAIN ?? '/node0',
    ...(p.msReplicas ? { msReplicas: p.msReplicas } : {}),
    rng: p.rng, log: p.log,
    ...(p.authorize ? { authorize: p.authorize } : {}),
    // The MS's orphan sweep: the groups this process hosts now (none while stopped).
    hostedGroups: () => ({ service: service.name, groups: p.host()?.groupNames() ?? [] }),
    onStop: () => steps.run(closeHost),
    onStart: () => steps.run(open),
  });
  setRank(member.rank);
  await steps.run(open);
  p.log.info({ system: p.system, rank: member.rank, uuid: member.uuid }, `${spec.name} ready`);
  return async () => {
    await member.close();
    await steps.run(closeHost);
  };
}
