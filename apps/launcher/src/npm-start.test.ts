// End to end: a system started the way `npm start` starts it, driven through the real `dmg` and
// `daos` binaries (one process per command, as a user runs them). One system for the whole file.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TestSystem, type CliResult } from '@daos-nats/testkit';

let sys: TestSystem;
before(async () => {
  sys = await TestSystem.start();
});
after(async () => {
  await sys?.[Symbol.asyncDispose]();
});

/** Assert success, with everything the command said when it did not succeed. */
function ok(r: CliResult, what: string): CliResult {
  assert.equal(r.code, 0, `${what} exited ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  return r;
}

test('npm start: the record names every process, and every member has joined', async () => {
  const rec = sys.record;
  assert.ok(rec.readyAt, 'the launcher marks the system ready');
  assert.deepEqual(rec.msReplicas, [0, 1, 2]);
  const q = ok(await sys.dmg(['system', 'query', '--json']), 'dmg system query');
  const members = q.response.members as { rank: number; state: string; kind: string }[];
  assert.deepEqual(
    rec.processes.map((p) => p.name).sort(),
    [
      'container-service-0', 'container-service-1', 'container-service-2', 'lock-service-0', 'lock-service-1', 'lock-service-2',
      'mgmt-service-0', 'mgmt-service-1', 'mgmt-service-2', 'nats-server', 'pool-service-0', 'pool-service-1', 'pool-service-2',
      // One IV cache per member rank (the pool and container services use the one of their rank).
      ...members.map((m) => `iv-cache-${m.rank}`),
    ].sort(),
  );
  for (const p of rec.processes.filter((x) => x.kind === 'iv-cache')) assert.ok(members.some((m) => m.rank === p.rank), `${p.name} serves a member's rank`);
  assert.equal(members.length, 6);
  assert.ok(members.every((m) => m.state === 'Joined'), JSON.stringify(members));
  assert.deepEqual(members.map((m) => m.kind).sort(), ['container-service', 'container-service', 'container-service', 'pool-service', 'pool-service', 'pool-service']);
  const human = ok(await sys.dmg(['system', 'query']), 'dmg system query');
  assert.match(human.stdout, /Rank\s+State/);
  assert.match(human.stdout, /Joined/);
});

test('daos lock: exec runs the command holding the lock with its fencing token; status; acquire; bad names', async () => {
  const r = await sys.daos(['lock', 'exec', 'walk', '--', 'sh', '-c', 'echo "token=$DAOS_LOCK_TOKEN name=$DAOS_LOCK_NAME"; exit 3']);
  assert.equal(r.code, 3, `exec ends with the command's status\n${r.stderr}`);
  const m = /token=(\d+) name=walk/.exec(r.stdout);
  assert.ok(m, r.stdout);
  const acq = ok(await sys.daos(['lock', 'acquire', 'walk', '--json']), 'daos lock acquire');
  assert.ok(Number(acq.response.token) > Number(m[1]), 'tokens grow across grants');
  const st = ok(await sys.daos(['lock', 'status', 'walk', '--json']), 'daos lock status');
  assert.equal(st.response.held, false, 'released when the command ended');
  const rel = await sys.daos(['lock', 'release', 'walk']);
  assert.equal(rel.code, 1);
  assert.match(rel.stderr, /DER_NO_PERM/);
  const bad = await sys.daos(['lock', 'acquire', '']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /DER_INVAL/);
});

test('bad command lines are usage errors (exit 2) that say what is wrong', async () => {
  const cases: [string, string[], RegExp][] = [
    ['dmg', ['pool', 'create', 'tank'], /--size/],
    ['dmg', ['pool', 'create', '--size', 'lots', 'tank'], /not a size/],
    ['daos', ['container', 'create', 'tank', 'bad label!'], /label/],
  ];
  for (const [tool, args, why] of cases) {
    const r = tool === 'dmg' ? await sys.dmg(args) : await sys.daos(args);
    assert.equal(r.code, 2, `${tool} ${args.join(' ')}: exit ${r.code}\n${r.stderr}`);
    assert.match(r.stderr, why, `${tool} ${args.join(' ')}`);
    assert.equal(r.stdout, '', 'nothing on stdout');
  }
  const json = await sys.dmg(['frobnicate', '--json']);
  assert.equal(json.code, 2);
  assert.match(json.stderr, /unknown command/);
  assert.equal(json.json?.status, -1003, 'a usage error in --json mode is DER_INVAL in the envelope');
});

