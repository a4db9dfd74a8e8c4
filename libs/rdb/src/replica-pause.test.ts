// Issue 11, finding 7: a leader paused (SIGSTOP) for many election timeouts, then resumed
// (SIGCONT), must not stall the leader elected meanwhile. Three replica processes, a client
// writing to whichever is leader; the longest gap between acknowledged writes after the resume
// is the figure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProcessCluster } from '../test/process-cluster.js';

const PAUSE_MS = Number(process.env['RDB_PAUSE_MS'] ?? 2_000);
/** Bytes per write: larger values make the resumed replica's catch-up heavier for the new leader. */
const VALUE_BYTES = Number(process.env['RDB_VALUE_BYTES'] ?? 2_000);
/** test-replica-process: 10 ms ticks x 20 = 200 ms election timeout; this is 12.5 of them. */
const GAP_AFTER_RESUME_MS_MAX = 2_500;

test(`a leader resumed after a ${PAUSE_MS} ms pause does not stall the new leader's writes`, async () => {
  const c = new ProcessCluster();
  try {
    await Promise.all([1, 2, 3].map((r) => c.start(r, true)));
    let leader: number | undefined;
    for (const end = Date.now() + 20_000; (leader = await c.leader()) === undefined && Date.now() < end; ) await new Promise((r) => setTimeout(r, 50));
    assert.ok(leader !== undefined, 'a leader within 20 s');
    assert.ok((await c.call(leader, { t: 'commit', key: 0, value: '' })).ok, 'create the root');
    const acks: number[] = [];
    let stop = false;
    let cached: number | undefined = leader;
    const client = (async () => {
      for (let k = 1; !stop; ) {
        const l = cached ?? (await c.leader());
        if (l === undefined) {
          await new Promise((r) => setTimeout(r, 10));
          continue;
        }
        const rep = await c.call(l, { t: 'commit', key: k, value: 'x'.repeat(VALUE_BYTES) }, 1_000);
        if (rep.ok) (acks.push(Date.now()), k++);
        else cached = undefined;
      }
    })();
    await new Promise((r) => setTimeout(r, 1_000));
    const old = (await c.leader())!;
    const pausedAt = Date.now();
    for (const r of [1, 2, 3]) await c.call(r, { t: 'loop' }); // reset the event-loop monitors
    c.pause(old);
    await new Promise((r) => setTimeout(r, PAUSE_MS));
    const writesDuringPause = acks.length;
    const resumedAt = Date.now();
    c.resume(old);
    await new Promise((r) => setTimeout(r, 3_000));
    stop = true;
    await client;
    const loops = await Promise.all([1, 2, 3].map(async (r) => ({ r, ...(await c.call(r, { t: 'loop' })) })));
    const loopLine = loops.map((l) => `r${l.r}${l.r === old ? ' (paused)' : ''}${l.leader ? ' (leader)' : ''} ${l.loopMaxMs} ms`).join(', ');
    const before = acks.filter((t) => t < pausedAt);
    let controlGapMs = 0;
    for (let i = 1; i < before.length; i++) controlGapMs = Math.max(controlGapMs, before[i]! - before[i - 1]!);
    const after = [resumedAt, ...acks.filter((t) => t >= resumedAt)];
    let gapMs = 0;
    for (let i = 1; i < after.length; i++) gapMs = Math.max(gapMs, after[i]! - after[i - 1]!);
    console.log(`pause ${PAUSE_MS} ms, ${VALUE_BYTES} B values: ${writesDuringPause} writes before the resume, ${after.length - 1} in the 3 s after; longest gap after the resume ${gapMs} ms (before the pause: ${controlGapMs} ms); longest event-loop delay since the pause: ${loopLine}`);
    assert.ok(after.length > 1, 'writes continued after the resume');
    // Finding 7 held the new leader's loop for 1.2-1.8 s and stalled writes 1-6 s; a loaded 2-core
    // machine alone gives gaps of a few hundred ms here (and up to ~1.2 s with 50 KB values).
    assert.ok(gapMs < GAP_AFTER_RESUME_MS_MAX, `longest gap after the resume ${gapMs} ms; ${loopLine}`);
    assert.deepEqual(c.unexpectedExits, []);
  } finally {
    c.stop();
  }
});
