import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SeededRng } from '@daos-nats/base';
import { createProgram, runProgram } from '@daos-nats/cli';
import { connectSystem, DaosClient, MgmtClient, memberStateName } from '@daos-nats/client';
import { TestSystem, waitFor } from '@daos-nats/testkit';
import { formatRankList, parseRankList, register } from './system.js';

test('rank lists parse and print as DAOS writes them', () => {
  assert.deepEqual(parseRankList('3'), [3]);
  assert.deepEqual(parseRankList('5,1,3-4,3'), [1, 3, 4, 5]);
  assert.deepEqual(parseRankList('[0-2,7]'), [0, 1, 2, 7]);
  for (const bad of ['', 'x', '1-', '3-1', '1,,2', '-1', '0-99999999']) assert.throws(() => parseRankList(bad), { name: 'UsageError' }, bad);
  assert.equal(formatRankList([5, 0, 1, 2, 7, 8]), '0-2,5,7-8');
  assert.equal(formatRankList([]), '');
});

// One system for the rest: started the way `npm start` starts it, with quicker liveness limits
// (still generous: the machine running CI may be loaded, and a late heartbeat must not flap).
let sys: TestSystem;
let client: DaosClient;
let mgmt: MgmtClient;
before(async () => {
  sys = await TestSystem.start({ env: { MS_UNRESPONSIVE_AFTER_MS: '4000', MS_EXCLUDE_AFTER_MS: '8000' } });
  ({ client } = await connectSystem({ dataDir: sys.dataDir, env: {}, role: 'admin', rng: new SeededRng(5) }));
  mgmt = new MgmtClient(client, { replicas: sys.record.msReplicas });
});
after(async () => {
  await client?.close();
  await sys?.[Symbol.asyncDispose]();
});

/**
 * `dmg <args>` run in this process: the same program, commands and output as the binary (whose
 * main only assembles them), without a process start per command. One test runs the real binary.
 */
async function dmg(args: string[]): Promise<{ code: number; stdout: string; stderr: string; response: any }> {
  let stdout = '';
  let stderr = '';
  const { program, ctx } = createProgram({ name: 'dmg', description: 'test' }, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  register(program, ctx);
  const code = await runProgram(program, ctx, ['--data-dir', sys.dataDir, ...args]);
  let response: any;
  try {
    response = (JSON.parse(stdout) as { response: unknown }).response;
  } catch {
    response = undefined;
  }
  return { code, stdout, stderr, response };
}

interface Member {
  rank: number;
  uuid: string;
  kind: string;
  state: string;
  incarnation: number;
  info: string;
}

async function query(args: string[] = []): Promise<Member[]> {
  const r = await dmg(['system', 'query', '--json', ...args]);
  assert.equal(r.code, 0, r.stderr);
  return r.response.members as Member[];
}

/** Poll through the client library (no CLI per poll). */
async function waitState(rank: number, state: string, timeoutMs = 30_000): Promise<void> {
  let last = '';
  await waitFor(
    async () => (last = memberStateName((await mgmt.systemQuery({ ranks: [rank] })).members[0]?.state ?? 0)) === state,
    { timeoutMs, intervalMs: 200, what: `rank ${rank} ${state} (is ${last})` },
  );
}

test('dmg system query lists every member Joined; leader-query names the MS leader', async () => {
  const members = await query();
  assert.equal(members.length, 6);
  assert.deepEqual(members.map((m) => m.kind).sort(), ['container-service', 'container-service', 'container-service', 'pool-service', 'pool-service', 'pool-service']);
  assert.ok(members.every((m) => m.state === 'Joined' && m.rank > 2));
  // The real binary, as a user runs it.
  const text = await sys.dmg(['system', 'query']);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /Rank\s+State/);
  assert.match(text.stdout, /\[3-8\]\s+Joined/);

  // A replica's probe answer has a 1 s deadline: on a loaded machine one may miss it once.
  const lq = await waitFor(async () => {
    const r = await dmg(['system', 'leader-query', '--json']);
    assert.equal(r.code, 0, r.stderr);
    return r.response.down_replicas.length === 0 ? r : undefined;
  }, { timeoutMs: 30_000, intervalMs: 500, what: 'leader-query with no MS replica down' });
  assert.ok([0, 1, 2].includes(lq.response.current_leader));
  assert.deepEqual(lq.response.replicas, [0, 1, 2]);
});

