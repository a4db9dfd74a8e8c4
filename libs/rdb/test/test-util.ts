import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh temp directory for one test, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rdb-'));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
