// RsvcHost on the in-memory transport (MemoryRsvcNetwork): the framework's own behaviour without
// NATS — leadership states, hints, dedup, fencing, step-down with handlers in flight. Real rdb
// replicas on real SQLite files in a temp dir; rsvc-host.test.ts covers the NATS transport.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { DER, NotLeaderError, codeOf } from '@daos-nats/base';
import { rsvcOps, type OperationDef } from '@daos-nats/api';
import { ATTR_LIST_PAGE_NAMES_MAX, ATTRS_PER_REQUEST_MAX } from './attributes.js';
import { tempDir, waitFor } from '@daos-nats/testkit';
import { distStart, distStop } from '../test/dist.js';
import { MemoryRsvcNetwork } from './memory-rsvc-network.js';
import type { RsvcHost, RsvcHostOptions } from './rsvc-host.js';
import type { GroupState } from './service-group.js';
import { counterOps, hookLog, startCounterHost, type CounterLeader } from '../test/test-hosts.js';

/** Tests call from this rank, which serves nothing. */
const CLIENT = 9;
const at = (group: string, rank: number) => ({ system: 'test', service: 'ctr', group, rank });
const enc = (o: unknown) => new TextEncoder().encode(JSON.stringify(o));
const dec = (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b)) as unknown;

interface Cluster {
  readonly net: MemoryRsvcNetwork;
  readonly hosts: RsvcHost<CounterLeader>[];
  readonly dir: string;
  call<Req, Rep>(group: string, rank: number, def: OperationDef<Req, Rep>, req: Req): Promise<Rep>;
  leader(group: string, state?: GroupState): Promise<number>;
}

async function withCluster(fn: (c: Cluster) => Promise<void>, extra: Partial<RsvcHostOptions<CounterLeader>> = {}): Promise<void> {
  const dir = await tempDir('rsvc-mem-');
  const net = new MemoryRsvcNetwork();
  const hosts: RsvcHost<CounterLeader>[] = [];
  const caller = net.transport(CLIENT);
  try {
    for (const rank of [0, 1, 2, 3]) hosts.push(await startCounterHost(net.transport(rank), rank, path.join(dir.path, `r${rank}`), extra));
    await fn({
      net,
      hosts,
      dir: dir.path,
      call: (group, rank, def, req) => caller.call(at(group, rank), def, req, { timeoutMs: 20_000 }),
      leader: async (group, state = 'up') => {
        const found = await waitFor(() => {
          const rank = [0, 1, 2, 3].find((r) => hosts[r]!.group(group)?.state === state);
          return rank === undefined ? false : { rank };
        }, { timeoutMs: 20_000, what: `a replica of ${group} in state ${state}` });
        return (found as { rank: number }).rank;
      },
    });
  } finally {
    for (const h of hosts) await h.close();
    await dir[Symbol.asyncDispose]();
  }
}

const failure = (p: Promise<unknown>) => p.then(() => assert.fail('expected a failure'), (e: unknown) => e);

test('leadership states: UP_EMPTY (DER_UNINIT) until a bootstrap, then UP; followers DOWN answer NOTLEADER with the hint; other ranks NOTREPLICA', async () => {
  await withCluster(async (c) => {
    await distStart(c.net.transport(CLIENT), { system: 'test', service: 'ctr', group: 's1', ranks: [0, 1, 2], create: true });
    const empty = await c.leader('s1', 'up-empty');
    assert.equal(codeOf(await failure(c.call('s1', empty, counterOps.read, { name: 'x' }))), DER.UNINIT);
    await distStart(c.net.transport(CLIENT), { system: 'test', service: 'ctr', group: 's1', ranks: [0, 1, 2], create: true, bootstrapArg: new Uint8Array([1]) });
    const leader = await c.leader('s1');
    await c.call('s1', leader, counterOps.create, { name: 'x' });
    assert.deepEqual(await c.call('s1', leader, counterOps.read, { name: 'x' }), { value: 0 });
    for (const f of [0, 1, 2].filter((r) => r !== leader)) {
      assert.equal(c.hosts[f]!.group('s1')!.state, 'down');
      const hinted = await waitFor(async () => {
        const e = await failure(c.call('s1', f, counterOps.read, { name: 'x' }));
        assert.ok(e instanceof NotLeaderError, `rank ${f} answers NOTLEADER, not ${String(e)}`);
        return e.hint?.rank === leader ? e : false;
      }, { timeoutMs: 10_000, what: `rank ${f}'s hint to ${leader}` });
      assert.equal(codeOf(hinted), DER.NOTLEADER);
    }
    assert.equal(codeOf(await failure(c.call('s1', 3, counterOps.read, { name: 'x' }))), DER.NOTREPLICA);
  });
});

