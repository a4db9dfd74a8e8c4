import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarize, type RebuildTargetStatus } from '@daos-nats/client';
import { rebuildJson, rebuildText } from './pool-rebuild.js';

const t = (rank: number, state: RebuildTargetStatus['state'], over: Partial<RebuildTargetStatus> = {}): RebuildTargetStatus => ({
  rank, target: 0, mapVersion: 2, state, objectsDone: 1, objectsTodo: 2, bytesDone: 1024, bytesTodo: 4096, error: '', ...over,
});

test('rebuild section: sums over targets; lists only the targets still at work or failed', () => {
  const s = summarize(2, [t(0, 'done', { objectsDone: 2, bytesDone: 4096 }), t(1, 'busy'), t(2, 'failed', { error: 'DER_NOSPACE: full' })]);
  assert.equal(s.state, 'failed');
  const j = rebuildJson(s);
  assert.deepEqual([j.objects_done, j.objects_todo, j.bytes_done, j.bytes_todo], [4, 6, 6144, 12288]);
  assert.equal(j.targets[2]!.error, 'DER_NOSPACE: full');
  assert.ok(!('error' in j.targets[0]!), 'no error key for a target without one');
  const text = rebuildText(s);
  assert.match(text, /Rebuild \(engines\):\s+failed, map version 2/);
  assert.match(text, /DER_NOSPACE: full/);
  assert.equal(text.split('\n').filter((l) => /^\s*0\s/.test(l)).length, 0, 'a done target is not listed');
});

test('rebuild state: done only when every target is done with this map version; busy wins over idle', () => {
  assert.equal(summarize(3, [t(0, 'done', { mapVersion: 3 }), t(1, 'done', { mapVersion: 3 })]).state, 'done');
  assert.equal(summarize(3, [t(0, 'done', { mapVersion: 3 }), t(1, 'done', { mapVersion: 2 })]).state, 'idle');
  assert.equal(summarize(3, [t(0, 'busy'), t(1, 'idle')]).state, 'busy');
  assert.equal(summarize(3, []).state, 'idle');
});
