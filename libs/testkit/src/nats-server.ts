import { accessSync, constants } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert } from '@daos-nats/base';
import { spawnChild, type ChildHandle } from './child-process.js';
import { waitFor } from './wait-for.js';

export interface NatsServerOptions {
  /** The executable; default `$NATS_SERVER_BIN`, else `nats-server` on PATH or in /usr/sbin. */
  readonly binary?: string;
  /** Extra arguments (e.g. `['-js', '-sd', dir]`). */
  readonly args?: readonly string[];
  /** How long the server may take to write its ports file. */
  readonly startTimeoutMs?: number;
  /** How long a graceful stop may take before SIGKILL. */
  readonly stopTimeoutMs?: number;
}

// The server runs under a tiny sh watchdog whose stdin is a pipe from this process. When this
// process dies, even by SIGKILL, the pipe reaches EOF and the watchdog SIGKILLs the server: no
// test leaves a nats-server behind. The watchdog exits with the server; then its watcher (killed
// by the watchdog) can no longer signal a recycled pid.
const WATCHDOG = [
  'exec 3<&0',
  '"$@" </dev/null &',
  'server=$!',
  '{ cat >/dev/null; kill -KILL "$server" 2>/dev/null; } <&3 &',
  'watcher=$!',
  'wait "$server"; rc=$?',
  'kill "$watcher" 2>/dev/null',
  'exit $rc',
].join('\n');

/** Where nats-server is: Debian puts it in /usr/sbin, which a normal user's PATH lacks. */
export function findNatsServer(): string {
  const fromEnv = process.env['NATS_SERVER_BIN'];
  if (fromEnv) return fromEnv;
  const dirs = [...(process.env['PATH'] ?? '').split(':').filter(Boolean), '/usr/sbin', '/usr/local/sbin', '/usr/local/bin'];
  for (const d of dirs) {
    const p = join(d, 'nats-server');
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return 'nats-server';
}

/**
 * A nats-server on 127.0.0.1 and a free port, for one test file. `stop()`/`kill()` end it,
 * `restart()` brings it back on the same port (for reconnect tests), disposing stops it and
 * removes its files.
 */
export class NatsServer implements AsyncDisposable {
  private child: ChildHandle | undefined;
  private serverPid = 0;
  private portNumber = 0;

  private constructor(
    private readonly dir: string,
    private readonly opts: NatsServerOptions,
  ) {}

  static async start(opts: NatsServerOptions = {}): Promise<NatsServer> {
    const dir = await mkdtemp(join(tmpdir(), 'nats-server-'));
    const s = new NatsServer(dir, opts);
    try {
      await s.launch(-1);
    } catch (e) {
      await rm(dir, { recursive: true, force: true });
      throw e;
    }
    return s;
  }

  /** `nats://127.0.0.1:<port>` */
  get url(): string {
    return `nats://127.0.0.1:${this.portNumber}`;
  }
  get port(): number {
    return this.portNumber;
  }
  get running(): boolean {
    return this.child?.running ?? false;
  }
  /** The nats-server process id (not its watchdog's). */
  get pid(): number {
    return this.serverPid;
  }
  /** The server's stderr (its log), newest 64 KiB of the current run. */
  get log(): string {
    return this.child?.stderr ?? '';
  }

  private async launch(port: number): Promise<void> {
    assert(!this.running, 'launch only a stopped server');
    for (const f of await readdir(this.dir)) if (f.endsWith('.ports')) await rm(join(this.dir, f), { force: true });
    const binary = this.opts.binary ?? findNatsServer();
    const args = ['-a', '127.0.0.1', '-p', String(port), '--ports_file_dir', this.dir, ...(this.opts.args ?? [])];
    const child = spawnChild('sh', ['-c', WATCHDOG, 'nats-server-watchdog', binary, ...args], { stdinPipe: true, killGraceMs: this.opts.stopTimeoutMs ?? 5000 });
    this.child = child;
    const timeoutMs = this.opts.startTimeoutMs ?? 10_000;
    try {
      const found = await waitFor(
        async () => {
          // An exited server ends the wait at once (a throwing check would only mean "not yet").
          if (!child.running) return { exited: await child.exited };
          const f = (await readdir(this.dir)).find((n) => /^nats-server_\d+\.ports$/.test(n));
          if (!f) return undefined;
          const ports = JSON.parse(await readFile(join(this.dir, f), 'utf8')) as { nats?: string[] };
          const url = ports.nats?.[0];
          return url ? { pid: Number(/_(\d+)\.ports$/.exec(f)![1]), port: Number(new URL(url).port) } : undefined;
        },
        { timeoutMs, intervalMs: 5, what: `nats-server (${binary}) to write its ports file` },
      );
      if ('exited' in found) throw new Error(`nats-server exited before listening (${JSON.stringify(found.exited)})`);
      this.serverPid = found.pid;
      this.portNumber = found.port;
    } catch (e) {
      await child.stop();
      throw new Error(`nats-server failed to start (${binary} ${args.join(' ')}):\n${child.stderr.trim() || '(no stderr)'}`, { cause: e });
    }
  }

  /** Graceful shutdown (SIGTERM; SIGKILL after stopTimeoutMs). */
  async stop(): Promise<void> {
    await this.signal('SIGTERM');
  }

  /** Crash: SIGKILL, no goodbye to clients. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  private async signal(sig: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child?.running) return;
    try {
      process.kill(this.serverPid, sig);
    } catch {
      // Already gone; the watchdog is exiting too.
    }
    try {
      await child.waitExit(this.opts.stopTimeoutMs ?? 5000);
    } catch {
      process.kill(this.serverPid, 'SIGKILL');
      await child.waitExit(10_000);
    }
    child.proc.stdin?.end();
  }

  /** Stop if running, then start again on the same port. */
  async restart(): Promise<void> {
    await this.stop();
    await this.launch(this.portNumber);
  }

  /** Start again on the same port after stop() or kill(). */
  async start(): Promise<void> {
    await this.launch(this.portNumber);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.stop();
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** Start a nats-server on a free loopback port; see NatsServer. */
export function startNatsServer(opts?: NatsServerOptions): Promise<NatsServer> {
  return NatsServer.start(opts);
}
