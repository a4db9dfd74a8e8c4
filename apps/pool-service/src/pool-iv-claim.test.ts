// IvPoolHooks' rooting retries (pure logic: the IV client is a scripted stand-in, no NATS).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StaleError, UnreachableError } from '@daos-nats/base';
import type { IvClient } from '@daos-nats/iv-nats';
import { createLogger } from '@daos-nats/telemetry';
import { waitFor } from '@daos-nats/testkit';
import { IvPoolHooks } from './pool-iv.js';

const log = createLogger({ service: 'pool-iv-claim-test', level: 'silent' });

/** A client whose claimRoot answers from `script` in order (an Error is thrown), then succeeds. */
function scripted(script: (Error | 'ok')[]): { client: IvClient; claims: number[]; stops: number[] } {
  const claims: number[] = [];
  const stops: number[] = [];
  const client = {
    claimRoot: async (ns: { term: number }) => {
      claims.push(ns.term);
      const next = script.shift() ?? 'ok';
      if (next !== 'ok') throw next;
      return { complete: true };
    },
    stopRoot: async (_pool: string, term: number) => void stops.push(term),
  } as unknown as IvClient;
  return { client, claims, stops };
}

test('a leader whose rank\'s cache is not up yet keeps claiming until it is', async () => {
  const s = scripted([new UnreachableError('no responder'), new UnreachableError('no responder'), 'ok']);
  new IvPoolHooks(() => s.client, log, 30_000, 5).leaderUp('p', 4, 1, [1, 2]);
  await waitFor(() => s.claims.length === 3, { timeoutMs: 30_000, what: 'three claims' });
  await new Promise((r) => setTimeout(r, 50));
  assert.deepEqual(s.claims, [4, 4, 4], 'no claim after the one that succeeded');
});

test('a stale term is final; a term that ended stops its claims', async () => {
  const stale = scripted([new StaleError('term 3 < 5')]);
  new IvPoolHooks(stale.client, log, 30_000, 5).leaderUp('p', 3, 1, []);
  await waitFor(() => stale.claims.length === 1, { timeoutMs: 30_000, what: 'one claim' });
  await new Promise((r) => setTimeout(r, 50));
  assert.deepEqual(stale.claims, [3]);

  const down = scripted(Array.from({ length: 1000 }, () => new UnreachableError('no responder')));
  const hooks = new IvPoolHooks(down.client, log, 30_000, 5);
  hooks.leaderUp('p', 7, 1, []);
  await waitFor(() => down.claims.length >= 2, { timeoutMs: 30_000, what: 'a retry' });
  hooks.leaderDown('p', 7);
  const at = down.claims.length;
  await new Promise((r) => setTimeout(r, 100));
  assert.ok(down.claims.length <= at + 1, `claims stop once the term ended (${at} then ${down.claims.length})`);
  assert.deepEqual(down.stops, [7]);
});

test('claims give up after claimRetryMs', async () => {
  const s = scripted(Array.from({ length: 1000 }, () => new UnreachableError('no responder')));
  // 40 ms of retries with at least 10 ms between them: at most 5 claims, however slow the machine.
  new IvPoolHooks(s.client, log, 40, 10).leaderUp('p', 2, 1, []);
  await waitFor(() => s.claims.length >= 1, { timeoutMs: 30_000, what: 'a claim' });
  await new Promise((r) => setTimeout(r, 1_000));
  assert.ok(s.claims.length <= 5, `a bounded number of claims (${s.claims.length})`);
});
