import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatSize, parseSize } from './parse-size.js';
import { labelProblem, parseLabel, parseNameOrUuid, parseUuid } from './parse-id.js';
import { UsageError } from './usage-error.js';

test('sizes parse as DAOS does: SI suffixes are powers of 1000, IEC of 1024, case-insensitive', () => {
  assert.equal(parseSize('4096'), 4096);
  assert.equal(parseSize('1G'), 1e9);
  assert.equal(parseSize('1gb'), 1e9);
  assert.equal(parseSize('1GiB'), 2 ** 30);
  assert.equal(parseSize('512MiB'), 512 * 2 ** 20);
  assert.equal(parseSize('1.5T'), 1.5e12);
  assert.equal(parseSize(' 10 k '), 10_000);
});

test('bad sizes are usage errors that say what is wrong', () => {
  for (const [text, why] of [
    ['', /not a size/],
    ['G', /not a size/],
    ['-1G', /not a size/],
    ['1X', /unknown unit "X"/],
    ['1.2.3G', /not a size/],
    ['99999999999E', /too large/],
  ] as const)
    assert.throws(() => parseSize(text), (e: unknown) => e instanceof UsageError && why.test(e.message), text);
});

test('sizes print in SI units', () => {
  assert.equal(formatSize(12), '12 B');
  assert.equal(formatSize(1e9), '1.0 GB');
  assert.equal(formatSize(512e6), '512 MB');
  assert.equal(formatSize(2.5e12), '2.5 TB');
});

test('labels follow DAOS: 1..127 of letters, digits and _ . : -, never a UUID', () => {
  assert.equal(parseLabel('tank'), 'tank');
  assert.equal(parseLabel('a.b:c-d_e'), 'a.b:c-d_e');
  assert.equal(labelProblem('x'.repeat(127)), undefined);
  assert.match(labelProblem('x'.repeat(128))!, /more than 127/);
  assert.match(labelProblem('')!, /empty/);
  assert.match(labelProblem('my pool')!, /only letters/);
  assert.match(labelProblem('6a1f0c52-0c6f-4a53-9a4f-2f8c7b8f0e11')!, /UUID/);
  assert.throws(() => parseLabel('a/b'), UsageError);
});

test('a pool or container is named by UUID (lower-cased) or by label', () => {
  assert.deepEqual(parseNameOrUuid('6A1F0C52-0C6F-4A53-9A4F-2F8C7B8F0E11'), { uuid: '6a1f0c52-0c6f-4a53-9a4f-2f8c7b8f0e11' });
  assert.deepEqual(parseNameOrUuid('tank'), { label: 'tank' });
  assert.throws(() => parseNameOrUuid('no spaces'), UsageError);
  assert.throws(() => parseUuid('tank'), /not a UUID/);
});
