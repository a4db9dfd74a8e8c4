// A fault-injection switch for the fault campaign (tools/campaign `disk-full-follower`): while the
// file named by KV_TEST_DISK_FULL_FILE exists, every replica of this process has its SQLite file
// capped at its current size (PRAGMA max_page_count), so the next growth fails with SQLITE_FULL
// exactly as a full disk does and rdb's real disk-full path runs (lag, warn, retry). Without the
// variable nothing here runs: production cannot trip it.
import fs from 'node:fs';
import type { RsvcHost } from '@daos-nats/rsvc';
import type { Logger } from '@daos-nats/telemetry';

/** How often the switch file is looked for: well under the campaign's shortest fault (3 s). */
export const DISK_FULL_POLL_MS = 100;

/** SQLite's max_page_count before the cap, by replica file, to give it back exactly. */
type Caps = Map<string, number>;

export interface DiskFullSwitch {
  stop(): void;
}

/** Start polling `file`; undefined `file` (the variable unset) starts nothing. */
export function startDiskFullSwitch<L>(file: string | undefined, host: RsvcHost<L>, log: Logger): DiskFullSwitch {
  if (file === undefined) return { stop: () => undefined };
  const caps: Caps = new Map();
  const timer = setInterval(() => {
    try {
      if (fs.existsSync(file)) capAll(host, caps, log);
      else if (caps.size > 0) uncapAll(host, caps, log);
    } catch (e) {
      log.error({ err: e }, 'disk-full switch failed');
    }
  }, DISK_FULL_POLL_MS);
  timer.unref();
  log.warn({ file }, 'KV_TEST_DISK_FULL_FILE set: replicas act as on a full disk while this file exists (fault injection)');
  return { stop: () => clearInterval(timer) };
}

/** Cap every open replica not capped yet (a replica created during the fault is capped too). */
function capAll<L>(host: RsvcHost<L>, caps: Caps, log: Logger): void {
  for (const g of host.groupNames()) {
    if (caps.has(g)) continue;
    const db = host.group(g)?.replica.storage.db;
    if (!db) continue;
    const before = db.pragma('max_page_count', { simple: true }) as number;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    caps.set(g, before);
    log.warn({ group: g, pages }, 'disk-full switch on: replica file capped at its current size');
  }
}

function uncapAll<L>(host: RsvcHost<L>, caps: Caps, log: Logger): void {
  for (const [g, before] of caps) {
    host.group(g)?.replica.storage.db.pragma(`max_page_count = ${before}`);
    log.warn({ group: g }, 'disk-full switch off: replica file may grow again');
  }
  caps.clear();
}
