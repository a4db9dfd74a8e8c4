// End to end on a system as `npm start` starts it (2 hosts x 1 engine x 2 targets here, to keep
// the load down): after `dmg storage format` the engines join; `dmg pool create` places the
// pool's targets on both engine ranks (MS job -> control servers -> dRPC POOL_CREATE);
// `dmg pool query` reports those targets and the engines' real space; `daos object put` then
// `daos object get` round-trips a value through an engine target (placement from the pool map,
// handle checks through the engine rank's iv-cache); `dmg pool destroy` removes the targets.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { TestSystem, waitFor } from '@daos-nats/testkit';

const TARGETS = 2;
let sys: TestSystem;
before(async () => {
  sys = await TestSystem.start({ poolServices: 1, containerServices: 1, servers: 2, targets: TARGETS });
});
after(async () => {
  await sys?.[Symbol.asyncDispose]();
});

/** The launcher's output lines of the servers and their engines (for failure messages). */
function serverLines(): string {
  return sys.log.split('\n').filter((l) => /server-\d|engine/.test(l)).slice(-60).join('\n');
}

/** The pool's directories on every engine target of the system (`<server dir>/engine0/tgt<t>/pools/<uuid>`). */
function targetDirs(uuid: string): string[] {
  const out: string[] = [];
  for (const s of sys.record.processes.filter((p) => p.kind === 'server')) {
    const engine = join(s.dataDir!, 'engine0');
    for (const t of existsSync(engine) ? readdirSync(engine).filter((d) => d.startsWith('tgt')) : []) {
      if (existsSync(join(engine, t, 'pools', uuid))) out.push(`${s.host}/${t}`);
    }
  }
  return out.sort();
}

test('pool targets on the engines: create, query, object put/get, destroy', { timeout: 600_000 }, async () => {
  const fmt = await sys.dmg(['storage', 'format']);
  assert.equal(fmt.code, 0, fmt.stderr);
  const engines = await waitFor(async () => {
    const q = await sys.dmg(['system', 'query', '--json']);
    const e = (q.response?.members ?? []).filter((m: { kind: string; state: string }) => m.kind === 'engine' && m.state === 'Joined');
    return e.length === 2 ? e : undefined;
  }, { timeoutMs: 300_000, intervalMs: 2_000, what: 'both engines to join' }).catch((e: Error) => {
    throw new Error(`${e.message}; server lines:\n${serverLines()}`, { cause: e });
  });
  const engineRanks = engines.map((m: { rank: number }) => m.rank).sort((a: number, b: number) => a - b);

  const create = await sys.dmg(['pool', 'create', '--size', '64M', 'tank', '--json']);
  assert.equal(create.code, 0, create.stderr);
  const uuid = create.response.uuid as string;
  assert.deepEqual(targetDirs(uuid), ['node0/tgt0', 'node0/tgt1', 'node1/tgt0', 'node1/tgt1'], 'every target of both engines holds the pool');

  const q = await sys.dmg(['pool', 'query', 'tank', '--json']);
  assert.equal(q.code, 0, q.stderr);
  assert.deepEqual(q.response.target_ranks, engineRanks);
  assert.equal(q.response.total_targets, 2 * TARGETS);
  assert.equal(q.response.active_targets, 2 * TARGETS);
  assert.deepEqual(q.response.targets_by_state, { UPIN: 2 * TARGETS });
  assert.equal(q.response.space_source, 'engines');
  assert.equal(q.response.targets_reporting, 2 * TARGETS);
  assert.equal(create.response.target_bytes, Math.floor(create.response.size_bytes / (2 * TARGETS)), 'each target gets an equal share');
  assert.deepEqual(create.response.target_ranks, engineRanks);
  assert.equal(q.response.total_bytes, create.response.target_bytes * 2 * TARGETS, 'total = the engines\' target capacities');
  assert.equal(q.response.free_bytes, q.response.total_bytes, 'nothing stored yet');
  const human = await sys.dmg(['pool', 'query', 'tank']);
  assert.match(human.stdout, /Targets \(active\/total\):\s+4\/4/);
  assert.match(human.stdout, /Space from:\s+engines \(4 targets\)/);

  const cont = await sys.daos(['container', 'create', 'tank', 'mycont']);
  assert.equal(cont.code, 0, cont.stderr);
  const put = await sys.daos(['object', 'put', 'tank', 'mycont', 'S1:1', 'dk', 'ak', '--value', 'hello engines', '--json']);
  assert.equal(put.code, 0, put.stderr);
  const get = await sys.daos(['object', 'get', 'tank', 'mycont', 'S1:1', 'dk', 'ak', '--json']);
  assert.equal(get.code, 0, get.stderr);
  assert.equal(get.response.found, true);
  assert.equal(get.response.value, 'hello engines');
  const rp = await sys.daos(['object', 'put', 'tank', 'mycont', 'RP_2G1:2', 'dk', 'ak', '--value', 'two replicas']);
  assert.equal(rp.code, 0, rp.stderr);
  assert.equal((await sys.daos(['object', 'get', 'tank', 'mycont', 'RP_2G1:2', 'dk', 'ak'])).stdout.trim(), 'two replicas');

  const used = await sys.dmg(['pool', 'query', 'tank', '--json']);
  assert.ok(used.response.used_bytes > 0, 'the stored values count in the engines\' space');
  assert.equal(used.response.free_bytes, used.response.total_bytes - used.response.used_bytes);

  const destroy = await sys.dmg(['pool', 'destroy', 'tank', '--force']);
  assert.equal(destroy.code, 0, destroy.stderr);
  await waitFor(() => (targetDirs(uuid).length === 0 ? true : undefined), { timeoutMs: 60_000, intervalMs: 500, what: 'the pool\'s targets gone from the engines' });
});
