import { Worker } from 'node:worker_threads';
import { assert, BusyError, daosError, TimedOutError, ShutdownError } from '@daos-nats/base';
import type { XstreamRole } from './dss-module.js';
import type { FromXstream, ToXstream, XstreamInit } from './xstream-messages.js';

const EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const WORKER_URL = new URL(`./xstream-worker${EXT}`, import.meta.url);

/**
 * Node 20 does not apply `--import tsx` loader hooks inside worker threads, so when running from
 * source a worker first registers tsx itself; built (.js) workers start directly.
 */
function newWorker(init: XstreamInit): Worker {
  const opts = { workerData: init, name: `xs${init.xsId}` };
  if (EXT === '.js') return new Worker(WORKER_URL, opts);
  const boot = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
  return new Worker(boot, { ...opts, eval: true });
}

export interface XstreamLimits {
  /** RPCs queued on or running in one xstream; beyond it DER_BUSY. */
  readonly xstreamPendingMax: number;
  /** Bytes of those RPCs' bodies. */
  readonly xstreamPendingBytesMax: number;
  /** Deadline of one RPC on an xstream. */
  readonly xstreamRequestTimeoutMs: number;
  /** Deadline of every xstream loading its modules and TLS. */
  readonly xstreamStartTimeoutMs: number;
}

export const DEFAULT_XSTREAM_LIMITS: XstreamLimits = {
  xstreamPendingMax: 1024,
  xstreamPendingBytesMax: 64 * 1024 * 1024,
  xstreamRequestTimeoutMs: 10_000,
  xstreamStartTimeoutMs: 30_000,
};

interface Pending {
  readonly bytes: number;
  readonly timer: NodeJS.Timeout;
  resolve(b: Uint8Array): void;
  reject(e: Error): void;
}

export interface XstreamPoolOptions {
  readonly targets: number;
  readonly offloadXstreams: number;
  readonly dataDir: string;
  readonly modules: readonly string[];
  readonly moduleDir: string;
  readonly limits?: Partial<XstreamLimits>;
  /** An xstream died (threw or exited): the engine must not go on half-dead. */
  onDeath(why: string): void;
}

/**
 * The engine's xstreams (DAOS dss_xstreams): index 0 is the system xstream; target t has its main
 * xstream at 1 + t*(1+offload) followed by its offload xstreams. Each is a worker thread.
 */
export class XstreamPool {
  readonly limits: XstreamLimits;
  private readonly workers: Worker[] = [];
  private readonly pending: Map<number, Pending>[] = [];
  private readonly pendingBytes: number[] = [];
  private nextId = 1;
  private stopping = false;
  private started = false;

  private constructor(private readonly opts: XstreamPoolOptions) {
    this.limits = { ...DEFAULT_XSTREAM_LIMITS, ...opts.limits };
  }

  static async start(opts: XstreamPoolOptions): Promise<XstreamPool> {
    assert(opts.targets >= 1 && opts.offloadXstreams >= 0, 'at least one target');
    const pool = new XstreamPool(opts);
    const plan: [XstreamRole, number][] = [['system', -1]];
    for (let t = 0; t < opts.targets; t++) {
      plan.push(['main', t]);
      for (let o = 0; o < opts.offloadXstreams; o++) plan.push(['offload', t]);
    }
    try {
      await Promise.all(plan.map(([role, target], xsId) => pool.spawn({ xsId, role, target, dataDir: opts.dataDir, modules: opts.modules, moduleDir: opts.moduleDir })));
    } catch (err) {
      await pool.stop();
      throw err;
    }
    pool.started = true;
    return pool;
  }

  get size(): number {
    return this.workers.length;
  }

  mainXstreamOf(target: number): number {
    assert(Number.isInteger(target) && target >= 0 && target < this.opts.targets, `target ${target} exists`);
    return 1 + target * (1 + this.opts.offloadXstreams);
  }

  /** Runs an RPC on xstream `xsId`; rejects with the handler's DaosError, DER_BUSY or DER_TIMEDOUT. */
  run(xsId: number, module: number, opcode: number, version: number, body: Uint8Array): Promise<Uint8Array> {
    const w = this.workers[xsId];
    assert(w !== undefined, `xstream ${xsId} exists`);
    if (this.stopping) return Promise.reject(new ShutdownError('engine is stopping'));
    const q = this.pending[xsId]!;
    if (q.size >= this.limits.xstreamPendingMax || this.pendingBytes[xsId]! + body.length > this.limits.xstreamPendingBytesMax) {
      return Promise.reject(new BusyError(`xstream ${xsId} has ${q.size} RPCs pending`));
    }
    const id = this.nextId++;
    return new Promise<Uint8Array>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.settle(xsId, id);
        reject(new TimedOutError(`RPC on xstream ${xsId} took over ${this.limits.xstreamRequestTimeoutMs} ms`));
      }, this.limits.xstreamRequestTimeoutMs);
      q.set(id, { bytes: body.length, timer, resolve, reject });
      this.pendingBytes[xsId]! += body.length;
      w.postMessage({ kind: 'rpc', id, module, opcode, version, body } satisfies ToXstream);
    });
  }

  setRank(rank: number): void {
    for (const w of this.workers) w.postMessage({ kind: 'rank', rank } satisfies ToXstream);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    for (const q of this.pending) for (const p of q.values()) (clearTimeout(p.timer), p.reject(new ShutdownError('engine is stopping')));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private settle(xsId: number, id: number): Pending | undefined {
    const p = this.pending[xsId]!.get(id);
    if (!p) return undefined;
    clearTimeout(p.timer);
    this.pending[xsId]!.delete(id);
    this.pendingBytes[xsId]! -= p.bytes;
    return p;
  }

  private spawn(init: XstreamInit): Promise<void> {
    const w = newWorker(init);
    this.workers[init.xsId] = w;
    this.pending[init.xsId] = new Map();
    this.pendingBytes[init.xsId] = 0;
    const name = `xstream ${init.xsId} (${init.role}${init.target >= 0 ? ` of target ${init.target}` : ''})`;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new TimedOutError(`${name} not ready in ${this.limits.xstreamStartTimeoutMs} ms`)), this.limits.xstreamStartTimeoutMs);
      w.on('message', (m: FromXstream) => {
        if (m.kind === 'ready') return (clearTimeout(timer), resolve());
        const p = this.settle(init.xsId, m.id);
        if (!p) return; // answered after its deadline: the caller has its DER_TIMEDOUT already
        if (m.status === 0) p.resolve(m.body);
        else p.reject(daosError(m.status, m.message));
      });
      w.on('error', (err) => {
        clearTimeout(timer);
        reject(new Error(`${name} failed: ${err.message}`, { cause: err }));
        if (this.started && !this.stopping) this.opts.onDeath(`${name} threw: ${err.stack ?? err.message}`);
      });
      w.on('exit', (code) => {
        if (this.started && !this.stopping) this.opts.onDeath(`${name} exited with code ${code}`);
      });
    });
  }
}
