// `dmg system ms-replica add|remove` (issue 12 item 6) against real mgmt-service processes: ranks
// 0-2 found the MS, ranks 3 and 4 run and wait to be added. The commands run in this process (the
// same program as the binary, see system.test.ts); the MS replicas are child processes, killed
// with SIGKILL to prove that the added replicas caught up and vote.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { DER, SeededRng } from '@daos-nats/base';
import { connectBus, type Bus } from '@daos-nats/bus';
import { createProgram, runProgram } from '@daos-nats/cli';
import { MgmtClient } from '@daos-nats/client';
import { REPO_ROOT, spawnChild, startNatsServer, tempDir, waitFor, type ChildHandle, type NatsServer, type TempDir } from '@daos-nats/testkit';
import { register } from './system.js';

const SYSTEM = 'msrep';
const MAIN = path.join(REPO_ROOT, 'apps/mgmt-service/src/main.ts');
const FOUNDERS = [0, 1, 2];
const JOINERS = [3, 4];
let nats: NatsServer;
let dir: TempDir;
let bus: Bus;
const procs = new Map<number, ChildHandle>();
const metricsPorts = new Map<number, number>();

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as { port: number };
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

/** A gauge of group db from the process's /metrics (undefined: not served or no such group yet). */
async function dbGauge(rank: number, name: string): Promise<number | undefined> {
  const text = await (await fetch(`http://127.0.0.1:${metricsPorts.get(rank)}/metrics`)).text().catch(() => '');
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes('group="db"'));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

function spawnMs(rank: number): void {
  const child = spawnChild(process.execPath, ['--conditions=@daos-nats/source', '--import', import.meta.resolve('tsx'), MAIN], {
    env: {
      ...process.env,
      NATS_URL: nats.url,
      RANK: String(rank),
      DATA_DIR: path.join(dir.path, `ms-${rank}`),
      MS_REPLICAS: FOUNDERS.join(','),
      DAOS_SYSTEM: SYSTEM,
      TICK_MS: '50',
      ELECTION_TICKS: '10',
      HEARTBEAT_TICKS: '2',
      LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
      METRICS_PORT: String(metricsPorts.get(rank)),
    },
  });
  procs.set(rank, child);
}

before(async () => {
  nats = await startNatsServer();
  dir = await tempDir('ms-replica-');
  for (const rank of [...FOUNDERS, ...JOINERS]) metricsPorts.set(rank, await freePort());
  for (const rank of [...FOUNDERS, ...JOINERS]) spawnMs(rank);
  bus = await connectBus({ name: 'ms-replica-test', servers: nats.url });
  // Five processes compiling TypeScript at once on a loaded machine: generous, and a condition.
  await waitFor(async () => (await mgmt().leaderQuery({ callTimeoutMs: 2_000 }).catch(() => undefined)) !== undefined, {
    timeoutMs: 120_000,
    intervalMs: 500,
    what: `an MS leader (stderr of rank 0: ${procs.get(0)?.stderr.slice(-2000)})`,
  });
});

after(async () => {
  for (const c of procs.values()) await c.stop().catch(() => undefined);
  await bus?.drain().catch(() => undefined);
  await nats?.[Symbol.asyncDispose]();
  await dir?.[Symbol.asyncDispose]();
});

/**
 * A client that asks the locator where the replicas are, as a dmg command without a system record
 * does. A client that keeps a replica list (a record's founding list) retries only those ranks
 * and never asks again while it has any: once the replicas it knows are all gone it cannot find
 * the MS (libs/dc-rsvc refreshes only an empty list), so each use here starts fresh.
 */
function mgmt(): MgmtClient {
  return new MgmtClient({ bus, system: SYSTEM, rng: new SeededRng(11), rsvcConfig: { callTimeoutMs: 30_000 } });
}

