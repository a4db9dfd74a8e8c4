import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatResumeTotals, type ResumeStats } from './resume-stats.js';

const stats = (kind: ResumeStats['kind'], resumeMs: (number | undefined)[]): ResumeStats => ({
  kind,
  faults: resumeMs.length,
  resumeMs,
  gapMs: resumeMs.map((x) => (x === undefined ? undefined : x + 1000)),
  maxMs: Math.max(...resumeMs.filter((x): x is number => x !== undefined)),
  stalls: resumeMs.filter((x) => x === undefined).length,
});

test('the --runs total gives per kind the median, p90 and max over every run, the count over the election timeout, and stalls', () => {
  const lines = formatResumeTotals(
    [
      [stats('pause-leader', [10, 3000]), stats('kill-follower', [5])],
      [stats('pause-leader', [20, 30, undefined])],
    ],
    1000,
  );
  assert.equal(lines.length, 3);
  assert.match(lines[1]!, /^ {2}kill-follower\s+1 {2}5 \/ 5 \/ 5 {2}over 0 {2}gap 1005 \/ 1005$/);
  // pause-leader: 10, 20, 30, 3000 resumed (median the 2nd of 4: 20; p90 the 4th), one stall.
  assert.match(lines[2]!, /^ {2}pause-leader\s+5 {2}20 \/ 3000 \/ 3000 {2}over 1 {2}gap 1020 \/ 4000 {2}1 STALLS$/);
});