test('dedup: a retried write (same client id and time) takes effect once, sequential or racing', async () => {
  await withCluster(async (c) => {
    await distStart(c.net.transport(CLIENT), { system: 'test', service: 'ctr', group: 'd1', ranks: [0, 1, 2], create: true, bootstrapArg: new Uint8Array([1]) });
    const leader = await c.leader('d1');
    const clientId = new Uint8Array(16).fill(7);
    const t0 = Date.now() * 1000;
    const incr = (clientTimeUs: number) => c.net.send(CLIENT, at('d1', leader), { operation: 'c.incr', body: enc({ name: 'n' }), clientId, clientTimeUs }, 20_000);
    assert.deepEqual(dec(await incr(t0)), { value: 1 });
    assert.deepEqual(dec(await incr(t0)), { value: 1 }, 'the retry gets the stored reply');
    const racing = await Promise.all([incr(t0 + 1), incr(t0 + 1), incr(t0 + 1)]);
    assert.deepEqual(racing.map(dec), [{ value: 2 }, { value: 2 }, { value: 2 }]);
    assert.deepEqual(await c.call('d1', leader, counterOps.read, { name: 'n' }), { value: 2 }, 'two operations, two increments');
  });
});

test('dist start/stop fencing: an older fence term is DER_STALE and changes nothing; destroy removes the file (rdb Replica.destroy)', async () => {
  await withCluster(async (c) => {
    const t = c.net.transport(CLIENT);
    await distStart(t, { system: 'test', service: 'ctr', group: 'f1', ranks: [0, 1, 2], create: true, fenceTerm: 5, bootstrapArg: new Uint8Array([1]) });
    await c.leader('f1');
    assert.equal(codeOf(await failure(distStop(t, { system: 'test', service: 'ctr', group: 'f1', ranks: [0], destroy: true, fenceTerm: 4 }))), DER.STALE);
    assert.ok(c.hosts[0]!.group('f1'), 'the stale stop left the replica');
    const file = path.join(c.dir, 'r0', 'f1.rdb');
    assert.ok(fs.existsSync(file));
    await distStop(t, { system: 'test', service: 'ctr', group: 'f1', ranks: [0], destroy: true, fenceTerm: 6 });
    assert.equal(c.hosts[0]!.group('f1'), undefined);
    assert.ok(!fs.existsSync(file), 'destroy deleted the SQLite file');
    assert.equal(codeOf(await failure(distStart(t, { system: 'test', service: 'ctr', group: 'f1', ranks: [0], create: true, fenceTerm: 5 }))), DER.STALE);
  });
});

test('step-down with handlers in flight: drain, signals aborted, a bounded wait (stepDownWaitMs) for a handler that ignores it, then stepDown', async () => {
  await withCluster(
    async (c) => {
      await distStart(c.net.transport(CLIENT), { system: 'test', service: 'ctr', group: 'sd1', ranks: [0, 1, 2], create: true, bootstrapArg: new Uint8Array([1]) });
      const leader = await c.leader('sd1');
      const sg = c.hosts[leader]!.group('sd1')!;
      const term = sg.leaderTerm;
      const tag = `sd1 r${leader} t${term}`;
      const slow = c.call('sd1', leader, counterOps.slow, { ms: 60_000 });
      const stubborn = c.call('sd1', leader, counterOps.stubborn, { ms: 4_000 });
      await waitFor(() => hookLog.includes(`slow-start ${tag}`) && hookLog.includes(`stubborn-start ${tag}`), { timeoutMs: 10_000, what: 'both handlers running' });
      sg.replica.resign(term);
      assert.deepEqual(await slow, { aborted: true });
      await waitFor(() => hookLog.includes(`stepDown ${tag}`), { timeoutMs: 10_000, what: 'stepDown' });
      assert.ok(!hookLog.includes(`stubborn-end ${tag} aborted=true`), 'stepDown did not wait for the handler that ignores its signal');
      assert.deepEqual(await stubborn, { aborted: true }, 'its signal was aborted all the same');
      const i = (s: string) => hookLog.findIndex((l) => l === `${s} ${tag}` || l.startsWith(`${s} ${tag} `));
      assert.ok(i('drain') >= 0 && i('drain') < i('slow-end') && i('slow-end') < i('stepDown') && i('stepDown') < i('stubborn-end'), hookLog.join('\n'));
      const next = await c.leader('sd1');
      assert.ok(c.hosts[next]!.group('sd1')!.leaderTerm > term, 'a later term leads');
    },
    { config: { stepDownWaitMs: 300 } },
  );
});

test('an isolated leader loses leadership; the others elect one and serve; its calls fail DER_UNREACH', async () => {
  await withCluster(async (c) => {
    await distStart(c.net.transport(CLIENT), { system: 'test', service: 'ctr', group: 'p1', ranks: [0, 1, 2], create: true, bootstrapArg: new Uint8Array([1]) });
    const old = await c.leader('p1');
    c.net.isolate(old);
    assert.equal(codeOf(await failure(c.call('p1', old, counterOps.read, { name: 'x' }))), DER.UNREACH);
    const next = await waitFor(() => {
      const r = [0, 1, 2].find((x) => x !== old && c.hosts[x]!.group('p1')?.state === 'up');
      return r === undefined ? false : { r };
    }, { timeoutMs: 20_000, what: 'a new leader' });
    await c.call('p1', (next as { r: number }).r, counterOps.create, { name: 'after' });
    await waitFor(() => c.hosts[old]!.group('p1')?.state === 'down', { timeoutMs: 20_000, what: 'the isolated leader steps down (check quorum)' });
    c.net.heal(old);
  });
});