async function dmg(args: string[]): Promise<{ code: number; stderr: string; json: { response: any; error: string | null; status: number } }> {
  let stdout = '';
  let stderr = '';
  const { program, ctx } = createProgram({ name: 'dmg', description: 'test' }, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  register(program, ctx);
  const code = await runProgram(program, ctx, ['--nats', nats.url, '--system', SYSTEM, '--json', ...args]);
  return { code, stderr, json: JSON.parse(stdout) };
}

const replicas = async (): Promise<number[]> => (await mgmt().leaderQuery()).replicas.sort((a, b) => a - b);

/** A member joined through the MS: a committed write. */
async function joinMember(): Promise<number> {
  const rep = await mgmt().join({ uuid: randomUUID(), kind: 'pool-service', addr: 'test', faultDomain: '/t' });
  return rep.rank ?? -1;
}

test('dmg system ms-replica: bad adds are refused; added replicas catch up and vote; removals keep a quorum', { timeout: 600_000 }, async () => {
  const before = await joinMember();

  // A rank with no mgmt-service process, and a rank that is already a replica: refused, nothing changes.
  const nobody = await dmg(['system', 'ms-replica', 'add', '--ranks', '7']);
  assert.equal(nobody.code, 1, nobody.stderr);
  assert.equal(nobody.json.status, DER.NONEXIST, nobody.json.error ?? '');
  assert.match(nobody.json.error ?? '', /no mgmt-service process answers on rank 7/i);
  const founder = await dmg(['system', 'ms-replica', 'add', '--ranks', '1']);
  assert.equal(founder.json.status, DER.EXIST, founder.json.error ?? '');
  assert.deepEqual(await replicas(), FOUNDERS);

  const added = await dmg(['system', 'ms-replica', 'add', '--ranks', '3,4']);
  assert.equal(added.code, 0, `${added.stderr} ${added.json.error}`);
  assert.deepEqual(added.json.response.replicas, [0, 1, 2, 3, 4]);
  const twice = await dmg(['system', 'ms-replica', 'add', '--ranks', '3']);
  assert.equal(twice.json.status, DER.EXIST, twice.json.error ?? '');
  assert.match(twice.json.error ?? '', /rank 3 is already an MS replica/i);

  // They catch up: each applies the whole membership and reaches the leader's applied index.
  const leaderApplied = (await dbGauge((await mgmt().leaderQuery()).leader, 'daos_raft_applied_index')) ?? Infinity;
  for (const r of JOINERS)
    await waitFor(async () => (await dbGauge(r, 'daos_raft_voters')) === 5 && ((await dbGauge(r, 'daos_raft_applied_index')) ?? 0) >= leaderApplied, {
      timeoutMs: 60_000,
      intervalMs: 200,
      what: `rank ${r} to apply the five voters and index ${leaderApplied}`,
    });

  // Kill two founders (the leader among them): a quorum of five is three, so from now on every
  // election and every commit needs both added replicas, and the state they must have caught up on.
  const leader = (await mgmt().leaderQuery()).leader;
  assert.ok(FOUNDERS.includes(leader), `the leader (${leader}) is still a founder`);
  const killed = [leader, FOUNDERS.find((r) => r !== leader)!];
  for (const r of killed) await procs.get(r)!.kill('SIGKILL');
  const survivor = FOUNDERS.find((r) => !killed.includes(r))!;
  let lq = await waitForLeader();
  assert.ok(!killed.includes(lq.leader), `leader ${lq.leader} is alive`);
  assert.deepEqual(lq.downReplicas.sort((a, b) => a - b), [...killed].sort((a, b) => a - b));
  assert.ok((await mgmt().systemQuery({ ranks: [before] })).members.length === 1, 'the member joined before the add is known: the new replicas caught up');
  const afterKill = await joinMember();
  assert.ok(afterKill > before, 'a write commits with the added replicas in the quorum');

  // Removing a live replica now would leave four replicas of which two answer: refused.
  const live = [survivor, ...JOINERS].filter((r) => r !== lq.leader);
  const belowQuorum = await dmg(['system', 'ms-replica', 'remove', '--ranks', String(live[0])]);
  assert.equal(belowQuorum.json.status, DER.INVAL, belowQuorum.json.error ?? '');
  assert.match(belowQuorum.json.error ?? '', /below a quorum of 3/);
  // So is removing every replica, the leader, and a rank that is not a replica.
  const all = await dmg(['system', 'ms-replica', 'remove', '--ranks', '0-4']);
  assert.equal(all.json.status, DER.INVAL, all.json.error ?? '');
  assert.match(all.json.error ?? '', /would leave no MS replica/i);
  const self = await dmg(['system', 'ms-replica', 'remove', '--ranks', String(lq.leader)]);
  assert.equal(self.json.status, DER.INVAL, self.json.error ?? '');
  const notOne = await dmg(['system', 'ms-replica', 'remove', '--ranks', '9']);
  assert.equal(notOne.json.status, DER.NONEXIST, notOne.json.error ?? '');
  assert.deepEqual(await replicas(), [0, 1, 2, 3, 4]);

  // Removing the two dead founders: three replicas, all live, and the group keeps working.
  const removed = await dmg(['system', 'ms-replica', 'remove', '--ranks', killed.join(',')]);
  assert.equal(removed.code, 0, `${removed.stderr} ${removed.json.error}`);
  const rest = [survivor, ...JOINERS].sort((a, b) => a - b);
  assert.deepEqual(removed.json.response.replicas, rest);
  lq = await waitForLeader();
  assert.deepEqual(lq.replicas.sort((a, b) => a - b), rest);
  assert.deepEqual(lq.downReplicas, []);
  assert.ok((await joinMember()) > afterKill, 'a write commits in the new membership');
  // And it survives the loss of one more (a quorum of three is two): the group is really these three.
  await procs.get(lq.leader)!.kill('SIGKILL');
  const next = await waitForLeader();
  assert.ok(rest.includes(next.leader) && next.leader !== lq.leader);
  assert.ok((await joinMember()) > afterKill);
});

async function waitForLeader(): Promise<Awaited<ReturnType<MgmtClient['leaderQuery']>>> {
  let lq: Awaited<ReturnType<MgmtClient['leaderQuery']>> | undefined;
  await waitFor(async () => (lq = await mgmt().leaderQuery({ callTimeoutMs: 5_000 }).catch(() => undefined)) !== undefined, {
    timeoutMs: 60_000,
    intervalMs: 200,
    what: `an MS leader (live processes' stderr: ${[...procs].filter(([, c]) => c.running).map(([r, c]) => `rank ${r}: ${c.stdout.slice(-2500)} ${c.stderr.slice(-500)}`).join(' | ')})`,
  });
  return lq!;
}
