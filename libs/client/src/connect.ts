import { randomBytes } from 'node:crypto';
import { SeededRng, UnreachableError, type Rng } from '@daos-nats/base';
import { connectBus, type Bus } from '@daos-nats/bus';
import type { RefreshReplicas, RsvcClientConfig } from '@daos-nats/dc-rsvc';
import { createLogger, type Logger } from '@daos-nats/telemetry';
import { ServiceCaller } from './service-caller.js';
import { callerCredential, type Credential } from './system-credential.js';
import { discoverSystem, type DiscoveryOptions, type SystemAddress } from './system-discovery.js';
import { systemFilePath } from './system-file.js';

/**
 * What every typed client (mgmt, pool, container) needs from a connected session. Those clients
 * take a `DaosSession` as their first constructor argument: `new PoolClient(session, ...)`.
 */
export interface DaosSession {
  readonly bus: Bus;
  /** System name, the second token of every subject. */
  readonly system: string;
  /** Who is calling: sent with every request that checks an ACL or records an owner. */
  readonly credential: Credential;
  readonly rng: Rng;
  /** dc-rsvc settings for every replicated-service call of this session. */
  readonly rsvcConfig: Partial<RsvcClientConfig>;
  /** Default deadline of one whole operation, retries included. */
  readonly callTimeoutMs: number;
  readonly log: Logger;
  /** A caller of one raft group of a replicated service (`service` "pool", "cont"; group = pool uuid). */
  service(service: string, group: string, ranks: readonly number[], refresh?: RefreshReplicas): ServiceCaller;
}

export interface DaosClientOptions {
  readonly natsUrl: string;
  readonly system: string;
  /** Default: the OS user and groups, overridable by environment (see callerCredential). */
  readonly credential?: Credential;
  /** NATS connection name (shown in the server's /connz). */
  readonly name?: string;
  readonly rng?: Rng;
  readonly rsvcConfig?: Partial<RsvcClientConfig>;
  readonly callTimeoutMs?: number;
  readonly connectTimeoutMs?: number;
  readonly log?: Logger;
}

export const daosClientDefaults = {
  /** One CLI command, elections and redirects included. */
  callTimeoutMs: 30_000,
  connectTimeoutMs: 2_000,
} as const;

/**
 * A connected session with a DAOS system: one NATS connection, the caller's credential, and the
 * settings every typed client shares. Close it (or `await using`) when done.
 */
export class DaosClient implements DaosSession, AsyncDisposable {
  readonly rng: Rng;
  readonly credential: Credential;
  readonly rsvcConfig: Partial<RsvcClientConfig>;
  readonly callTimeoutMs: number;
  readonly log: Logger;
  private closed = false;

  private constructor(
    readonly bus: Bus,
    readonly system: string,
    o: DaosClientOptions,
    log: Logger,
  ) {
    this.rng = o.rng ?? new SeededRng(randomBytes(4).readUInt32LE(0));
    this.credential = o.credential ?? callerCredential();
    this.callTimeoutMs = o.callTimeoutMs ?? daosClientDefaults.callTimeoutMs;
    this.rsvcConfig = { callTimeoutMs: this.callTimeoutMs, ...o.rsvcConfig };
    this.log = log;
  }

  /** Connect to NATS; DER_UNREACH if it cannot be reached within connectTimeoutMs. */
  static async connect(o: DaosClientOptions): Promise<DaosClient> {
    const name = o.name ?? 'daos-client';
    // Clients keep stdout for their output: logs go to stderr, and only when asked for
    // ($DAOS_CLIENT_LOG_LEVEL; not $LOG_LEVEL, which the services' environment may carry).
    const level = (process.env['DAOS_CLIENT_LOG_LEVEL'] ?? 'silent') as 'silent';
    const log = o.log ?? createLogger({ service: name, level, destination: { write: (line: string) => void process.stderr.write(line) } });
    const bus = await connectBus({ name, servers: o.natsUrl, log, connectTimeoutMs: o.connectTimeoutMs ?? daosClientDefaults.connectTimeoutMs });
    return new DaosClient(bus, o.system, o, log);
  }

  service(service: string, group: string, ranks: readonly number[], refresh?: RefreshReplicas): ServiceCaller {
    return new ServiceCaller({ bus: this.bus, system: this.system, service, group, ranks, rng: this.rng, config: this.rsvcConfig, ...(refresh ? { refresh } : {}) });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.bus.drain();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}

/** Discover the system (flags, environment, data dir; see discoverSystem) and connect to it. */
export async function connectSystem(
  o: DiscoveryOptions & Omit<DaosClientOptions, 'natsUrl' | 'system'> = {},
): Promise<{ client: DaosClient; address: SystemAddress }> {
  const address = await discoverSystem(o);
  try {
    const client = await DaosClient.connect({ ...o, natsUrl: address.natsUrl, system: address.system });
    return { client, address };
  } catch (e) {
    // A record left by a stopped system names a NATS that is gone: say that, not just "refused".
    if (e instanceof UnreachableError && address.record)
      throw new UnreachableError(
        `the system recorded in ${systemFilePath(address.dataDir)} is not running (nothing answers at ${address.natsUrl}); start it with \`npm start\``,
        { cause: e },
      );
    throw e;
  }
}
