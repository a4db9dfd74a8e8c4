import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitWithParentEnv, TimedOutError } from '@daos-nats/base';
import { runCli, type CliResult, type CliRunOptions } from './system-cli.js';
import { waitFor } from './wait-for.js';

/** The repository root (libs/testkit/src → ../../..). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** One process of the system as the launcher records it (`SystemProcess` in @daos-nats/client). */
export interface SystemProcessRecord {
  readonly name: string;
  readonly kind: 'nats-server' | 'mgmt-service' | 'pool-service' | 'container-service' | 'lock-service' | 'server' | 'iv-cache';
  readonly host?: string;
  readonly pid: number;
  readonly dataDir?: string;
  readonly rank?: number;
}

/** The launcher's `<dataDir>/system.json` (`SystemFile` in @daos-nats/client, read here without it). */
export interface SystemRecord {
  readonly system: string;
  readonly natsUrl: string;
  readonly msReplicas: readonly number[];
  readonly launcherPid: number;
  readonly startedAt: string;
  readonly readyAt?: string;
  readonly processes: readonly SystemProcessRecord[];
}

export interface TestSystemOptions {
  /** Extra environment for the launcher and every service (e.g. `{ TICK_MS: '50' }`). */
  readonly env?: NodeJS.ProcessEnv;
  readonly poolServices?: number;
  readonly containerServices?: number;
  /** Control servers with one engine each (`--servers`); 0 unless asked, to keep fixtures light. */
  readonly servers?: number;
  /** Targets per engine (`--targets`). */
  readonly targets?: number;
  /** How long start (and restart) may take until every member has joined. */
  readonly readyTimeoutMs?: number;
  /** How long stop may take before the whole process group is SIGKILLed. */
  readonly stopTimeoutMs?: number;
  /** Bytes of launcher output kept (the newest), for failure messages. */
  readonly outputKeepBytes?: number;
}

