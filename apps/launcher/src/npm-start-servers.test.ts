// End to end: `npm start` with control servers (2 hosts x 1 engine x 2 targets here, to keep the
// load down): the servers wait for format, `dmg storage format` (hosts from system.json) starts
// the engines, and they join as ranks of kind "engine" on their hosts; each engine's rank then
// gets its iv-cache (engines check handles through the IV cache of their rank).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TestSystem, waitFor } from '@daos-nats/testkit';

let sys: TestSystem;
before(async () => {
  sys = await TestSystem.start({ poolServices: 1, containerServices: 1, servers: 2, targets: 2 });
});
after(async () => {
  await sys?.[Symbol.asyncDispose]();
});

test('npm start runs the servers; dmg storage format starts their engines, which join', { timeout: 240_000 }, async () => {
  const servers = sys.record.processes.filter((p) => p.kind === 'server');
  assert.deepEqual(servers.map((p) => p.host).sort(), ['node0', 'node1']);
  const scan = await sys.dmg(['storage', 'scan', '--json']);
  assert.equal(scan.code, 0, scan.stderr);
  assert.deepEqual((scan.response.hosts as { engines: { state: string }[] }[]).map((h) => h.engines[0]!.state), ['AwaitFormat', 'AwaitFormat']);
  const fmt = await sys.dmg(['storage', 'format']);
  assert.equal(fmt.code, 0, fmt.stderr);
  const engines = await waitFor(async () => {
    const q = await sys.dmg(['system', 'query', '--json']);
    const e = (q.response?.members ?? []).filter((m: { kind: string; state: string }) => m.kind === 'engine' && m.state === 'Joined');
    return e.length === 2 ? e : undefined;
  }, { timeoutMs: 180_000, intervalMs: 2_000, what: 'both engines to join' }).catch((e: unknown) => {
    // With what the servers said: the reason is in their lines, not in the timeout.
    throw new Error(`${String(e)}\n${sys.log.split('\n').filter((l) => /^\[(server|iv-cache)/.test(l)).slice(-60).join('\n')}`);
  });
  assert.deepEqual(engines.map((m: { addr: string }) => m.addr).sort(), ['node0:0', 'node1:0']);
  const human = await sys.dmg(['storage', 'scan']);
  assert.match(human.stdout, /node0\s+0\s+yes\s+\d+\s+Joined/);
  for (const rank of engines.map((m: { rank: number }) => m.rank)) {
    const p = await waitFor(async () => (await sys.readRecord()).processes.find((x) => x.kind === 'iv-cache' && x.rank === rank), { timeoutMs: 30_000, intervalMs: 500, what: `an iv-cache for engine rank ${rank} in system.json` });
    assert.equal(p.name, `iv-cache-${rank}`);
    await waitFor(() => sys.log.includes(`[iv-cache-${rank}]`) && new RegExp(`\\[iv-cache-${rank}\\][^\\n]*iv-cache ready`).test(sys.log), { timeoutMs: 60_000, intervalMs: 500, what: `iv-cache-${rank} to be ready` });
    assert.doesNotThrow(() => process.kill(p.pid, 0), `iv-cache-${rank} runs`);
  }
});
