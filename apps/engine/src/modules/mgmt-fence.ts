// The MS term fence of one engine (DAOS: the pool's map version and the MS leader term fence the
// target-side pool create/destroy). A pool job of a deposed MS leader may still be sending: the
// engine remembers the highest term any create or destroy carried and refuses older ones, so a late
// create cannot bring back the targets of a pool a newer leader destroyed.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidError, StaleError } from '@daos-nats/base';

const FILE = 'ms-fence.json';

function readFence(dataDir: string): number {
  let text: string;
  try {
    text = readFileSync(join(dataDir, FILE), 'utf8');
  } catch {
    return 0; // never fenced
  }
  const term = (JSON.parse(text) as { term?: unknown }).term;
  if (typeof term !== 'number' || !Number.isSafeInteger(term) || term < 0) throw new InvalidError(`${join(dataDir, FILE)} holds no valid term: ${text}`);
  return term;
}

/**
 * Admit a request of MS term `term` (0 = unfenced: tests and tools): DER_STALE below the highest
 * term seen; a higher one is recorded (fsync + rename) before the request runs. Synchronous, so
 * two dRPC calls on the main thread cannot interleave between the read and the write.
 */
export function admitFenceTerm(dataDir: string, term: number): void {
  if (term === 0) return;
  const seen = readFence(dataDir);
  if (term < seen) throw new StaleError(`MS term ${term} is older than term ${seen} this engine has seen: a newer MS leader owns the pool jobs`);
  if (term === seen) return;
  const tmp = join(dataDir, `${FILE}.tmp`);
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, JSON.stringify({ term }));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, join(dataDir, FILE));
}
