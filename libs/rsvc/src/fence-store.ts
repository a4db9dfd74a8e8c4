import fs from 'node:fs';
import path from 'node:path';
import { DataInvalidError } from './data-invalid-error.js';

/** What this process remembers of one group beyond its rdb file: the fence of dist start/stop. */
export interface GroupFence {
  /** Highest fence term seen in a start or stop for the group (the caller's leadership term). */
  readonly fenceTerm: number;
  /** Generation of this rank's replica (0 when none exists). */
  readonly gen: number;
  /**
   * The founding member ranks (sorted) a created replica was started with: a create of the same
   * generation with other founders is refused, so one group never has two memberships. Absent for
   * a replica that joined a running group, or one recorded before this was kept.
   */
  readonly founders?: readonly number[];
  /** The creator's generation of the group (StartReq.create_gen); absent or 0: none. */
  readonly createGen?: number;
}

const FILE = 'groups.json';
const FORMAT_VERSION = 1;

/**
 * The per-group fences of one host, in one JSON file in the data directory, replaced atomically
 * (write, fsync, rename, fsync the directory) so a crash leaves the old or the new version.
 */
export class FenceStore {
  private readonly groups = new Map<string, GroupFence>();
  private readonly file: string;

  constructor(readonly dir: string) {
    this.file = path.join(dir, FILE);
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      throw new DataInvalidError(`${this.file} is not JSON`, { cause: e });
    }
    const d = doc as { version?: unknown; groups?: unknown };
    if (d.version !== FORMAT_VERSION || typeof d.groups !== 'object' || d.groups === null) throw new DataInvalidError(`${this.file}: version ${String(d.version)} or groups malformed`);
    for (const [g, f] of Object.entries(d.groups as Record<string, { fenceTerm?: unknown; gen?: unknown; founders?: unknown; createGen?: unknown }>)) {
      if (!Number.isSafeInteger(f.fenceTerm) || !Number.isSafeInteger(f.gen)) throw new DataInvalidError(`${this.file}: group ${g} malformed`);
      const founders = f.founders;
      if (founders !== undefined && !(Array.isArray(founders) && founders.every((r) => Number.isSafeInteger(r)))) throw new DataInvalidError(`${this.file}: founders of group ${g} malformed`);
      if (f.createGen !== undefined && !Number.isSafeInteger(f.createGen)) throw new DataInvalidError(`${this.file}: createGen of group ${g} malformed`);
      this.groups.set(g, { fenceTerm: f.fenceTerm as number, gen: f.gen as number, ...(founders ? { founders: founders as number[] } : {}), ...(f.createGen ? { createGen: f.createGen as number } : {}) });
    }
  }

  get(group: string): GroupFence {
    return this.groups.get(group) ?? { fenceTerm: 0, gen: 0 };
  }

  /** Groups with a replica on this rank (gen > 0). */
  hosted(): string[] {
    return [...this.groups].filter(([, f]) => f.gen > 0).map(([g]) => g);
  }

  /**
   * Record `f` durably. An unchanged fence writes nothing; otherwise the whole file is replaced
   * (two fsyncs), which groupsPerProcessMax keeps small (about 60 bytes a group). Memory changes
   * only once the new file is in place, so a failed write leaves both as they were.
   */
  set(group: string, f: GroupFence): void {
    const old = this.groups.get(group);
    if (old && old.fenceTerm === f.fenceTerm && old.gen === f.gen && String(old.founders) === String(f.founders) && (old.createGen ?? 0) === (f.createGen ?? 0)) return;
    const next = new Map(this.groups).set(group, f);
    const tmp = `${this.file}.tmp`;
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeSync(fd, JSON.stringify({ version: FORMAT_VERSION, groups: Object.fromEntries(next) }));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, this.file);
    this.groups.set(group, f);
    const dfd = fs.openSync(this.dir, 'r');
    try {
      fs.fsyncSync(dfd);
    } finally {
      fs.closeSync(dfd);
    }
  }
}
