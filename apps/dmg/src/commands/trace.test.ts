// One CLI command is one trace: `dmg --trace pool create` against a system whose first contact is
// an MS follower (the CLI is told only that replica), then the exported span files are checked:
// one root, the redirected attempt, the leader's handler, its commit, and the replicas' applies
// linked to it; and `dmg trace show` draws it.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { after, before, test } from 'node:test';
import { readTrace, type SpanRecord } from '@daos-nats/telemetry';
import { runCli, tempDir, TestSystem, waitFor, type TempDir } from '@daos-nats/testkit';

let sys: TestSystem;
let first: TempDir;
before(async () => {
  // No collector: spans go to <data-dir>/spans, as with `npm start` on a laptop.
  // CONT_RECONF_INTERVAL_MS short: the container service leader's reconfiguration loop, started by
  // a group the traced pool create opened, then runs many times during the test. Background work
  // starts from the root context (RsvcHost.openGroup), so none of it may show up in this trace.
  sys = await TestSystem.start({
    env: { OTEL_EXPORTER_OTLP_ENDPOINT: '', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: '', CONT_RECONF_INTERVAL_MS: '100' },
  });
  first = await tempDir('dmg-trace-');
});
after(async () => {
  await sys?.[Symbol.asyncDispose]();
  await first?.[Symbol.asyncDispose]();
});

const byRank = (spans: readonly SpanRecord[], rank: number) => spans.filter((s) => s.attributes['daos.rank'] === rank);

test('a dmg command against a follower is one trace: redirect, leader handler, commit, linked applies', async () => {
  const lq = await sys.dmg(['system', 'leader-query', '--json']);
  assert.equal(lq.code, 0, lq.stderr);
  const leader = lq.response.current_leader as number;
  const follower = sys.record.msReplicas.find((r) => r !== leader);
  assert.ok(follower !== undefined, 'an MS follower');

  // A record naming only the follower: the CLI's first contact cannot be the leader.
  const record = JSON.parse(await readFile(join(sys.dataDir, 'system.json'), 'utf8')) as Record<string, unknown>;
  await writeFile(join(first.path, 'system.json'), JSON.stringify({ ...record, msReplicas: [follower] }));
  const spanDir = join(sys.dataDir, 'spans');
  const env = { DAOS_AUTH_DIR: join(sys.dataDir, 'auth'), DAOS_NATS_SPAN_DIR: spanDir, OTEL_EXPORTER_OTLP_ENDPOINT: '' };
  const r = await runCli('dmg', ['--data-dir', first.path, '--trace', '--json', 'pool', 'create', '--size', '1G', 'traced'], { env });
  assert.equal(r.code, 0, r.stderr);
  const traceId = r.json?.['trace_id' as 'status'] as unknown as string;
  assert.match(traceId, /^[0-9a-f]{32}$/);
  assert.match(r.stderr, new RegExp(`trace: ${traceId}`));

  // The services export every 200 ms; wait until the leader's commit and two applies are in.
  const spans = await waitFor(
    () => {
      const s = readTrace(spanDir, traceId);
      const applies = s.filter((x) => x.name === 'rdb apply' && x.service === 'mgmt-service');
      return s.some((x) => x.name === 'rdb commit' && x.service === 'mgmt-service') &&
        new Set(applies.map((a) => a.attributes['daos.rank'])).size >= 2
        ? s
        : undefined;
    },
    { timeoutMs: 30_000, intervalMs: 100, what: 'the trace of the command in the span files' },
  );
  const inTrace = spans.filter((s) => s.traceId === traceId);
  const ids = new Set(inTrace.map((s) => s.spanId));

  const roots = inTrace.filter((s) => !s.parentSpanId || !ids.has(s.parentSpanId));
  assert.deepEqual(
    roots.map((s) => `${s.service}: ${s.name}`),
    ['dmg: dmg pool create'],
    'one root: the command',
  );

  const redirected = byRank(inTrace, follower).find((s) => s.service === 'dmg' && s.attributes['daos.der'] === 'DER_NOTLEADER');
  assert.ok(redirected, 'the attempt at the follower, answered NOTLEADER');
  assert.equal(redirected.attributes['daos.hint.rank'], leader, 'with the leader as its hint');

  const handler = byRank(inTrace, leader).find((s) => s.service === 'mgmt-service' && s.name.startsWith('rsvc '));
  assert.ok(handler, "the leader's handler span");
  const commit = inTrace.find((s) => s.name === 'rdb commit' && s.parentSpanId === handler.spanId);
  assert.ok(commit, "the handler's commit");

  const applies = spans.filter((s) => s.name === 'rdb apply' && s.service === 'mgmt-service' && s.links.some((l) => l.traceId === traceId));
  const applyRanks = new Set(applies.map((a) => a.attributes['daos.rank']));
  assert.ok(applyRanks.has(leader) || applyRanks.size >= 2, `applies on the replicas: ${[...applyRanks].join(',')}`);
  assert.ok(
    [...applyRanks].some((x) => x !== leader),
    'a follower applied it, linked to the trace',
  );

  const shown = await runCli('dmg', ['trace', 'show', traceId], { env });
  assert.equal(shown.code, 0, shown.stderr);
  assert.match(shown.stdout, /^trace [0-9a-f]{32}: \d+ spans \+ \d+ linked, 1 root/);
  assert.match(shown.stdout, /DER_NOTLEADER, → leader hint rank \d+/);
  assert.match(shown.stdout, /rdb commit {2}[\d.]+ ms/);
  assert.match(shown.stdout, /~> rdb apply/);

  // Ten periods of the container service's reconfiguration loop later, nothing the loop did is in
  // the trace: the groups the command started run their background work from the root context.
  const end = roots[0]!.startMs + roots[0]!.durationMs;
  await delay(10 * 100);
  const late = readTrace(spanDir, traceId).filter((s) => s.traceId === traceId && s.service === 'container-service' && s.startMs > end);
  assert.deepEqual(
    late.map((s) => s.name),
    [],
    'no container-service span after the command ended',
  );
});
