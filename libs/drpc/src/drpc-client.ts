import { connect, type Socket } from 'node:net';
import { assert, TimedOutError, UnreachableError } from '@daos-nats/base';
import { daos } from '@daos-nats/proto';
import { encodeChunks } from './chunk-encoder.js';
import { drpcLimits, type DrpcLimits } from './drpc-limits.js';
import { DrpcStatus, DrpcStatusError } from './drpc-status.js';
import { MessageAssembler } from './message-assembler.js';

export interface DrpcClientOptions {
  readonly limits?: Partial<DrpcLimits>;
  /** Deadline of connecting to the socket. */
  readonly connectTimeoutMs?: number;
  /** Deadline of a call unless the call names its own. */
  readonly callTimeoutMs?: number;
}

export interface DrpcResponse {
  readonly sequence: number;
  readonly status: DrpcStatus;
  readonly body: Uint8Array;
}

interface Waiting {
  readonly sequence: number;
  resolve(r: DrpcResponse): void;
  reject(err: Error): void;
}

/**
 * A dRPC client on one unix-socket connection (DAOS drpc_call). Calls go one at a time, each with
 * a fresh sequence number the response must echo. A call past its deadline closes the connection,
 * because a late response would otherwise answer the next call; so does any framing error.
 */
export class DrpcClient {
  private readonly assembler: MessageAssembler;
  private seq = 0;
  private chain: Promise<unknown> = Promise.resolve();
  private waiting: Waiting | undefined;
  private closedBy: Error | undefined;

  private constructor(
    private readonly socket: Socket,
    readonly limits: DrpcLimits,
    private readonly callTimeoutMs: number,
  ) {
    this.assembler = new MessageAssembler(limits.chunkBytes, limits.drpcMessageBytesMax);
    socket.on('data', (b: Buffer) => this.onData(b));
    socket.on('error', (err) => this.fail(new UnreachableError(`dRPC connection: ${err.message}`, { cause: err })));
    socket.on('close', () => this.fail(new UnreachableError('dRPC connection closed by the server')));
  }

  static async connect(path: string, opts: DrpcClientOptions = {}): Promise<DrpcClient> {
    const limits = drpcLimits(opts.limits);
    const ms = opts.connectTimeoutMs ?? 5_000;
    const socket = connect(path);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new TimedOutError(`dRPC connect to ${path}: no answer in ${ms} ms`));
      }, ms);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve();
      });
      socket.once('error', (err) => {
        clearTimeout(timer);
        reject(new UnreachableError(`dRPC connect to ${path}: ${err.message}`, { cause: err }));
      });
    });
    return new DrpcClient(socket, limits, opts.callTimeoutMs ?? 10_000);
  }

  get closed(): boolean {
    return this.closedBy !== undefined;
  }

  /** One call; resolves with the Response whatever its status. Calls on one client are serialised. */
  call(module: number, method: number, body: Uint8Array = new Uint8Array(), timeoutMs = this.callTimeoutMs): Promise<DrpcResponse> {
    const run = this.chain.then(() => this.callNow(module, method, body, timeoutMs));
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** A call whose status must be SUCCESS; returns the body, throws DrpcStatusError otherwise. */
  async callOk(module: number, method: number, body?: Uint8Array, timeoutMs?: number): Promise<Uint8Array> {
    const r = await this.call(module, method, body, timeoutMs);
    if (r.status !== DrpcStatus.SUCCESS) throw new DrpcStatusError(r.status, `call ${module}.${method}`);
    return r.body;
  }

  close(): void {
    this.fail(new UnreachableError('dRPC client closed'));
  }

  private callNow(module: number, method: number, body: Uint8Array, timeoutMs: number): Promise<DrpcResponse> {
    if (this.closedBy) return Promise.reject(this.closedBy);
    const sequence = ++this.seq;
    const msg = daos.drpc.v1.Call.encode({ module, method, sequence, body }).finish();
    if (msg.length > this.limits.drpcMessageBytesMax) {
      return Promise.reject(new DrpcStatusError(DrpcStatus.FAILED_MARSHAL, `call of ${msg.length} bytes exceeds drpcMessageBytesMax`));
    }
    return new Promise<DrpcResponse>((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new TimedOutError(`dRPC call ${module}.${method}: no response in ${timeoutMs} ms`)), timeoutMs);
      const done = <A>(f: (a: A) => void) => (a: A) => {
        clearTimeout(timer);
        this.waiting = undefined;
        f(a);
      };
      this.waiting = { sequence, resolve: done(resolve), reject: done(reject) };
      for (const c of encodeChunks(msg, this.limits.chunkBytes)) this.socket.write(c);
    });
  }

  private onData(bytes: Buffer): void {
    let messages: Buffer[];
    try {
      messages = this.assembler.push(bytes);
    } catch (err) {
      return this.fail(err as Error);
    }
    for (const m of messages) {
      let r: daos.drpc.v1.Response;
      try {
        r = daos.drpc.v1.Response.decode(m);
      } catch (err) {
        return this.fail(new DrpcStatusError(DrpcStatus.FAILED_UNMARSHAL_CALL, 'undecodable response', { cause: err }));
      }
      const w = this.waiting;
      if (!w || Number(r.sequence) !== w.sequence) {
        return this.fail(new DrpcStatusError(DrpcStatus.FAILURE, `response sequence ${r.sequence} answers no call`));
      }
      w.resolve({ sequence: w.sequence, status: r.status, body: r.body });
    }
  }

  private fail(err: Error): void {
    if (!this.closedBy) this.closedBy = err;
    this.socket.destroy();
    const w = this.waiting;
    this.waiting = undefined;
    if (w) w.reject(err);
    assert(this.waiting === undefined, 'no call waits on a closed client');
  }
}
