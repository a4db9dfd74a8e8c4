import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidError, ProtoError, rank } from '@daos-nats/base';
import { parseRdbNodeArgs, rdbNodeArgs, rdbNodeTuningDefaults, replicaFile, type RdbNodeConfig } from './rdb-node-config.js';
import { jsonCodec } from './rdb-node-protocol.js';
import { quantile } from './workload.js';

const config: RdbNodeConfig = {
  natsUrl: 'nats://127.0.0.1:4333',
  system: 'sys',
  group: 'g0',
  id: { rank: rank(2), gen: 3 },
  dir: '/tmp/x',
  create: true,
  members: [
    { rank: rank(1), gen: 1 },
    { rank: rank(2), gen: 3 },
  ],
  ...rdbNodeTuningDefaults,
  tickIntervalMs: 50,
  seed: 42,
};

test('a node command line parses back to the config it was made from', () => {
  assert.deepEqual(parseRdbNodeArgs(rdbNodeArgs(config)), config);
  const joiner = { ...config, members: [], create: false };
  assert.deepEqual(parseRdbNodeArgs(rdbNodeArgs(joiner)), joiner);
  assert.equal(replicaFile('/d', config.id), '/d/replica-r2-g3.db');
});

test('a bad node command line is an InvalidError naming the flag', () => {
  const args = rdbNodeArgs(config);
  const without = (flag: string) => args.filter((a, i) => a !== flag && args[i - 1] !== flag);
  const bad = (argv: string[], re: RegExp) => assert.throws(() => parseRdbNodeArgs(argv), (e: unknown) => e instanceof InvalidError && re.test(e.message));
  bad(without('--nats'), /--nats is required/);
  bad(without('--id'), /--id is required/);
  bad([...without('--id'), '--id', '2'], /--id: expected rank:gen/);
  bad([...without('--id'), '--id', '2:0'], /generation 0/);
  bad([...without('--members'), '--members', '1:1,x'], /--members: expected rank:gen/);
  bad([...without('--tick-interval-ms'), '--tick-interval-ms', '0'], /--tick-interval-ms must be an integer >= 1/);
  bad([...without('--log-entries-max'), '--log-entries-max', '1.5'], /--log-entries-max/);
  bad([...args, '--no-such-flag'], /no-such-flag/);
});

test('the control codec takes JSON objects only', () => {
  const c = jsonCodec<{ a: number }>('thing');
  assert.deepEqual(c.decode(c.encode({ a: 1 }).finish()), { a: 1 });
  assert.throws(() => c.decode(new TextEncoder().encode('[1]')), ProtoError);
  assert.throws(() => c.decode(new TextEncoder().encode('null')), ProtoError);
  assert.throws(() => c.decode(new TextEncoder().encode('{')), SyntaxError);
  assert.throws(() => c.decode(new Uint8Array([0xff])), TypeError);
});

test('quantile is the nearest rank', () => {
  const xs = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.equal(quantile(xs, 0.5), 50);
  assert.equal(quantile(xs, 0.99), 99);
  assert.equal(quantile(xs, 1), 100);
  assert.equal(quantile([7], 0.99), 7);
  assert.equal(quantile([], 0.5), 0);
});
