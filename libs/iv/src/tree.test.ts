import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IvTree } from './tree.js';

test('the tree lays the root first, then the other ranks breadth-first with the fan-out', () => {
  const t = new IvTree(5, [0, 1, 2, 3, 4, 5, 6], 2);
  assert.deepEqual(t.ranks, [5, 0, 1, 2, 3, 4, 6]);
  assert.equal(t.parent(5), undefined);
  assert.deepEqual(t.children(5), [0, 1]);
  assert.deepEqual(t.children(0), [2, 3]);
  assert.deepEqual(t.children(1), [4, 6]);
  assert.equal(t.parent(6), 1);
  assert.deepEqual(t.descendants(0).sort(), [2, 3]);
  assert.equal(t.size, 7);
  assert.equal(t.depth, 2);
  assert.equal(new IvTree(0, [0], 3).depth, 0);
  assert.equal(new IvTree(0, Array.from({ length: 48 }, (_, i) => i), 4).depth, 3);
});

test('re-parenting: a dead parent is skipped up to the root, a dead child is replaced by its children', () => {
  const t = new IvTree(0, [0, 1, 2, 3, 4, 5, 6, 7, 8], 2);
  // 0 -> 1,2 ; 1 -> 3,4 ; 2 -> 5,6 ; 3 -> 7,8
  const dead = new Set([3, 1]);
  assert.equal(t.liveParent(7, (r) => dead.has(r)), 0);
  assert.deepEqual(t.liveChildren(0, (r) => dead.has(r)), [7, 8, 4, 2]);
  // The root is never skipped, even when believed dead.
  assert.equal(t.liveParent(1, () => true), 0);
});

test('a fan-out out of range is refused', () => {
  assert.throws(() => new IvTree(0, [0, 1], 0), /treeFanoutMax/);
  assert.throws(() => new IvTree(0, [0, 1], 65), /treeFanoutMax/);
});

test('every rank but the root has exactly one parent, and children agree with parents', () => {
  const ranks = Array.from({ length: 48 }, (_, i) => i * 3);
  for (const k of [1, 2, 3, 4, 8]) {
    const t = new IvTree(30, ranks, k);
    let edges = 0;
    for (const r of t.ranks) {
      for (const c of t.children(r)) {
        assert.equal(t.parent(c), r);
        edges++;
      }
      assert.ok(t.children(r).length <= k);
    }
    assert.equal(edges, ranks.length - 1);
  }
});