test('leader-local calls: ctx.run commits through the leader path; its deadline is DER_TIMEDOUT and aborts the callee; a nested exclusive write is DER_INVAL', async () => {
  await withCluster(async (c) => {
    await distStart(c.net.transport(CLIENT), { system: 'test', service: 'ctr', group: 'l1', ranks: [0, 1, 2], create: true, bootstrapArg: new Uint8Array([1]) });
    const leader = await c.leader('l1');
    await c.call('l1', leader, counterOps.create, { name: 'n' });
    assert.deepEqual(await c.call('l1', leader, counterOps.incrTwice, { name: 'n' }), { value: 2 });
    assert.equal(codeOf(await failure(c.call('l1', leader, counterOps.incrNested, { name: 'n' }))), DER.INVAL);
    assert.deepEqual(await c.call('l1', leader, counterOps.read, { name: 'n' }), { value: 2 });
    assert.equal(codeOf(await failure(c.call('l1', leader, counterOps.runWithDeadline, { ms: 50 }))), DER.TIMEDOUT);
    const tag = `l1 r${leader} t${c.hosts[leader]!.group('l1')!.leaderTerm}`;
    await waitFor(() => hookLog.includes(`slow-end ${tag} aborted=true`), { timeoutMs: 10_000, what: 'the callee saw its signal abort' });
  });
});

test('rsvc.attr.list is paged: at most ATTR_LIST_PAGE_NAMES_MAX names (or the asked limit) per reply, then an anchor', async () => {
  await withCluster(async (c) => {
    await distStart(c.net.transport(CLIENT), { system: 'test', service: 'ctr', group: 'a1', ranks: [0, 1, 2], create: true, bootstrapArg: new Uint8Array([1]) });
    const leader = await c.leader('a1');
    const total = ATTR_LIST_PAGE_NAMES_MAX + 300;
    const names = Array.from({ length: total }, (_, i) => `attr-${String(i).padStart(5, '0')}-${'n'.repeat(200)}`);
    for (let i = 0; i < total; i += ATTRS_PER_REQUEST_MAX)
      await c.call('a1', leader, rsvcOps.attrSet, { attrs: Object.fromEntries(names.slice(i, i + ATTRS_PER_REQUEST_MAX).map((n) => [n, Uint8Array.of(1)])) });
    const first = await c.call('a1', leader, rsvcOps.attrList, {});
    assert.equal(first.names?.length, ATTR_LIST_PAGE_NAMES_MAX);
    assert.equal(first.nextAnchor, names[ATTR_LIST_PAGE_NAMES_MAX - 1]);
    const second = await c.call('a1', leader, rsvcOps.attrList, { anchor: first.nextAnchor! });
    assert.deepEqual([...first.names!, ...second.names!], names);
    assert.equal(second.nextAnchor, '', 'the last page says so');
    const small = await c.call('a1', leader, rsvcOps.attrList, { anchor: names[9]!, limit: 3 });
    assert.deepEqual({ names: small.names, nextAnchor: small.nextAnchor }, { names: names.slice(10, 13), nextAnchor: names[12] });
    const huge = await c.call('a1', leader, rsvcOps.attrList, { limit: 1_000_000 });
    assert.equal(huge.names?.length, ATTR_LIST_PAGE_NAMES_MAX, 'a limit above the maximum is the maximum');
  });
});

test('afterCommit: a write\'s after-commit work runs after its commit and before its reply; its failure is logged, not the caller\'s; reads cannot ask for it', async () => {
  await withCluster(async (c) => {
    await distStart(c.net.transport(CLIENT), { system: 'test', service: 'ctr', group: 'ac', ranks: [0, 1, 2], create: true, bootstrapArg: new Uint8Array([1]) });
    const leader = await c.leader('ac');
    for (const name of ['a', 'b', 'c']) await c.call('ac', leader, counterOps.create, { name });
    hookLog.length = 0;
    assert.deepEqual(await c.call('ac', leader, counterOps.removeAfter, { name: 'a' }), { removed: true });
    assert.deepEqual(hookLog.filter((l) => l.startsWith('after ')), ['after a committed=true'], 'ran, after the commit, before the reply');
    assert.deepEqual(await c.call('ac', leader, counterOps.removeAfter, { name: 'b', fail: true }), { removed: true }, 'the write committed: its reply stands');
    assert.equal(codeOf(await failure(c.call('ac', leader, counterOps.read, { name: 'b' }))), DER.NONEXIST);
    hookLog.length = 0;
    assert.equal(codeOf(await failure(c.call('ac', leader, counterOps.removeAfter, { name: 'zz' }))), DER.NONEXIST);
    assert.deepEqual(hookLog.filter((l) => l.startsWith('after ')), [], 'a handler that threw runs none');
    assert.equal(codeOf(await failure(c.call('ac', leader, counterOps.readAfter, { name: 'c' }))), DER.INVAL);
  });
});
