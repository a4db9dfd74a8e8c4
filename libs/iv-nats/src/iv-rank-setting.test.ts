import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidError, SeededRng } from '@daos-nats/base';
import type { Bus } from '@daos-nats/bus';
import { lazyIvClient, parseIvRank } from './iv-rank-setting.js';

test('IV_RANK: unset, self or a rank; anything else is refused naming the value', () => {
  assert.equal(parseIvRank(undefined), undefined);
  assert.equal(parseIvRank(''), undefined);
  assert.equal(parseIvRank('self'), 'self');
  assert.equal(parseIvRank('0'), 0);
  assert.equal(parseIvRank('12'), 12);
  for (const bad of ['-1', '01', '1.5', 'me', '4294967295']) assert.throws(() => parseIvRank(bad), (e: Error) => e instanceof InvalidError && e.message.includes(JSON.stringify(bad)), bad);
});

test('self: the client is made on first use with the rank known then; before joining it is refused', () => {
  let rank = -1;
  const bus = {} as Bus; // never called: only the client's construction is under test
  const get = lazyIvClient(bus, 'sys', 'self', () => rank, new SeededRng(1));
  assert.throws(get, /has not joined/);
  rank = 7;
  assert.equal(get().rank, 7);
  rank = 9;
  assert.equal(get().rank, 7, 'one client for the life of the process');
  assert.equal(lazyIvClient(bus, 'sys', 3, () => -1, new SeededRng(1))().rank, 3);
});
