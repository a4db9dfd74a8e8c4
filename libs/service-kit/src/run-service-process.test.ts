import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnChild, startNatsServer, tempDir, waitFor } from '@daos-nats/testkit';

const FIXTURE = fileURLToPath(new URL('../test/static-fixture.ts', import.meta.url));
const REPO = path.resolve(path.dirname(FIXTURE), '../../..');

function run(args: string[], env: NodeJS.ProcessEnv) {
  return spawnChild(process.execPath, ['--conditions=@daos-nats/source', '--import', 'tsx', FIXTURE, ...args], { cwd: REPO, env: { PATH: process.env['PATH'], ...env } });
}

test('--help prints every variable and exits 0 without reading the environment', async () => {
  const c = run(['--help'], {});
  const exit = await c.waitExit(60_000);
  assert.equal(exit.code, 0, c.stderr);
  for (const name of ['NATS_URL', 'DATA_DIR', 'RANK', 'TICK_MS', 'FIXTURE_WAIT_MS']) assert.match(c.stdout, new RegExp(`^  ${name} `, 'm'));
  assert.match(c.stdout, /FIXTURE_WAIT_MS\s+a fixture knob \[ms\] \(default 5\)/);
});

test('a bad variable or an argument exits 2 naming it, before connecting to anything', async () => {
  const bad = run([], { NATS_URL: 'nats://127.0.0.1:1', DATA_DIR: '/nonexistent', RANK: '1', FIXTURE_WAIT_MS: 'soon' });
  assert.equal((await bad.waitExit(60_000)).code, 2);
  assert.match(bad.stderr, /^fixture-service: FIXTURE_WAIT_MS must be a non-negative integer \(ms\), got "soon"/m);
  const missing = run([], { NATS_URL: 'nats://127.0.0.1:1', DATA_DIR: '/nonexistent' });
  assert.equal((await missing.waitExit(60_000)).code, 2);
  assert.match(missing.stderr, /RANK is required/);
  const arg = run(['--rank=1'], {});
  assert.equal((await arg.waitExit(60_000)).code, 2);
  assert.match(arg.stderr, /unexpected argument "--rank=1"/);
});

test('serves until SIGTERM, then closes what it served and exits 0', async () => {
  await using nats = await startNatsServer();
  await using dir = await tempDir('service-kit-');
  const c = run([], { NATS_URL: nats.url, DATA_DIR: dir.path, RANK: '4', FIXTURE_WAIT_MS: '7', LOG_LEVEL: 'warn' });
  await waitFor(() => fs.existsSync(path.join(dir.path, 'serving')), { timeoutMs: 60_000, intervalMs: 50, what: 'the fixture to serve' });
  assert.equal(fs.readFileSync(path.join(dir.path, 'serving'), 'utf8'), '4 7');
  const exit = await c.kill('SIGTERM', 30_000);
  assert.equal(exit.code, 0, c.stderr);
  assert.equal(fs.readFileSync(path.join(dir.path, 'closed'), 'utf8'), 'yes');
});
