// Rebuild end to end on a system as `npm start` starts it (3 hosts x 1 engine x 1 target): RP_2G1
// objects are written through `daos object put`; one engine rank is excluded from the system; the
// pool service leader's self-heal excludes it from the pool map, which records the rebuild's base
// map, and its rebuild loop drives the remaining engines until every object has its two replicas
// on them (pool query: rebuild busy, then idle). Then each remaining engine is stopped in turn and
// every value is still read back from the other one alone: both hold a copy of every object.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TestSystem, waitFor } from '@daos-nats/testkit';

const OBJECTS = 6;
let sys: TestSystem;
before(async () => {
  sys = await TestSystem.start({ poolServices: 1, containerServices: 1, servers: 3, targets: 1 });
});
after(async () => {
  await sys?.[Symbol.asyncDispose]();
});

interface Member {
  readonly rank: number;
  readonly kind: string;
  readonly state: string;
}

async function engines(): Promise<Member[]> {
  const q = await sys.dmg(['system', 'query', '--json']);
  return ((q.response?.members ?? []) as Member[]).filter((m) => m.kind === 'engine');
}

async function joined(rank: number): Promise<void> {
  await waitFor(async () => ((await engines()).find((m) => m.rank === rank)?.state === 'Joined' ? true : undefined), { timeoutMs: 120_000, intervalMs: 1_000, what: `engine rank ${rank} Joined again` });
}

/** Every value, read back through `daos object get` (from whichever replica answers). */
async function readAll(why: string): Promise<void> {
  for (let i = 1; i <= OBJECTS; i++) {
    const get = await sys.daos(['object', 'get', 'tank', 'c', `RP_2G1:${i}`, 'dk', 'ak', '--json']);
    assert.equal(get.code, 0, `${why}: object ${i}: ${get.stderr}`);
    assert.equal(get.response.value, `value ${i}`, `${why}: object ${i}`);
  }
}

test('excluding an engine rank rebuilds every RP_2G1 object onto the other engines, driven by the pool service', { timeout: 900_000 }, async () => {
  assert.equal((await sys.dmg(['storage', 'format'])).code, 0);
  const all = await waitFor(async () => {
    const e = (await engines()).filter((m) => m.state === 'Joined');
    return e.length === 3 ? e.map((m) => m.rank).sort((a, b) => a - b) : undefined;
  }, { timeoutMs: 300_000, intervalMs: 2_000, what: 'three engines to join' });
  assert.equal((await sys.dmg(['pool', 'create', '--size', '64M', 'tank'])).code, 0);
  assert.equal((await sys.daos(['container', 'create', 'tank', 'c'])).code, 0);
  for (let i = 1; i <= OBJECTS; i++) {
    const put = await sys.daos(['object', 'put', 'tank', 'c', `RP_2G1:${i}`, 'dk', 'ak', '--value', `value ${i}`]);
    assert.equal(put.code, 0, put.stderr);
  }
  const before = (await sys.dmg(['pool', 'query', 'tank', '--json'])).response;
  assert.equal(before.rebuild_state, 'idle', 'nothing to rebuild before a change');

  const [victim, ...rest] = all;
  assert.equal((await sys.dmg(['system', 'exclude', '--ranks', String(victim)])).code, 0);
  // Self-heal excludes the rank from the pool map; the leader's rebuild loop then runs until done.
  const done = await waitFor(async () => {
    const q = (await sys.dmg(['pool', 'query', 'tank', '--json'])).response;
    return q && q.map_version > before.map_version && q.disabled_targets === 1 && q.rebuild_state === 'idle' ? q : undefined;
  }, { timeoutMs: 180_000, intervalMs: 1_000, what: 'the rank out of the pool map and the rebuild finished' });
  assert.equal(done.active_targets, 2);
  await readAll('after the rebuild');

  // Each survivor alone holds every object: stop one, read everything from the other.
  for (const rank of rest) {
    assert.equal((await sys.dmg(['system', 'stop', '--ranks', String(rank)])).code, 0);
    await readAll(`with engine rank ${rank} stopped`);
    assert.equal((await sys.dmg(['system', 'start', '--ranks', String(rank)])).code, 0);
    await joined(rank);
  }
});
