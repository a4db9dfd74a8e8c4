// Test support for pool-job-failover-*.test.ts (issue 12 item 1): kill -9 of the MS leader at each
// step of a pool create and destroy. The three
// MS replicas are real processes (apps/mgmt-service/src/main.ts); the leader kills itself with
// SIGKILL exactly when its job reaches the named step (MS_TEST_KILL_DIR and the pool's label:
// deterministic, no race against a timer); the killed replica is restarted before the next step.
// Members and their stand-in pool/container services run in this process (test/test-system.ts).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import { SeededRng } from '@daos-nats/base';
import { connectBus, type Bus } from '@daos-nats/bus';
import { MgmtClient, type MgmtPoolInfo } from '@daos-nats/client';
import { spawnChild, startNatsServer, tempDir, waitFor, type ChildHandle, type NatsServer, type TempDir } from '@daos-nats/testkit';
import { SYSTEM, startTestMember, stopTestMember, type TestMember } from './test-system.js';

const MAIN = path.join(import.meta.dirname, '..', 'src', 'main.ts');
const REPLICAS = [0, 1, 2];
let nats: NatsServer;
let dir: TempDir;
let killDir: string;
const ms = new Map<number, ChildHandle>();
let members: TestMember[] = [];
let bus: Bus;
export let mgmt: MgmtClient;

function spawnMs(rank: number): ChildHandle {
  const child = spawnChild(process.execPath, ['--conditions=@daos-nats/source', '--import', import.meta.resolve('tsx'), MAIN], {
    env: {
      ...process.env,
      NATS_URL: nats.url,
      RANK: String(rank),
      DATA_DIR: path.join(dir.path, `ms-${rank}`),
      MS_REPLICAS: REPLICAS.join(','),
      DAOS_SYSTEM: SYSTEM,
      TICK_MS: '50',
      ELECTION_TICKS: '10',
      HEARTBEAT_TICKS: '2',
      MS_TEST_KILL_DIR: killDir,
      LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
    },
  });
  ms.set(rank, child);
  return child;
}

/** Registers the before/after hooks of a failover test file: three MS processes, six members. */
export function failoverCluster(): void {
  before(async () => {
    nats = await startNatsServer();
    dir = await tempDir('ms-failover-');
    killDir = path.join(dir.path, 'kills');
    fs.mkdirSync(killDir);
    for (const rank of REPLICAS) spawnMs(rank);
    bus = await connectBus({ name: 'failover-client', servers: nats.url });
    mgmt = new MgmtClient(
      { bus, system: SYSTEM, rng: new SeededRng(3), rsvcConfig: { callTimeoutMs: 60_000 } },
      { replicas: REPLICAS, poolWaitTimeoutMs: 120_000 },
    );
    // Three processes compiling TypeScript at once on a loaded machine: generous, and a condition.
    await waitFor(async () => (await mgmt.leaderQuery({ callTimeoutMs: 2_000 }).catch(() => undefined)) !== undefined, {
      timeoutMs: 120_000,
      intervalMs: 500,
      what: `an MS leader (stderr of rank 0: ${ms.get(0)?.stderr.slice(-2000)})`,
    });
    const specs = [
      ['pool-service', '/n0'],
      ['pool-service', '/n1'],
      ['pool-service', '/n2'],
      ['container-service', '/n0'],
      ['container-service', '/n1'],
      ['container-service', '/n2'],
    ] as const;
    members = await Promise.all(specs.map(([kind, fd], i) => startTestMember(nats.url, path.join(dir.path, `m${i}`), kind, fd)));
  });

  after(async () => {
    for (const m of members) await stopTestMember(m).catch(() => undefined);
    for (const c of ms.values()) await c.stop().catch(() => undefined);
    await bus?.drain().catch(() => undefined);
    await nats?.[Symbol.asyncDispose]();
    await dir?.[Symbol.asyncDispose]();
  });
}

/** The replica that died at the step (SIGKILL, its marker file written) is restarted. */
export async function restartKilled(uuid: string, step: string): Promise<void> {
  assert.ok(fs.existsSync(path.join(killDir, `${uuid}.${step.replace(':', '-')}`)), `a leader died at ${step}`);
  const dead = [...ms].filter(([, c]) => !c.running);
  assert.equal(dead.length, 1, 'exactly one MS replica was killed');
  const [rank, child] = dead[0]!;
  assert.equal((await child.exited).signal, 'SIGKILL');
  spawnMs(rank);
}

/** Replicas of the pool exist exactly where its record says, and every replica agrees on the members. */
export async function fullyThere(pool: MgmtPoolInfo): Promise<void> {
  const sorted = (r: readonly number[]) => [...r].sort((a, b) => a - b).join(',');
  await waitFor(
    () =>
      members.every((m) => {
        const ranks = m.kind === 'pool-service' ? pool.svcRanks : pool.contRanks;
        const g = m.host.group(pool.uuid);
        if (!ranks.includes(m.agent.rank)) return g === undefined;
        return g !== undefined && sorted(g.replica.members().map((x) => x.rank)) === sorted(ranks);
      }),
    { timeoutMs: 20_000, what: `replicas of ${pool.label} exactly on ${pool.svcRanks} / ${pool.contRanks}, members agreeing` },
  );
}

export async function fullyGone(uuid: string): Promise<void> {
  await waitFor(() => members.every((m) => m.host.group(uuid) === undefined), { timeoutMs: 20_000, what: `no replica of ${uuid} left` });
  assert.equal((await mgmt.poolList()).filter((p) => p.uuid === uuid).length, 0, 'no record');
}