test('dmg system stop and start a rank: its service stops and resumes, per-rank results', async () => {
  // The member writes its identity file after the MS answered its join: under load the system can
  // already list it Joined while the file is not there yet.
  const rank = await waitFor(() => sys.rankOf('pool-service-1'), { timeoutMs: 10_000, what: "pool-service-1's member.json" });
  const stop = await dmg(['system', 'stop', '--ranks', String(rank)]);
  assert.equal(stop.code, 0, stop.stderr);
  assert.match(stop.stdout, new RegExp(`^${rank}\\s+stop\\s+OK\\s+Stopped`, 'm'));
  assert.deepEqual((await query(['--state', 'stopped'])).map((m) => m.rank), [rank]);
  const start = await dmg(['system', 'start', '--ranks', String(rank), '--json']);
  assert.equal(start.code, 0, start.stderr);
  assert.deepEqual(start.response.results.map((r: { rank: number; state: string }) => [r.rank, r.state]), [[rank, 'Joined']]);
  assert.equal((await query(['--ranks', String(rank)]))[0]!.state, 'Joined');
});

test('dmg system exclude and clear-exclude: the rank rejoins with the same rank, next incarnation', async () => {
  const rank = (await sys.rankOf('container-service-2'))!;
  const ex = await dmg(['system', 'exclude', '--ranks', String(rank)]);
  assert.equal(ex.code, 0, ex.stderr);
  assert.equal((await query(['--ranks', String(rank)]))[0]!.state, 'AdminExcluded');
  const clear = await dmg(['system', 'clear-exclude', '-r', String(rank)]);
  assert.equal(clear.code, 0, clear.stderr);
  await waitState(rank, 'Joined');
  assert.equal((await query(['--ranks', String(rank)]))[0]!.incarnation, 2);
});

test('bad command lines are usage errors (exit 2) that reach no service', async () => {
  for (const args of [['system', 'exclude'], ['system', 'query', '--ranks', '1-x'], ['system', 'query', '--state', 'bogus'], ['system', 'frobnicate']]) {
    const r = await dmg(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /usage|unknown command|required option/i);
    assert.equal(r.stdout, '', 'nothing printed on stdout');
  }
  const unknown = await dmg(['system', 'exclude', '--ranks', '999']);
  assert.equal(unknown.code, 0, 'an unknown rank is reported, not an error');
  assert.match(unknown.stdout, /Unknown ranks: 999/);
});

test('a killed member becomes Unresponsive, then Excluded; kill -9 of the MS leader loses nothing', async () => {
  const rank = (await sys.rankOf('container-service-0'))!;
  await sys.kill('container-service-0');
  await waitState(rank, 'Unresponsive');
  await waitState(rank, 'Excluded');
  assert.match((await query(['--ranks', String(rank)]))[0]!.info, /no heartbeat/);

  const before = await query();
  const leader = (await dmg(['system', 'leader-query', '--json'])).response.current_leader as number;
  await sys.kill(`mgmt-service-${leader}`);
  const after = await query();
  assert.deepEqual(after.map((m) => [m.rank, m.uuid, m.state]), before.map((m) => [m.rank, m.uuid, m.state]));
  const lq = await dmg(['system', 'leader-query', '--json']);
  assert.equal(lq.code, 0, lq.stderr);
  assert.notEqual(lq.response.current_leader, leader);
  assert.deepEqual(lq.response.down_replicas, [leader]);
});