/** Every launcher a test started and has not seen exit: its process group dies with the test process. */
const liveGroups = new Set<number>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pgid of liveGroups) {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A whole daos-nats system in a temp dir, started exactly as `npm start` starts it (the launcher
 * process, its own nats-server, 3 MS + 3 pool + 3 container processes), and the CLIs run against
 * it as a user runs them. One per test file: starting one takes seconds.
 *
 * ```ts
 * await using sys = await TestSystem.start();
 * const r = await sys.dmg(['pool', 'create', '--size', '1G', 'tank']);
 * assert.equal(r.code, 0, r.stderr);
 * const q = await sys.daos(['container', 'query', 'tank', 'c1', '--json']);   // q.response
 * ```
 */
export class TestSystem implements AsyncDisposable {
  private launcher: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  private output = '';
  private current: SystemRecord | undefined;

  private constructor(
    readonly dataDir: string,
    private readonly o: TestSystemOptions,
  ) {}

  /** Start a fresh system in a new temp dir; resolves once every member has joined. */
  static async start(o: TestSystemOptions = {}): Promise<TestSystem> {
    const dataDir = await mkdtemp(join(tmpdir(), 'daos-nats-sys-'));
    const sys = new TestSystem(dataDir, o);
    try {
      await sys.launch();
    } catch (e) {
      await sys.dispose();
      throw e;
    }
    return sys;
  }

  /** The record of the running start (pids, NATS URL). */
  get record(): SystemRecord {
    if (!this.current) throw new Error('the system is not running');
    return this.current;
  }

  get natsUrl(): string {
    return this.record.natsUrl;
  }
  get system(): string {
    return this.record.system;
  }
  /** The launcher's output (newest part): every service's log lines, prefixed. */
  get log(): string {
    return this.output;
  }
  get running(): boolean {
    return this.launcher !== undefined && this.launcher.exitCode === null && this.launcher.signalCode === null;
  }

  private async launch(): Promise<void> {
    installExitHook();
    const keep = this.o.outputKeepBytes ?? 256 * 1024;
    const args = ['--conditions=@daos-nats/source', '--import', import.meta.resolve('tsx'), join(REPO_ROOT, 'apps/launcher/src/main.ts'), '--data-dir', this.dataDir];
    if (this.o.poolServices !== undefined) args.push('--pool-services', String(this.o.poolServices));
    if (this.o.containerServices !== undefined) args.push('--container-services', String(this.o.containerServices));
    args.push('--servers', String(this.o.servers ?? 0));
    if (this.o.targets !== undefined) args.push('--targets', String(this.o.targets));
    const env: NodeJS.ProcessEnv = { ...process.env, ...this.o.env, ...exitWithParentEnv() };
    delete env['NATS_URL']; // the launcher starts its own, as `npm start` does
    // Its own process group, so that everything it started can be killed at once if the test dies.
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.launcher = child;
    const pgid = child.pid!;
    liveGroups.add(pgid);
    const keepTail = (b: Buffer): void => {
      this.output += b.toString('utf8');
      if (this.output.length > keep) this.output = this.output.slice(this.output.length - keep);
    };
    child.stdout!.on('data', keepTail);
    child.stderr!.on('data', keepTail);
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    void this.exited.then(() => liveGroups.delete(pgid));
    const timeoutMs = this.o.readyTimeoutMs ?? 300_000;
    try {
      this.current = await waitFor(
        async () => {
          if (!this.running) throw new Error('the launcher exited');
          const r = await this.readRecord();
          return r.launcherPid === child.pid && r.readyAt ? r : undefined;
        },
        { timeoutMs, intervalMs: 100, what: 'every member of the system to join' },
      );
    } catch (e) {
      throw new Error(`the system did not start:\n${this.output.slice(-8000)}`, { cause: e });
    }
  }

  /** Read `system.json` as it is now. */
  async readRecord(): Promise<SystemRecord> {
    return JSON.parse(await readFile(join(this.dataDir, 'system.json'), 'utf8')) as SystemRecord;
  }

  /** Run `dmg args...` against this system (from the repo root, `--data-dir` set). */
  dmg(args: readonly string[], o: CliRunOptions = {}): Promise<CliResult> {
    return runCli('dmg', ['--data-dir', this.dataDir, ...args], o);
  }

  /** Run `daos args...` against this system. */
  daos(args: readonly string[], o: CliRunOptions = {}): Promise<CliResult> {
    return runCli('daos', ['--data-dir', this.dataDir, ...args], o);
  }

  /** A recorded process by name ("pool-service-1"). */
  process(name: string): SystemProcessRecord {
    const p = this.record.processes.find((x) => x.name === name);
    if (!p) throw new Error(`no process ${name} in ${this.record.processes.map((x) => x.name).join(', ')}`);
    return p;
  }

  /** The rank the MS gave a member process (from its member.json), if it has joined. */
  async rankOf(name: string): Promise<number | undefined> {
    const p = this.process(name);
    if (!p.dataDir) return p.rank;
    try {
      const id = JSON.parse(await readFile(join(p.dataDir, 'member.json'), 'utf8')) as { rank?: number };
      return id.rank;
    } catch {
      return undefined;
    }
  }

  /** The member process of `kind` that holds `rank`. */
  async processOfRank(kind: SystemProcessRecord['kind'], rank: number): Promise<SystemProcessRecord> {
    for (const p of this.record.processes.filter((x) => x.kind === kind)) if ((await this.rankOf(p.name)) === rank) return p;
    throw new Error(`no ${kind} process has rank ${rank}`);
  }

  /** Send `signal` (default SIGKILL, a crash) to one process of the system and wait until it is gone. */
  async kill(name: string, signal: NodeJS.Signals = 'SIGKILL', timeoutMs = 10_000): Promise<void> {
    const p = this.process(name);
    process.kill(p.pid, signal);
    await waitFor(() => !alive(p.pid), { timeoutMs, intervalMs: 20, what: `${name} (pid ${p.pid}) to exit after ${signal}` });
  }

  /** Ctrl-C: SIGINT to the launcher, as a terminal sends it, and wait for the clean stop. */
  async stop(): Promise<void> {
    const child = this.launcher;
    if (!child || !this.running) return;
    const pgid = child.pid!;
    child.kill('SIGINT');
    const timeoutMs = this.o.stopTimeoutMs ?? 60_000;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), timeoutMs)));
    const first = await Promise.race([this.exited, late]);
    clearTimeout(timer);
    if (first === 'late') {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        // gone meanwhile
      }
      await this.exited;
      throw new TimedOutError(`the launcher did not stop within ${timeoutMs} ms:\n${this.output.slice(-4000)}`);
    }
    this.current = undefined;
  }

  /** Start again on the same data directory (after stop()); resolves once every member has joined. */
  async restart(): Promise<void> {
    await this.stop();
    this.output = '';
    await this.launch();
  }

  private async dispose(): Promise<void> {
    try {
      await this.stop();
    } finally {
      if (this.launcher?.pid !== undefined) {
        try {
          process.kill(-this.launcher.pid, 'SIGKILL'); // anything that outlived the launcher
        } catch {
          // none
        }
      }
      await rm(this.dataDir, { recursive: true, force: true });
    }
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.dispose();
  }
}
