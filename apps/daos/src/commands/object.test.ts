import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { UsageError } from '@daos-nats/cli';
import { parseOid } from '@daos-nats/placement';
import { parseEpochArg, parseOidArg } from './object.js';

test('object ids: <class>:<n> or 32 hex digits; anything else is a usage error', () => {
  assert.equal(parseOid(parseOidArg('RP_3G1:7')).cls.name, 'RP_3G1');
  assert.equal(parseOid(parseOidArg('RP_3G1:7')).seq, 7n);
  const hex = parseOidArg('S1:1');
  assert.equal(parseOidArg(hex.toUpperCase()), hex);
  for (const bad of ['EC_2P1:1', 'S1:-1', 'zz', 'ff'.repeat(16), 'S1:'] as const) assert.throws(() => parseOidArg(bad), UsageError, bad);
  assert.equal(parseEpochArg('123'), 123);
  for (const bad of ['0', '-1', '1.5', 'x', '99999999999999999999']) assert.throws(() => parseEpochArg(bad), UsageError, bad);
});

test('daos object with bad arguments exits 2 before contacting any system', () => {
  const main = fileURLToPath(new URL('../main.ts', import.meta.url));
  const run = (...args: string[]) => spawnSync(process.execPath, ['--conditions=@daos-nats/source', '--import', 'tsx', main, ...args], { encoding: 'utf8', timeout: 60_000 });
  const badOid = run('object', 'put', 'tank', 'c', 'EC_2P1:1', 'd', 'a', '--value', 'v');
  assert.equal(badOid.status, 2, badOid.stderr);
  assert.match(badOid.stderr, /bad object id/);
  const help = run('object', '--help');
  assert.equal(help.status, 0, help.stderr);
  for (const sub of ['put', 'get', 'list', 'punch']) assert.match(help.stdout, new RegExp(`\\b${sub}\\b`));
});