test('an unreachable system is DER_UNREACH, exit 1, one line', async () => {
  const r = await sys.dmg(['--nats', 'nats://127.0.0.1:1', 'system', 'query']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^dmg: DER_UNREACH\(-1006\): /);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
});

test('kill -9 of the pool service leader in the middle of a sequence: every command succeeds, each exactly once', async () => {
  ok(await sys.dmg(['pool', 'create', '--size', '1G', 'crashpool']), 'dmg pool create');
  const q = ok(await sys.dmg(['pool', 'query', 'crashpool', '--json']), 'dmg pool query');
  const leader = q.response.svc_leader as number;
  const victim = await sys.processOfRank('pool-service', leader);
  const steps = 4;
  for (let i = 0; i < steps; i++) {
    const attr = sys.daos(['pool', 'set-attr', 'crashpool', `k${i}`, `v${i}`]);
    if (i === 2) {
      // Kill while the write is in flight (or just before it reaches the leader).
      await new Promise((r) => setTimeout(r, 300));
      await sys.kill(victim.name, 'SIGKILL');
    }
    ok(await attr, `daos pool set-attr k${i}`);
    ok(await sys.daos(['container', 'create', 'crashpool', `c${i}`]), `daos container create c${i}`);
  }
  const attrs = ok(await sys.daos(['pool', 'list-attrs', 'crashpool', '--json']), 'daos pool list-attrs');
  const names = (attrs.response as unknown[]).map((a) => (typeof a === 'string' ? a : (a as { name: string }).name));
  assert.deepEqual(names.sort(), Array.from({ length: steps }, (_, i) => `k${i}`));
  const conts = ok(await sys.daos(['container', 'list', 'crashpool', '--json']), 'daos container list');
  const labels = (conts.response as { label: string }[]).map((c) => c.label).sort();
  assert.deepEqual(labels, Array.from({ length: steps }, (_, i) => `c${i}`), 'each container exactly once');
  const after = ok(await sys.dmg(['pool', 'query', 'crashpool', '--json']), 'dmg pool query');
  assert.notEqual(after.response.svc_leader, leader, 'a surviving replica leads');
});

test('Ctrl-C stops everything; npm start again finds the same ranks, pools and containers', async () => {
  const before = ok(await sys.dmg(['system', 'query', '--json']), 'dmg system query');
  const ranks = (before.response.members as { rank: number; uuid: string }[]).map((m) => `${m.rank}:${m.uuid}`).sort();
  const pids = sys.record.processes.map((p) => p.pid);
  await sys.stop();
  for (const pid of pids) assert.throws(() => process.kill(pid, 0), `process ${pid} is gone after the stop`);
  assert.equal((await sys.readRecord()).readyAt, undefined, 'a stopped system is not marked ready');
  await sys.restart();
  const again = ok(await sys.dmg(['system', 'query', '--json']), 'dmg system query after restart');
  const members = again.response.members as { rank: number; uuid: string; state: string }[];
  assert.deepEqual(members.map((m) => `${m.rank}:${m.uuid}`).sort(), ranks, 'same members, same ranks');
  assert.ok(members.every((m) => m.state === 'Joined'));
  const pools = ok(await sys.dmg(['pool', 'list', '--json']), 'dmg pool list');
  assert.ok(JSON.stringify(pools.response).includes('crashpool'), pools.stdout);
  const conts = ok(await sys.daos(['container', 'list', 'crashpool', '--json']), 'daos container list');
  assert.equal((conts.response as unknown[]).length, 4);
});
