import { readFileSync } from 'node:fs';
import { readSystemFile } from '@daos-nats/client';

/** Whether `pid` is a live launcher process (not just any process that got its pid back). */
function isLauncher(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('launcher');
  } catch {
    return true; // no /proc: a live pid is the best evidence there is
  }
}

/**
 * The pid of a launcher already running a system from `dataDir`, if any. Two launchers on one data
 * directory would fight over every replica file, so the second one refuses to start.
 */
export async function runningLauncher(dataDir: string): Promise<number | undefined> {
  try {
    const rec = await readSystemFile(dataDir);
    return rec.launcherPid !== process.pid && isLauncher(rec.launcherPid) ? rec.launcherPid : undefined;
  } catch {
    return undefined; // no record (first start) or a damaged one, which this start rewrites
  }
}
