import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitWithParentEnv } from '@daos-nats/base';

const FROM_SOURCE = import.meta.url.endsWith('.ts');
/** Built, the engine sits in the same kind of output dir as this code: `dist` (tsc) or `bundle` (esbuild). */
const BUILT_DIR = basename(dirname(fileURLToPath(import.meta.url)));
/** The engine's entry point, next to this app in the repository (a path, not an import). */
const ENGINE_MAIN = fileURLToPath(new URL(FROM_SOURCE ? '../../engine/src/main.ts' : `../../engine/${BUILT_DIR}/main.js`, import.meta.url));

export interface HarnessLimits {
  /** First wait before restarting a crashed engine; doubles per consecutive crash. */
  readonly restartBackoffMs: number;
  readonly restartBackoffMaxMs: number;
  /** SIGTERM, then SIGKILL after this long. */
  readonly stopTimeoutMs: number;
  /**
   * How long an administrator's start (`dmg system start`) waits for the engine to serve again
   * before it answers; below the MS's memberControlTimeoutMs so the answer arrives in time.
   */
  readonly startWaitMs: number;
}

export const DEFAULT_HARNESS_LIMITS: HarnessLimits = { restartBackoffMs: 250, restartBackoffMaxMs: 8_000, stopTimeoutMs: 10_000, startWaitMs: 12_000 };

/**
 * Runs one engine as a child process (DAOS server/harness.go): restarts it with backoff when it
 * exits while wanted, stops it on request. The child follows the server (DAOS_NATS_EXIT_WITH_PARENT),
 * so a server killed with -9 leaves no engine behind.
 */
export class EngineHarness {
  private child: ChildProcess | undefined;
  private wanted = false;
  private backoffMs: number;
  private timer: NodeJS.Timeout | undefined;
  restarts = 0;

  constructor(
    private readonly configFile: string,
    private readonly config: object,
    private readonly limits: HarnessLimits,
    private readonly log: (line: string) => void,
    private readonly onExit: (code: number | null, signal: string | null) => void,
  ) {
    this.backoffMs = limits.restartBackoffMs;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }
  get running(): boolean {
    return this.child !== undefined;
  }

  start(): void {
    this.wanted = true;
    if (this.child || this.timer) return;
    writeFileSync(this.configFile, JSON.stringify(this.config));
    const args = FROM_SOURCE ? [...process.execArgv, ENGINE_MAIN] : [ENGINE_MAIN];
    const child = spawn(process.execPath, [...args, '--config', this.configFile], {
      env: { ...process.env, ...exitWithParentEnv() },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    this.child = child;
    const started = Date.now();
    child.once('exit', (code, signal) => {
      this.child = undefined;
      this.onExit(code, signal);
      if (!this.wanted) return;
      // An engine that ran a while before crashing starts the backoff afresh.
      if (Date.now() - started > this.limits.restartBackoffMaxMs) this.backoffMs = this.limits.restartBackoffMs;
      this.log(`engine exited (code ${code}, signal ${signal}); restarting in ${this.backoffMs} ms`);
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.restarts++;
        this.start();
      }, this.backoffMs);
      this.backoffMs = Math.min(this.backoffMs * 2, this.limits.restartBackoffMaxMs);
    });
  }

  /** Stops the engine and keeps it stopped until start(). */
  async stop(): Promise<void> {
    this.wanted = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    const c = this.child;
    if (!c) return;
    const exited = new Promise<void>((r) => c.once('exit', () => r()));
    c.kill('SIGTERM');
    const t = setTimeout(() => c.kill('SIGKILL'), this.limits.stopTimeoutMs);
    await exited;
    clearTimeout(t);
  }
}
