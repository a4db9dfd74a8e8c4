import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DER, ManualClock, NoHandleError, TimedOutError, codeOf } from '@daos-nats/base';
import { PoolServiceVerifier, type VerifyHandleAnswer } from './handle-verifier.js';

function verifier(answers: Map<string, VerifyHandleAnswer>, opts: { cacheTtlMs?: number; cacheEntriesMax?: number } = {}) {
  const clock = new ManualClock(0);
  const asked: string[] = [];
  const v = new PoolServiceVerifier({
    ask: async (h) => {
      asked.push(h);
      const a = answers.get(h);
      if (a === undefined) throw new TimedOutError('pool service did not answer');
      return a;
    },
    clock,
    cacheTtlMs: opts.cacheTtlMs ?? 1_000,
    cacheEntriesMax: opts.cacheEntriesMax ?? 2,
  });
  return { v, clock, asked };
}

const rw: VerifyHandleAnswer = { valid: true, capabilities: 7, flags: 2, principal: { user: 'alice@', group: 'staff@', groups: ['staff@', 'lab@'] } };

test('a valid handle gives its mode, capabilities and principal; an invalid one is DER_NO_HDL', async () => {
  const { v } = verifier(new Map([['h1', rw], ['h2', { valid: false }]]));
  assert.deepEqual(await v.verify('h1'), { handle: 'h1', mode: 'rw', capabilities: 7, principal: { user: 'alice@', group: 'staff@', groups: ['staff@', 'lab@'] } });
  await assert.rejects(v.verify('h2'), NoHandleError);
  await assert.rejects(v.verify(''), NoHandleError);
  const err = await v.verify('h3').catch((e: unknown) => e);
  assert.equal(codeOf(err), DER.TIMEDOUT, 'transport failures pass through, not as NO_HDL');
});

test('positive answers are reused until they expire; forget drops one; the cache is bounded', async () => {
  const answers = new Map([['a', rw], ['b', rw], ['c', rw]]);
  const { v, clock, asked } = verifier(answers);
  await v.verify('a');
  await v.verify('a');
  assert.deepEqual(asked, ['a']);
  clock.advance(1_000);
  await v.verify('a');
  assert.deepEqual(asked, ['a', 'a'], 'asked again once the answer expired');
  v.forget('a');
  answers.set('a', { valid: false });
  await assert.rejects(v.verify('a'), NoHandleError, 'an evicted handle is seen at once after forget');
  await v.verify('b');
  await v.verify('c');
  asked.length = 0;
  answers.set('d', rw);
  await v.verify('d'); // evicts b, the oldest
  await v.verify('b');
  assert.deepEqual(asked, ['d', 'b']);
});

test('a zero TTL asks every time', async () => {
  const { v, asked } = verifier(new Map([['a', rw]]), { cacheTtlMs: 0 });
  await v.verify('a');
  await v.verify('a');
  assert.equal(asked.length, 2);
});
