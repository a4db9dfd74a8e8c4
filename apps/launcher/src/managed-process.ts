import { spawn, type ChildProcess } from 'node:child_process';
import { formatLogLine, LineSplitter } from './log-lines.js';

export interface ManagedProcessOptions {
  /** Shown before every line: "pool-service-1". */
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Own process group: Ctrl-C at the terminal does not reach it (nats-server must outlive the services). */
  readonly detached?: boolean;
  /** Give it a stdin pipe (the nats-server watchdog exits when the pipe closes). */
  readonly stdinPipe?: boolean;
  /** Where prefixed lines go. */
  readonly write: (line: string) => void;
  /** Called once when it exits, expected or not. */
  readonly onExit?: (code: number | null, signal: NodeJS.Signals | null) => void;
}

export interface ProcessExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** A child of the launcher: its lines shown with a prefix, stopped with a deadline. */
export class ManagedProcess {
  readonly proc: ChildProcess;
  readonly exited: Promise<ProcessExit>;
  private done = false;

  constructor(readonly o: ManagedProcessOptions) {
    this.proc = spawn(o.command, [...o.args], {
      env: o.env,
      cwd: o.cwd,
      detached: o.detached ?? false,
      stdio: [o.stdinPipe ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    const prefix = `[${o.name}]`;
    for (const stream of [this.proc.stdout, this.proc.stderr]) {
      const lines = new LineSplitter((l) => o.write(`${prefix} ${formatLogLine(l)}`));
      stream?.on('data', (b: Buffer) => lines.push(b));
      stream?.on('end', () => lines.flush());
    }
    this.exited = new Promise((resolve) => {
      this.proc.once('exit', (code, signal) => {
        this.done = true;
        o.onExit?.(code, signal);
        resolve({ code, signal });
      });
      this.proc.once('error', (e) => {
        o.write(`${prefix} could not start ${o.command}: ${e.message}`);
        this.done = true;
        o.onExit?.(null, null);
        resolve({ code: null, signal: null });
      });
    });
  }

  get pid(): number {
    return this.proc.pid ?? 0;
  }
  get running(): boolean {
    return !this.done;
  }

  /** SIGTERM; SIGKILL if still running after `graceMs`. Resolves when it has exited. */
  async stop(graceMs: number): Promise<ProcessExit> {
    if (this.done) return await this.exited;
    this.proc.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), graceMs)));
    const first = await Promise.race([this.exited, late]);
    clearTimeout(timer);
    if (first !== 'late') return first;
    this.o.write(`[${this.o.name}] did not stop within ${graceMs} ms: SIGKILL`);
    this.proc.kill('SIGKILL');
    return await this.exited;
  }
}
