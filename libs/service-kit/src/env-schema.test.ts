import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXIT_WITH_PARENT_ENV } from '@daos-nats/base';
import { memberEnv, processEnv, staticRankEnv } from './common-env.js';
import { ENV_VALUE_CHARS_MAX, EnvError, envVar, formatEnvHelp, parseEnv } from './env-schema.js';
import { Serializer } from './serializer.js';

const schema = {
  URL: envVar.string('where'),
  NAME: envVar.string('who', 'daos_server'),
  WAIT_MS: envVar.integer('how long', 'ms', 100),
  RANK: envVar.integer('which', 'rank'),
  REPLICAS: envVar.ranks('replicas', [0, 1, 2]),
  MAYBE: envVar.optionalRanks('maybe replicas'),
  NOTE: envVar.optionalString('a note'),
  OTEL_X: envVar.external('read by a library'),
} as const;

function refused(env: NodeJS.ProcessEnv, variable: string, why: RegExp): void {
  assert.throws(
    () => parseEnv(schema, env),
    (e: unknown) => e instanceof EnvError && e.variable === variable && why.test(e.message) && e.message.startsWith(variable),
  );
}

test('values are typed, defaults apply, and an empty variable counts as unset', () => {
  const v = parseEnv(schema, { URL: 'nats://x', RANK: '3', NAME: '', MAYBE: '4, 5', OTEL_X: 'ignored' });
  assert.deepEqual(v, { URL: 'nats://x', NAME: 'daos_server', WAIT_MS: 100, RANK: 3, REPLICAS: [0, 1, 2], MAYBE: [4, 5], NOTE: undefined, OTEL_X: undefined });
  assert.equal(parseEnv(schema, { URL: 'u', RANK: '0', WAIT_MS: '0' }).WAIT_MS, 0);
});

test('a missing or malformed variable is refused naming it', () => {
  refused({ RANK: '1' }, 'URL', /is required/);
  refused({ URL: 'u' }, 'RANK', /is required/);
  for (const bad of ['-1', '1.5', 'abc', '1e3', '0x10', String(2 ** 53)]) refused({ URL: 'u', RANK: '1', WAIT_MS: bad }, 'WAIT_MS', /non-negative integer \(ms\)/);
  for (const bad of ['1,,2', 'a', '1;2', '-1', String(2 ** 32)]) refused({ URL: 'u', RANK: '1', REPLICAS: bad }, 'REPLICAS', /comma-separated ranks/);
  refused({ URL: 'x'.repeat(ENV_VALUE_CHARS_MAX + 1), RANK: '1' }, 'URL', /more than/);
});

test('--help lists every variable with its unit and default, or says it is required', () => {
  const help = formatEnvHelp('svc', 'does things', schema);
  assert.match(help, /^svc: does things/);
  assert.match(help, /WAIT_MS\s+how long \[ms\] \(default 100\)/);
  assert.match(help, /RANK\s+which \[rank\] \(required\)/);
  assert.match(help, /MAYBE\s+maybe replicas \[ranks\] \(optional\)/);
  for (const name of Object.keys(schema)) assert.match(help, new RegExp(`^  ${name} `, 'm'));
});

test('the common schemas keep the variables the launcher and fixtures set', () => {
  const names = [...Object.keys(processEnv), ...Object.keys(memberEnv), ...Object.keys(staticRankEnv)];
  for (const n of ['NATS_URL', 'DAOS_SYSTEM', 'DATA_DIR', 'TICK_MS', 'ELECTION_TICKS', 'HEARTBEAT_TICKS', 'DEDUP_AGE_MS', 'MS_REPLICAS', 'FAULT_DOMAIN', 'INSTANCE', 'RANK', EXIT_WITH_PARENT_ENV])
    assert.ok(names.includes(n), n);
  const v = parseEnv(processEnv, { NATS_URL: 'nats://127.0.0.1:4222', DATA_DIR: '/d' });
  assert.deepEqual([v.DAOS_SYSTEM, v.TICK_MS, v.ELECTION_TICKS, v.HEARTBEAT_TICKS, v.DEDUP_AGE_MS], ['daos_server', 100, 10, 2, 300_000]);
});

test('the serializer runs steps one at a time in call order, past failures', async () => {
  const s = new Serializer();
  const seen: string[] = [];
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const a = s.run(async () => {
    seen.push('a+');
    await gate;
    seen.push('a-');
    throw new Error('a failed');
  });
  const b = s.run(async () => {
    seen.push('b');
    return 2;
  });
  await Promise.resolve();
  assert.deepEqual(seen, ['a+']);
  release();
  await assert.rejects(a, /a failed/);
  assert.equal(await b, 2);
  assert.deepEqual(seen, ['a+', 'a-', 'b']);
});
