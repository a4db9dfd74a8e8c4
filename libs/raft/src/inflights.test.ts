import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AssertionError } from '@daos-nats/base';
import { Inflights } from './inflights.js';

test('inflights: full by message count, freed in order by ack index', () => {
  const f = new Inflights(3, 0);
  f.add(5, 10);
  f.add(7, 10);
  assert.equal(f.full(), false);
  f.add(9, 10);
  assert.equal(f.full(), true);
  assert.equal(f.count, 3);
  assert.equal(f.bytes, 30);
  f.freeLE(7);
  assert.equal(f.count, 1);
  assert.equal(f.bytes, 10);
  assert.equal(f.full(), false);
  // The ring wraps around.
  f.add(11, 1);
  f.add(12, 1);
  assert.equal(f.full(), true);
  f.freeLE(100);
  assert.equal(f.count, 0);
  assert.equal(f.bytes, 0);
});

test('inflights: full by bytes once the total reaches the limit', () => {
  const f = new Inflights(100, 25);
  f.add(1, 10);
  f.add(2, 10);
  assert.equal(f.full(), false);
  f.add(3, 10);
  assert.equal(f.full(), true, '30 bytes >= 25');
  f.freeFirstOne();
  assert.equal(f.count, 2);
  assert.equal(f.bytes, 20);
  assert.equal(f.full(), false);
});

test('inflights: a stale ack frees nothing; reset empties; misuse asserts', () => {
  const f = new Inflights(2, 0);
  f.add(5, 1);
  f.freeLE(4);
  assert.equal(f.count, 1);
  assert.throws(() => f.add(5, 1), AssertionError, 'indexes must increase');
  f.add(6, 1);
  assert.throws(() => f.add(7, 1), AssertionError, 'adding to a full window is a bug');
  f.reset();
  assert.equal(f.count, 0);
  f.freeFirstOne();
  assert.equal(f.count, 0);
  assert.throws(() => new Inflights(0, 0), AssertionError);
  assert.throws(() => new Inflights(1, -1), AssertionError);
});
