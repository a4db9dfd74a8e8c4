import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLauncherArgs, LauncherUsageError } from './launcher-options.js';
import { formatLogLine, LineSplitter, LOG_LINE_CHARS_MAX } from './log-lines.js';

test('launcher options: defaults, flags, environment, and clear refusals', () => {
  const d = parseLauncherArgs([], {});
  assert.ok(d !== 'help');
  assert.equal(d.dataDir, `${process.cwd()}/.daos-nats`);
  assert.equal(d.system, 'daos_server');
  assert.equal(d.natsUrl, undefined);
  assert.deepEqual([d.poolServices, d.containerServices, d.msReplicas, d.lockServices], [3, 3, [0, 1, 2], 3]);
  const o = parseLauncherArgs(['--data-dir', '/x', '--system', 'lab', '--pool-services', '5'], { NATS_URL: 'nats://h:1' });
  assert.ok(o !== 'help');
  assert.deepEqual([o.dataDir, o.system, o.natsUrl, o.poolServices], ['/x', 'lab', 'nats://h:1', 5]);
  assert.equal(parseLauncherArgs(['-h'], {}), 'help');
  assert.throws(() => parseLauncherArgs(['--bogus'], {}), LauncherUsageError);
  assert.throws(() => parseLauncherArgs(['--pool-services', '0'], {}), /1\.\.9/);
  assert.throws(() => parseLauncherArgs(['--system', 'a.b'], {}), /--system/);
  assert.throws(() => parseLauncherArgs(['--lock-services', '2'], {}), /0 or odd/);
  const nolocks = parseLauncherArgs(['--lock-services', '0'], {});
  assert.ok(nolocks !== 'help');
  assert.equal(nolocks.lockServices, 0);
  assert.throws(() => parseLauncherArgs(['stray'], {}), LauncherUsageError);
});

test('pino lines are shown compactly; anything else as it is, cut when huge', () => {
  const line = JSON.stringify({ level: 30, time: '2026-11-22T07:47:31.977Z', pid: 1, service: 's', msg: 'member joined', rank: 6, kind: 'pool-service', trace_id: 't' });
  assert.equal(formatLogLine(line), '07:47:31.977 INFO  member joined rank=6 kind=pool-service');
  const err = JSON.stringify({ level: 50, time: '2026-11-22T07:47:31.977Z', msg: 'failed', err: { message: 'boom now', stack: '...' } });
  assert.equal(formatLogLine(err), '07:47:31.977 ERROR failed err="boom now"');
  assert.equal(formatLogLine('[INF] Server is ready'), '[INF] Server is ready');
  assert.equal(formatLogLine('{not json'), '{not json');
  assert.equal(formatLogLine('x'.repeat(LOG_LINE_CHARS_MAX + 10)).length, LOG_LINE_CHARS_MAX + 1);
});

test('output is split into whole lines, partial lines wait, endless lines are bounded', () => {
  const lines: string[] = [];
  const s = new LineSplitter((l) => lines.push(l));
  s.push('a\r\nb');
  assert.deepEqual(lines, ['a']);
  s.push('c\n\n');
  assert.deepEqual(lines, ['a', 'bc', '']);
  s.push('tail');
  s.flush();
  assert.deepEqual(lines, ['a', 'bc', '', 'tail']);
  s.push('y'.repeat(5 * LOG_LINE_CHARS_MAX));
  assert.equal(lines.length, 5, 'a line with no end is emitted once it is too long');
});
