// Test support: three rdb replica processes (test-replica-process.ts) whose raft traffic and
// client calls go through the parent over IPC, so a test can kill, pause and restart them.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './test-util.js';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), './test-replica-process.ts');

export interface Reply {
  t: 'reply';
  id: number;
  ok: boolean;
  err?: string;
  msg?: string;
  leader?: boolean;
  applied?: number;
  dump?: Uint8Array;
  values?: string[];
  /** `loop`: the longest event-loop delay (ms) since the last `loop` request. */
  loopMaxMs?: number;
}

/** Three replica processes whose raft traffic and client calls go through this process. */
export class ProcessCluster {
  readonly procs = new Map<number, ChildProcess>();
  private nextId = 1;
  private readonly pending = new Map<number, (r: Reply) => void>();
  readonly tmp = tempDir();
  /** Exits nobody asked for (a replica that stopped itself: onFatal, a crash). */
  readonly unexpectedExits: string[] = [];

  start(r: number, create: boolean): Promise<void> {
    const child = fork(script, [], {
      execArgv: ['--conditions=@daos-nats/source', '--import', 'tsx'],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, RDB_FILE: path.join(this.tmp.dir, `r${r}.db`), RDB_RANK: String(r), RDB_MEMBERS: '1,2,3', RDB_CREATE: create ? '1' : '0' },
    });
    this.procs.set(r, child);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`replica ${r} did not start within 60 s`)), 60_000);
      child.on('message', (m: { t: 'ready' } | { t: 'raft'; to: number; bytes: Uint8Array } | Reply) => {
        if (m.t === 'ready') {
          clearTimeout(timer);
          resolve();
        } else if (m.t === 'raft') this.procs.get(m.to)?.send({ t: 'raft', bytes: m.bytes }, () => undefined);
        else if (m.t === 'reply') this.pending.get(m.id)?.(m);
      });
      child.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL') this.unexpectedExits.push(`replica ${r}: code ${code} signal ${signal}`);
        if (this.procs.get(r) === child) this.procs.delete(r);
      });
    });
  }

  /** Ranks stopped with SIGSTOP: their IPC backlog waits in the pipe, as a paused process's socket would. */
  readonly paused = new Set<number>();

  pause(r: number): void {
    this.procs.get(r)?.kill('SIGSTOP');
    this.paused.add(r);
  }

  resume(r: number): void {
    this.procs.get(r)?.kill('SIGCONT');
    this.paused.delete(r);
  }

  kill(r: number): void {
    this.procs.get(r)?.kill('SIGKILL');
    this.procs.delete(r);
  }

  call(r: number, m: object, timeoutMs = 3000): Promise<Reply> {
    const child = this.procs.get(r);
    if (!child) return Promise.resolve({ t: 'reply', id: 0, ok: false, err: 'Down' });
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve({ t: 'reply', id, ok: false, err: 'NoAnswer' });
      }, timeoutMs);
      this.pending.set(id, (rep) => {
        clearTimeout(timer);
        this.pending.delete(id);
        resolve(rep);
      });
      child.send({ ...m, id }, () => undefined);
    });
  }

  async leader(): Promise<number | undefined> {
    for (const r of this.procs.keys()) if (!this.paused.has(r) && (await this.call(r, { t: 'status' })).leader) return r;
    return undefined;
  }

  stop(): void {
    for (const r of [...this.procs.keys()]) {
      if (this.paused.has(r)) this.resume(r);
      this.kill(r);
    }
    this.tmp.cleanup();
  }
}
