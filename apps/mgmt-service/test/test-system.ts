// Test support: MS replicas, members and stand-in pool/container services in one process over a
// real nats-server. The stand-ins are minimal rsvc services named "pool" and "cont" that
// bootstrap, answer pool.handles.list (as many handles as the pool's "test_handles" property
// says) and pool.evict: enough for the MS's pool directory, independent of apps/pool-service.
import path from 'node:path';
import { CONT_SERVICE, POOL_SERVICE, poolOps } from '@daos-nats/api';
import { NonexistError, SeededRng } from '@daos-nats/base';
import { connectBus, natsRsvcTransport, type Bus } from '@daos-nats/bus';
import { startMember, type MemberAgent, type MemberKind } from '@daos-nats/member';
import { daos } from '@daos-nats/proto';
import { RsvcHost, operation, UNINITIALIZED, type ServiceClass } from '@daos-nats/rsvc';
import { createLogger } from '@daos-nats/telemetry';
import type { MsConfig } from '../src/ms-config.js';
import { MgmtServer } from '../src/ms-server.js';

export const SYSTEM = 'mstest';
export const fastReplica = { tickIntervalMs: 20, raft: { electionTimeoutTicks: 10, heartbeatTicks: 2 } };
export const fastMs: Partial<MsConfig> = { unresponsiveAfterMs: 4_000, excludeAfterMs: 6_000, sweepIntervalMs: 100, serviceStartTimeoutMs: 15_000, memberControlTimeoutMs: 3_000 };
const log = createLogger({ service: 'ms-test', level: (process.env['LOG_LEVEL'] as 'silent' | undefined) ?? 'silent' });

const HANDLES = 'test_handles';
/** Pool property: the stand-in pool service's bootstrap takes this many ms. */
export const BOOTSTRAP_DELAY = 'test_bootstrap_delay_ms';

function standIn(name: string): ServiceClass<{ group: string }> {
  const ops =
    name === POOL_SERVICE
      ? [
          operation(poolOps.handlesList, 'read', async (_r, ctx) => {
            const n = Number(new TextDecoder().decode(await ctx.tx.lookup([], HANDLES)));
            return { handles: Array.from({ length: n }, (_, i) => ({ handle: `h${i}` })) };
          }),
          operation(poolOps.evict, 'write', async () => ({ evicted: 0 })),
        ]
      : [];
  return {
    name,
    operations: ops,
    async stepUp(ctx) {
      try {
        await ctx.tx.lookup([], 'boot');
        return { group: ctx.group };
      } catch (e) {
        if (e instanceof NonexistError) return UNINITIALIZED;
        throw e;
      }
    },
    async bootstrap(ctx, arg) {
      let handles = '0';
      if (name === POOL_SERVICE) {
        const props = daos.pool.v1.PoolBootstrap.decode(arg).props;
        handles = props.find((p) => p.name === HANDLES)?.value ?? '0';
        // A group slow to come up (a loaded machine): longer than a client's attempt deadline.
        const delayMs = Number(props.find((p) => p.name === BOOTSTRAP_DELAY)?.value ?? 0);
        if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
      }
      ctx.tx.update([], 'boot', arg.length > 0 ? arg : new Uint8Array([1])).update([], HANDLES, new TextEncoder().encode(handles));
    },
    async drain() {},
    async stepDown() {},
  };
}

export interface TestMember {
  agent: MemberAgent;
  host: RsvcHost<{ group: string }>;
  bus: Bus;
  readonly dir: string;
  readonly kind: MemberKind;
  readonly faultDomain: string;
  readonly controls: string[];
}

export async function startMs(natsUrl: string, root: string, rank: number, replicas: readonly number[]): Promise<{ server: MgmtServer; bus: Bus }> {
  const bus = await connectBus({ name: `ms-${rank}`, servers: natsUrl, log });
  const server = await MgmtServer.start({
    bus, system: SYSTEM, rank, replicas, dataDir: path.join(root, `ms-${rank}`), rng: new SeededRng(rank + 1),
    config: fastMs, replica: fastReplica, log,
  });
  return { server, bus };
}

export async function startTestMember(natsUrl: string, dir: string, kind: MemberKind, faultDomain: string): Promise<TestMember> {
  const bus = await connectBus({ name: `member-${path.basename(dir)}`, servers: natsUrl, log });
  const controls: string[] = [];
  let hosted: RsvcHost<{ group: string }> | undefined;
  const service = kind === 'pool-service' ? POOL_SERVICE : CONT_SERVICE;
  const agent = await startMember({
    bus, system: SYSTEM, dataDir: dir, kind, faultDomain, log,
    config: { heartbeatIntervalMs: 100, joinTimeoutMs: 20_000, groupsReportEveryBeats: 5 },
    hostedGroups: () => ({ service, groups: hosted?.groupNames() ?? [] }),
    onStop: async (force) => void controls.push(`stop${force ? ' force' : ''}`),
    onStart: async () => void controls.push('start'),
  });
  const host = await RsvcHost.start({
    transport: natsRsvcTransport(bus), system: SYSTEM, rank: agent.rank, dataDir: path.join(dir, 'rdb'), rng: new SeededRng(agent.rank + 100),
    service: standIn(service), replica: fastReplica, log,
  });
  hosted = host;
  return { agent, host, bus, dir, kind, faultDomain, controls };
}

export async function stopTestMember(m: TestMember): Promise<void> {
  await m.agent.close();
  await m.host.close();
  await m.bus.drain();
}
