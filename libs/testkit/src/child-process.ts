import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { TimedOutError } from '@daos-nats/base';

/** Every child a test started and has not yet seen exit; killed when the test process exits. */
const live = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // 'exit' handlers must be synchronous: SIGKILL is the only thing that still works here.
  process.on('exit', () => {
    for (const c of live) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  });
}

export interface SpawnChildOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** After SIGTERM on dispose, how long to wait before SIGKILL. */
  readonly killGraceMs?: number;
  /** Bytes of stdout and of stderr kept (the newest); older output is dropped. */
  readonly outputKeepBytes?: number;
  /** Give the child a stdin pipe (closed on dispose) instead of /dev/null. */
  readonly stdinPipe?: boolean;
}

/** Keeps the newest `limitBytes` of a stream as text. */
class Tail {
  private text = '';
  constructor(private readonly limitBytes: number) {}
  push(chunk: Buffer): void {
    this.text += chunk.toString('utf8');
    if (this.text.length > this.limitBytes) this.text = this.text.slice(this.text.length - this.limitBytes);
  }
  toString(): string {
    return this.text;
  }
}

export interface ChildExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/**
 * A child process owned by a test: its output is captured (bounded), and disposing it stops it
 * (SIGTERM, then SIGKILL after `killGraceMs`). If the test process exits first, the child is
 * SIGKILLed by an exit hook.
 */
export class ChildHandle implements AsyncDisposable {
  readonly exited: Promise<ChildExit>;
  private readonly out: Tail;
  private readonly err: Tail;
  private readonly killGraceMs: number;

  constructor(readonly proc: ChildProcess, opts: SpawnChildOptions) {
    this.killGraceMs = opts.killGraceMs ?? 5000;
    this.out = new Tail(opts.outputKeepBytes ?? 64 * 1024);
    this.err = new Tail(opts.outputKeepBytes ?? 64 * 1024);
    proc.stdout?.on('data', (b: Buffer) => this.out.push(b));
    proc.stderr?.on('data', (b: Buffer) => this.err.push(b));
    this.exited = new Promise<ChildExit>((resolve) => {
      proc.once('exit', (code, signal) => {
        live.delete(proc);
        resolve({ code, signal });
      });
      proc.once('error', (e) => {
        live.delete(proc);
        this.err.push(Buffer.from(`spawn failed: ${e.message}\n`));
        resolve({ code: null, signal: null });
      });
    });
  }

  get pid(): number | undefined {
    return this.proc.pid;
  }
  get running(): boolean {
    return live.has(this.proc);
  }
  get stdout(): string {
    return this.out.toString();
  }
  get stderr(): string {
    return this.err.toString();
  }

  /** Send `signal` and wait for the exit, up to `timeoutMs`. */
  async kill(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = this.killGraceMs): Promise<ChildExit> {
    if (this.running) this.proc.kill(signal);
    return await withDeadline(this.exited, timeoutMs, `child ${this.pid} to exit after ${signal}`);
  }

  /** Wait for the exit, up to `timeoutMs`, without signalling. */
  async waitExit(timeoutMs: number): Promise<ChildExit> {
    return await withDeadline(this.exited, timeoutMs, `child ${this.pid} to exit`);
  }

  /** SIGTERM, then SIGKILL if it has not exited within killGraceMs. */
  async stop(): Promise<ChildExit> {
    this.proc.stdin?.end();
    if (!this.running) return await this.exited;
    try {
      return await this.kill('SIGTERM');
    } catch {
      return await this.kill('SIGKILL', 10_000);
    }
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.stop();
  }
}

/** Start `command` with `args`; see ChildHandle. */
export function spawnChild(command: string, args: readonly string[], opts: SpawnChildOptions = {}): ChildHandle {
  installExitHook();
  const spawnOpts: SpawnOptions = {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    stdio: [opts.stdinPipe ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  };
  const proc = spawn(command, args, spawnOpts);
  live.add(proc);
  return new ChildHandle(proc, opts);
}

/** `p`, or a TimedOutError naming `what` once `timeoutMs` has passed. */
export async function withDeadline<T>(p: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOutError(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
  });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}
