// Tests only: a step hook that makes the MS leader die (SIGKILL, as kill -9) at a named step of a
// pool job, so that a test of failover at that step is deterministic, not a race against a timer.
import fs from 'node:fs';
import path from 'node:path';
import type { MsDeps } from './ms-deps.js';

/**
 * The hook kills this process when the job of a pool labelled `kill-<step>...` (the step with
 * ':' as '-', e.g. `kill-create-svc-started-1`) reaches that step, once per pool and step across
 * every replica: the first to create the marker file `<dir>/<uuid>.<step>` dies, the leader that
 * resumes the job after it carries on.
 */
export function killAtStep(dir: string): NonNullable<MsDeps['stepHook']> {
  return (step, pool) => {
    if (!pool.label.startsWith(`kill-${step.replace(':', '-')}`)) return;
    try {
      fs.closeSync(fs.openSync(path.join(dir, `${pool.uuid}.${step.replace(':', '-')}`), 'wx'));
    } catch {
      return; // marker exists: this step already killed a leader
    }
    process.kill(process.pid, 'SIGKILL');
  };
}
